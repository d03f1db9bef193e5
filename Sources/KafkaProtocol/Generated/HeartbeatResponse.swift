// generated from clients/HeartbeatResponse.json, do not edit (make regenerate)

import NIOCore

/// HeartbeatResponse: Kafka response (key 12), versions 0-4, flexible versions 4+.
public struct HeartbeatResponse: KafkaResponse {
    public static let messageName = "HeartbeatResponse"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(4, 32767)
    public static let apiKey = ApiKey(rawValue: 12)
    public typealias Request = HeartbeatRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 1+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 4
        if version >= 1 {
            writer.buffer.writeInteger(self.throttleTimeMs)
        }
        writer.buffer.writeInteger(self.errorCode)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "HeartbeatResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 4
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "HeartbeatResponse.throttleTimeMs")
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "HeartbeatResponse.errorCode")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "HeartbeatResponse")
        }
    }
}
