// generated from clients/ExpireDelegationTokenResponse.json, do not edit (make regenerate)

import NIOCore

/// ExpireDelegationTokenResponse: Kafka response (key 40), versions 0-2, flexible versions 2+.
public struct ExpireDelegationTokenResponse: KafkaResponse {
    public static let messageName = "ExpireDelegationTokenResponse"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 40)
    public typealias Request = ExpireDelegationTokenRequest

    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The timestamp in milliseconds at which this token expires.
    /// Versions 0+.
    public var expiryTimestampMs: Int64 = 0
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        errorCode: Int16 = 0,
        expiryTimestampMs: Int64 = 0,
        throttleTimeMs: Int32 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.errorCode = errorCode
        self.expiryTimestampMs = expiryTimestampMs
        self.throttleTimeMs = throttleTimeMs
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeInteger(self.expiryTimestampMs)
        writer.buffer.writeInteger(self.throttleTimeMs)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ExpireDelegationTokenResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ExpireDelegationTokenResponse.errorCode")
        self.expiryTimestampMs = try buffer.readKafkaInteger(as: Int64.self, "ExpireDelegationTokenResponse.expiryTimestampMs")
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ExpireDelegationTokenResponse.throttleTimeMs")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ExpireDelegationTokenResponse")
        }
    }
}
