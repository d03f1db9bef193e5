// generated from clients/GetTelemetrySubscriptionsRequest.json, do not edit (make regenerate)

import NIOCore

/// GetTelemetrySubscriptionsRequest: Kafka request (key 71), versions 0, flexible versions 0+.
public struct GetTelemetrySubscriptionsRequest: KafkaRequest {
    public static let messageName = "GetTelemetrySubscriptionsRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 71)
    public typealias Response = GetTelemetrySubscriptionsResponse

    /// Unique id for this client instance, must be set to 0 on the first request.
    /// Versions 0+.
    public var clientInstanceId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        clientInstanceId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.clientInstanceId = clientInstanceId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaUuid(self.clientInstanceId)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.clientInstanceId = try buffer.readKafkaUuid("GetTelemetrySubscriptionsRequest.clientInstanceId")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "GetTelemetrySubscriptionsRequest")
        }
    }
}
