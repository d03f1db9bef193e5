// generated from clients/ApiVersionsResponse.json, do not edit (make regenerate)

import NIOCore

/// ApiVersionsResponse: Kafka response (key 18), versions 0-4, flexible versions 3+.
public struct ApiVersionsResponse: KafkaResponse {
    public static let messageName = "ApiVersionsResponse"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(3, 32767)
    public static let apiKey = ApiKey(rawValue: 18)
    public typealias Request = ApiVersionsRequest

    /// The top-level error code.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The APIs supported by the broker.
    /// Versions 0+.
    public var apiKeys: [ApiVersion] = []
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 1+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted.
    /// Versions 3+, tag 0 in 3+, ignorable.
    public var supportedFeatures: [SupportedFeatureKey] = []
    /// The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch.
    /// Versions 3+, tag 1 in 3+, ignorable.
    public var finalizedFeaturesEpoch: Int64 = -1
    /// List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0.
    /// Versions 3+, tag 2 in 3+, ignorable.
    public var finalizedFeatures: [FinalizedFeatureKey] = []
    /// Set by a KRaft controller if the required configurations for ZK migration are present
    /// Versions 3+, tag 3 in 3+, ignorable.
    public var zkMigrationReady: Bool = false
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        errorCode: Int16 = 0,
        apiKeys: [ApiVersion] = [],
        throttleTimeMs: Int32 = 0,
        supportedFeatures: [SupportedFeatureKey] = [],
        finalizedFeaturesEpoch: Int64 = -1,
        finalizedFeatures: [FinalizedFeatureKey] = [],
        zkMigrationReady: Bool = false,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.errorCode = errorCode
        self.apiKeys = apiKeys
        self.throttleTimeMs = throttleTimeMs
        self.supportedFeatures = supportedFeatures
        self.finalizedFeaturesEpoch = finalizedFeaturesEpoch
        self.finalizedFeatures = finalizedFeatures
        self.zkMigrationReady = zkMigrationReady
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 3
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeKafkaArrayCount(self.apiKeys.count, flexible: flexible)
        for element in self.apiKeys {
            try element.write(to: &writer, version: version)
        }
        if version >= 1 {
            writer.buffer.writeInteger(self.throttleTimeMs)
        }
        if flexible {
            var taggedFields: [TaggedField] = []
            if version >= 3, self.supportedFeatures != [] {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeKafkaArrayCount(self.supportedFeatures.count, flexible: true)
                for element in self.supportedFeatures {
                    try element.write(to: &fieldWriter, version: version)
                }
                taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
            }
            if version >= 3, self.finalizedFeaturesEpoch != -1 {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeInteger(self.finalizedFeaturesEpoch)
                taggedFields.append(TaggedField(tag: 1, data: fieldWriter.buffer))
            }
            if version >= 3, self.finalizedFeatures != [] {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeKafkaArrayCount(self.finalizedFeatures.count, flexible: true)
                for element in self.finalizedFeatures {
                    try element.write(to: &fieldWriter, version: version)
                }
                taggedFields.append(TaggedField(tag: 2, data: fieldWriter.buffer))
            }
            if version >= 3, self.zkMigrationReady != false {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeKafkaBool(self.zkMigrationReady)
                taggedFields.append(TaggedField(tag: 3, data: fieldWriter.buffer))
            }
            writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ApiVersionsResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 3
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ApiVersionsResponse.errorCode")
        self.apiKeys = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ApiVersionsResponse.apiKeys") { elementBuffer in try ApiVersion(from: &elementBuffer, version: version) }
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ApiVersionsResponse.throttleTimeMs")
        }
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("ApiVersionsResponse tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("ApiVersionsResponse")
                var fieldBuffer = fieldData
                switch tag {
                case 0 where version >= 3:
                    self.supportedFeatures = try fieldBuffer.readKafkaArray(flexible: true, minimumElementSize: 1, "ApiVersionsResponse.supportedFeatures") { elementBuffer in try SupportedFeatureKey(from: &elementBuffer, version: version) }
                case 1 where version >= 3:
                    self.finalizedFeaturesEpoch = try fieldBuffer.readKafkaInteger(as: Int64.self, "ApiVersionsResponse.finalizedFeaturesEpoch")
                case 2 where version >= 3:
                    self.finalizedFeatures = try fieldBuffer.readKafkaArray(flexible: true, minimumElementSize: 1, "ApiVersionsResponse.finalizedFeatures") { elementBuffer in try FinalizedFeatureKey(from: &elementBuffer, version: version) }
                case 3 where version >= 3:
                    self.zkMigrationReady = try fieldBuffer.readKafkaBool("ApiVersionsResponse.zkMigrationReady")
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }

    /// ApiVersion, in ApiVersionsResponse versions 0-4.
    public struct ApiVersion: ProtocolStruct {
        /// The API index.
        /// Versions 0+, map key.
        public var apiKey: Int16 = 0
        /// The minimum supported version, inclusive.
        /// Versions 0+.
        public var minVersion: Int16 = 0
        /// The maximum supported version, inclusive.
        /// Versions 0+.
        public var maxVersion: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            apiKey: Int16 = 0,
            minVersion: Int16 = 0,
            maxVersion: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.apiKey = apiKey
            self.minVersion = minVersion
            self.maxVersion = maxVersion
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 3
            writer.buffer.writeInteger(self.apiKey)
            writer.buffer.writeInteger(self.minVersion)
            writer.buffer.writeInteger(self.maxVersion)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ApiVersionsResponse.ApiVersion", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 3
            self.apiKey = try buffer.readKafkaInteger(as: Int16.self, "ApiVersionsResponse.ApiVersion.apiKey")
            self.minVersion = try buffer.readKafkaInteger(as: Int16.self, "ApiVersionsResponse.ApiVersion.minVersion")
            self.maxVersion = try buffer.readKafkaInteger(as: Int16.self, "ApiVersionsResponse.ApiVersion.maxVersion")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ApiVersionsResponse.ApiVersion")
            }
        }
    }

    /// SupportedFeatureKey, in ApiVersionsResponse versions 3-4.
    public struct SupportedFeatureKey: ProtocolStruct {
        /// The name of the feature.
        /// Versions 3+, map key.
        public var name: String = ""
        /// The minimum supported version for the feature.
        /// Versions 3+.
        public var minVersion: Int16 = 0
        /// The maximum supported version for the feature.
        /// Versions 3+.
        public var maxVersion: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            minVersion: Int16 = 0,
            maxVersion: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.minVersion = minVersion
            self.maxVersion = maxVersion
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "ApiVersionsResponse.SupportedFeatureKey.name")
            writer.buffer.writeInteger(self.minVersion)
            writer.buffer.writeInteger(self.maxVersion)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "ApiVersionsResponse.SupportedFeatureKey.name")
            self.minVersion = try buffer.readKafkaInteger(as: Int16.self, "ApiVersionsResponse.SupportedFeatureKey.minVersion")
            self.maxVersion = try buffer.readKafkaInteger(as: Int16.self, "ApiVersionsResponse.SupportedFeatureKey.maxVersion")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ApiVersionsResponse.SupportedFeatureKey")
            }
        }
    }

    /// FinalizedFeatureKey, in ApiVersionsResponse versions 3-4.
    public struct FinalizedFeatureKey: ProtocolStruct {
        /// The name of the feature.
        /// Versions 3+, map key.
        public var name: String = ""
        /// The cluster-wide finalized max version level for the feature.
        /// Versions 3+.
        public var maxVersionLevel: Int16 = 0
        /// The cluster-wide finalized min version level for the feature.
        /// Versions 3+.
        public var minVersionLevel: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            maxVersionLevel: Int16 = 0,
            minVersionLevel: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.maxVersionLevel = maxVersionLevel
            self.minVersionLevel = minVersionLevel
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "ApiVersionsResponse.FinalizedFeatureKey.name")
            writer.buffer.writeInteger(self.maxVersionLevel)
            writer.buffer.writeInteger(self.minVersionLevel)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "ApiVersionsResponse.FinalizedFeatureKey.name")
            self.maxVersionLevel = try buffer.readKafkaInteger(as: Int16.self, "ApiVersionsResponse.FinalizedFeatureKey.maxVersionLevel")
            self.minVersionLevel = try buffer.readKafkaInteger(as: Int16.self, "ApiVersionsResponse.FinalizedFeatureKey.minVersionLevel")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ApiVersionsResponse.FinalizedFeatureKey")
            }
        }
    }
}

extension Array where Element == ApiVersionsResponse.ApiVersion {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(apiKey: Int16) -> Element? {
        self.first { $0.apiKey == apiKey }
    }
}

extension Array where Element == ApiVersionsResponse.SupportedFeatureKey {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}

extension Array where Element == ApiVersionsResponse.FinalizedFeatureKey {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
