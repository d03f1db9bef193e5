// generated from metadata/FenceBrokerRecord.json, do not edit (make regenerate)

import NIOCore

/// FenceBrokerRecord: Kafka metadata (key 7), versions 0, flexible versions 0+.
public struct FenceBrokerRecord: ProtocolMessage {
    public static let messageName = "FenceBrokerRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 7

    /// The broker ID to fence. It will be removed from all ISRs.
    /// Versions 0+.
    public var id: Int32 = 0
    /// The epoch of the broker to fence.
    /// Versions 0+.
    public var epoch: Int64 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        id: Int32 = 0,
        epoch: Int64 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.id = id
        self.epoch = epoch
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.id)
        writer.buffer.writeInteger(self.epoch)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.id = try buffer.readKafkaInteger(as: Int32.self, "FenceBrokerRecord.id")
        self.epoch = try buffer.readKafkaInteger(as: Int64.self, "FenceBrokerRecord.epoch")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FenceBrokerRecord")
        }
    }
}
