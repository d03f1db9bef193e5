// generated from clients/ConsumerProtocolAssignment.json, do not edit (make regenerate)

import NIOCore

/// ConsumerProtocolAssignment: Kafka data, versions 0-3, flexible versions none.
public struct ConsumerProtocolAssignment: ProtocolMessage {
    public static let messageName = "ConsumerProtocolAssignment"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange.none

    /// AssignedPartitions
    /// Versions 0+.
    public var assignedPartitions: [TopicPartition] = []
    /// UserData
    /// Versions 0+, nullable 0+.
    public var userData: NIOCore.ByteBuffer? = nil
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        assignedPartitions: [TopicPartition] = [],
        userData: NIOCore.ByteBuffer? = nil,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.assignedPartitions = assignedPartitions
        self.userData = userData
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = false
        writer.buffer.writeKafkaArrayCount(self.assignedPartitions.count, flexible: flexible)
        for element in self.assignedPartitions {
            try element.write(to: &writer, version: version)
        }
        if let value = self.userData {
            writer.buffer.writeKafkaBytes(value, flexible: flexible)
        } else {
            writer.buffer.writeKafkaBytes(nil, flexible: flexible)
        }
        if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ConsumerProtocolAssignment", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = false
        self.assignedPartitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ConsumerProtocolAssignment.assignedPartitions") { elementBuffer in try TopicPartition(from: &elementBuffer, version: version) }
        self.userData = try buffer.readKafkaNullableBytes(flexible: flexible, "ConsumerProtocolAssignment.userData")
    }

    /// TopicPartition, in ConsumerProtocolAssignment versions 0-3.
    public struct TopicPartition: ProtocolStruct {
        /// Topic
        /// Versions 0+, map key.
        public var topic: String = ""
        /// Partitions
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
            let flexible = false
            try writer.buffer.writeKafkaString(self.topic, flexible: flexible, "ConsumerProtocolAssignment.TopicPartition.topic")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                writer.buffer.writeInteger(element)
            }
            if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ConsumerProtocolAssignment.TopicPartition", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = false
            self.topic = try buffer.readKafkaString(flexible: flexible, "ConsumerProtocolAssignment.TopicPartition.topic")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "ConsumerProtocolAssignment.TopicPartition.partitions") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "ConsumerProtocolAssignment.TopicPartition.partitions") }
        }
    }
}

extension Array where Element == ConsumerProtocolAssignment.TopicPartition {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(topic: String) -> Element? {
        self.first { $0.topic == topic }
    }
}
