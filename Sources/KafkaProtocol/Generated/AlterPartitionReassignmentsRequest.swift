// generated from clients/AlterPartitionReassignmentsRequest.json, do not edit (make regenerate)

import NIOCore

/// AlterPartitionReassignmentsRequest: Kafka request (key 45), versions 0, flexible versions 0+.
public struct AlterPartitionReassignmentsRequest: KafkaRequest {
    public static let messageName = "AlterPartitionReassignmentsRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 45)
    public typealias Response = AlterPartitionReassignmentsResponse

    /// The time in ms to wait for the request to complete.
    /// Versions 0+.
    public var timeoutMs: Int32 = 60000
    /// The topics to reassign.
    /// Versions 0+.
    public var topics: [ReassignableTopic] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        timeoutMs: Int32 = 60000,
        topics: [ReassignableTopic] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.timeoutMs = timeoutMs
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.timeoutMs)
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
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionReassignmentsRequest.timeoutMs")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterPartitionReassignmentsRequest.topics") { elementBuffer in try ReassignableTopic(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterPartitionReassignmentsRequest")
        }
    }

    /// ReassignableTopic, in AlterPartitionReassignmentsRequest versions 0.
    public struct ReassignableTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0+.
        public var name: String = ""
        /// The partitions to reassign.
        /// Versions 0+.
        public var partitions: [ReassignablePartition] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [ReassignablePartition] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "AlterPartitionReassignmentsRequest.ReassignableTopic.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
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
            self.name = try buffer.readKafkaString(flexible: flexible, "AlterPartitionReassignmentsRequest.ReassignableTopic.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterPartitionReassignmentsRequest.ReassignableTopic.partitions") { elementBuffer in try ReassignablePartition(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterPartitionReassignmentsRequest.ReassignableTopic")
            }
        }
    }

    /// ReassignablePartition, in AlterPartitionReassignmentsRequest versions 0.
    public struct ReassignablePartition: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The replicas to place the partitions on, or null to cancel a pending reassignment for this partition.
        /// Versions 0+, nullable 0+.
        public var replicas: [Int32]? = nil
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            replicas: [Int32]? = nil,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.replicas = replicas
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partitionIndex)
            if let value = self.replicas {
                writer.buffer.writeKafkaArrayCount(value.count, flexible: flexible)
                for element in value {
                    writer.buffer.writeInteger(element)
                }
            } else {
                writer.buffer.writeKafkaArrayCount(nil, flexible: flexible)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionReassignmentsRequest.ReassignablePartition.partitionIndex")
            self.replicas = try buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 4, "AlterPartitionReassignmentsRequest.ReassignablePartition.replicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "AlterPartitionReassignmentsRequest.ReassignablePartition.replicas") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterPartitionReassignmentsRequest.ReassignablePartition")
            }
        }
    }
}
