// generated from clients/CreateDelegationTokenRequest.json, do not edit (make regenerate)

import NIOCore

/// CreateDelegationTokenRequest: Kafka request (key 38), versions 0-3, flexible versions 2+.
public struct CreateDelegationTokenRequest: KafkaRequest {
    public static let messageName = "CreateDelegationTokenRequest"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 38)
    public typealias Response = CreateDelegationTokenResponse

    /// The principal type of the owner of the token. If it's null it defaults to the token request principal.
    /// Versions 3+, nullable 3+.
    public var ownerPrincipalType: String? = ""
    /// The principal name of the owner of the token. If it's null it defaults to the token request principal.
    /// Versions 3+, nullable 3+.
    public var ownerPrincipalName: String? = ""
    /// A list of those who are allowed to renew this token before it expires.
    /// Versions 0+.
    public var renewers: [CreatableRenewers] = []
    /// The maximum lifetime of the token in milliseconds, or -1 to use the server side default.
    /// Versions 0+.
    public var maxLifetimeMs: Int64 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        ownerPrincipalType: String? = "",
        ownerPrincipalName: String? = "",
        renewers: [CreatableRenewers] = [],
        maxLifetimeMs: Int64 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.ownerPrincipalType = ownerPrincipalType
        self.ownerPrincipalName = ownerPrincipalName
        self.renewers = renewers
        self.maxLifetimeMs = maxLifetimeMs
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        if version >= 3 {
            if let value = self.ownerPrincipalType {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "CreateDelegationTokenRequest.ownerPrincipalType")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "CreateDelegationTokenRequest.ownerPrincipalType")
            }
        }
        if !(version >= 3) && self.ownerPrincipalType != "" {
            throw ProtocolEncodingError.fieldNotSupported(message: "CreateDelegationTokenRequest", field: "ownerPrincipalType", version: version)
        }
        if version >= 3 {
            if let value = self.ownerPrincipalName {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "CreateDelegationTokenRequest.ownerPrincipalName")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "CreateDelegationTokenRequest.ownerPrincipalName")
            }
        }
        if !(version >= 3) && self.ownerPrincipalName != "" {
            throw ProtocolEncodingError.fieldNotSupported(message: "CreateDelegationTokenRequest", field: "ownerPrincipalName", version: version)
        }
        writer.buffer.writeKafkaArrayCount(self.renewers.count, flexible: flexible)
        for element in self.renewers {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeInteger(self.maxLifetimeMs)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "CreateDelegationTokenRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        if version >= 3 {
            self.ownerPrincipalType = try buffer.readKafkaNullableString(flexible: flexible, "CreateDelegationTokenRequest.ownerPrincipalType")
        }
        if version >= 3 {
            self.ownerPrincipalName = try buffer.readKafkaNullableString(flexible: flexible, "CreateDelegationTokenRequest.ownerPrincipalName")
        }
        self.renewers = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "CreateDelegationTokenRequest.renewers") { elementBuffer in try CreatableRenewers(from: &elementBuffer, version: version) }
        self.maxLifetimeMs = try buffer.readKafkaInteger(as: Int64.self, "CreateDelegationTokenRequest.maxLifetimeMs")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreateDelegationTokenRequest")
        }
    }

    /// CreatableRenewers, in CreateDelegationTokenRequest versions 0-3.
    public struct CreatableRenewers: ProtocolStruct {
        /// The type of the Kafka principal.
        /// Versions 0+.
        public var principalType: String = ""
        /// The name of the Kafka principal.
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
            try writer.buffer.writeKafkaString(self.principalType, flexible: flexible, "CreateDelegationTokenRequest.CreatableRenewers.principalType")
            try writer.buffer.writeKafkaString(self.principalName, flexible: flexible, "CreateDelegationTokenRequest.CreatableRenewers.principalName")
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "CreateDelegationTokenRequest.CreatableRenewers", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.principalType = try buffer.readKafkaString(flexible: flexible, "CreateDelegationTokenRequest.CreatableRenewers.principalType")
            self.principalName = try buffer.readKafkaString(flexible: flexible, "CreateDelegationTokenRequest.CreatableRenewers.principalName")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreateDelegationTokenRequest.CreatableRenewers")
            }
        }
    }
}
