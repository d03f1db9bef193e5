// generated from clients/UpdateFeaturesResponse.json, do not edit (make regenerate)

import NIOCore

/// UpdateFeaturesResponse: Kafka response (key 57), versions 0-2, flexible versions 0+.
public struct UpdateFeaturesResponse: KafkaResponse {
    public static let messageName = "UpdateFeaturesResponse"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 57)
    public typealias Request = UpdateFeaturesRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The top-level error code, or `0` if there was no top-level error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The top-level error message, or `null` if there was no top-level error.
    /// Versions 0+, nullable 0+.
    public var errorMessage: String? = ""
    /// Results for each feature update.
    /// Versions 0-1, ignorable.
    public var results: [UpdatableFeatureResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        errorMessage: String? = "",
        results: [UpdatableFeatureResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.results = results
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        if let value = self.errorMessage {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "UpdateFeaturesResponse.errorMessage")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "UpdateFeaturesResponse.errorMessage")
        }
        if version <= 1 {
            writer.buffer.writeKafkaArrayCount(self.results.count, flexible: flexible)
            for element in self.results {
                try element.write(to: &writer, version: version)
            }
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "UpdateFeaturesResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "UpdateFeaturesResponse.errorCode")
        self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "UpdateFeaturesResponse.errorMessage")
        if version <= 1 {
            self.results = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "UpdateFeaturesResponse.results") { elementBuffer in try UpdatableFeatureResult(from: &elementBuffer, version: version) }
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "UpdateFeaturesResponse")
        }
    }

    /// UpdatableFeatureResult, in UpdateFeaturesResponse versions 0-1.
    public struct UpdatableFeatureResult: ProtocolStruct {
        /// The name of the finalized feature.
        /// Versions 0+, map key.
        public var feature: String = ""
        /// The feature update error code or `0` if the feature update succeeded.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The feature update error, or `null` if the feature update succeeded.
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            feature: String = "",
            errorCode: Int16 = 0,
            errorMessage: String? = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.feature = feature
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.feature, flexible: flexible, "UpdateFeaturesResponse.UpdatableFeatureResult.feature")
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "UpdateFeaturesResponse.UpdatableFeatureResult.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "UpdateFeaturesResponse.UpdatableFeatureResult.errorMessage")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.feature = try buffer.readKafkaString(flexible: flexible, "UpdateFeaturesResponse.UpdatableFeatureResult.feature")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "UpdateFeaturesResponse.UpdatableFeatureResult.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "UpdateFeaturesResponse.UpdatableFeatureResult.errorMessage")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "UpdateFeaturesResponse.UpdatableFeatureResult")
            }
        }
    }
}

extension Array where Element == UpdateFeaturesResponse.UpdatableFeatureResult {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(feature: String) -> Element? {
        self.first { $0.feature == feature }
    }
}
