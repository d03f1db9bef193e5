import NIOCore

/// The headers of a decoded record, read lazily from the record's bytes.
///
/// The record decoder has already checked every header length, so iterating cannot fail and
/// costs nothing until used: a consumer that ignores headers never builds their strings.
public struct RecordHeaders: Sequence, Sendable {
    /// Number of headers.
    public let count: Int
    /// The encoded headers (after the count), a slice of the record.
    let bytes: ByteBuffer

    init(count: Int, bytes: ByteBuffer) {
        self.count = count
        self.bytes = bytes
    }

    /// No headers.
    public static let empty = RecordHeaders(count: 0, bytes: ByteBuffer())

    public var isEmpty: Bool { self.count == 0 }

    public func makeIterator() -> Iterator {
        Iterator(remaining: self.count, bytes: self.bytes)
    }

    /// Yields headers in order.
    public struct Iterator: IteratorProtocol, Sendable {
        var remaining: Int
        var bytes: ByteBuffer

        public mutating func next() -> RecordHeader? {
            guard self.remaining > 0 else { return nil }
            // `Record.read` validated these bytes; a failure here would mean they changed, so it
            // ends the iteration rather than trapping. (`try?` would flatten a null value into a
            // failure, hence the explicit `do`.)
            let key: String
            let value: ByteBuffer?
            do {
                let keyLength = try self.bytes.readVarint("header key length")
                guard keyLength >= 0, let string = self.bytes.readString(length: Int(keyLength)) else {
                    self.remaining = 0
                    return nil
                }
                key = string
                value = try self.bytes.readRecordNullableBytes("header value")
            } catch {
                self.remaining = 0
                return nil
            }
            self.remaining -= 1
            return RecordHeader(key: key, value: value)
        }
    }
}
