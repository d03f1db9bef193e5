import KafkaProtocol
import NIOCore

/// One record of the `__cluster_metadata` log, typed.
///
/// On disk a metadata record's value is: unsigned varint frame version (1), unsigned varint record
/// type (the spec's `apiKey`), unsigned varint record version, then the record in its (flexible)
/// encoding; the key is null (Kafka MetadataRecordSerde / AbstractApiMessageSerde).
public enum MetadataRecord: Sendable, Equatable {
    case registerBroker(RegisterBrokerRecord)
    case unregisterBroker(UnregisterBrokerRecord)
    case topic(TopicRecord)
    case partition(PartitionRecord)
    case config(ConfigRecord)
    case partitionChange(PartitionChangeRecord)
    case fenceBroker(FenceBrokerRecord)
    case unfenceBroker(UnfenceBrokerRecord)
    case removeTopic(RemoveTopicRecord)
    case featureLevel(FeatureLevelRecord)
    case producerIds(ProducerIdsRecord)
    case brokerRegistrationChange(BrokerRegistrationChangeRecord)
    case noOp(NoOpRecord)
    /// A record type this broker does not apply (ACLs, quotas, SCRAM, delegation tokens, ...):
    /// kept as bytes so that replaying and rewriting the log never loses it.
    case other(recordType: Int16, version: Int16, data: ByteBuffer)

    /// The only frame version Kafka reads and writes (AbstractApiMessageSerde `DEFAULT_FRAME_VERSION`;
    /// it refuses 0, used only up to 3.0.0-IV1).
    static let frameVersion: UInt32 = 1

    /// The record's type id and message, for encoding.
    private var typed: (type: Int16, message: any ProtocolMessage)? {
        switch self {
        case .registerBroker(let record): return (RegisterBrokerRecord.recordType, record)
        case .unregisterBroker(let record): return (UnregisterBrokerRecord.recordType, record)
        case .topic(let record): return (TopicRecord.recordType, record)
        case .partition(let record): return (PartitionRecord.recordType, record)
        case .config(let record): return (ConfigRecord.recordType, record)
        case .partitionChange(let record): return (PartitionChangeRecord.recordType, record)
        case .fenceBroker(let record): return (FenceBrokerRecord.recordType, record)
        case .unfenceBroker(let record): return (UnfenceBrokerRecord.recordType, record)
        case .removeTopic(let record): return (RemoveTopicRecord.recordType, record)
        case .featureLevel(let record): return (FeatureLevelRecord.recordType, record)
        case .producerIds(let record): return (ProducerIdsRecord.recordType, record)
        case .brokerRegistrationChange(let record): return (BrokerRegistrationChangeRecord.recordType, record)
        case .noOp(let record): return (NoOpRecord.recordType, record)
        case .other: return nil
        }
    }

    /// Encodes the record value at `version` (the latest the type supports by default).
    public func encoded(version: Int16? = nil) throws -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeUnsignedVarint(Self.frameVersion)
        switch self {
        case .other(let recordType, let recordVersion, let data):
            buffer.writeUnsignedVarint(UInt32(UInt16(bitPattern: recordType)))
            buffer.writeUnsignedVarint(UInt32(UInt16(bitPattern: recordVersion)))
            buffer.writeImmutableBuffer(data)
        default:
            guard let (type, message) = self.typed else { return buffer }
            let messageType = Swift.type(of: message)
            let chosen = version ?? messageType.validVersions.highest
            buffer.writeUnsignedVarint(UInt32(type))
            buffer.writeUnsignedVarint(UInt32(chosen))
            buffer.writeImmutableBuffer(try Self.encode(message, version: chosen))
        }
        return buffer
    }

    private static func encode<Message: ProtocolMessage>(_ message: Message, version: Int16) throws -> ByteBuffer {
        try message.encoded(version: version)
    }

    /// Decodes a record value.
    /// - Throws: `ProtocolDecodingError` for an unknown frame version, a version the type lacks,
    ///   or malformed bytes.
    public init(decoding value: ByteBuffer) throws {
        var buffer = value
        let frame = try buffer.readUnsignedVarint("metadata record frame version")
        guard frame == Self.frameVersion else {
            throw ProtocolDecodingError.invalidValue(what: "metadata record", reason: "frame version \(frame)")
        }
        let type = Int16(truncatingIfNeeded: try buffer.readUnsignedVarint("metadata record type"))
        let version = Int16(truncatingIfNeeded: try buffer.readUnsignedVarint("metadata record version"))
        func read<Record: ProtocolMessage>(_ record: Record.Type) throws -> Record {
            let decoded = try Record.decode(from: &buffer, version: version)
            guard buffer.readableBytes == 0 else {
                throw ProtocolDecodingError.invalidValue(
                    what: Record.messageName, reason: "\(buffer.readableBytes) bytes after the record")
            }
            return decoded
        }
        switch type {
        case RegisterBrokerRecord.recordType: self = .registerBroker(try read(RegisterBrokerRecord.self))
        case UnregisterBrokerRecord.recordType: self = .unregisterBroker(try read(UnregisterBrokerRecord.self))
        case TopicRecord.recordType: self = .topic(try read(TopicRecord.self))
        case PartitionRecord.recordType: self = .partition(try read(PartitionRecord.self))
        case ConfigRecord.recordType: self = .config(try read(ConfigRecord.self))
        case PartitionChangeRecord.recordType: self = .partitionChange(try read(PartitionChangeRecord.self))
        case FenceBrokerRecord.recordType: self = .fenceBroker(try read(FenceBrokerRecord.self))
        case UnfenceBrokerRecord.recordType: self = .unfenceBroker(try read(UnfenceBrokerRecord.self))
        case RemoveTopicRecord.recordType: self = .removeTopic(try read(RemoveTopicRecord.self))
        case FeatureLevelRecord.recordType: self = .featureLevel(try read(FeatureLevelRecord.self))
        case ProducerIdsRecord.recordType: self = .producerIds(try read(ProducerIdsRecord.self))
        case BrokerRegistrationChangeRecord.recordType:
            self = .brokerRegistrationChange(try read(BrokerRegistrationChangeRecord.self))
        case NoOpRecord.recordType: self = .noOp(try read(NoOpRecord.self))
        default: self = .other(recordType: type, version: version, data: buffer)
        }
    }
}
