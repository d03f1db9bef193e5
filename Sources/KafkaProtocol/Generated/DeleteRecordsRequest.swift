// generated from clients/DeleteRecordsRequest.json, do not edit (make regenerate)

import NIOCore

/// DeleteRecordsRequest: Kafka request (key 21), versions 0-2, flexible versions 2+.
public struct DeleteRecordsRequest: KafkaRequest {
    public static let messageName = "DeleteRecordsRequest"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 21)
    public typealias Response = DeleteRecordsResponse

    /// Each topic that we want to delete records from.
    /// Versions 0+.
    public var topics: [DeleteRecordsTopic] = []
    /// How long to wait for the deletion to complete, in milliseconds.
    /// Versions 0+.
    public var timeoutMs: Int32 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        topics: [DeleteRecordsTopic] = [],
        timeoutMs: Int32 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.topics = topics
        self.timeoutMs = timeoutMs
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeInteger(self.timeoutMs)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DeleteRecordsRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DeleteRecordsRequest.topics") { elementBuffer in try DeleteRecordsTopic(from: &elementBuffer, version: version) }
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "DeleteRecordsRequest.timeoutMs")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteRecordsRequest")
        }
    }

    /// DeleteRecordsTopic, in DeleteRecordsRequest versions 0-2.
    public struct DeleteRecordsTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0+.
        public var name: String = ""
        /// Each partition that we want to delete records from.
        /// Versions 0+.
        public var partitions: [DeleteRecordsPartition] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [DeleteRecordsPartition] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "DeleteRecordsRequest.DeleteRecordsTopic.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DeleteRecordsRequest.DeleteRecordsTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.name = try buffer.readKafkaString(flexible: flexible, "DeleteRecordsRequest.DeleteRecordsTopic.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DeleteRecordsRequest.DeleteRecordsTopic.partitions") { elementBuffer in try DeleteRecordsPartition(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteRecordsRequest.DeleteRecordsTopic")
            }
        }
    }

    /// DeleteRecordsPartition, in DeleteRecordsRequest versions 0-2.
    public struct DeleteRecordsPartition: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The deletion offset.
        /// Versions 0+.
        public var offset: Int64 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            offset: Int64 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.offset = offset
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.offset)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DeleteRecordsRequest.DeleteRecordsPartition", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DeleteRecordsRequest.DeleteRecordsPartition.partitionIndex")
            self.offset = try buffer.readKafkaInteger(as: Int64.self, "DeleteRecordsRequest.DeleteRecordsPartition.offset")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteRecordsRequest.DeleteRecordsPartition")
            }
        }
    }
}
