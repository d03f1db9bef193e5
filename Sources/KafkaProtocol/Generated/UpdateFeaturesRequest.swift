// generated from clients/UpdateFeaturesRequest.json, do not edit (make regenerate)

import NIOCore

/// UpdateFeaturesRequest: Kafka request (key 57), versions 0-2, flexible versions 0+.
public struct UpdateFeaturesRequest: KafkaRequest {
    public static let messageName = "UpdateFeaturesRequest"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 57)
    public typealias Response = UpdateFeaturesResponse

    /// How long to wait in milliseconds before timing out the request.
    /// Versions 0+.
    public var timeoutMs: Int32 = 60000
    /// The list of updates to finalized features.
    /// Versions 0+.
    public var featureUpdates: [FeatureUpdateKey] = []
    /// True if we should validate the request, but not perform the upgrade or downgrade.
    /// Versions 1+.
    public var validateOnly: Bool = false
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        timeoutMs: Int32 = 60000,
        featureUpdates: [FeatureUpdateKey] = [],
        validateOnly: Bool = false,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.timeoutMs = timeoutMs
        self.featureUpdates = featureUpdates
        self.validateOnly = validateOnly
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.timeoutMs)
        writer.buffer.writeKafkaArrayCount(self.featureUpdates.count, flexible: flexible)
        for element in self.featureUpdates {
            try element.write(to: &writer, version: version)
        }
        if version >= 1 {
            writer.buffer.writeKafkaBool(self.validateOnly)
        }
        if !(version >= 1) && self.validateOnly != false {
            throw ProtocolEncodingError.fieldNotSupported(message: "UpdateFeaturesRequest", field: "validateOnly", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "UpdateFeaturesRequest.timeoutMs")
        self.featureUpdates = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "UpdateFeaturesRequest.featureUpdates") { elementBuffer in try FeatureUpdateKey(from: &elementBuffer, version: version) }
        if version >= 1 {
            self.validateOnly = try buffer.readKafkaBool("UpdateFeaturesRequest.validateOnly")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "UpdateFeaturesRequest")
        }
    }

    /// FeatureUpdateKey, in UpdateFeaturesRequest versions 0-2.
    public struct FeatureUpdateKey: ProtocolStruct {
        /// The name of the finalized feature to be updated.
        /// Versions 0+, map key.
        public var feature: String = ""
        /// The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature.
        /// Versions 0+.
        public var maxVersionLevel: Int16 = 0
        /// DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level.
        /// Versions 0.
        public var allowDowngrade: Bool = false
        /// Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy).
        /// Versions 1+.
        public var upgradeType: Int8 = 1
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            feature: String = "",
            maxVersionLevel: Int16 = 0,
            allowDowngrade: Bool = false,
            upgradeType: Int8 = 1,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.feature = feature
            self.maxVersionLevel = maxVersionLevel
            self.allowDowngrade = allowDowngrade
            self.upgradeType = upgradeType
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.feature, flexible: flexible, "UpdateFeaturesRequest.FeatureUpdateKey.feature")
            writer.buffer.writeInteger(self.maxVersionLevel)
            if version <= 0 {
                writer.buffer.writeKafkaBool(self.allowDowngrade)
            }
            if !(version <= 0) && self.allowDowngrade != false {
                throw ProtocolEncodingError.fieldNotSupported(message: "UpdateFeaturesRequest.FeatureUpdateKey", field: "allowDowngrade", version: version)
            }
            if version >= 1 {
                writer.buffer.writeInteger(self.upgradeType)
            }
            if !(version >= 1) && self.upgradeType != 1 {
                throw ProtocolEncodingError.fieldNotSupported(message: "UpdateFeaturesRequest.FeatureUpdateKey", field: "upgradeType", version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.feature = try buffer.readKafkaString(flexible: flexible, "UpdateFeaturesRequest.FeatureUpdateKey.feature")
            self.maxVersionLevel = try buffer.readKafkaInteger(as: Int16.self, "UpdateFeaturesRequest.FeatureUpdateKey.maxVersionLevel")
            if version <= 0 {
                self.allowDowngrade = try buffer.readKafkaBool("UpdateFeaturesRequest.FeatureUpdateKey.allowDowngrade")
            }
            if version >= 1 {
                self.upgradeType = try buffer.readKafkaInteger(as: Int8.self, "UpdateFeaturesRequest.FeatureUpdateKey.upgradeType")
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "UpdateFeaturesRequest.FeatureUpdateKey")
            }
        }
    }
}

extension Array where Element == UpdateFeaturesRequest.FeatureUpdateKey {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(feature: String) -> Element? {
        self.first { $0.feature == feature }
    }
}
