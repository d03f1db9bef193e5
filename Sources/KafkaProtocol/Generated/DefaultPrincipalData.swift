// generated from clients/DefaultPrincipalData.json, do not edit (make regenerate)

import NIOCore

/// DefaultPrincipalData: Kafka data, versions 0, flexible versions 0+.
public struct DefaultPrincipalData: ProtocolMessage {
    public static let messageName = "DefaultPrincipalData"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)

    /// The principal type
    /// Versions 0+.
    public var type: String = ""
    /// The principal name
    /// Versions 0+.
    public var name: String = ""
    /// Whether the principal was authenticated by a delegation token on the forwarding broker.
    /// Versions 0+.
    public var tokenAuthenticated: Bool = false
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        type: String = "",
        name: String = "",
        tokenAuthenticated: Bool = false,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.type = type
        self.name = name
        self.tokenAuthenticated = tokenAuthenticated
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        try writer.buffer.writeKafkaString(self.type, flexible: flexible, "DefaultPrincipalData.type")
        try writer.buffer.writeKafkaString(self.name, flexible: flexible, "DefaultPrincipalData.name")
        writer.buffer.writeKafkaBool(self.tokenAuthenticated)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.type = try buffer.readKafkaString(flexible: flexible, "DefaultPrincipalData.type")
        self.name = try buffer.readKafkaString(flexible: flexible, "DefaultPrincipalData.name")
        self.tokenAuthenticated = try buffer.readKafkaBool("DefaultPrincipalData.tokenAuthenticated")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DefaultPrincipalData")
        }
    }
}
