// generated from clients/ConsumerProtocolSubscription.json, do not edit (make regenerate)

import NIOCore

/// ConsumerProtocolSubscription: Kafka data, versions 0-3, flexible versions none.
public struct ConsumerProtocolSubscription: ProtocolMessage {
    public static let messageName = "ConsumerProtocolSubscription"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange.none

    /// Topics
    /// Versions 0+.
    public var topics: [String] = []
    /// UserData
    /// Versions 0+, nullable 0+.
    public var userData: NIOCore.ByteBuffer? = nil
    /// OwnedPartitions
    /// Versions 1+, ignorable.
    public var ownedPartitions: [TopicPartition] = []
    /// GenerationId
    /// Versions 2+, ignorable.
    public var generationId: Int32 = -1
    /// RackId
    /// Versions 3+, nullable 3+, ignorable.
    public var rackId: String? = nil
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        topics: [String] = [],
        userData: NIOCore.ByteBuffer? = nil,
        ownedPartitions: [TopicPartition] = [],
        generationId: Int32 = -1,
        rackId: String? = nil,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.topics = topics
        self.userData = userData
        self.ownedPartitions = ownedPartitions
        self.generationId = generationId
        self.rackId = rackId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = false
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try writer.buffer.writeKafkaString(element, flexible: flexible, "ConsumerProtocolSubscription.topics")
        }
        if let value = self.userData {
            writer.buffer.writeKafkaBytes(value, flexible: flexible)
        } else {
            writer.buffer.writeKafkaBytes(nil, flexible: flexible)
        }
        if version >= 1 {
            writer.buffer.writeKafkaArrayCount(self.ownedPartitions.count, flexible: flexible)
            for element in self.ownedPartitions {
                try element.write(to: &writer, version: version)
            }
        }
        if version >= 2 {
            writer.buffer.writeInteger(self.generationId)
        }
        if version >= 3 {
            if let value = self.rackId {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "ConsumerProtocolSubscription.rackId")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "ConsumerProtocolSubscription.rackId")
            }
        }
        if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ConsumerProtocolSubscription", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = false
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ConsumerProtocolSubscription.topics") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "ConsumerProtocolSubscription.topics") }
        self.userData = try buffer.readKafkaNullableBytes(flexible: flexible, "ConsumerProtocolSubscription.userData")
        if version >= 1 {
            self.ownedPartitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ConsumerProtocolSubscription.ownedPartitions") { elementBuffer in try TopicPartition(from: &elementBuffer, version: version) }
        }
        if version >= 2 {
            self.generationId = try buffer.readKafkaInteger(as: Int32.self, "ConsumerProtocolSubscription.generationId")
        }
        if version >= 3 {
            self.rackId = try buffer.readKafkaNullableString(flexible: flexible, "ConsumerProtocolSubscription.rackId")
        }
    }

    /// TopicPartition, in ConsumerProtocolSubscription versions 1-3.
    public struct TopicPartition: ProtocolStruct {
        /// Topic
        /// Versions 1+, map key.
        public var topic: String = ""
        /// Partitions
        /// Versions 1+.
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
            let flexible = false
            try writer.buffer.writeKafkaString(self.topic, flexible: flexible, "ConsumerProtocolSubscription.TopicPartition.topic")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                writer.buffer.writeInteger(element)
            }
            if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ConsumerProtocolSubscription.TopicPartition", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = false
            self.topic = try buffer.readKafkaString(flexible: flexible, "ConsumerProtocolSubscription.TopicPartition.topic")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "ConsumerProtocolSubscription.TopicPartition.partitions") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "ConsumerProtocolSubscription.TopicPartition.partitions") }
        }
    }
}

extension Array where Element == ConsumerProtocolSubscription.TopicPartition {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(topic: String) -> Element? {
        self.first { $0.topic == topic }
    }
}
