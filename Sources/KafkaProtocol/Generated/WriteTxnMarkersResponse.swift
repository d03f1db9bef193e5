// generated from clients/WriteTxnMarkersResponse.json, do not edit (make regenerate)

import NIOCore

/// WriteTxnMarkersResponse: Kafka response (key 27), versions 0-1, flexible versions 1+.
public struct WriteTxnMarkersResponse: KafkaResponse {
    public static let messageName = "WriteTxnMarkersResponse"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(1, 32767)
    public static let apiKey = ApiKey(rawValue: 27)
    public typealias Request = WriteTxnMarkersRequest

    /// The results for writing makers.
    /// Versions 0+.
    public var markers: [WritableTxnMarkerResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        markers: [WritableTxnMarkerResult] = [],
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
            throw ProtocolEncodingError.fieldNotSupported(message: "WriteTxnMarkersResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 1
        self.markers = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "WriteTxnMarkersResponse.markers") { elementBuffer in try WritableTxnMarkerResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "WriteTxnMarkersResponse")
        }
    }

    /// WritableTxnMarkerResult, in WriteTxnMarkersResponse versions 0-1.
    public struct WritableTxnMarkerResult: ProtocolStruct {
        /// The current producer ID in use by the transactional ID.
        /// Versions 0+.
        public var producerId: Int64 = 0
        /// The results by topic.
        /// Versions 0+.
        public var topics: [WritableTxnMarkerTopicResult] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            producerId: Int64 = 0,
            topics: [WritableTxnMarkerTopicResult] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.producerId = producerId
            self.topics = topics
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 1
            writer.buffer.writeInteger(self.producerId)
            writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
            for element in self.topics {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "WriteTxnMarkersResponse.WritableTxnMarkerResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "WriteTxnMarkersResponse.WritableTxnMarkerResult.producerId")
            self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "WriteTxnMarkersResponse.WritableTxnMarkerResult.topics") { elementBuffer in try WritableTxnMarkerTopicResult(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "WriteTxnMarkersResponse.WritableTxnMarkerResult")
            }
        }
    }

    /// WritableTxnMarkerTopicResult, in WriteTxnMarkersResponse versions 0-1.
    public struct WritableTxnMarkerTopicResult: ProtocolStruct {
        /// The topic name.
        /// Versions 0+.
        public var name: String = ""
        /// The results by partition.
        /// Versions 0+.
        public var partitions: [WritableTxnMarkerPartitionResult] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [WritableTxnMarkerPartitionResult] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 1
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "WriteTxnMarkersResponse.WritableTxnMarkerTopicResult.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "WriteTxnMarkersResponse.WritableTxnMarkerTopicResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.name = try buffer.readKafkaString(flexible: flexible, "WriteTxnMarkersResponse.WritableTxnMarkerTopicResult.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "WriteTxnMarkersResponse.WritableTxnMarkerTopicResult.partitions") { elementBuffer in try WritableTxnMarkerPartitionResult(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "WriteTxnMarkersResponse.WritableTxnMarkerTopicResult")
            }
        }
    }

    /// WritableTxnMarkerPartitionResult, in WriteTxnMarkersResponse versions 0-1.
    public struct WritableTxnMarkerPartitionResult: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The error code, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            errorCode: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.errorCode = errorCode
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 1
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.errorCode)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult.partitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult.errorCode")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult")
            }
        }
    }
}
