// generated from clients/DescribeProducersRequest.json, do not edit (make regenerate)

import NIOCore

/// DescribeProducersRequest: Kafka request (key 61), versions 0, flexible versions 0+.
public struct DescribeProducersRequest: KafkaRequest {
    public static let messageName = "DescribeProducersRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 61)
    public typealias Response = DescribeProducersResponse

    /// Topics
    /// Versions 0+.
    public var topics: [TopicRequest] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        topics: [TopicRequest] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeProducersRequest.topics") { elementBuffer in try TopicRequest(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeProducersRequest")
        }
    }

    /// TopicRequest, in DescribeProducersRequest versions 0.
    public struct TopicRequest: ProtocolStruct {
        /// The topic name.
        /// Versions 0+.
        public var name: String = ""
        /// The indexes of the partitions to list producers for.
        /// Versions 0+.
        public var partitionIndexes: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitionIndexes: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitionIndexes = partitionIndexes
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "DescribeProducersRequest.TopicRequest.name")
            writer.buffer.writeKafkaArrayCount(self.partitionIndexes.count, flexible: flexible)
            for element in self.partitionIndexes {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "DescribeProducersRequest.TopicRequest.name")
            self.partitionIndexes = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "DescribeProducersRequest.TopicRequest.partitionIndexes") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "DescribeProducersRequest.TopicRequest.partitionIndexes") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeProducersRequest.TopicRequest")
            }
        }
    }
}
