// generated from raft/QuorumStateData.json, do not edit (make regenerate)

import NIOCore

/// QuorumStateData: Kafka data, versions 0-1, flexible versions 0+.
public struct QuorumStateData: ProtocolMessage {
    public static let messageName = "QuorumStateData"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(0, 32767)

    /// ClusterId
    /// Versions 0.
    public var clusterId: String = ""
    /// LeaderId
    /// Versions 0+.
    public var leaderId: Int32 = -1
    /// LeaderEpoch
    /// Versions 0+.
    public var leaderEpoch: Int32 = -1
    /// VotedId
    /// Versions 0+.
    public var votedId: Int32 = -1
    /// VotedDirectoryId
    /// Versions 1+.
    public var votedDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
    /// AppliedOffset
    /// Versions 0.
    public var appliedOffset: Int64 = 0
    /// CurrentVoters
    /// Versions 0, nullable 0.
    public var currentVoters: [Voter]? = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        clusterId: String = "",
        leaderId: Int32 = -1,
        leaderEpoch: Int32 = -1,
        votedId: Int32 = -1,
        votedDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
        appliedOffset: Int64 = 0,
        currentVoters: [Voter]? = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.clusterId = clusterId
        self.leaderId = leaderId
        self.leaderEpoch = leaderEpoch
        self.votedId = votedId
        self.votedDirectoryId = votedDirectoryId
        self.appliedOffset = appliedOffset
        self.currentVoters = currentVoters
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        if version <= 0 {
            try writer.buffer.writeKafkaString(self.clusterId, flexible: flexible, "QuorumStateData.clusterId")
        }
        if !(version <= 0) && self.clusterId != "" {
            throw ProtocolEncodingError.fieldNotSupported(message: "QuorumStateData", field: "clusterId", version: version)
        }
        writer.buffer.writeInteger(self.leaderId)
        writer.buffer.writeInteger(self.leaderEpoch)
        writer.buffer.writeInteger(self.votedId)
        if version >= 1 {
            writer.buffer.writeKafkaUuid(self.votedDirectoryId)
        }
        if !(version >= 1) && self.votedDirectoryId != KafkaProtocol.Uuid.zero {
            throw ProtocolEncodingError.fieldNotSupported(message: "QuorumStateData", field: "votedDirectoryId", version: version)
        }
        if version <= 0 {
            writer.buffer.writeInteger(self.appliedOffset)
        }
        if !(version <= 0) && self.appliedOffset != 0 {
            throw ProtocolEncodingError.fieldNotSupported(message: "QuorumStateData", field: "appliedOffset", version: version)
        }
        if version <= 0 {
            if let value = self.currentVoters {
                writer.buffer.writeKafkaArrayCount(value.count, flexible: flexible)
                for element in value {
                    try element.write(to: &writer, version: version)
                }
            } else {
                writer.buffer.writeKafkaArrayCount(nil, flexible: flexible)
            }
        }
        if !(version <= 0) && self.currentVoters != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "QuorumStateData", field: "currentVoters", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        if version <= 0 {
            self.clusterId = try buffer.readKafkaString(flexible: flexible, "QuorumStateData.clusterId")
        }
        self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "QuorumStateData.leaderId")
        self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "QuorumStateData.leaderEpoch")
        self.votedId = try buffer.readKafkaInteger(as: Int32.self, "QuorumStateData.votedId")
        if version >= 1 {
            self.votedDirectoryId = try buffer.readKafkaUuid("QuorumStateData.votedDirectoryId")
        }
        if version <= 0 {
            self.appliedOffset = try buffer.readKafkaInteger(as: Int64.self, "QuorumStateData.appliedOffset")
        }
        if version <= 0 {
            self.currentVoters = try buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 1, "QuorumStateData.currentVoters") { elementBuffer in try Voter(from: &elementBuffer, version: version) }
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "QuorumStateData")
        }
    }

    /// Voter, in QuorumStateData versions 0.
    public struct Voter: ProtocolStruct {
        /// VoterId
        /// Versions 0.
        public var voterId: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            voterId: Int32 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.voterId = voterId
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.voterId)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.voterId = try buffer.readKafkaInteger(as: Int32.self, "QuorumStateData.Voter.voterId")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "QuorumStateData.Voter")
            }
        }
    }
}
