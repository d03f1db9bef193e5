// generated from clients/LeaderChangeMessage.json, do not edit (make regenerate)

import NIOCore

/// LeaderChangeMessage: Kafka data, versions 0-1, flexible versions 0+.
public struct LeaderChangeMessage: ProtocolMessage {
    public static let messageName = "LeaderChangeMessage"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(0, 32767)

    /// The version of the leader change message
    /// Versions 0+.
    public var version: Int16 = 0
    /// The ID of the newly elected leader
    /// Versions 0+.
    public var leaderId: Int32 = 0
    /// The set of voters in the quorum for this epoch
    /// Versions 0+.
    public var voters: [Voter] = []
    /// The voters who voted for the leader at the time of election
    /// Versions 0+.
    public var grantingVoters: [Voter] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        version: Int16 = 0,
        leaderId: Int32 = 0,
        voters: [Voter] = [],
        grantingVoters: [Voter] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.version = version
        self.leaderId = leaderId
        self.voters = voters
        self.grantingVoters = grantingVoters
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.version)
        writer.buffer.writeInteger(self.leaderId)
        writer.buffer.writeKafkaArrayCount(self.voters.count, flexible: flexible)
        for element in self.voters {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeKafkaArrayCount(self.grantingVoters.count, flexible: flexible)
        for element in self.grantingVoters {
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
        self.version = try buffer.readKafkaInteger(as: Int16.self, "LeaderChangeMessage.version")
        self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "LeaderChangeMessage.leaderId")
        self.voters = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "LeaderChangeMessage.voters") { elementBuffer in try Voter(from: &elementBuffer, version: version) }
        self.grantingVoters = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "LeaderChangeMessage.grantingVoters") { elementBuffer in try Voter(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "LeaderChangeMessage")
        }
    }

    /// Voter, in LeaderChangeMessage versions 0-1.
    public struct Voter: ProtocolStruct {
        /// VoterId
        /// Versions 0+.
        public var voterId: Int32 = 0
        /// The directory id of the voter
        /// Versions 1+.
        public var voterDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            voterId: Int32 = 0,
            voterDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.voterId = voterId
            self.voterDirectoryId = voterDirectoryId
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.voterId)
            if version >= 1 {
                writer.buffer.writeKafkaUuid(self.voterDirectoryId)
            }
            if !(version >= 1) && self.voterDirectoryId != KafkaProtocol.Uuid.zero {
                throw ProtocolEncodingError.fieldNotSupported(message: "LeaderChangeMessage.Voter", field: "voterDirectoryId", version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.voterId = try buffer.readKafkaInteger(as: Int32.self, "LeaderChangeMessage.Voter.voterId")
            if version >= 1 {
                self.voterDirectoryId = try buffer.readKafkaUuid("LeaderChangeMessage.Voter.voterDirectoryId")
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "LeaderChangeMessage.Voter")
            }
        }
    }
}
