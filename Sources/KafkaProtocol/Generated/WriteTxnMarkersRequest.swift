// generated from clients/WriteTxnMarkersRequest.json, do not edit (make regenerate)

import NIOCore

/// WriteTxnMarkersRequest: Kafka request (key 27), versions 0-1, flexible versions 1+.
public struct WriteTxnMarkersRequest: KafkaRequest {
    public static let messageName = "WriteTxnMarkersRequest"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(1, 32767)
    public static let apiKey = ApiKey(rawValue: 27)
    public typealias Response = WriteTxnMarkersResponse

    /// The transaction markers to be written.
    /// Versions 0+.
    public var markers: [WritableTxnMarker] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        markers: [WritableTxnMarker] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.markers = markers
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 1
        writer.buffer.writeKafkaArrayCount(self.markers.count, flexible: flexible)
        for element in self.markers {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "WriteTxnMarkersRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 1
        self.markers = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "WriteTxnMarkersRequest.markers") { elementBuffer in try WritableTxnMarker(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "WriteTxnMarkersRequest")
        }
    }

    /// WritableTxnMarker, in WriteTxnMarkersRequest versions 0-1.
    public struct WritableTxnMarker: ProtocolStruct {
        /// The current producer ID.
        /// Versions 0+.
        public var producerId: Int64 = 0
        /// The current epoch associated with the producer ID.
        /// Versions 0+.
        public var producerEpoch: Int16 = 0
        /// The result of the transaction to write to the partitions (false = ABORT, true = COMMIT).
        /// Versions 0+.
        public var transactionResult: Bool = false
        /// Each topic that we want to write transaction marker(s) for.
        /// Versions 0+.
        public var topics: [WritableTxnMarkerTopic] = []
        /// Epoch associated with the transaction state partition hosted by this transaction coordinator
        /// Versions 0+.
        public var coordinatorEpoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            producerId: Int64 = 0,
            producerEpoch: Int16 = 0,
            transactionResult: Bool = false,
            topics: [WritableTxnMarkerTopic] = [],
            coordinatorEpoch: Int32 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.producerId = producerId
            self.producerEpoch = producerEpoch
            self.transactionResult = transactionResult
            self.topics = topics
            self.coordinatorEpoch = coordinatorEpoch
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 1
            writer.buffer.writeInteger(self.producerId)
            writer.buffer.writeInteger(self.producerEpoch)
            writer.buffer.writeKafkaBool(self.transactionResult)
            writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
            for element in self.topics {
                try element.write(to: &writer, version: version)
            }
            writer.buffer.writeInteger(self.coordinatorEpoch)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "WriteTxnMarkersRequest.WritableTxnMarker", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "WriteTxnMarkersRequest.WritableTxnMarker.producerId")
            self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "WriteTxnMarkersRequest.WritableTxnMarker.producerEpoch")
            self.transactionResult = try buffer.readKafkaBool("WriteTxnMarkersRequest.WritableTxnMarker.transactionResult")
            self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "WriteTxnMarkersRequest.WritableTxnMarker.topics") { elementBuffer in try WritableTxnMarkerTopic(from: &elementBuffer, version: version) }
            self.coordinatorEpoch = try buffer.readKafkaInteger(as: Int32.self, "WriteTxnMarkersRequest.WritableTxnMarker.coordinatorEpoch")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "WriteTxnMarkersRequest.WritableTxnMarker")
            }
        }
    }

    /// WritableTxnMarkerTopic, in WriteTxnMarkersRequest versions 0-1.
    public struct WritableTxnMarkerTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0+.
        public var name: String = ""
        /// The indexes of the partitions to write transaction markers for.
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
            let flexible = version >= 1
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "WriteTxnMarkersRequest.WritableTxnMarkerTopic.name")
            writer.buffer.writeKafkaArrayCount(self.partitionIndexes.count, flexible: flexible)
            for element in self.partitionIndexes {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "WriteTxnMarkersRequest.WritableTxnMarkerTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.name = try buffer.readKafkaString(flexible: flexible, "WriteTxnMarkersRequest.WritableTxnMarkerTopic.name")
            self.partitionIndexes = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "WriteTxnMarkersRequest.WritableTxnMarkerTopic.partitionIndexes") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "WriteTxnMarkersRequest.WritableTxnMarkerTopic.partitionIndexes") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "WriteTxnMarkersRequest.WritableTxnMarkerTopic")
            }
        }
    }
}
