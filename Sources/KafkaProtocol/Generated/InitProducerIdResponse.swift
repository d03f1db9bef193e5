// generated from clients/InitProducerIdResponse.json, do not edit (make regenerate)

import NIOCore

/// InitProducerIdResponse: Kafka response (key 22), versions 0-5, flexible versions 2+.
public struct InitProducerIdResponse: KafkaResponse {
    public static let messageName = "InitProducerIdResponse"
    public static let validVersions = VersionRange(0, 5)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 22)
    public typealias Request = InitProducerIdRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The current producer id.
    /// Versions 0+.
    public var producerId: Int64 = -1
    /// The current epoch associated with the producer id.
    /// Versions 0+.
    public var producerEpoch: Int16 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        producerId: Int64 = -1,
        producerEpoch: Int16 = 0,
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
        let flexible = version >= 2
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeInteger(self.producerId)
        writer.buffer.writeInteger(self.producerEpoch)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "InitProducerIdResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "InitProducerIdResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "InitProducerIdResponse.errorCode")
        self.producerId = try buffer.readKafkaInteger(as: Int64.self, "InitProducerIdResponse.producerId")
        self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "InitProducerIdResponse.producerEpoch")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "InitProducerIdResponse")
        }
    }
}
