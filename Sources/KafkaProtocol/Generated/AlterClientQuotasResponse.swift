// generated from clients/AlterClientQuotasResponse.json, do not edit (make regenerate)

import NIOCore

/// AlterClientQuotasResponse: Kafka response (key 49), versions 0-1, flexible versions 1+.
public struct AlterClientQuotasResponse: KafkaResponse {
    public static let messageName = "AlterClientQuotasResponse"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(1, 32767)
    public static let apiKey = ApiKey(rawValue: 49)
    public typealias Request = AlterClientQuotasRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The quota configuration entries to alter.
    /// Versions 0+.
    public var entries: [EntryData] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        entries: [EntryData] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.entries = entries
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 1
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeKafkaArrayCount(self.entries.count, flexible: flexible)
        for element in self.entries {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "AlterClientQuotasResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 1
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "AlterClientQuotasResponse.throttleTimeMs")
        self.entries = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterClientQuotasResponse.entries") { elementBuffer in try EntryData(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterClientQuotasResponse")
        }
    }

    /// EntryData, in AlterClientQuotasResponse versions 0-1.
    public struct EntryData: ProtocolStruct {
        /// The error code, or `0` if the quota alteration succeeded.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The error message, or `null` if the quota alteration succeeded.
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = ""
        /// The quota entity to alter.
        /// Versions 0+.
        public var entity: [EntityData] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            errorCode: Int16 = 0,
            errorMessage: String? = "",
            entity: [EntityData] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.entity = entity
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 1
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "AlterClientQuotasResponse.EntryData.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "AlterClientQuotasResponse.EntryData.errorMessage")
            }
            writer.buffer.writeKafkaArrayCount(self.entity.count, flexible: flexible)
            for element in self.entity {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "AlterClientQuotasResponse.EntryData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AlterClientQuotasResponse.EntryData.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "AlterClientQuotasResponse.EntryData.errorMessage")
            self.entity = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterClientQuotasResponse.EntryData.entity") { elementBuffer in try EntityData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterClientQuotasResponse.EntryData")
            }
        }
    }

    /// EntityData, in AlterClientQuotasResponse versions 0-1.
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
            try writer.buffer.writeKafkaString(self.entityType, flexible: flexible, "AlterClientQuotasResponse.EntityData.entityType")
            if let value = self.entityName {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "AlterClientQuotasResponse.EntityData.entityName")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "AlterClientQuotasResponse.EntityData.entityName")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "AlterClientQuotasResponse.EntityData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.entityType = try buffer.readKafkaString(flexible: flexible, "AlterClientQuotasResponse.EntityData.entityType")
            self.entityName = try buffer.readKafkaNullableString(flexible: flexible, "AlterClientQuotasResponse.EntityData.entityName")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterClientQuotasResponse.EntityData")
            }
        }
    }
}
