// generated from clients/ElectLeadersRequest.json, do not edit (make regenerate)

import NIOCore

/// ElectLeadersRequest: Kafka request (key 43), versions 0-2, flexible versions 2+.
public struct ElectLeadersRequest: KafkaRequest {
    public static let messageName = "ElectLeadersRequest"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 43)
    public typealias Response = ElectLeadersResponse

    /// Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A value of '1' elects the first live replica if there are no in-sync replica.
    /// Versions 1+.
    public var electionType: Int8 = 0
    /// The topic partitions to elect leaders.
    /// Versions 0+, nullable 0+.
    public var topicPartitions: [TopicPartitions]? = []
    /// The time in ms to wait for the election to complete.
    /// Versions 0+.
    public var timeoutMs: Int32 = 60000
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        electionType: Int8 = 0,
        topicPartitions: [TopicPartitions]? = [],
        timeoutMs: Int32 = 60000,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.electionType = electionType
        self.topicPartitions = topicPartitions
        self.timeoutMs = timeoutMs
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        if version >= 1 {
            writer.buffer.writeInteger(self.electionType)
        }
        if !(version >= 1) && self.electionType != 0 {
            throw ProtocolEncodingError.fieldNotSupported(message: "ElectLeadersRequest", field: "electionType", version: version)
        }
        if let value = self.topicPartitions {
            writer.buffer.writeKafkaArrayCount(value.count, flexible: flexible)
            for element in value {
                try element.write(to: &writer, version: version)
            }
        } else {
            writer.buffer.writeKafkaArrayCount(nil, flexible: flexible)
        }
        writer.buffer.writeInteger(self.timeoutMs)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ElectLeadersRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        if version >= 1 {
            self.electionType = try buffer.readKafkaInteger(as: Int8.self, "ElectLeadersRequest.electionType")
        }
        self.topicPartitions = try buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 1, "ElectLeadersRequest.topicPartitions") { elementBuffer in try TopicPartitions(from: &elementBuffer, version: version) }
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "ElectLeadersRequest.timeoutMs")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ElectLeadersRequest")
        }
    }

    /// TopicPartitions, in ElectLeadersRequest versions 0-2.
    public struct TopicPartitions: ProtocolStruct {
        /// The name of a topic.
        /// Versions 0+, map key.
        public var topic: String = ""
        /// The partitions of this topic whose leader should be elected.
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
            try writer.buffer.writeKafkaString(self.topic, flexible: flexible, "ElectLeadersRequest.TopicPartitions.topic")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ElectLeadersRequest.TopicPartitions", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.topic = try buffer.readKafkaString(flexible: flexible, "ElectLeadersRequest.TopicPartitions.topic")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "ElectLeadersRequest.TopicPartitions.partitions") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "ElectLeadersRequest.TopicPartitions.partitions") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ElectLeadersRequest.TopicPartitions")
            }
        }
    }
}

extension Array where Element == ElectLeadersRequest.TopicPartitions {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(topic: String) -> Element? {
        self.first { $0.topic == topic }
    }
}
