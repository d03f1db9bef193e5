// generated from metadata/BrokerRegistrationChangeRecord.json, do not edit (make regenerate)

import NIOCore

/// BrokerRegistrationChangeRecord: Kafka metadata (key 17), versions 0-2, flexible versions 0+.
public struct BrokerRegistrationChangeRecord: ProtocolMessage {
    public static let messageName = "BrokerRegistrationChangeRecord"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 17

    /// The broker id.
    /// Versions 0+.
    public var brokerId: Int32 = 0
    /// The broker epoch assigned by the controller.
    /// Versions 0+.
    public var brokerEpoch: Int64 = 0
    /// -1 if the broker has been unfenced, 0 if no change, 1 if the broker has been fenced.
    /// Versions 0+, tag 0 in 0+.
    public var fenced: Int8 = 0
    /// 0 if no change, 1 if the broker is in controlled shutdown.
    /// Versions 1+, tag 1 in 1+.
    public var inControlledShutdown: Int8 = 0
    /// Log directories configured in this broker which are available.
    /// Versions 2+, tag 2 in 2+.
    public var logDirs: [KafkaProtocol.Uuid] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        brokerId: Int32 = 0,
        brokerEpoch: Int64 = 0,
        fenced: Int8 = 0,
        inControlledShutdown: Int8 = 0,
        logDirs: [KafkaProtocol.Uuid] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.brokerId = brokerId
        self.brokerEpoch = brokerEpoch
        self.fenced = fenced
        self.inControlledShutdown = inControlledShutdown
        self.logDirs = logDirs
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.brokerId)
        writer.buffer.writeInteger(self.brokerEpoch)
        if !(version >= 1) && self.inControlledShutdown != 0 {
            throw ProtocolEncodingError.fieldNotSupported(message: "BrokerRegistrationChangeRecord", field: "inControlledShutdown", version: version)
        }
        if !(version >= 2) && self.logDirs != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "BrokerRegistrationChangeRecord", field: "logDirs", version: version)
        }
        if flexible {
            var taggedFields: [TaggedField] = []
            if self.fenced != 0 {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeInteger(self.fenced)
                taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
            }
            if version >= 1, self.inControlledShutdown != 0 {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeInteger(self.inControlledShutdown)
                taggedFields.append(TaggedField(tag: 1, data: fieldWriter.buffer))
            }
            if version >= 2, self.logDirs != [] {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeKafkaArrayCount(self.logDirs.count, flexible: true)
                for element in self.logDirs {
                    fieldWriter.buffer.writeKafkaUuid(element)
                }
                taggedFields.append(TaggedField(tag: 2, data: fieldWriter.buffer))
            }
            writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self, "BrokerRegistrationChangeRecord.brokerId")
        self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self, "BrokerRegistrationChangeRecord.brokerEpoch")
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("BrokerRegistrationChangeRecord tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("BrokerRegistrationChangeRecord")
                var fieldBuffer = fieldData
                switch tag {
                case 0:
                    self.fenced = try fieldBuffer.readKafkaInteger(as: Int8.self, "BrokerRegistrationChangeRecord.fenced")
                case 1 where version >= 1:
                    self.inControlledShutdown = try fieldBuffer.readKafkaInteger(as: Int8.self, "BrokerRegistrationChangeRecord.inControlledShutdown")
                case 2 where version >= 2:
                    self.logDirs = try fieldBuffer.readKafkaArray(flexible: true, minimumElementSize: 16, "BrokerRegistrationChangeRecord.logDirs") { elementBuffer in try elementBuffer.readKafkaUuid("BrokerRegistrationChangeRecord.logDirs") }
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }
}
