import NIOCore

/// Iterates the records of one magic-2 batch, decoding each on demand (Kafka DefaultRecordBatch.java
/// `RecordIterator`).
///
/// Besides each record's structure it checks what only the sequence shows: offset deltas rise
/// strictly and stay within `0...lastOffsetDelta`, the records end exactly with the section, and
/// their number matches the batch's `recordCount`. After an error the iterator stays where it was
/// and throws again.
public struct RecordIterator: Sendable {
    var records: ByteBuffer
    var remaining: Int32
    let baseOffset: Int64
    let baseTimestamp: Int64
    let logAppendTime: Int64?
    let lastOffsetDelta: Int32
    var previousOffsetDelta: Int64 = -1

    init(
        records: ByteBuffer, count: Int32, baseOffset: Int64, baseTimestamp: Int64, logAppendTime: Int64?,
        lastOffsetDelta: Int32
    ) {
        self.records = records
        self.remaining = count
        self.baseOffset = baseOffset
        self.baseTimestamp = baseTimestamp
        self.logAppendTime = logAppendTime
        self.lastOffsetDelta = lastOffsetDelta
    }

    /// Records not yet returned, by the batch's count.
    public var remainingCount: Int { Int(self.remaining) }

    /// The next record, or nil after the last one.
    /// - Throws: `ProtocolDecodingError` when a record is malformed, offset deltas are out of
    ///   order, the section ends before `recordCount` records, or bytes follow the last record.
    public mutating func next() throws -> Record? {
        guard self.remaining > 0 else {
            // Kafka DefaultRecordBatch.java: "Incorrect declared batch size, records still remaining".
            guard self.records.readableBytes == 0 else {
                throw ProtocolDecodingError.invalidValue(
                    what: "record batch", reason: "\(self.records.readableBytes) bytes after the last record")
            }
            return nil
        }
        guard self.records.readableBytes > 0 else {
            throw ProtocolDecodingError.invalidValue(
                what: "record batch", reason: "records end with \(self.remaining) of the declared count missing")
        }
        var cursor = self.records
        let record = try Record.read(
            from: &cursor, baseOffset: self.baseOffset, baseTimestamp: self.baseTimestamp,
            logAppendTime: self.logAppendTime)
        let delta = Int64(record.offsetDelta)
        guard delta > self.previousOffsetDelta, delta <= Int64(self.lastOffsetDelta) else {
            throw ProtocolDecodingError.invalidValue(
                what: "record offsetDelta",
                reason: "\(delta) after \(self.previousOffsetDelta) with lastOffsetDelta \(self.lastOffsetDelta)")
        }
        self.previousOffsetDelta = delta
        self.records = cursor
        self.remaining -= 1
        return record
    }
}
