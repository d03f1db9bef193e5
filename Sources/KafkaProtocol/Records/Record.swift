import NIOCore

/// One record of a magic-2 batch, as decoded from the batch (Kafka DefaultRecord.java).
///
/// Wire layout: length varint (of what follows), attributes int8 (unused, 0), timestampDelta
/// varlong, offsetDelta varint, key (varint length, -1 null), value (same), header count varint,
/// then per header a key (varint length, never null) and a value (varint length, -1 null).
///
/// `key`, `value` and the header bytes are slices of the batch (or of its decompressed records),
/// so a record costs no allocation beyond this value.
public struct Record: Sendable {
    /// Absolute offset: the batch's base offset plus `offsetDelta`.
    public var offset: Int64
    /// Absolute timestamp: base timestamp plus `timestampDelta`, or the batch's max timestamp
    /// under `LogAppendTime`.
    public var timestamp: Int64
    public var offsetDelta: Int32
    public var timestampDelta: Int64
    /// The record attributes byte; Kafka defines no bits yet.
    public var attributes: Int8
    public var key: ByteBuffer?
    public var value: ByteBuffer?
    public var headers: RecordHeaders
    /// Encoded size including the length varint.
    public var sizeInBytes: Int

    /// Smallest record body: attributes, and one byte each for timestampDelta, offsetDelta, key
    /// length, value length and header count.
    static let minimumBodySize = 6

    /// Reads one record. On failure the reader index of `buffer` does not move.
    /// - Parameters:
    ///   - baseOffset, baseTimestamp: the batch's, to make offsets and timestamps absolute.
    ///   - logAppendTime: the batch's max timestamp under `LogAppendTime`, nil otherwise.
    /// - Throws: `ProtocolDecodingError` for a bad varint, a length past the record's end, a
    ///   negative header count or header key length, or a record whose fields do not end exactly
    ///   where its length says (Kafka DefaultRecord.java `readFrom`).
    static func read(
        from buffer: inout ByteBuffer, baseOffset: Int64, baseTimestamp: Int64, logAppendTime: Int64?
    ) throws -> Record {
        var cursor = buffer
        let start = cursor.readerIndex
        let length = try cursor.readVarint("record length")
        guard length >= Self.minimumBodySize else {
            throw ProtocolDecodingError.invalidLength(what: "record length", length: Int64(length))
        }
        guard var body = cursor.readSlice(length: Int(length)) else {
            throw ProtocolDecodingError.truncated(what: "record", needed: Int(length), available: cursor.readableBytes)
        }
        let attributes = try body.readKafkaInteger(as: Int8.self, "record attributes")
        let timestampDelta = try body.readVarlong("record timestampDelta")
        let offsetDelta = try body.readVarint("record offsetDelta")
        let key = try body.readRecordNullableBytes("record key")
        let value = try body.readRecordNullableBytes("record value")
        let headerCount = try body.readVarint("record header count")
        // Each header takes at least two bytes (two one-byte lengths), which bounds the count.
        guard headerCount >= 0, Int(headerCount) * 2 <= body.readableBytes else {
            throw ProtocolDecodingError.invalidLength(what: "record header count", length: Int64(headerCount))
        }
        let headerBytes = body
        for _ in 0..<Int(headerCount) {
            try body.skipRecordBytes(nullable: false, "record header key")
            try body.skipRecordBytes(nullable: true, "record header value")
        }
        guard body.readableBytes == 0 else {
            throw ProtocolDecodingError.invalidValue(
                what: "record",
                reason: "\(body.readableBytes) bytes left after the last field of a \(length)-byte record")
        }
        let headers: RecordHeaders
        if headerCount == 0 {
            headers = .empty
        } else {
            headers = RecordHeaders(count: Int(headerCount), bytes: headerBytes)
        }
        let record = Record(
            offset: baseOffset &+ Int64(offsetDelta),
            timestamp: logAppendTime ?? (baseTimestamp &+ timestampDelta),
            offsetDelta: offsetDelta,
            timestampDelta: timestampDelta,
            attributes: attributes,
            key: key,
            value: value,
            headers: headers,
            sizeInBytes: cursor.readerIndex - start
        )
        buffer = cursor
        return record
    }
}
