// generated from clients/DescribeTopicPartitionsRequest.json, do not edit (make regenerate)

import NIOCore

/// DescribeTopicPartitionsRequest: Kafka request (key 75), versions 0, flexible versions 0+.
public struct DescribeTopicPartitionsRequest: KafkaRequest {
    public static let messageName = "DescribeTopicPartitionsRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 75)
    public typealias Response = DescribeTopicPartitionsResponse

    /// The topics to fetch details for.
    /// Versions 0+.
    public var topics: [TopicRequest] = []
    /// The maximum number of partitions included in the response.
    /// Versions 0+.
    public var responsePartitionLimit: Int32 = 2000
    /// The first topic and partition index to fetch details for.
    /// Versions 0+, nullable 0+.
    public var cursor: Cursor? = nil
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        topics: [TopicRequest] = [],
        responsePartitionLimit: Int32 = 2000,
        cursor: Cursor? = nil,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.topics = topics
        self.responsePartitionLimit = responsePartitionLimit
        self.cursor = cursor
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
        writer.buffer.writeInteger(self.responsePartitionLimit)
        if let value = self.cursor {
            writer.buffer.writeInteger(Int8(1))
            try value.write(to: &writer, version: version)
        } else {
            writer.buffer.writeInteger(Int8(-1))
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeTopicPartitionsRequest.topics") { elementBuffer in try TopicRequest(from: &elementBuffer, version: version) }
        self.responsePartitionLimit = try buffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsRequest.responsePartitionLimit")
        self.cursor = try buffer.readKafkaInteger(as: Int8.self, "DescribeTopicPartitionsRequest.cursor") < 0 ? nil : try Cursor(from: &buffer, version: version)
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeTopicPartitionsRequest")
        }
    }

    /// TopicRequest, in DescribeTopicPartitionsRequest versions 0.
    public struct TopicRequest: ProtocolStruct {
        /// The topic name
        /// Versions 0+.
        public var name: String = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "DescribeTopicPartitionsRequest.TopicRequest.name")
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "DescribeTopicPartitionsRequest.TopicRequest.name")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeTopicPartitionsRequest.TopicRequest")
            }
        }
    }

    /// Cursor, in DescribeTopicPartitionsRequest versions 0.
    public struct Cursor: ProtocolStruct {
        /// The name for the first topic to process
        /// Versions 0+.
        public var topicName: String = ""
        /// The partition index to start with
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicName: String = "",
            partitionIndex: Int32 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicName = topicName
            self.partitionIndex = partitionIndex
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "DescribeTopicPartitionsRequest.Cursor.topicName")
            writer.buffer.writeInteger(self.partitionIndex)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.topicName = try buffer.readKafkaString(flexible: flexible, "DescribeTopicPartitionsRequest.Cursor.topicName")
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsRequest.Cursor.partitionIndex")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeTopicPartitionsRequest.Cursor")
            }
        }
    }
}
