// generated from clients/RenewDelegationTokenRequest.json, do not edit (make regenerate)

import NIOCore

/// RenewDelegationTokenRequest: Kafka request (key 39), versions 0-2, flexible versions 2+.
public struct RenewDelegationTokenRequest: KafkaRequest {
    public static let messageName = "RenewDelegationTokenRequest"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 39)
    public typealias Response = RenewDelegationTokenResponse

    /// The HMAC of the delegation token to be renewed.
    /// Versions 0+.
    public var hmac: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
    /// The renewal time period in milliseconds.
    /// Versions 0+.
    public var renewPeriodMs: Int64 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        hmac: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
        renewPeriodMs: Int64 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.hmac = hmac
        self.renewPeriodMs = renewPeriodMs
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeKafkaBytes(self.hmac, flexible: flexible)
        writer.buffer.writeInteger(self.renewPeriodMs)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "RenewDelegationTokenRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.hmac = try buffer.readKafkaBytes(flexible: flexible, "RenewDelegationTokenRequest.hmac")
        self.renewPeriodMs = try buffer.readKafkaInteger(as: Int64.self, "RenewDelegationTokenRequest.renewPeriodMs")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "RenewDelegationTokenRequest")
        }
    }
}
