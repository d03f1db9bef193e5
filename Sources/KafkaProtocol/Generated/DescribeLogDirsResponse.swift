// generated from clients/DescribeLogDirsResponse.json, do not edit (make regenerate)

import NIOCore

/// DescribeLogDirsResponse: Kafka response (key 35), versions 0-4, flexible versions 2+.
public struct DescribeLogDirsResponse: KafkaResponse {
    public static let messageName = "DescribeLogDirsResponse"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 35)
    public typealias Request = DescribeLogDirsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    /// Versions 3+, ignorable.
    public var errorCode: Int16 = 0
    /// The log directories.
    /// Versions 0+.
    public var results: [DescribeLogDirsResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        results: [DescribeLogDirsResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.results = results
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeInteger(self.throttleTimeMs)
        if version >= 3 {
            writer.buffer.writeInteger(self.errorCode)
        }
        writer.buffer.writeKafkaArrayCount(self.results.count, flexible: flexible)
        for element in self.results {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeLogDirsResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeLogDirsResponse.throttleTimeMs")
        if version >= 3 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeLogDirsResponse.errorCode")
        }
        self.results = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeLogDirsResponse.results") { elementBuffer in try DescribeLogDirsResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeLogDirsResponse")
        }
    }

    /// DescribeLogDirsResult, in DescribeLogDirsResponse versions 0-4.
    public struct DescribeLogDirsResult: ProtocolStruct {
        /// The error code, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The absolute log directory path.
        /// Versions 0+.
        public var logDir: String = ""
        /// Each topic.
        /// Versions 0+.
        public var topics: [DescribeLogDirsTopic] = []
        /// The total size in bytes of the volume the log directory is in.
        /// Versions 4+, ignorable.
        public var totalBytes: Int64 = -1
        /// The usable size in bytes of the volume the log directory is in.
        /// Versions 4+, ignorable.
        public var usableBytes: Int64 = -1
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            errorCode: Int16 = 0,
            logDir: String = "",
            topics: [DescribeLogDirsTopic] = [],
            totalBytes: Int64 = -1,
            usableBytes: Int64 = -1,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.errorCode = errorCode
            self.logDir = logDir
            self.topics = topics
            self.totalBytes = totalBytes
            self.usableBytes = usableBytes
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            writer.buffer.writeInteger(self.errorCode)
            try writer.buffer.writeKafkaString(self.logDir, flexible: flexible, "DescribeLogDirsResponse.DescribeLogDirsResult.logDir")
            writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
            for element in self.topics {
                try element.write(to: &writer, version: version)
            }
            if version >= 4 {
                writer.buffer.writeInteger(self.totalBytes)
            }
            if version >= 4 {
                writer.buffer.writeInteger(self.usableBytes)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeLogDirsResponse.DescribeLogDirsResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeLogDirsResponse.DescribeLogDirsResult.errorCode")
            self.logDir = try buffer.readKafkaString(flexible: flexible, "DescribeLogDirsResponse.DescribeLogDirsResult.logDir")
            self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeLogDirsResponse.DescribeLogDirsResult.topics") { elementBuffer in try DescribeLogDirsTopic(from: &elementBuffer, version: version) }
            if version >= 4 {
                self.totalBytes = try buffer.readKafkaInteger(as: Int64.self, "DescribeLogDirsResponse.DescribeLogDirsResult.totalBytes")
            }
            if version >= 4 {
                self.usableBytes = try buffer.readKafkaInteger(as: Int64.self, "DescribeLogDirsResponse.DescribeLogDirsResult.usableBytes")
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeLogDirsResponse.DescribeLogDirsResult")
            }
        }
    }

    /// DescribeLogDirsTopic, in DescribeLogDirsResponse versions 0-4.
    public struct DescribeLogDirsTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0+.
        public var name: String = ""
        /// Partitions
        /// Versions 0+.
        public var partitions: [DescribeLogDirsPartition] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [DescribeLogDirsPartition] = [],
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
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "DescribeLogDirsResponse.DescribeLogDirsTopic.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeLogDirsResponse.DescribeLogDirsTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.name = try buffer.readKafkaString(flexible: flexible, "DescribeLogDirsResponse.DescribeLogDirsTopic.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeLogDirsResponse.DescribeLogDirsTopic.partitions") { elementBuffer in try DescribeLogDirsPartition(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeLogDirsResponse.DescribeLogDirsTopic")
            }
        }
    }

    /// DescribeLogDirsPartition, in DescribeLogDirsResponse versions 0-4.
    public struct DescribeLogDirsPartition: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The size of the log segments in this partition in bytes.
        /// Versions 0+.
        public var partitionSize: Int64 = 0
        /// The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition)
        /// Versions 0+.
        public var offsetLag: Int64 = 0
        /// True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future.
        /// Versions 0+.
        public var isFutureKey: Bool = false
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            partitionSize: Int64 = 0,
            offsetLag: Int64 = 0,
            isFutureKey: Bool = false,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.partitionSize = partitionSize
            self.offsetLag = offsetLag
            self.isFutureKey = isFutureKey
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.partitionSize)
            writer.buffer.writeInteger(self.offsetLag)
            writer.buffer.writeKafkaBool(self.isFutureKey)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeLogDirsResponse.DescribeLogDirsPartition", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DescribeLogDirsResponse.DescribeLogDirsPartition.partitionIndex")
            self.partitionSize = try buffer.readKafkaInteger(as: Int64.self, "DescribeLogDirsResponse.DescribeLogDirsPartition.partitionSize")
            self.offsetLag = try buffer.readKafkaInteger(as: Int64.self, "DescribeLogDirsResponse.DescribeLogDirsPartition.offsetLag")
            self.isFutureKey = try buffer.readKafkaBool("DescribeLogDirsResponse.DescribeLogDirsPartition.isFutureKey")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeLogDirsResponse.DescribeLogDirsPartition")
            }
        }
    }
}
