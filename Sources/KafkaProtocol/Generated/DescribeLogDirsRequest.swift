// generated from clients/DescribeLogDirsRequest.json, do not edit (make regenerate)

import NIOCore

/// DescribeLogDirsRequest: Kafka request (key 35), versions 0-4, flexible versions 2+.
public struct DescribeLogDirsRequest: KafkaRequest {
    public static let messageName = "DescribeLogDirsRequest"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 35)
    public typealias Response = DescribeLogDirsResponse

    /// Each topic that we want to describe log directories for, or null for all topics.
    /// Versions 0+, nullable 0+.
    public var topics: [DescribableLogDirTopic]? = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        topics: [DescribableLogDirTopic]? = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        if let value = self.topics {
            writer.buffer.writeKafkaArrayCount(value.count, flexible: flexible)
            for element in value {
                try element.write(to: &writer, version: version)
            }
        } else {
            writer.buffer.writeKafkaArrayCount(nil, flexible: flexible)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeLogDirsRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.topics = try buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 1, "DescribeLogDirsRequest.topics") { elementBuffer in try DescribableLogDirTopic(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeLogDirsRequest")
        }
    }

    /// DescribableLogDirTopic, in DescribeLogDirsRequest versions 0-4.
    public struct DescribableLogDirTopic: ProtocolStruct {
        /// The topic name
        /// Versions 0+, map key.
        public var topic: String = ""
        /// The partition indexes.
        /// Versions 0+.
        public var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topic: String = "",
            partitions: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topic = topic
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            try writer.buffer.writeKafkaString(self.topic, flexible: flexible, "DescribeLogDirsRequest.DescribableLogDirTopic.topic")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeLogDirsRequest.DescribableLogDirTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.topic = try buffer.readKafkaString(flexible: flexible, "DescribeLogDirsRequest.DescribableLogDirTopic.topic")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "DescribeLogDirsRequest.DescribableLogDirTopic.partitions") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "DescribeLogDirsRequest.DescribableLogDirTopic.partitions") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeLogDirsRequest.DescribableLogDirTopic")
            }
        }
    }
}

extension Array where Element == DescribeLogDirsRequest.DescribableLogDirTopic {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(topic: String) -> Element? {
        self.first { $0.topic == topic }
    }
}
