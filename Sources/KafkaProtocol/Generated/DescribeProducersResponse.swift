// generated from clients/DescribeProducersResponse.json, do not edit (make regenerate)

import NIOCore

/// DescribeProducersResponse: Kafka response (key 61), versions 0, flexible versions 0+.
public struct DescribeProducersResponse: KafkaResponse {
    public static let messageName = "DescribeProducersResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 61)
    public typealias Request = DescribeProducersRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// Each topic in the response.
    /// Versions 0+.
    public var topics: [TopicResponse] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        topics: [TopicResponse] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
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
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeProducersResponse.throttleTimeMs")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeProducersResponse.topics") { elementBuffer in try TopicResponse(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeProducersResponse")
        }
    }

    /// TopicResponse, in DescribeProducersResponse versions 0.
    public struct TopicResponse: ProtocolStruct {
        /// The topic name
        /// Versions 0+.
        public var name: String = ""
        /// Each partition in the response.
        /// Versions 0+.
        public var partitions: [PartitionResponse] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [PartitionResponse] = [],
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
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "DescribeProducersResponse.TopicResponse.name")
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
            self.name = try buffer.readKafkaString(flexible: flexible, "DescribeProducersResponse.TopicResponse.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeProducersResponse.TopicResponse.partitions") { elementBuffer in try PartitionResponse(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeProducersResponse.TopicResponse")
            }
        }
    }

    /// PartitionResponse, in DescribeProducersResponse versions 0.
    public struct PartitionResponse: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The partition error code, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The partition error message, which may be null if no additional details are available
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = nil
        /// ActiveProducers
        /// Versions 0+.
        public var activeProducers: [ProducerState] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            errorCode: Int16 = 0,
            errorMessage: String? = nil,
            activeProducers: [ProducerState] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.activeProducers = activeProducers
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeProducersResponse.PartitionResponse.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeProducersResponse.PartitionResponse.errorMessage")
            }
            writer.buffer.writeKafkaArrayCount(self.activeProducers.count, flexible: flexible)
            for element in self.activeProducers {
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
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DescribeProducersResponse.PartitionResponse.partitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeProducersResponse.PartitionResponse.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "DescribeProducersResponse.PartitionResponse.errorMessage")
            self.activeProducers = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeProducersResponse.PartitionResponse.activeProducers") { elementBuffer in try ProducerState(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeProducersResponse.PartitionResponse")
            }
        }
    }

    /// ProducerState, in DescribeProducersResponse versions 0.
    public struct ProducerState: ProtocolStruct {
        /// ProducerId
        /// Versions 0+.
        public var producerId: Int64 = 0
        /// ProducerEpoch
        /// Versions 0+.
        public var producerEpoch: Int32 = 0
        /// LastSequence
        /// Versions 0+.
        public var lastSequence: Int32 = -1
        /// LastTimestamp
        /// Versions 0+.
        public var lastTimestamp: Int64 = -1
        /// CoordinatorEpoch
        /// Versions 0+.
        public var coordinatorEpoch: Int32 = 0
        /// CurrentTxnStartOffset
        /// Versions 0+.
        public var currentTxnStartOffset: Int64 = -1
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            producerId: Int64 = 0,
            producerEpoch: Int32 = 0,
            lastSequence: Int32 = -1,
            lastTimestamp: Int64 = -1,
            coordinatorEpoch: Int32 = 0,
            currentTxnStartOffset: Int64 = -1,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.producerId = producerId
            self.producerEpoch = producerEpoch
            self.lastSequence = lastSequence
            self.lastTimestamp = lastTimestamp
            self.coordinatorEpoch = coordinatorEpoch
            self.currentTxnStartOffset = currentTxnStartOffset
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.producerId)
            writer.buffer.writeInteger(self.producerEpoch)
            writer.buffer.writeInteger(self.lastSequence)
            writer.buffer.writeInteger(self.lastTimestamp)
            writer.buffer.writeInteger(self.coordinatorEpoch)
            writer.buffer.writeInteger(self.currentTxnStartOffset)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "DescribeProducersResponse.ProducerState.producerId")
            self.producerEpoch = try buffer.readKafkaInteger(as: Int32.self, "DescribeProducersResponse.ProducerState.producerEpoch")
            self.lastSequence = try buffer.readKafkaInteger(as: Int32.self, "DescribeProducersResponse.ProducerState.lastSequence")
            self.lastTimestamp = try buffer.readKafkaInteger(as: Int64.self, "DescribeProducersResponse.ProducerState.lastTimestamp")
            self.coordinatorEpoch = try buffer.readKafkaInteger(as: Int32.self, "DescribeProducersResponse.ProducerState.coordinatorEpoch")
            self.currentTxnStartOffset = try buffer.readKafkaInteger(as: Int64.self, "DescribeProducersResponse.ProducerState.currentTxnStartOffset")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeProducersResponse.ProducerState")
            }
        }
    }
}
