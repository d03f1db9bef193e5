// generated from clients/UpdateRaftVoterRequest.json, do not edit (make regenerate)

import NIOCore

/// UpdateRaftVoterRequest: Kafka request (key 82), versions 0, flexible versions 0+.
public struct UpdateRaftVoterRequest: KafkaRequest {
    public static let messageName = "UpdateRaftVoterRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 82)
    public typealias Response = UpdateRaftVoterResponse

    /// ClusterId
    /// Versions 0+, nullable 0+.
    public var clusterId: String? = ""
    /// The current leader epoch of the partition, -1 for unknown leader epoch
    /// Versions 0+.
    public var currentLeaderEpoch: Int32 = 0
    /// The replica id of the voter getting updated in the topic partition
    /// Versions 0+.
    public var voterId: Int32 = 0
    /// The directory id of the voter getting updated in the topic partition
    /// Versions 0+.
    public var voterDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
    /// The endpoint that can be used to communicate with the leader
    /// Versions 0+.
    public var listeners: [Listener] = []
    /// The range of versions of the protocol that the replica supports
    /// Versions 0+.
    public var kRaftVersionFeature: KRaftVersionFeature = KRaftVersionFeature()
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        clusterId: String? = "",
        currentLeaderEpoch: Int32 = 0,
        voterId: Int32 = 0,
        voterDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
        listeners: [Listener] = [],
        kRaftVersionFeature: KRaftVersionFeature = KRaftVersionFeature(),
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.clusterId = clusterId
        self.currentLeaderEpoch = currentLeaderEpoch
        self.voterId = voterId
        self.voterDirectoryId = voterDirectoryId
        self.listeners = listeners
        self.kRaftVersionFeature = kRaftVersionFeature
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        if let value = self.clusterId {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "UpdateRaftVoterRequest.clusterId")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "UpdateRaftVoterRequest.clusterId")
        }
        writer.buffer.writeInteger(self.currentLeaderEpoch)
        writer.buffer.writeInteger(self.voterId)
        writer.buffer.writeKafkaUuid(self.voterDirectoryId)
        writer.buffer.writeKafkaArrayCount(self.listeners.count, flexible: flexible)
        for element in self.listeners {
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
        self.clusterId = try buffer.readKafkaNullableString(flexible: flexible, "UpdateRaftVoterRequest.clusterId")
        self.currentLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "UpdateRaftVoterRequest.currentLeaderEpoch")
        self.voterId = try buffer.readKafkaInteger(as: Int32.self, "UpdateRaftVoterRequest.voterId")
        self.voterDirectoryId = try buffer.readKafkaUuid("UpdateRaftVoterRequest.voterDirectoryId")
        self.listeners = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "UpdateRaftVoterRequest.listeners") { elementBuffer in try Listener(from: &elementBuffer, version: version) }
        self.kRaftVersionFeature = try KRaftVersionFeature(from: &buffer, version: version)
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "UpdateRaftVoterRequest")
        }
    }

    /// Listener, in UpdateRaftVoterRequest versions 0.
    public struct Listener: ProtocolStruct {
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
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "UpdateRaftVoterRequest.Listener.name")
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "UpdateRaftVoterRequest.Listener.host")
            writer.buffer.writeInteger(self.port)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "UpdateRaftVoterRequest.Listener.name")
            self.host = try buffer.readKafkaString(flexible: flexible, "UpdateRaftVoterRequest.Listener.host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self, "UpdateRaftVoterRequest.Listener.port")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "UpdateRaftVoterRequest.Listener")
            }
        }
    }

    /// KRaftVersionFeature, in UpdateRaftVoterRequest versions 0.
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
            self.minSupportedVersion = try buffer.readKafkaInteger(as: Int16.self, "UpdateRaftVoterRequest.KRaftVersionFeature.minSupportedVersion")
            self.maxSupportedVersion = try buffer.readKafkaInteger(as: Int16.self, "UpdateRaftVoterRequest.KRaftVersionFeature.maxSupportedVersion")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "UpdateRaftVoterRequest.KRaftVersionFeature")
            }
        }
    }
}

extension Array where Element == UpdateRaftVoterRequest.Listener {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
