// generated from clients/PushTelemetryRequest.json, do not edit (make regenerate)

import NIOCore

/// PushTelemetryRequest: Kafka request (key 72), versions 0, flexible versions 0+.
public struct PushTelemetryRequest: KafkaRequest {
    public static let messageName = "PushTelemetryRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 72)
    public typealias Response = PushTelemetryResponse

    /// Unique id for this client instance.
    /// Versions 0+.
    public var clientInstanceId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
    /// Unique identifier for the current subscription.
    /// Versions 0+.
    public var subscriptionId: Int32 = 0
    /// Client is terminating the connection.
    /// Versions 0+.
    public var terminating: Bool = false
    /// Compression codec used to compress the metrics.
    /// Versions 0+.
    public var compressionType: Int8 = 0
    /// Metrics encoded in OpenTelemetry MetricsData v1 protobuf format.
    /// Versions 0+.
    public var metrics: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        clientInstanceId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
        subscriptionId: Int32 = 0,
        terminating: Bool = false,
        compressionType: Int8 = 0,
        metrics: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.clientInstanceId = clientInstanceId
        self.subscriptionId = subscriptionId
        self.terminating = terminating
        self.compressionType = compressionType
        self.metrics = metrics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaUuid(self.clientInstanceId)
        writer.buffer.writeInteger(self.subscriptionId)
        writer.buffer.writeKafkaBool(self.terminating)
        writer.buffer.writeInteger(self.compressionType)
        writer.buffer.writeKafkaBytes(self.metrics, flexible: flexible)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.clientInstanceId = try buffer.readKafkaUuid("PushTelemetryRequest.clientInstanceId")
        self.subscriptionId = try buffer.readKafkaInteger(as: Int32.self, "PushTelemetryRequest.subscriptionId")
        self.terminating = try buffer.readKafkaBool("PushTelemetryRequest.terminating")
        self.compressionType = try buffer.readKafkaInteger(as: Int8.self, "PushTelemetryRequest.compressionType")
        self.metrics = try buffer.readKafkaBytes(flexible: flexible, "PushTelemetryRequest.metrics")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "PushTelemetryRequest")
        }
    }
}
