// generated from clients/UpdateRaftVoterResponse.json, do not edit (make regenerate)

import NIOCore

/// UpdateRaftVoterResponse: Kafka response (key 82), versions 0, flexible versions 0+.
public struct UpdateRaftVoterResponse: KafkaResponse {
    public static let messageName = "UpdateRaftVoterResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 82)
    public typealias Request = UpdateRaftVoterRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// CurrentLeader
    /// Versions 0+, tag 0 in 0+.
    public var currentLeader: CurrentLeader = CurrentLeader()
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        currentLeader: CurrentLeader = CurrentLeader(),
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.currentLeader = currentLeader
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        if flexible {
            var taggedFields: [TaggedField] = []
            if self.currentLeader != CurrentLeader() {
                var fieldWriter = ProtocolWriter()
                try self.currentLeader.write(to: &fieldWriter, version: version)
                taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
            }
            writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "UpdateRaftVoterResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "UpdateRaftVoterResponse.errorCode")
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("UpdateRaftVoterResponse tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("UpdateRaftVoterResponse")
                var fieldBuffer = fieldData
                switch tag {
                case 0:
                    self.currentLeader = try CurrentLeader(from: &fieldBuffer, version: version)
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }

    /// CurrentLeader, in UpdateRaftVoterResponse versions 0.
    public struct CurrentLeader: ProtocolStruct {
        /// The replica id of the current leader or -1 if the leader is unknown
        /// Versions 0+.
        public var leaderId: Int32 = -1
        /// The latest known leader epoch
        /// Versions 0+.
        public var leaderEpoch: Int32 = -1
        /// The node's hostname
        /// Versions 0+.
        public var host: String = ""
        /// The node's port
        /// Versions 0+.
        public var port: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            leaderId: Int32 = -1,
            leaderEpoch: Int32 = -1,
            host: String = "",
            port: Int32 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.leaderId = leaderId
            self.leaderEpoch = leaderEpoch
            self.host = host
            self.port = port
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.leaderId)
            writer.buffer.writeInteger(self.leaderEpoch)
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "UpdateRaftVoterResponse.CurrentLeader.host")
            writer.buffer.writeInteger(self.port)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "UpdateRaftVoterResponse.CurrentLeader.leaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "UpdateRaftVoterResponse.CurrentLeader.leaderEpoch")
            self.host = try buffer.readKafkaString(flexible: flexible, "UpdateRaftVoterResponse.CurrentLeader.host")
            self.port = try buffer.readKafkaInteger(as: Int32.self, "UpdateRaftVoterResponse.CurrentLeader.port")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "UpdateRaftVoterResponse.CurrentLeader")
            }
        }
    }
}
