// generated from metadata/ZkMigrationRecord.json, do not edit (make regenerate)

import NIOCore

/// ZkMigrationStateRecord: Kafka metadata (key 21), versions 0, flexible versions 0+.
public struct ZkMigrationStateRecord: ProtocolMessage {
    public static let messageName = "ZkMigrationStateRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 21

    /// One of the possible migration states.
    /// Versions 0+.
    public var zkMigrationState: Int8 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        zkMigrationState: Int8 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.zkMigrationState = zkMigrationState
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.zkMigrationState)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.zkMigrationState = try buffer.readKafkaInteger(as: Int8.self, "ZkMigrationStateRecord.zkMigrationState")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ZkMigrationStateRecord")
        }
    }
}
