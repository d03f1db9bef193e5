// generated from clients/BrokerHeartbeatResponse.json, do not edit (make regenerate)

import NIOCore

/// BrokerHeartbeatResponse: Kafka response (key 63), versions 0-1, flexible versions 0+.
public struct BrokerHeartbeatResponse: KafkaResponse {
    public static let messageName = "BrokerHeartbeatResponse"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 63)
    public typealias Request = BrokerHeartbeatRequest

    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// True if the broker has approximately caught up with the latest metadata.
    /// Versions 0+.
    public var isCaughtUp: Bool = false
    /// True if the broker is fenced.
    /// Versions 0+.
    public var isFenced: Bool = true
    /// True if the broker should proceed with its shutdown.
    /// Versions 0+.
    public var shouldShutDown: Bool = false
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        isCaughtUp: Bool = false,
        isFenced: Bool = true,
        shouldShutDown: Bool = false,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.isCaughtUp = isCaughtUp
        self.isFenced = isFenced
        self.shouldShutDown = shouldShutDown
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeKafkaBool(self.isCaughtUp)
        writer.buffer.writeKafkaBool(self.isFenced)
        writer.buffer.writeKafkaBool(self.shouldShutDown)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "BrokerHeartbeatResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "BrokerHeartbeatResponse.errorCode")
        self.isCaughtUp = try buffer.readKafkaBool("BrokerHeartbeatResponse.isCaughtUp")
        self.isFenced = try buffer.readKafkaBool("BrokerHeartbeatResponse.isFenced")
        self.shouldShutDown = try buffer.readKafkaBool("BrokerHeartbeatResponse.shouldShutDown")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "BrokerHeartbeatResponse")
        }
    }
}
