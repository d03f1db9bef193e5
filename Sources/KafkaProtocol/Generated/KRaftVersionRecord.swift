// generated from clients/KRaftVersionRecord.json, do not edit (make regenerate)

import NIOCore

/// KRaftVersionRecord: Kafka data, versions 0, flexible versions 0+.
public struct KRaftVersionRecord: ProtocolMessage {
    public static let messageName = "KRaftVersionRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)

    /// The version of the kraft version record
    /// Versions 0+.
    public var version: Int16 = 0
    /// The kraft protocol version
    /// Versions 0+.
    public var kRaftVersion: Int16 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        version: Int16 = 0,
        kRaftVersion: Int16 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.version = version
        self.kRaftVersion = kRaftVersion
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.version)
        writer.buffer.writeInteger(self.kRaftVersion)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.version = try buffer.readKafkaInteger(as: Int16.self, "KRaftVersionRecord.version")
        self.kRaftVersion = try buffer.readKafkaInteger(as: Int16.self, "KRaftVersionRecord.kRaftVersion")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "KRaftVersionRecord")
        }
    }
}
