// generated from clients/ProduceRequest.json, do not edit (make regenerate)

import NIOCore

/// ProduceRequest: Kafka request (key 0), versions 0-11, flexible versions 9+.
public struct ProduceRequest: KafkaRequest {
    public static let messageName = "ProduceRequest"
    public static let validVersions = VersionRange(0, 11)
    public static let flexibleVersions = VersionRange(9, 32767)
    public static let apiKey = ApiKey(rawValue: 0)
    public typealias Response = ProduceResponse

    /// The transactional ID, or null if the producer is not transactional.
    /// Versions 3+, nullable 3+.
    public var transactionalId: String? = nil
    /// The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR.
    /// Versions 0+.
    public var acks: Int16 = 0
    /// The timeout to await a response in milliseconds.
    /// Versions 0+.
    public var timeoutMs: Int32 = 0
    /// Each topic to produce to.
    /// Versions 0+.
    public var topicData: [TopicProduceData] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        transactionalId: String? = nil,
        acks: Int16 = 0,
        timeoutMs: Int32 = 0,
        topicData: [TopicProduceData] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.transactionalId = transactionalId
        self.acks = acks
        self.timeoutMs = timeoutMs
        self.topicData = topicData
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 9
        if version >= 3 {
            if let value = self.transactionalId {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "ProduceRequest.transactionalId")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "ProduceRequest.transactionalId")
            }
        }
        if !(version >= 3) && self.transactionalId != nil {
            throw ProtocolEncodingError.fieldNotSupported(message: "ProduceRequest", field: "transactionalId", version: version)
        }
        writer.buffer.writeInteger(self.acks)
        writer.buffer.writeInteger(self.timeoutMs)
        writer.buffer.writeKafkaArrayCount(self.topicData.count, flexible: flexible)
        for element in self.topicData {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ProduceRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 9
        if version >= 3 {
            self.transactionalId = try buffer.readKafkaNullableString(flexible: flexible, "ProduceRequest.transactionalId")
        }
        self.acks = try buffer.readKafkaInteger(as: Int16.self, "ProduceRequest.acks")
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "ProduceRequest.timeoutMs")
        self.topicData = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ProduceRequest.topicData") { elementBuffer in try TopicProduceData(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ProduceRequest")
        }
    }

    /// TopicProduceData, in ProduceRequest versions 0-11.
    public struct TopicProduceData: ProtocolStruct {
        /// The topic name.
        /// Versions 0+, map key.
        public var name: String = ""
        /// Each partition to produce to.
        /// Versions 0+.
        public var partitionData: [PartitionProduceData] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitionData: [PartitionProduceData] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitionData = partitionData
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 9
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "ProduceRequest.TopicProduceData.name")
            writer.buffer.writeKafkaArrayCount(self.partitionData.count, flexible: flexible)
            for element in self.partitionData {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ProduceRequest.TopicProduceData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 9
            self.name = try buffer.readKafkaString(flexible: flexible, "ProduceRequest.TopicProduceData.name")
            self.partitionData = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ProduceRequest.TopicProduceData.partitionData") { elementBuffer in try PartitionProduceData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ProduceRequest.TopicProduceData")
            }
        }
    }

    /// PartitionProduceData, in ProduceRequest versions 0-11.
    public struct PartitionProduceData: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var index: Int32 = 0
        /// The record data to be produced.
        /// Versions 0+, nullable 0+.
        public var records: KafkaProtocol.Records? = nil
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            index: Int32 = 0,
            records: KafkaProtocol.Records? = nil,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.index = index
            self.records = records
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 9
            writer.buffer.writeInteger(self.index)
            if let value = self.records {
                writer.writeRecords(value, flexible: flexible)
            } else {
                writer.writeRecords(nil, flexible: flexible)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ProduceRequest.PartitionProduceData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 9
            self.index = try buffer.readKafkaInteger(as: Int32.self, "ProduceRequest.PartitionProduceData.index")
            self.records = try buffer.readKafkaNullableRecords(flexible: flexible, "ProduceRequest.PartitionProduceData.records")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ProduceRequest.PartitionProduceData")
            }
        }
    }
}

extension Array where Element == ProduceRequest.TopicProduceData {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
