// generated from clients/DescribeDelegationTokenRequest.json, do not edit (make regenerate)

import NIOCore

/// DescribeDelegationTokenRequest: Kafka request (key 41), versions 0-3, flexible versions 2+.
public struct DescribeDelegationTokenRequest: KafkaRequest {
    public static let messageName = "DescribeDelegationTokenRequest"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 41)
    public typealias Response = DescribeDelegationTokenResponse

    /// Each owner that we want to describe delegation tokens for, or null to describe all tokens.
    /// Versions 0+, nullable 0+.
    public var owners: [DescribeDelegationTokenOwner]? = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        owners: [DescribeDelegationTokenOwner]? = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.owners = owners
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        if let value = self.owners {
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
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeDelegationTokenRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.owners = try buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 1, "DescribeDelegationTokenRequest.owners") { elementBuffer in try DescribeDelegationTokenOwner(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeDelegationTokenRequest")
        }
    }

    /// DescribeDelegationTokenOwner, in DescribeDelegationTokenRequest versions 0-3.
    public struct DescribeDelegationTokenOwner: ProtocolStruct {
        /// The owner principal type.
        /// Versions 0+.
        public var principalType: String = ""
        /// The owner principal name.
        /// Versions 0+.
        public var principalName: String = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            principalType: String = "",
            principalName: String = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.principalType = principalType
            self.principalName = principalName
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            try writer.buffer.writeKafkaString(self.principalType, flexible: flexible, "DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.principalType")
            try writer.buffer.writeKafkaString(self.principalName, flexible: flexible, "DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.principalName")
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeDelegationTokenRequest.DescribeDelegationTokenOwner", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.principalType = try buffer.readKafkaString(flexible: flexible, "DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.principalType")
            self.principalName = try buffer.readKafkaString(flexible: flexible, "DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.principalName")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeDelegationTokenRequest.DescribeDelegationTokenOwner")
            }
        }
    }
}
