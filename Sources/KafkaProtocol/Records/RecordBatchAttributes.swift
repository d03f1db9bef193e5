/// The 16-bit attributes field of a magic-2 record batch (Kafka DefaultRecordBatch.java).
///
/// Bits 0-2 hold the compression codec id, bit 3 the timestamp type (0 create, 1 log-append),
/// bit 4 marks a transactional batch, bit 5 a control batch, and bit 6 says the base timestamp is
/// the delete horizon of a compacted batch (KIP-534). The remaining bits are unused and preserved.
public struct RecordBatchAttributes: RawRepresentable, Hashable, Sendable {
    public var rawValue: Int16

    public init(rawValue: Int16) {
        self.rawValue = rawValue
    }

    static let compressionMask: Int16 = 0x07
    static let timestampTypeBit: Int16 = 0x08
    static let transactionalBit: Int16 = 0x10
    static let controlBit: Int16 = 0x20
    static let deleteHorizonBit: Int16 = 0x40

    /// Builds attributes from their parts; unused bits are zero.
    public init(
        compression: CompressionCodec,
        timestampType: TimestampType,
        isTransactional: Bool,
        isControlBatch: Bool,
        hasDeleteHorizon: Bool = false
    ) {
        var raw = Int16(compression.rawValue)
        if timestampType == .logAppendTime { raw |= Self.timestampTypeBit }
        if isTransactional { raw |= Self.transactionalBit }
        if isControlBatch { raw |= Self.controlBit }
        if hasDeleteHorizon { raw |= Self.deleteHorizonBit }
        self.rawValue = raw
    }

    /// The codec id in bits 0-2; ids 5-7 are not codecs and make `compression` nil.
    public var compressionId: Int8 { Int8(truncatingIfNeeded: self.rawValue & Self.compressionMask) }

    /// The codec, or nil when bits 0-2 hold an id Kafka does not define.
    public var compression: CompressionCodec? { CompressionCodec(rawValue: self.compressionId) }

    public var timestampType: TimestampType {
        get { self.rawValue & Self.timestampTypeBit != 0 ? .logAppendTime : .createTime }
        set {
            // A batch always has a timestamp type; `.noTimestampType` only exists for magic 0.
            if newValue == .logAppendTime {
                self.rawValue |= Self.timestampTypeBit
            } else {
                self.rawValue &= ~Self.timestampTypeBit
            }
        }
    }

    public var isTransactional: Bool { self.rawValue & Self.transactionalBit != 0 }
    public var isControlBatch: Bool { self.rawValue & Self.controlBit != 0 }
    public var hasDeleteHorizon: Bool { self.rawValue & Self.deleteHorizonBit != 0 }
}
