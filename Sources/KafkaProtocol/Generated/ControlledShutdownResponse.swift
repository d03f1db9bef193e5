// generated from clients/ControlledShutdownResponse.json, do not edit (make regenerate)

import NIOCore

/// ControlledShutdownResponse: Kafka response (key 7), versions 0-3, flexible versions 3+.
public struct ControlledShutdownResponse: KafkaResponse {
    public static let messageName = "ControlledShutdownResponse"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(3, 32767)
    public static let apiKey = ApiKey(rawValue: 7)
    public typealias Request = ControlledShutdownRequest

    /// The top-level error code.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The partitions that the broker still leads.
    /// Versions 0+.
    public var remainingPartitions: [RemainingPartition] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        errorCode: Int16 = 0,
        remainingPartitions: [RemainingPartition] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.errorCode = errorCode
        self.remainingPartitions = remainingPartitions
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 3
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeKafkaArrayCount(self.remainingPartitions.count, flexible: flexible)
        for element in self.remainingPartitions {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ControlledShutdownResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 3
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ControlledShutdownResponse.errorCode")
        self.remainingPartitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ControlledShutdownResponse.remainingPartitions") { elementBuffer in try RemainingPartition(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ControlledShutdownResponse")
        }
    }

    /// RemainingPartition, in ControlledShutdownResponse versions 0-3.
    public struct RemainingPartition: ProtocolStruct {
        /// The name of the topic.
        /// Versions 0+, map key.
        public var topicName: String = ""
        /// The index of the partition.
        /// Versions 0+, map key.
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
            let flexible = version >= 3
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "ControlledShutdownResponse.RemainingPartition.topicName")
            writer.buffer.writeInteger(self.partitionIndex)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ControlledShutdownResponse.RemainingPartition", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 3
            self.topicName = try buffer.readKafkaString(flexible: flexible, "ControlledShutdownResponse.RemainingPartition.topicName")
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "ControlledShutdownResponse.RemainingPartition.partitionIndex")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ControlledShutdownResponse.RemainingPartition")
            }
        }
    }
}

extension Array where Element == ControlledShutdownResponse.RemainingPartition {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(topicName: String, partitionIndex: Int32) -> Element? {
        self.first { $0.topicName == topicName && $0.partitionIndex == partitionIndex }
    }
}
