// TEMPORARY: the codes the broker's network layer needs; the full table (every Kafka error code
// with message and retriability) lands with the client work on branch `client`, which replaces
// this file on merge.

/// A Kafka error code: an open struct over `Int16`, so codes this code does not know survive.
public struct ErrorCode: RawRepresentable, Hashable, Sendable {
    public var rawValue: Int16

    public init(rawValue: Int16) {
        self.rawValue = rawValue
    }

    public static let unknownServerError = ErrorCode(rawValue: -1)
    public static let none = ErrorCode(rawValue: 0)
    public static let unsupportedVersion = ErrorCode(rawValue: 35)
    public static let invalidRequest = ErrorCode(rawValue: 42)
}
