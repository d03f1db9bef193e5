// generated from clients/ListOffsetsRequest.json, do not edit (make regenerate)

import NIOCore

/// ListOffsetsRequest: Kafka request (key 2), versions 0-10, flexible versions 6+.
public struct ListOffsetsRequest: KafkaRequest {
    public static let messageName = "ListOffsetsRequest"
    public static let validVersions = VersionRange(0, 10)
    public static let flexibleVersions = VersionRange(6, 32767)
    public static let apiKey = ApiKey(rawValue: 2)
    public typealias Response = ListOffsetsResponse

    /// The broker ID of the requester, or -1 if this request is being made by a normal consumer.
    /// Versions 0+.
    public var replicaId: Int32 = 0
    /// This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records
    /// Versions 2+.
    public var isolationLevel: Int8 = 0
    /// Each topic in the request.
    /// Versions 0+.
    public var topics: [ListOffsetsTopic] = []
    /// The timeout to await a response in milliseconds for requests that require reading from remote storage for topics enabled with tiered storage.
    /// Versions 10+, ignorable.
    public var timeoutMs: Int32 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        replicaId: Int32 = 0,
        isolationLevel: Int8 = 0,
        topics: [ListOffsetsTopic] = [],
        timeoutMs: Int32 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.replicaId = replicaId
        self.isolationLevel = isolationLevel
        self.topics = topics
        self.timeoutMs = timeoutMs
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 6
        writer.buffer.writeInteger(self.replicaId)
        if version >= 2 {
            writer.buffer.writeInteger(self.isolationLevel)
        }
        if !(version >= 2) && self.isolationLevel != 0 {
            throw ProtocolEncodingError.fieldNotSupported(message: "ListOffsetsRequest", field: "isolationLevel", version: version)
        }
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if version >= 10 {
            writer.buffer.writeInteger(self.timeoutMs)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ListOffsetsRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 6
        self.replicaId = try buffer.readKafkaInteger(as: Int32.self, "ListOffsetsRequest.replicaId")
        if version >= 2 {
            self.isolationLevel = try buffer.readKafkaInteger(as: Int8.self, "ListOffsetsRequest.isolationLevel")
        }
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ListOffsetsRequest.topics") { elementBuffer in try ListOffsetsTopic(from: &elementBuffer, version: version) }
        if version >= 10 {
            self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "ListOffsetsRequest.timeoutMs")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListOffsetsRequest")
        }
    }

    /// ListOffsetsTopic, in ListOffsetsRequest versions 0-10.
    public struct ListOffsetsTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0+.
        public var name: String = ""
        /// Each partition in the request.
        /// Versions 0+.
        public var partitions: [ListOffsetsPartition] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [ListOffsetsPartition] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 6
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "ListOffsetsRequest.ListOffsetsTopic.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ListOffsetsRequest.ListOffsetsTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 6
            self.name = try buffer.readKafkaString(flexible: flexible, "ListOffsetsRequest.ListOffsetsTopic.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ListOffsetsRequest.ListOffsetsTopic.partitions") { elementBuffer in try ListOffsetsPartition(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListOffsetsRequest.ListOffsetsTopic")
            }
        }
    }

    /// ListOffsetsPartition, in ListOffsetsRequest versions 0-10.
    public struct ListOffsetsPartition: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The current leader epoch.
        /// Versions 4+, ignorable.
        public var currentLeaderEpoch: Int32 = -1
        /// The current timestamp.
        /// Versions 0+.
        public var timestamp: Int64 = 0
        /// The maximum number of offsets to report.
        /// Versions 0.
        public var maxNumOffsets: Int32 = 1
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            currentLeaderEpoch: Int32 = -1,
            timestamp: Int64 = 0,
            maxNumOffsets: Int32 = 1,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.currentLeaderEpoch = currentLeaderEpoch
            self.timestamp = timestamp
            self.maxNumOffsets = maxNumOffsets
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 6
            writer.buffer.writeInteger(self.partitionIndex)
            if version >= 4 {
                writer.buffer.writeInteger(self.currentLeaderEpoch)
            }
            writer.buffer.writeInteger(self.timestamp)
            if version <= 0 {
                writer.buffer.writeInteger(self.maxNumOffsets)
            }
            if !(version <= 0) && self.maxNumOffsets != 1 {
                throw ProtocolEncodingError.fieldNotSupported(message: "ListOffsetsRequest.ListOffsetsPartition", field: "maxNumOffsets", version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ListOffsetsRequest.ListOffsetsPartition", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 6
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "ListOffsetsRequest.ListOffsetsPartition.partitionIndex")
            if version >= 4 {
                self.currentLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "ListOffsetsRequest.ListOffsetsPartition.currentLeaderEpoch")
            }
            self.timestamp = try buffer.readKafkaInteger(as: Int64.self, "ListOffsetsRequest.ListOffsetsPartition.timestamp")
            if version <= 0 {
                self.maxNumOffsets = try buffer.readKafkaInteger(as: Int32.self, "ListOffsetsRequest.ListOffsetsPartition.maxNumOffsets")
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListOffsetsRequest.ListOffsetsPartition")
            }
        }
    }
}
