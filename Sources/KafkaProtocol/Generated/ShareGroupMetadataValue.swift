// generated from group-coordinator/ShareGroupMetadataValue.json, do not edit (make regenerate)

import NIOCore

/// ShareGroupMetadataValue: Kafka data, versions 0, flexible versions 0+.
public struct ShareGroupMetadataValue: ProtocolMessage {
    public static let messageName = "ShareGroupMetadataValue"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)

    /// The group epoch.
    /// Versions 0+.
    public var epoch: Int32 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        epoch: Int32 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.epoch = epoch
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.epoch)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.epoch = try buffer.readKafkaInteger(as: Int32.self, "ShareGroupMetadataValue.epoch")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareGroupMetadataValue")
        }
    }
}
