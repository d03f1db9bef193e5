import KafkaProtocol

/// A topic's `compression.type`: keep what the producer sent, or store every batch with one codec
/// (Kafka BrokerCompressionType.java).
public enum TopicCompression: Hashable, Sendable, CustomStringConvertible {
    /// `producer`: batches are stored as they arrived.
    case producer
    /// `uncompressed`, `gzip`, `snappy`, `lz4` or `zstd`: batches in another codec are recompressed.
    case codec(CompressionCodec)

    /// Parses Kafka's name; `uncompressed` is `.codec(.none)`. Nil for anything else.
    public init?(name: String) {
        switch name {
        case "producer": self = .producer
        case "uncompressed": self = .codec(.none)
        case "none": return nil
        default:
            guard let codec = CompressionCodec(name: name) else { return nil }
            self = .codec(codec)
        }
    }

    public var description: String {
        switch self {
        case .producer: return "producer"
        case .codec(.none): return "uncompressed"
        case .codec(let codec): return codec.name
        }
    }

    /// The codec a batch compressed with `source` is stored with.
    public func target(for source: CompressionCodec) -> CompressionCodec {
        switch self {
        case .producer: return source
        case .codec(let codec): return codec
        }
    }
}
