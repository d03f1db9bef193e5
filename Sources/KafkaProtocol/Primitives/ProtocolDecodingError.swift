/// Why bytes could not be decoded into a Kafka message, record batch or compressed block.
///
/// Every decoder in KafkaProtocol throws this instead of trapping, so hostile or truncated input
/// is an error the caller can map to a Kafka error code (CORRUPT_MESSAGE, INVALID_REQUEST, ...).
/// `what` names the field or structure being read, so the message says where the input broke.
/// (Named `ProtocolDecodingError` rather than `DecodingError` to avoid clashing with Swift's own
/// `DecodingError` in files that also import Foundation.)
public enum ProtocolDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Fewer bytes remain than the field needs.
    case truncated(what: String, needed: Int, available: Int)
    /// A length prefix is negative (and the field is not nullable) or points past the end.
    case invalidLength(what: String, length: Int64)
    /// A varint ran past its maximum width (5 bytes for 32-bit, 10 for 64-bit values).
    case varintTooLong(what: String)
    /// A value is structurally readable but not allowed here (bad magic, unknown enum, ...).
    case invalidValue(what: String, reason: String)
    /// A checksum did not match the data it covers.
    case checksumMismatch(what: String, expected: UInt32, computed: UInt32)
    /// The message or header version is outside the versions the type can decode.
    case unsupportedVersion(what: String, version: Int16)

    public var description: String {
        switch self {
        case .truncated(let what, let needed, let available):
            return "truncated \(what): needed \(needed) bytes, \(available) available"
        case .invalidLength(let what, let length):
            return "invalid length \(length) for \(what)"
        case .varintTooLong(let what):
            return "varint too long in \(what)"
        case .invalidValue(let what, let reason):
            return "invalid \(what): \(reason)"
        case .checksumMismatch(let what, let expected, let computed):
            return "\(what) checksum mismatch: stored \(expected), computed \(computed)"
        case .unsupportedVersion(let what, let version):
            return "\(what) does not support version \(version)"
        }
    }
}

/// Why a message could not be encoded at the requested version.
public enum ProtocolEncodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A field holds a non-default value that this version cannot carry, and the field is not
    /// ignorable (Kafka's `UnsupportedVersionException` from generated `write` methods).
    case fieldNotSupported(message: String, field: String, version: Int16)
    /// A non-nullable field (at this version) holds nil.
    case nullNotAllowed(message: String, field: String, version: Int16)
    /// The message type has no such version.
    case unsupportedVersion(message: String, version: Int16)
    /// A value does not fit its wire representation (string longer than 32767 bytes, ...).
    case valueTooLarge(what: String, size: Int)

    public var description: String {
        switch self {
        case .fieldNotSupported(let message, let field, let version):
            return "\(message).\(field) has a non-default value that version \(version) cannot carry"
        case .nullNotAllowed(let message, let field, let version):
            return "\(message).\(field) is null, which version \(version) does not allow"
        case .unsupportedVersion(let message, let version):
            return "\(message) has no version \(version)"
        case .valueTooLarge(let what, let size):
            return "\(what) of \(size) bytes is too large for its length prefix"
        }
    }
}
