// generated from metadata/NoOpRecord.json, do not edit (make regenerate)

import NIOCore

/// NoOpRecord: Kafka metadata (key 20), versions 0, flexible versions 0+.
public struct NoOpRecord: ProtocolMessage {
    public static let messageName = "NoOpRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 20

    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "NoOpRecord")
        }
    }
}
