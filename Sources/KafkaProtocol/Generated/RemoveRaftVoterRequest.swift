// generated from clients/RemoveRaftVoterRequest.json, do not edit (make regenerate)

import NIOCore

/// RemoveRaftVoterRequest: Kafka request (key 81), versions 0, flexible versions 0+.
public struct RemoveRaftVoterRequest: KafkaRequest {
    public static let messageName = "RemoveRaftVoterRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 81)
    public typealias Response = RemoveRaftVoterResponse

    /// ClusterId
    /// Versions 0+, nullable 0+.
    public var clusterId: String? = ""
    /// The replica id of the voter getting removed from the topic partition
    /// Versions 0+.
    public var voterId: Int32 = 0
    /// The directory id of the voter getting removed from the topic partition
    /// Versions 0+.
    public var voterDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        clusterId: String? = "",
        voterId: Int32 = 0,
        voterDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.clusterId = clusterId
        self.voterId = voterId
        self.voterDirectoryId = voterDirectoryId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        if let value = self.clusterId {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "RemoveRaftVoterRequest.clusterId")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "RemoveRaftVoterRequest.clusterId")
        }
        writer.buffer.writeInteger(self.voterId)
        writer.buffer.writeKafkaUuid(self.voterDirectoryId)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.clusterId = try buffer.readKafkaNullableString(flexible: flexible, "RemoveRaftVoterRequest.clusterId")
        self.voterId = try buffer.readKafkaInteger(as: Int32.self, "RemoveRaftVoterRequest.voterId")
        self.voterDirectoryId = try buffer.readKafkaUuid("RemoveRaftVoterRequest.voterDirectoryId")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "RemoveRaftVoterRequest")
        }
    }
}
