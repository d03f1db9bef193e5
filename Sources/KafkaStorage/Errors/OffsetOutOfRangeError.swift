/// A read or a DeleteRecords asked for an offset outside the log (Kafka
/// OffsetOutOfRangeException.java, error OFFSET_OUT_OF_RANGE).
public struct OffsetOutOfRangeError: Error, Equatable, Sendable, CustomStringConvertible {
    public var offset: Int64
    public var logStartOffset: Int64
    /// The end the offset was checked against: the log end offset or the high watermark.
    public var upperBound: Int64

    public init(offset: Int64, logStartOffset: Int64, upperBound: Int64) {
        self.offset = offset
        self.logStartOffset = logStartOffset
        self.upperBound = upperBound
    }

    public var description: String {
        "offset \(self.offset) is out of range [\(self.logStartOffset), \(self.upperBound)]"
    }
}
