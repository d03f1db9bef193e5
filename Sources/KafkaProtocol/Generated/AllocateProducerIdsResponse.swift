// generated from clients/AllocateProducerIdsResponse.json, do not edit (make regenerate)

import NIOCore

/// AllocateProducerIdsResponse: Kafka response (key 67), versions 0, flexible versions 0+.
public struct AllocateProducerIdsResponse: KafkaResponse {
    public static let messageName = "AllocateProducerIdsResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 67)
    public typealias Request = AllocateProducerIdsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The top level response error code
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The first producer ID in this range, inclusive
    /// Versions 0+.
    public var producerIdStart: Int64 = 0
    /// The number of producer IDs in this range
    /// Versions 0+.
    public var producerIdLen: Int32 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        producerIdStart: Int64 = 0,
        producerIdLen: Int32 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.producerIdStart = producerIdStart
        self.producerIdLen = producerIdLen
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeInteger(self.producerIdStart)
        writer.buffer.writeInteger(self.producerIdLen)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "AllocateProducerIdsResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AllocateProducerIdsResponse.errorCode")
        self.producerIdStart = try buffer.readKafkaInteger(as: Int64.self, "AllocateProducerIdsResponse.producerIdStart")
        self.producerIdLen = try buffer.readKafkaInteger(as: Int32.self, "AllocateProducerIdsResponse.producerIdLen")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AllocateProducerIdsResponse")
        }
    }
}
