// generated from clients/EndTxnResponse.json, do not edit (make regenerate)

import NIOCore

/// EndTxnResponse: Kafka response (key 26), versions 0-5, flexible versions 3+.
public struct EndTxnResponse: KafkaResponse {
    public static let messageName = "EndTxnResponse"
    public static let validVersions = VersionRange(0, 5)
    public static let flexibleVersions = VersionRange(3, 32767)
    public static let apiKey = ApiKey(rawValue: 26)
    public typealias Request = EndTxnRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The producer ID.
    /// Versions 5+, ignorable.
    public var producerId: Int64 = -1
    /// The current epoch associated with the producer.
    /// Versions 5+, ignorable.
    public var producerEpoch: Int16 = -1
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        producerId: Int64 = -1,
        producerEpoch: Int16 = -1,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 3
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        if version >= 5 {
            writer.buffer.writeInteger(self.producerId)
        }
        if version >= 5 {
            writer.buffer.writeInteger(self.producerEpoch)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "EndTxnResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 3
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "EndTxnResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "EndTxnResponse.errorCode")
        if version >= 5 {
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "EndTxnResponse.producerId")
        }
        if version >= 5 {
            self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "EndTxnResponse.producerEpoch")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "EndTxnResponse")
        }
    }
}
