// generated from clients/DescribeClientQuotasResponse.json, do not edit (make regenerate)

import NIOCore

/// DescribeClientQuotasResponse: Kafka response (key 48), versions 0-1, flexible versions 1+.
public struct DescribeClientQuotasResponse: KafkaResponse {
    public static let messageName = "DescribeClientQuotasResponse"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(1, 32767)
    public static let apiKey = ApiKey(rawValue: 48)
    public typealias Request = DescribeClientQuotasRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or `0` if the quota description succeeded.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The error message, or `null` if the quota description succeeded.
    /// Versions 0+, nullable 0+.
    public var errorMessage: String? = ""
    /// A result entry.
    /// Versions 0+, nullable 0+.
    public var entries: [EntryData]? = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        errorMessage: String? = "",
        entries: [EntryData]? = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.entries = entries
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 1
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        if let value = self.errorMessage {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeClientQuotasResponse.errorMessage")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeClientQuotasResponse.errorMessage")
        }
        if let value = self.entries {
            writer.buffer.writeKafkaArrayCount(value.count, flexible: flexible)
            for element in value {
                try element.write(to: &writer, version: version)
            }
        } else {
            writer.buffer.writeKafkaArrayCount(nil, flexible: flexible)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeClientQuotasResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 1
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeClientQuotasResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeClientQuotasResponse.errorCode")
        self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "DescribeClientQuotasResponse.errorMessage")
        self.entries = try buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 1, "DescribeClientQuotasResponse.entries") { elementBuffer in try EntryData(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeClientQuotasResponse")
        }
    }

    /// EntryData, in DescribeClientQuotasResponse versions 0-1.
    public struct EntryData: ProtocolStruct {
        /// The quota entity description.
        /// Versions 0+.
        public var entity: [EntityData] = []
        /// The quota values for the entity.
        /// Versions 0+.
        public var values: [ValueData] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            entity: [EntityData] = [],
            values: [ValueData] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.entity = entity
            self.values = values
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
            writer.buffer.writeKafkaArrayCount(self.values.count, flexible: flexible)
            for element in self.values {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeClientQuotasResponse.EntryData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.entity = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeClientQuotasResponse.EntryData.entity") { elementBuffer in try EntityData(from: &elementBuffer, version: version) }
            self.values = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeClientQuotasResponse.EntryData.values") { elementBuffer in try ValueData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeClientQuotasResponse.EntryData")
            }
        }
    }

    /// EntityData, in DescribeClientQuotasResponse versions 0-1.
    public struct EntityData: ProtocolStruct {
        /// The entity type.
        /// Versions 0+.
        public var entityType: String = ""
        /// The entity name, or null if the default.
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
            try writer.buffer.writeKafkaString(self.entityType, flexible: flexible, "DescribeClientQuotasResponse.EntityData.entityType")
            if let value = self.entityName {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeClientQuotasResponse.EntityData.entityName")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeClientQuotasResponse.EntityData.entityName")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeClientQuotasResponse.EntityData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.entityType = try buffer.readKafkaString(flexible: flexible, "DescribeClientQuotasResponse.EntityData.entityType")
            self.entityName = try buffer.readKafkaNullableString(flexible: flexible, "DescribeClientQuotasResponse.EntityData.entityName")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeClientQuotasResponse.EntityData")
            }
        }
    }

    /// ValueData, in DescribeClientQuotasResponse versions 0-1.
    public struct ValueData: ProtocolStruct {
        /// The quota configuration key.
        /// Versions 0+.
        public var key: String = ""
        /// The quota configuration value.
        /// Versions 0+.
        public var value: Double = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            key: String = "",
            value: Double = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.key = key
            self.value = value
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 1
            try writer.buffer.writeKafkaString(self.key, flexible: flexible, "DescribeClientQuotasResponse.ValueData.key")
            writer.buffer.writeKafkaFloat64(self.value)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeClientQuotasResponse.ValueData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.key = try buffer.readKafkaString(flexible: flexible, "DescribeClientQuotasResponse.ValueData.key")
            self.value = try buffer.readKafkaFloat64("DescribeClientQuotasResponse.ValueData.value")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeClientQuotasResponse.ValueData")
            }
        }
    }
}
