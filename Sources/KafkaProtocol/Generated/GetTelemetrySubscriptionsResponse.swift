// generated from clients/GetTelemetrySubscriptionsResponse.json, do not edit (make regenerate)

import NIOCore

/// GetTelemetrySubscriptionsResponse: Kafka response (key 71), versions 0, flexible versions 0+.
public struct GetTelemetrySubscriptionsResponse: KafkaResponse {
    public static let messageName = "GetTelemetrySubscriptionsResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 71)
    public typealias Request = GetTelemetrySubscriptionsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// Assigned client instance id if ClientInstanceId was 0 in the request, else 0.
    /// Versions 0+.
    public var clientInstanceId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
    /// Unique identifier for the current subscription set for this client instance.
    /// Versions 0+.
    public var subscriptionId: Int32 = 0
    /// Compression types that broker accepts for the PushTelemetryRequest.
    /// Versions 0+.
    public var acceptedCompressionTypes: [Int8] = []
    /// Configured push interval, which is the lowest configured interval in the current subscription set.
    /// Versions 0+.
    public var pushIntervalMs: Int32 = 0
    /// The maximum bytes of binary data the broker accepts in PushTelemetryRequest.
    /// Versions 0+.
    public var telemetryMaxBytes: Int32 = 0
    /// Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values
    /// Versions 0+.
    public var deltaTemporality: Bool = false
    /// Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed.
    /// Versions 0+.
    public var requestedMetrics: [String] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        clientInstanceId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
        subscriptionId: Int32 = 0,
        acceptedCompressionTypes: [Int8] = [],
        pushIntervalMs: Int32 = 0,
        telemetryMaxBytes: Int32 = 0,
        deltaTemporality: Bool = false,
        requestedMetrics: [String] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.clientInstanceId = clientInstanceId
        self.subscriptionId = subscriptionId
        self.acceptedCompressionTypes = acceptedCompressionTypes
        self.pushIntervalMs = pushIntervalMs
        self.telemetryMaxBytes = telemetryMaxBytes
        self.deltaTemporality = deltaTemporality
        self.requestedMetrics = requestedMetrics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeKafkaUuid(self.clientInstanceId)
        writer.buffer.writeInteger(self.subscriptionId)
        writer.buffer.writeKafkaArrayCount(self.acceptedCompressionTypes.count, flexible: flexible)
        for element in self.acceptedCompressionTypes {
            writer.buffer.writeInteger(element)
        }
        writer.buffer.writeInteger(self.pushIntervalMs)
        writer.buffer.writeInteger(self.telemetryMaxBytes)
        writer.buffer.writeKafkaBool(self.deltaTemporality)
        writer.buffer.writeKafkaArrayCount(self.requestedMetrics.count, flexible: flexible)
        for element in self.requestedMetrics {
            try writer.buffer.writeKafkaString(element, flexible: flexible, "GetTelemetrySubscriptionsResponse.requestedMetrics")
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "GetTelemetrySubscriptionsResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "GetTelemetrySubscriptionsResponse.errorCode")
        self.clientInstanceId = try buffer.readKafkaUuid("GetTelemetrySubscriptionsResponse.clientInstanceId")
        self.subscriptionId = try buffer.readKafkaInteger(as: Int32.self, "GetTelemetrySubscriptionsResponse.subscriptionId")
        self.acceptedCompressionTypes = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "GetTelemetrySubscriptionsResponse.acceptedCompressionTypes") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int8.self, "GetTelemetrySubscriptionsResponse.acceptedCompressionTypes") }
        self.pushIntervalMs = try buffer.readKafkaInteger(as: Int32.self, "GetTelemetrySubscriptionsResponse.pushIntervalMs")
        self.telemetryMaxBytes = try buffer.readKafkaInteger(as: Int32.self, "GetTelemetrySubscriptionsResponse.telemetryMaxBytes")
        self.deltaTemporality = try buffer.readKafkaBool("GetTelemetrySubscriptionsResponse.deltaTemporality")
        self.requestedMetrics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "GetTelemetrySubscriptionsResponse.requestedMetrics") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "GetTelemetrySubscriptionsResponse.requestedMetrics") }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "GetTelemetrySubscriptionsResponse")
        }
    }
}
