import NIOCore

/// A struct of Kafka's protocol, encoded and decoded at a version (every generated type).
public protocol ProtocolStruct: Sendable, Equatable {
    /// A value with every field at its default.
    init()
    /// Decodes at `version`; on error the reader index is unspecified (see `decode(from:version:)`).
    init(from buffer: inout ByteBuffer, version: Int16) throws
    /// Encodes at `version`.
    func write(to writer: inout ProtocolWriter, version: Int16) throws
}

/// A top-level message: a request, a response, a header, or a data record (metadata records,
/// `__consumer_offsets` keys and values, ...).
public protocol ProtocolMessage: ProtocolStruct {
    static var messageName: String { get }
    static var validVersions: VersionRange { get }
    static var flexibleVersions: VersionRange { get }
}

/// A request, with its API key and response type.
public protocol KafkaRequest: ProtocolMessage {
    associatedtype Response: KafkaResponse
    static var apiKey: ApiKey { get }
}

/// A response, with its API key and request type.
public protocol KafkaResponse: ProtocolMessage {
    static var apiKey: ApiKey { get }
}

/// Namespace for tables over every generated message (filled in by Generated/).
public enum ProtocolMessages {}

extension ProtocolMessage {
    /// Decodes a message at `version`, rejecting versions outside `validVersions`.
    /// - Throws: `ProtocolDecodingError`; the reader index does not move when decoding fails.
    public static func decode(from buffer: inout ByteBuffer, version: Int16) throws -> Self {
        guard Self.validVersions.contains(version) else {
            throw ProtocolDecodingError.unsupportedVersion(what: Self.messageName, version: version)
        }
        let start = buffer.readerIndex
        do {
            return try Self(from: &buffer, version: version)
        } catch {
            buffer.moveReaderIndex(to: start)
            throw error
        }
    }

    /// Encodes into a new buffer at `version`.
    /// - Throws: `ProtocolEncodingError`; also when the message holds file-backed records, which
    ///   only a `ProtocolWriter` (and the network layer behind it) can carry.
    public func encoded(version: Int16) throws -> ByteBuffer {
        guard Self.validVersions.contains(version) else {
            throw ProtocolEncodingError.unsupportedVersion(message: Self.messageName, version: version)
        }
        var writer = ProtocolWriter()
        try self.write(to: &writer, version: version)
        return try writer.contiguousBuffer()
    }

    /// Whether `version` is flexible (compact encodings and tagged fields).
    public static func isFlexible(version: Int16) -> Bool { Self.flexibleVersions.contains(version) }
}
