// generated from clients/BrokerHeartbeatRequest.json, do not edit (make regenerate)

import NIOCore

/// BrokerHeartbeatRequest: Kafka request (key 63), versions 0-1, flexible versions 0+.
public struct BrokerHeartbeatRequest: KafkaRequest {
    public static let messageName = "BrokerHeartbeatRequest"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 63)
    public typealias Response = BrokerHeartbeatResponse

    /// The broker ID.
    /// Versions 0+.
    public var brokerId: Int32 = 0
    /// The broker epoch.
    /// Versions 0+.
    public var brokerEpoch: Int64 = -1
    /// The highest metadata offset which the broker has reached.
    /// Versions 0+.
    public var currentMetadataOffset: Int64 = 0
    /// True if the broker wants to be fenced, false otherwise.
    /// Versions 0+.
    public var wantFence: Bool = false
    /// True if the broker wants to be shut down, false otherwise.
    /// Versions 0+.
    public var wantShutDown: Bool = false
    /// Log directories that failed and went offline.
    /// Versions 1+, tag 0 in 1+.
    public var offlineLogDirs: [KafkaProtocol.Uuid] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        brokerId: Int32 = 0,
        brokerEpoch: Int64 = -1,
        currentMetadataOffset: Int64 = 0,
        wantFence: Bool = false,
        wantShutDown: Bool = false,
        offlineLogDirs: [KafkaProtocol.Uuid] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.brokerId = brokerId
        self.brokerEpoch = brokerEpoch
        self.currentMetadataOffset = currentMetadataOffset
        self.wantFence = wantFence
        self.wantShutDown = wantShutDown
        self.offlineLogDirs = offlineLogDirs
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.brokerId)
        writer.buffer.writeInteger(self.brokerEpoch)
        writer.buffer.writeInteger(self.currentMetadataOffset)
        writer.buffer.writeKafkaBool(self.wantFence)
        writer.buffer.writeKafkaBool(self.wantShutDown)
        if !(version >= 1) && self.offlineLogDirs != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "BrokerHeartbeatRequest", field: "offlineLogDirs", version: version)
        }
        if flexible {
            var taggedFields: [TaggedField] = []
            if version >= 1, self.offlineLogDirs != [] {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeKafkaArrayCount(self.offlineLogDirs.count, flexible: true)
                for element in self.offlineLogDirs {
                    fieldWriter.buffer.writeKafkaUuid(element)
                }
                taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
            }
            writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self, "BrokerHeartbeatRequest.brokerId")
        self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self, "BrokerHeartbeatRequest.brokerEpoch")
        self.currentMetadataOffset = try buffer.readKafkaInteger(as: Int64.self, "BrokerHeartbeatRequest.currentMetadataOffset")
        self.wantFence = try buffer.readKafkaBool("BrokerHeartbeatRequest.wantFence")
        self.wantShutDown = try buffer.readKafkaBool("BrokerHeartbeatRequest.wantShutDown")
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("BrokerHeartbeatRequest tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("BrokerHeartbeatRequest")
                var fieldBuffer = fieldData
                switch tag {
                case 0 where version >= 1:
                    self.offlineLogDirs = try fieldBuffer.readKafkaArray(flexible: true, minimumElementSize: 16, "BrokerHeartbeatRequest.offlineLogDirs") { elementBuffer in try elementBuffer.readKafkaUuid("BrokerHeartbeatRequest.offlineLogDirs") }
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }
}
