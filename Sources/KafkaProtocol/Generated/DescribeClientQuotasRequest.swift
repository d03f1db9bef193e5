// generated from clients/DescribeClientQuotasRequest.json, do not edit (make regenerate)

import NIOCore

/// DescribeClientQuotasRequest: Kafka request (key 48), versions 0-1, flexible versions 1+.
public struct DescribeClientQuotasRequest: KafkaRequest {
    public static let messageName = "DescribeClientQuotasRequest"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(1, 32767)
    public static let apiKey = ApiKey(rawValue: 48)
    public typealias Response = DescribeClientQuotasResponse

    /// Filter components to apply to quota entities.
    /// Versions 0+.
    public var components: [ComponentData] = []
    /// Whether the match is strict, i.e. should exclude entities with unspecified entity types.
    /// Versions 0+.
    public var strict: Bool = false
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        components: [ComponentData] = [],
        strict: Bool = false,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.components = components
        self.strict = strict
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 1
        writer.buffer.writeKafkaArrayCount(self.components.count, flexible: flexible)
        for element in self.components {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeKafkaBool(self.strict)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeClientQuotasRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 1
        self.components = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeClientQuotasRequest.components") { elementBuffer in try ComponentData(from: &elementBuffer, version: version) }
        self.strict = try buffer.readKafkaBool("DescribeClientQuotasRequest.strict")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeClientQuotasRequest")
        }
    }

    /// ComponentData, in DescribeClientQuotasRequest versions 0-1.
    public struct ComponentData: ProtocolStruct {
        /// The entity type that the filter component applies to.
        /// Versions 0+.
        public var entityType: String = ""
        /// How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}.
        /// Versions 0+.
        public var matchType: Int8 = 0
        /// The string to match against, or null if unused for the match type.
        /// Versions 0+, nullable 0+.
        public var match: String? = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            entityType: String = "",
            matchType: Int8 = 0,
            match: String? = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.entityType = entityType
            self.matchType = matchType
            self.match = match
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 1
            try writer.buffer.writeKafkaString(self.entityType, flexible: flexible, "DescribeClientQuotasRequest.ComponentData.entityType")
            writer.buffer.writeInteger(self.matchType)
            if let value = self.match {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeClientQuotasRequest.ComponentData.match")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeClientQuotasRequest.ComponentData.match")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeClientQuotasRequest.ComponentData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.entityType = try buffer.readKafkaString(flexible: flexible, "DescribeClientQuotasRequest.ComponentData.entityType")
            self.matchType = try buffer.readKafkaInteger(as: Int8.self, "DescribeClientQuotasRequest.ComponentData.matchType")
            self.match = try buffer.readKafkaNullableString(flexible: flexible, "DescribeClientQuotasRequest.ComponentData.match")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeClientQuotasRequest.ComponentData")
            }
        }
    }
}
