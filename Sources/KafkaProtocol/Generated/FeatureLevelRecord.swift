// generated from metadata/FeatureLevelRecord.json, do not edit (make regenerate)

import NIOCore

/// FeatureLevelRecord: Kafka metadata (key 12), versions 0, flexible versions 0+.
public struct FeatureLevelRecord: ProtocolMessage {
    public static let messageName = "FeatureLevelRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 12

    /// The feature name.
    /// Versions 0+.
    public var name: String = ""
    /// The current finalized feature level of this feature for the cluster, a value of 0 means feature not supported.
    /// Versions 0+.
    public var featureLevel: Int16 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        name: String = "",
        featureLevel: Int16 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.name = name
        self.featureLevel = featureLevel
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        try writer.buffer.writeKafkaString(self.name, flexible: flexible, "FeatureLevelRecord.name")
        writer.buffer.writeInteger(self.featureLevel)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.name = try buffer.readKafkaString(flexible: flexible, "FeatureLevelRecord.name")
        self.featureLevel = try buffer.readKafkaInteger(as: Int16.self, "FeatureLevelRecord.featureLevel")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FeatureLevelRecord")
        }
    }
}
