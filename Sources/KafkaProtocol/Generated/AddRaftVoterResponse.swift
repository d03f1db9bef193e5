// generated from clients/AddRaftVoterResponse.json, do not edit (make regenerate)

import NIOCore

/// AddRaftVoterResponse: Kafka response (key 80), versions 0, flexible versions 0+.
public struct AddRaftVoterResponse: KafkaResponse {
    public static let messageName = "AddRaftVoterResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 80)
    public typealias Request = AddRaftVoterRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The error message, or null if there was no error.
    /// Versions 0+, nullable 0+, ignorable.
    public var errorMessage: String? = ""
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        errorMessage: String? = "",
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        if let value = self.errorMessage {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "AddRaftVoterResponse.errorMessage")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "AddRaftVoterResponse.errorMessage")
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "AddRaftVoterResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AddRaftVoterResponse.errorCode")
        self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "AddRaftVoterResponse.errorMessage")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AddRaftVoterResponse")
        }
    }
}
