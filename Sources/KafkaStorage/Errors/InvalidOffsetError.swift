/// An offset cannot go where it was given: an index entry not above the last one, or an offset
/// that does not fit a segment's 32-bit relative offsets (Kafka InvalidOffsetException.java,
/// IndexOffsetOverflowException.java).
public struct InvalidOffsetError: Error, Equatable, Sendable, CustomStringConvertible {
    public var offset: Int64
    public var reason: String

    public init(offset: Int64, reason: String) {
        self.offset = offset
        self.reason = reason
    }

    public var description: String { "invalid offset \(self.offset): \(self.reason)" }
}
