// generated from metadata/RemoveUserScramCredentialRecord.json, do not edit (make regenerate)

import NIOCore

/// RemoveUserScramCredentialRecord: Kafka metadata (key 22), versions 0, flexible versions 0+.
public struct RemoveUserScramCredentialRecord: ProtocolMessage {
    public static let messageName = "RemoveUserScramCredentialRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 22

    /// The user name.
    /// Versions 0+.
    public var name: String = ""
    /// The SCRAM mechanism.
    /// Versions 0+.
    public var mechanism: Int8 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        name: String = "",
        mechanism: Int8 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.name = name
        self.mechanism = mechanism
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        try writer.buffer.writeKafkaString(self.name, flexible: flexible, "RemoveUserScramCredentialRecord.name")
        writer.buffer.writeInteger(self.mechanism)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.name = try buffer.readKafkaString(flexible: flexible, "RemoveUserScramCredentialRecord.name")
        self.mechanism = try buffer.readKafkaInteger(as: Int8.self, "RemoveUserScramCredentialRecord.mechanism")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "RemoveUserScramCredentialRecord")
        }
    }
}
