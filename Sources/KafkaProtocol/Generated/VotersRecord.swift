// generated from clients/VotersRecord.json, do not edit (make regenerate)

import NIOCore

/// VotersRecord: Kafka data, versions 0, flexible versions 0+.
public struct VotersRecord: ProtocolMessage {
    public static let messageName = "VotersRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)

    /// The version of the voters record
    /// Versions 0+.
    public var version: Int16 = 0
    /// Voters
    /// Versions 0+.
    public var voters: [Voter] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        version: Int16 = 0,
        voters: [Voter] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.version = version
        self.voters = voters
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.version)
        writer.buffer.writeKafkaArrayCount(self.voters.count, flexible: flexible)
        for element in self.voters {
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
        self.version = try buffer.readKafkaInteger(as: Int16.self, "VotersRecord.version")
        self.voters = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "VotersRecord.voters") { elementBuffer in try Voter(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "VotersRecord")
        }
    }

    /// Voter, in VotersRecord versions 0.
    public struct Voter: ProtocolStruct {
        /// The replica id of the voter in the topic partition
        /// Versions 0+.
        public var voterId: Int32 = 0
        /// The directory id of the voter in the topic partition
        /// Versions 0+.
        public var voterDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The endpoint that can be used to communicate with the voter
        /// Versions 0+.
        public var endpoints: [Endpoint] = []
        /// The range of versions of the protocol that the replica supports
        /// Versions 0+.
        public var kRaftVersionFeature: KRaftVersionFeature = KRaftVersionFeature()
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            voterId: Int32 = 0,
            voterDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            endpoints: [Endpoint] = [],
            kRaftVersionFeature: KRaftVersionFeature = KRaftVersionFeature(),
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.voterId = voterId
            self.voterDirectoryId = voterDirectoryId
            self.endpoints = endpoints
            self.kRaftVersionFeature = kRaftVersionFeature
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.voterId)
            writer.buffer.writeKafkaUuid(self.voterDirectoryId)
            writer.buffer.writeKafkaArrayCount(self.endpoints.count, flexible: flexible)
            for element in self.endpoints {
                try element.write(to: &writer, version: version)
            }
            try self.kRaftVersionFeature.write(to: &writer, version: version)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.voterId = try buffer.readKafkaInteger(as: Int32.self, "VotersRecord.Voter.voterId")
            self.voterDirectoryId = try buffer.readKafkaUuid("VotersRecord.Voter.voterDirectoryId")
            self.endpoints = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "VotersRecord.Voter.endpoints") { elementBuffer in try Endpoint(from: &elementBuffer, version: version) }
            self.kRaftVersionFeature = try KRaftVersionFeature(from: &buffer, version: version)
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "VotersRecord.Voter")
            }
        }
    }

    /// Endpoint, in VotersRecord versions 0.
    public struct Endpoint: ProtocolStruct {
        /// The name of the endpoint
        /// Versions 0+, map key.
        public var name: String = ""
        /// The hostname
        /// Versions 0+.
        public var host: String = ""
        /// The port
        /// Versions 0+.
        public var port: UInt16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            host: String = "",
            port: UInt16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.host = host
            self.port = port
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "VotersRecord.Endpoint.name")
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "VotersRecord.Endpoint.host")
            writer.buffer.writeInteger(self.port)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "VotersRecord.Endpoint.name")
            self.host = try buffer.readKafkaString(flexible: flexible, "VotersRecord.Endpoint.host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self, "VotersRecord.Endpoint.port")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "VotersRecord.Endpoint")
            }
        }
    }

    /// KRaftVersionFeature, in VotersRecord versions 0.
    public struct KRaftVersionFeature: ProtocolStruct {
        /// The minimum supported KRaft protocol version
        /// Versions 0+.
        public var minSupportedVersion: Int16 = 0
        /// The maximum supported KRaft protocol version
        /// Versions 0+.
        public var maxSupportedVersion: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            minSupportedVersion: Int16 = 0,
            maxSupportedVersion: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.minSupportedVersion = minSupportedVersion
            self.maxSupportedVersion = maxSupportedVersion
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.minSupportedVersion)
            writer.buffer.writeInteger(self.maxSupportedVersion)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.minSupportedVersion = try buffer.readKafkaInteger(as: Int16.self, "VotersRecord.KRaftVersionFeature.minSupportedVersion")
            self.maxSupportedVersion = try buffer.readKafkaInteger(as: Int16.self, "VotersRecord.KRaftVersionFeature.maxSupportedVersion")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "VotersRecord.KRaftVersionFeature")
            }
        }
    }
}

extension Array where Element == VotersRecord.Endpoint {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
