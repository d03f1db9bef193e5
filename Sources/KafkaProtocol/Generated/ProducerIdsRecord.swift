// generated from metadata/ProducerIdsRecord.json, do not edit (make regenerate)

import NIOCore

/// ProducerIdsRecord: Kafka metadata (key 15), versions 0, flexible versions 0+.
public struct ProducerIdsRecord: ProtocolMessage {
    public static let messageName = "ProducerIdsRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 15

    /// The ID of the requesting broker
    /// Versions 0+.
    public var brokerId: Int32 = 0
    /// The epoch of the requesting broker
    /// Versions 0+.
    public var brokerEpoch: Int64 = -1
    /// The next producerId that will be assigned (i.e. the first producerId in the next assigned block)
    /// Versions 0+.
    public var nextProducerId: Int64 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        brokerId: Int32 = 0,
        brokerEpoch: Int64 = -1,
        nextProducerId: Int64 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.brokerId = brokerId
        self.brokerEpoch = brokerEpoch
        self.nextProducerId = nextProducerId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.brokerId)
        writer.buffer.writeInteger(self.brokerEpoch)
        writer.buffer.writeInteger(self.nextProducerId)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self, "ProducerIdsRecord.brokerId")
        self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self, "ProducerIdsRecord.brokerEpoch")
        self.nextProducerId = try buffer.readKafkaInteger(as: Int64.self, "ProducerIdsRecord.nextProducerId")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ProducerIdsRecord")
        }
    }
}
