// generated from clients/ReadShareGroupStateResponse.json, do not edit (make regenerate)

import NIOCore

/// ReadShareGroupStateResponse: Kafka response (key 84), versions 0, flexible versions 0+.
public struct ReadShareGroupStateResponse: KafkaResponse {
    public static let messageName = "ReadShareGroupStateResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 84)
    public typealias Request = ReadShareGroupStateRequest

    /// The read results
    /// Versions 0+.
    public var results: [ReadStateResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        results: [ReadStateResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.results = results
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaArrayCount(self.results.count, flexible: flexible)
        for element in self.results {
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
        self.results = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ReadShareGroupStateResponse.results") { elementBuffer in try ReadStateResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ReadShareGroupStateResponse")
        }
    }

    /// ReadStateResult, in ReadShareGroupStateResponse versions 0.
    public struct ReadStateResult: ProtocolStruct {
        /// The topic identifier
        /// Versions 0+.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The results for the partitions.
        /// Versions 0+.
        public var partitions: [PartitionResult] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            partitions: [PartitionResult] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicId = topicId
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeKafkaUuid(self.topicId)
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
            self.topicId = try buffer.readKafkaUuid("ReadShareGroupStateResponse.ReadStateResult.topicId")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ReadShareGroupStateResponse.ReadStateResult.partitions") { elementBuffer in try PartitionResult(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ReadShareGroupStateResponse.ReadStateResult")
            }
        }
    }

    /// PartitionResult, in ReadShareGroupStateResponse versions 0.
    public struct PartitionResult: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partition: Int32 = 0
        /// The error code, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = nil
        /// The state epoch for this share-partition.
        /// Versions 0+.
        public var stateEpoch: Int32 = 0
        /// The share-partition start offset, which can be -1 if it is not yet initialized.
        /// Versions 0+.
        public var startOffset: Int64 = 0
        /// StateBatches
        /// Versions 0+.
        public var stateBatches: [StateBatch] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partition: Int32 = 0,
            errorCode: Int16 = 0,
            errorMessage: String? = nil,
            stateEpoch: Int32 = 0,
            startOffset: Int64 = 0,
            stateBatches: [StateBatch] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partition = partition
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.stateEpoch = stateEpoch
            self.startOffset = startOffset
            self.stateBatches = stateBatches
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partition)
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "ReadShareGroupStateResponse.PartitionResult.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "ReadShareGroupStateResponse.PartitionResult.errorMessage")
            }
            writer.buffer.writeInteger(self.stateEpoch)
            writer.buffer.writeInteger(self.startOffset)
            writer.buffer.writeKafkaArrayCount(self.stateBatches.count, flexible: flexible)
            for element in self.stateBatches {
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
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "ReadShareGroupStateResponse.PartitionResult.partition")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ReadShareGroupStateResponse.PartitionResult.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "ReadShareGroupStateResponse.PartitionResult.errorMessage")
            self.stateEpoch = try buffer.readKafkaInteger(as: Int32.self, "ReadShareGroupStateResponse.PartitionResult.stateEpoch")
            self.startOffset = try buffer.readKafkaInteger(as: Int64.self, "ReadShareGroupStateResponse.PartitionResult.startOffset")
            self.stateBatches = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ReadShareGroupStateResponse.PartitionResult.stateBatches") { elementBuffer in try StateBatch(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ReadShareGroupStateResponse.PartitionResult")
            }
        }
    }

    /// StateBatch, in ReadShareGroupStateResponse versions 0.
    public struct StateBatch: ProtocolStruct {
        /// The base offset of this state batch.
        /// Versions 0+.
        public var firstOffset: Int64 = 0
        /// The last offset of this state batch.
        /// Versions 0+.
        public var lastOffset: Int64 = 0
        /// The state - 0:Available,2:Acked,4:Archived.
        /// Versions 0+.
        public var deliveryState: Int8 = 0
        /// The delivery count.
        /// Versions 0+.
        public var deliveryCount: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            firstOffset: Int64 = 0,
            lastOffset: Int64 = 0,
            deliveryState: Int8 = 0,
            deliveryCount: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.firstOffset = firstOffset
            self.lastOffset = lastOffset
            self.deliveryState = deliveryState
            self.deliveryCount = deliveryCount
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.firstOffset)
            writer.buffer.writeInteger(self.lastOffset)
            writer.buffer.writeInteger(self.deliveryState)
            writer.buffer.writeInteger(self.deliveryCount)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.firstOffset = try buffer.readKafkaInteger(as: Int64.self, "ReadShareGroupStateResponse.StateBatch.firstOffset")
            self.lastOffset = try buffer.readKafkaInteger(as: Int64.self, "ReadShareGroupStateResponse.StateBatch.lastOffset")
            self.deliveryState = try buffer.readKafkaInteger(as: Int8.self, "ReadShareGroupStateResponse.StateBatch.deliveryState")
            self.deliveryCount = try buffer.readKafkaInteger(as: Int16.self, "ReadShareGroupStateResponse.StateBatch.deliveryCount")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ReadShareGroupStateResponse.StateBatch")
            }
        }
    }
}
