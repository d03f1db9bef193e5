// generated from clients/DescribeConfigsResponse.json, do not edit (make regenerate)

import NIOCore

/// DescribeConfigsResponse: Kafka response (key 32), versions 0-4, flexible versions 4+.
public struct DescribeConfigsResponse: KafkaResponse {
    public static let messageName = "DescribeConfigsResponse"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(4, 32767)
    public static let apiKey = ApiKey(rawValue: 32)
    public typealias Request = DescribeConfigsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The results for each resource.
    /// Versions 0+.
    public var results: [DescribeConfigsResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        results: [DescribeConfigsResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.results = results
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 4
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeKafkaArrayCount(self.results.count, flexible: flexible)
        for element in self.results {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeConfigsResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 4
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeConfigsResponse.throttleTimeMs")
        self.results = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeConfigsResponse.results") { elementBuffer in try DescribeConfigsResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeConfigsResponse")
        }
    }

    /// DescribeConfigsResult, in DescribeConfigsResponse versions 0-4.
    public struct DescribeConfigsResult: ProtocolStruct {
        /// The error code, or 0 if we were able to successfully describe the configurations.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The error message, or null if we were able to successfully describe the configurations.
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = ""
        /// The resource type.
        /// Versions 0+.
        public var resourceType: Int8 = 0
        /// The resource name.
        /// Versions 0+.
        public var resourceName: String = ""
        /// Each listed configuration.
        /// Versions 0+.
        public var configs: [DescribeConfigsResourceResult] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            errorCode: Int16 = 0,
            errorMessage: String? = "",
            resourceType: Int8 = 0,
            resourceName: String = "",
            configs: [DescribeConfigsResourceResult] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.resourceType = resourceType
            self.resourceName = resourceName
            self.configs = configs
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 4
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeConfigsResponse.DescribeConfigsResult.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeConfigsResponse.DescribeConfigsResult.errorMessage")
            }
            writer.buffer.writeInteger(self.resourceType)
            try writer.buffer.writeKafkaString(self.resourceName, flexible: flexible, "DescribeConfigsResponse.DescribeConfigsResult.resourceName")
            writer.buffer.writeKafkaArrayCount(self.configs.count, flexible: flexible)
            for element in self.configs {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeConfigsResponse.DescribeConfigsResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeConfigsResponse.DescribeConfigsResult.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "DescribeConfigsResponse.DescribeConfigsResult.errorMessage")
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "DescribeConfigsResponse.DescribeConfigsResult.resourceType")
            self.resourceName = try buffer.readKafkaString(flexible: flexible, "DescribeConfigsResponse.DescribeConfigsResult.resourceName")
            self.configs = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeConfigsResponse.DescribeConfigsResult.configs") { elementBuffer in try DescribeConfigsResourceResult(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeConfigsResponse.DescribeConfigsResult")
            }
        }
    }

    /// DescribeConfigsResourceResult, in DescribeConfigsResponse versions 0-4.
    public struct DescribeConfigsResourceResult: ProtocolStruct {
        /// The configuration name.
        /// Versions 0+.
        public var name: String = ""
        /// The configuration value.
        /// Versions 0+, nullable 0+.
        public var value: String? = ""
        /// True if the configuration is read-only.
        /// Versions 0+.
        public var readOnly: Bool = false
        /// True if the configuration is not set.
        /// Versions 0.
        public var isDefault: Bool = false
        /// The configuration source.
        /// Versions 1+, ignorable.
        public var configSource: Int8 = -1
        /// True if this configuration is sensitive.
        /// Versions 0+.
        public var isSensitive: Bool = false
        /// The synonyms for this configuration key.
        /// Versions 1+, ignorable.
        public var synonyms: [DescribeConfigsSynonym] = []
        /// The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD
        /// Versions 3+, ignorable.
        public var configType: Int8 = 0
        /// The configuration documentation.
        /// Versions 3+, nullable 0+, ignorable.
        public var documentation: String? = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            value: String? = "",
            readOnly: Bool = false,
            isDefault: Bool = false,
            configSource: Int8 = -1,
            isSensitive: Bool = false,
            synonyms: [DescribeConfigsSynonym] = [],
            configType: Int8 = 0,
            documentation: String? = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.value = value
            self.readOnly = readOnly
            self.isDefault = isDefault
            self.configSource = configSource
            self.isSensitive = isSensitive
            self.synonyms = synonyms
            self.configType = configType
            self.documentation = documentation
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 4
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "DescribeConfigsResponse.DescribeConfigsResourceResult.name")
            if let value = self.value {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeConfigsResponse.DescribeConfigsResourceResult.value")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeConfigsResponse.DescribeConfigsResourceResult.value")
            }
            writer.buffer.writeKafkaBool(self.readOnly)
            if version <= 0 {
                writer.buffer.writeKafkaBool(self.isDefault)
            }
            if !(version <= 0) && self.isDefault != false {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeConfigsResponse.DescribeConfigsResourceResult", field: "isDefault", version: version)
            }
            if version >= 1 {
                writer.buffer.writeInteger(self.configSource)
            }
            writer.buffer.writeKafkaBool(self.isSensitive)
            if version >= 1 {
                writer.buffer.writeKafkaArrayCount(self.synonyms.count, flexible: flexible)
                for element in self.synonyms {
                    try element.write(to: &writer, version: version)
                }
            }
            if version >= 3 {
                writer.buffer.writeInteger(self.configType)
            }
            if version >= 3 {
                if let value = self.documentation {
                    try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeConfigsResponse.DescribeConfigsResourceResult.documentation")
                } else {
                    try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeConfigsResponse.DescribeConfigsResourceResult.documentation")
                }
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeConfigsResponse.DescribeConfigsResourceResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            self.name = try buffer.readKafkaString(flexible: flexible, "DescribeConfigsResponse.DescribeConfigsResourceResult.name")
            self.value = try buffer.readKafkaNullableString(flexible: flexible, "DescribeConfigsResponse.DescribeConfigsResourceResult.value")
            self.readOnly = try buffer.readKafkaBool("DescribeConfigsResponse.DescribeConfigsResourceResult.readOnly")
            if version <= 0 {
                self.isDefault = try buffer.readKafkaBool("DescribeConfigsResponse.DescribeConfigsResourceResult.isDefault")
            }
            if version >= 1 {
                self.configSource = try buffer.readKafkaInteger(as: Int8.self, "DescribeConfigsResponse.DescribeConfigsResourceResult.configSource")
            }
            self.isSensitive = try buffer.readKafkaBool("DescribeConfigsResponse.DescribeConfigsResourceResult.isSensitive")
            if version >= 1 {
                self.synonyms = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeConfigsResponse.DescribeConfigsResourceResult.synonyms") { elementBuffer in try DescribeConfigsSynonym(from: &elementBuffer, version: version) }
            }
            if version >= 3 {
                self.configType = try buffer.readKafkaInteger(as: Int8.self, "DescribeConfigsResponse.DescribeConfigsResourceResult.configType")
            }
            if version >= 3 {
                self.documentation = try buffer.readKafkaNullableString(flexible: flexible, "DescribeConfigsResponse.DescribeConfigsResourceResult.documentation")
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeConfigsResponse.DescribeConfigsResourceResult")
            }
        }
    }

    /// DescribeConfigsSynonym, in DescribeConfigsResponse versions 1-4.
    public struct DescribeConfigsSynonym: ProtocolStruct {
        /// The synonym name.
        /// Versions 1+.
        public var name: String = ""
        /// The synonym value.
        /// Versions 1+, nullable 0+.
        public var value: String? = ""
        /// The synonym source.
        /// Versions 1+.
        public var source: Int8 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            value: String? = "",
            source: Int8 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.value = value
            self.source = source
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 4
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "DescribeConfigsResponse.DescribeConfigsSynonym.name")
            if let value = self.value {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeConfigsResponse.DescribeConfigsSynonym.value")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeConfigsResponse.DescribeConfigsSynonym.value")
            }
            writer.buffer.writeInteger(self.source)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeConfigsResponse.DescribeConfigsSynonym", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            self.name = try buffer.readKafkaString(flexible: flexible, "DescribeConfigsResponse.DescribeConfigsSynonym.name")
            self.value = try buffer.readKafkaNullableString(flexible: flexible, "DescribeConfigsResponse.DescribeConfigsSynonym.value")
            self.source = try buffer.readKafkaInteger(as: Int8.self, "DescribeConfigsResponse.DescribeConfigsSynonym.source")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeConfigsResponse.DescribeConfigsSynonym")
            }
        }
    }
}
