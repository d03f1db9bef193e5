// generated from clients/AlterReplicaLogDirsRequest.json, do not edit (make regenerate)

import NIOCore

/// AlterReplicaLogDirsRequest: Kafka request (key 34), versions 0-2, flexible versions 2+.
public struct AlterReplicaLogDirsRequest: KafkaRequest {
    public static let messageName = "AlterReplicaLogDirsRequest"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 34)
    public typealias Response = AlterReplicaLogDirsResponse

    /// The alterations to make for each directory.
    /// Versions 0+.
    public var dirs: [AlterReplicaLogDir] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        dirs: [AlterReplicaLogDir] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.dirs = dirs
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeKafkaArrayCount(self.dirs.count, flexible: flexible)
        for element in self.dirs {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "AlterReplicaLogDirsRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.dirs = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterReplicaLogDirsRequest.dirs") { elementBuffer in try AlterReplicaLogDir(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterReplicaLogDirsRequest")
        }
    }

    /// AlterReplicaLogDir, in AlterReplicaLogDirsRequest versions 0-2.
    public struct AlterReplicaLogDir: ProtocolStruct {
        /// The absolute directory path.
        /// Versions 0+, map key.
        public var path: String = ""
        /// The topics to add to the directory.
        /// Versions 0+.
        public var topics: [AlterReplicaLogDirTopic] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            path: String = "",
            topics: [AlterReplicaLogDirTopic] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.path = path
            self.topics = topics
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            try writer.buffer.writeKafkaString(self.path, flexible: flexible, "AlterReplicaLogDirsRequest.AlterReplicaLogDir.path")
            writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
            for element in self.topics {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "AlterReplicaLogDirsRequest.AlterReplicaLogDir", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.path = try buffer.readKafkaString(flexible: flexible, "AlterReplicaLogDirsRequest.AlterReplicaLogDir.path")
            self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterReplicaLogDirsRequest.AlterReplicaLogDir.topics") { elementBuffer in try AlterReplicaLogDirTopic(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterReplicaLogDirsRequest.AlterReplicaLogDir")
            }
        }
    }

    /// AlterReplicaLogDirTopic, in AlterReplicaLogDirsRequest versions 0-2.
    public struct AlterReplicaLogDirTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0+, map key.
        public var name: String = ""
        /// The partition indexes.
        /// Versions 0+.
        public var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [Int32] = [],
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
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.name = try buffer.readKafkaString(flexible: flexible, "AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.partitions") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.partitions") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic")
            }
        }
    }
}

extension Array where Element == AlterReplicaLogDirsRequest.AlterReplicaLogDir {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(path: String) -> Element? {
        self.first { $0.path == path }
    }
}

extension Array where Element == AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
