// generated from clients/AlterClientQuotasRequest.json, do not edit (make regenerate)

import NIOCore

/// AlterClientQuotasRequest: Kafka request (key 49), versions 0-1, flexible versions 1+.
public struct AlterClientQuotasRequest: KafkaRequest {
    public static let messageName = "AlterClientQuotasRequest"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(1, 32767)
    public static let apiKey = ApiKey(rawValue: 49)
    public typealias Response = AlterClientQuotasResponse

    /// The quota configuration entries to alter.
    /// Versions 0+.
    public var entries: [EntryData] = []
    /// Whether the alteration should be validated, but not performed.
    /// Versions 0+.
    public var validateOnly: Bool = false
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        entries: [EntryData] = [],
        validateOnly: Bool = false,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.entries = entries
        self.validateOnly = validateOnly
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 1
        writer.buffer.writeKafkaArrayCount(self.entries.count, flexible: flexible)
        for element in self.entries {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeKafkaBool(self.validateOnly)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "AlterClientQuotasRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 1
        self.entries = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterClientQuotasRequest.entries") { elementBuffer in try EntryData(from: &elementBuffer, version: version) }
        self.validateOnly = try buffer.readKafkaBool("AlterClientQuotasRequest.validateOnly")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterClientQuotasRequest")
        }
    }

    /// EntryData, in AlterClientQuotasRequest versions 0-1.
    public struct EntryData: ProtocolStruct {
        /// The quota entity to alter.
        /// Versions 0+.
        public var entity: [EntityData] = []
        /// An individual quota configuration entry to alter.
        /// Versions 0+.
        public var ops: [OpData] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            entity: [EntityData] = [],
            ops: [OpData] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.entity = entity
            self.ops = ops
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 1
            writer.buffer.writeKafkaArrayCount(self.entity.count, flexible: flexible)
            for element in self.entity {
                try element.write(to: &writer, version: version)
            }
            writer.buffer.writeKafkaArrayCount(self.ops.count, flexible: flexible)
            for element in self.ops {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "AlterClientQuotasRequest.EntryData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.entity = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterClientQuotasRequest.EntryData.entity") { elementBuffer in try EntityData(from: &elementBuffer, version: version) }
            self.ops = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterClientQuotasRequest.EntryData.ops") { elementBuffer in try OpData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterClientQuotasRequest.EntryData")
            }
        }
    }

    /// EntityData, in AlterClientQuotasRequest versions 0-1.
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
            let flexible = version >= 1
            try writer.buffer.writeKafkaString(self.entityType, flexible: flexible, "AlterClientQuotasRequest.EntityData.entityType")
            if let value = self.entityName {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "AlterClientQuotasRequest.EntityData.entityName")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "AlterClientQuotasRequest.EntityData.entityName")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "AlterClientQuotasRequest.EntityData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.entityType = try buffer.readKafkaString(flexible: flexible, "AlterClientQuotasRequest.EntityData.entityType")
            self.entityName = try buffer.readKafkaNullableString(flexible: flexible, "AlterClientQuotasRequest.EntityData.entityName")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterClientQuotasRequest.EntityData")
            }
        }
    }

    /// OpData, in AlterClientQuotasRequest versions 0-1.
    public struct OpData: ProtocolStruct {
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
            key: String = "",
            value: Double = 0,
            remove: Bool = false,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.key = key
            self.value = value
            self.remove = remove
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 1
            try writer.buffer.writeKafkaString(self.key, flexible: flexible, "AlterClientQuotasRequest.OpData.key")
            writer.buffer.writeKafkaFloat64(self.value)
            writer.buffer.writeKafkaBool(self.remove)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "AlterClientQuotasRequest.OpData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.key = try buffer.readKafkaString(flexible: flexible, "AlterClientQuotasRequest.OpData.key")
            self.value = try buffer.readKafkaFloat64("AlterClientQuotasRequest.OpData.value")
            self.remove = try buffer.readKafkaBool("AlterClientQuotasRequest.OpData.remove")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterClientQuotasRequest.OpData")
            }
        }
    }
}
