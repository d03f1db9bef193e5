import NIOCore

/// One batch of a records buffer in whichever format its magic byte says: a magic-2 batch, or a
/// magic-0/1 entry (which Kafka also treats as a batch, AbstractLegacyRecordBatch.java).
public enum AnyRecordBatch: Sendable {
    case magic2(RecordBatch)
    case legacy(LegacyRecordBatch)

    public var magic: Int8 {
        switch self {
        case .magic2(let batch): return batch.magic
        case .legacy(let entry): return entry.magic
        }
    }

    /// The batch's bytes, log overhead included.
    public var buffer: ByteBuffer {
        switch self {
        case .magic2(let batch): return batch.buffer
        case .legacy(let entry): return entry.buffer
        }
    }

    public var sizeInBytes: Int { self.buffer.readableBytes }

    /// Offset of the last record (for a legacy wrapper, its own offset).
    public var lastOffset: Int64 {
        switch self {
        case .magic2(let batch): return batch.lastOffset
        case .legacy(let entry): return entry.lastOffset
        }
    }

    public var nextOffset: Int64 { self.lastOffset &+ 1 }

    /// The largest timestamp: a magic-2 batch's max timestamp, a legacy entry's own timestamp
    /// (-1 for magic 0).
    public var maxTimestamp: Int64 {
        switch self {
        case .magic2(let batch): return batch.maxTimestamp
        case .legacy(let entry): return entry.timestamp
        }
    }

    /// The codec, nil for an undefined codec id.
    public var compression: CompressionCodec? {
        switch self {
        case .magic2(let batch): return batch.compression
        case .legacy(let entry): return entry.compression
        }
    }

    /// Validates the batch with its format's rules; see `RecordBatch.validate` and
    /// `LegacyRecordBatch.validate`.
    public func validate(deep: Bool = false, maxDecompressedBytes: Int = RecordBatch.defaultMaxDecompressedBytes)
        throws
    {
        switch self {
        case .magic2(let batch): try batch.validate(deep: deep, maxDecompressedBytes: maxDecompressedBytes)
        case .legacy(let entry): try entry.validate(deep: deep, maxDecompressedBytes: maxDecompressedBytes)
        }
    }
}
