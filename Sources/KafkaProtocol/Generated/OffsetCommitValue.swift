// generated from group-coordinator/OffsetCommitValue.json, do not edit (make regenerate)

import NIOCore

/// OffsetCommitValue: Kafka data, versions 0-4, flexible versions 4+.
public struct OffsetCommitValue: ProtocolMessage {
    public static let messageName = "OffsetCommitValue"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(4, 32767)

    /// offset
    /// Versions 0+.
    public var offset: Int64 = 0
    /// leaderEpoch
    /// Versions 3+, ignorable.
    public var leaderEpoch: Int32 = -1
    /// metadata
    /// Versions 0+.
    public var metadata: String = ""
    /// commitTimestamp
    /// Versions 0+.
    public var commitTimestamp: Int64 = 0
    /// expireTimestamp
    /// Versions 1, ignorable.
    public var expireTimestamp: Int64 = -1
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        offset: Int64 = 0,
        leaderEpoch: Int32 = -1,
        metadata: String = "",
        commitTimestamp: Int64 = 0,
        expireTimestamp: Int64 = -1,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.offset = offset
        self.leaderEpoch = leaderEpoch
        self.metadata = metadata
        self.commitTimestamp = commitTimestamp
        self.expireTimestamp = expireTimestamp
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 4
        writer.buffer.writeInteger(self.offset)
        if version >= 3 {
            writer.buffer.writeInteger(self.leaderEpoch)
        }
        try writer.buffer.writeKafkaString(self.metadata, flexible: flexible, "OffsetCommitValue.metadata")
        writer.buffer.writeInteger(self.commitTimestamp)
        if version >= 1 && version <= 1 {
            writer.buffer.writeInteger(self.expireTimestamp)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetCommitValue", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 4
        self.offset = try buffer.readKafkaInteger(as: Int64.self, "OffsetCommitValue.offset")
        if version >= 3 {
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetCommitValue.leaderEpoch")
        }
        self.metadata = try buffer.readKafkaString(flexible: flexible, "OffsetCommitValue.metadata")
        self.commitTimestamp = try buffer.readKafkaInteger(as: Int64.self, "OffsetCommitValue.commitTimestamp")
        if version >= 1 && version <= 1 {
            self.expireTimestamp = try buffer.readKafkaInteger(as: Int64.self, "OffsetCommitValue.expireTimestamp")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetCommitValue")
        }
    }
}
