// generated from metadata/ClientQuotaRecord.json, do not edit (make regenerate)

import NIOCore

/// ClientQuotaRecord: Kafka metadata (key 14), versions 0, flexible versions 0+.
public struct ClientQuotaRecord: ProtocolMessage {
    public static let messageName = "ClientQuotaRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 14

    /// The quota entity to alter.
    /// Versions 0+.
    public var entity: [EntityData] = []
    /// The quota configuration key.
    /// Versions 0+.
    public var key: String = ""
    /// The value to set, otherwise ignored if the value is to be removed.
    /// Versions 0+.
    public var value: Double = 0
    /// Whether the quota configuration value should be removed, otherwise set.
    /// Versions 0+.
    public var remove: Bool = false
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        entity: [EntityData] = [],
        key: String = "",
        value: Double = 0,
        remove: Bool = false,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.entity = entity
        self.key = key
        self.value = value
        self.remove = remove
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaArrayCount(self.entity.count, flexible: flexible)
        for element in self.entity {
            try element.write(to: &writer, version: version)
        }
        try writer.buffer.writeKafkaString(self.key, flexible: flexible, "ClientQuotaRecord.key")
        writer.buffer.writeKafkaFloat64(self.value)
        writer.buffer.writeKafkaBool(self.remove)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.entity = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ClientQuotaRecord.entity") { elementBuffer in try EntityData(from: &elementBuffer, version: version) }
        self.key = try buffer.readKafkaString(flexible: flexible, "ClientQuotaRecord.key")
        self.value = try buffer.readKafkaFloat64("ClientQuotaRecord.value")
        self.remove = try buffer.readKafkaBool("ClientQuotaRecord.remove")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ClientQuotaRecord")
        }
    }

    /// EntityData, in ClientQuotaRecord versions 0.
    public struct EntityData: ProtocolStruct {
        /// The entity type.
        /// Versions 0+.
        public var entityType: String = ""
        /// The name of the entity, or null if the default.
        /// Versions 0+, nullable 0+.
        public var entityName: String? = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            entityType: String = "",
            entityName: String? = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.entityType = entityType
            self.entityName = entityName
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.entityType, flexible: flexible, "ClientQuotaRecord.EntityData.entityType")
            if let value = self.entityName {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "ClientQuotaRecord.EntityData.entityName")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "ClientQuotaRecord.EntityData.entityName")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.entityType = try buffer.readKafkaString(flexible: flexible, "ClientQuotaRecord.EntityData.entityType")
            self.entityName = try buffer.readKafkaNullableString(flexible: flexible, "ClientQuotaRecord.EntityData.entityName")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ClientQuotaRecord.EntityData")
            }
        }
    }
}
