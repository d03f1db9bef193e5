// generated from metadata/RemoveDelegationTokenRecord.json, do not edit (make regenerate)

import NIOCore

/// RemoveDelegationTokenRecord: Kafka metadata (key 26), versions 0, flexible versions 0+.
public struct RemoveDelegationTokenRecord: ProtocolMessage {
    public static let messageName = "RemoveDelegationTokenRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 26

    /// The tokenID to remove.
    /// Versions 0+.
    public var tokenId: String = ""
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        tokenId: String = "",
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.tokenId = tokenId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        try writer.buffer.writeKafkaString(self.tokenId, flexible: flexible, "RemoveDelegationTokenRecord.tokenId")
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.tokenId = try buffer.readKafkaString(flexible: flexible, "RemoveDelegationTokenRecord.tokenId")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "RemoveDelegationTokenRecord")
        }
    }
}
