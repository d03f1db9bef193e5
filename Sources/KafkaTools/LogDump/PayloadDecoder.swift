import KafkaProtocol
import NIOCore

/// How klog-dump turns a record's key and value into text: a decoder class for each, or one of
/// Kafka's internal-topic decoders (DumpLogSegments.scala `messageParser` and its parsers).
enum PayloadDecoder: Sendable {
    /// `--key-decoder-class` / `--value-decoder-class` (both default to the string decoder).
    case classes(key: ValueDecoder.Kind, value: ValueDecoder.Kind)
    /// `--offsets-decoder`: `__consumer_offsets` records as JSON.
    case offsets
    /// `--transaction-log-decoder`: `__transaction_state` records.
    case transactionLog
    /// `--cluster-metadata-decoder`: `__cluster_metadata` records as JSON.
    case clusterMetadata

    /// The default decoder class name.
    static let stringDecoderClass = "org.apache.kafka.tools.api.StringDecoder"

    /// A decoder class, by the names Kafka accepts (org.apache.kafka.tools.api.Decoder
    /// implementations and their deprecated `kafka.serializer` aliases).
    struct ValueDecoder: Sendable {
        /// What the bytes are read as.
        enum Kind: String, Sendable, CaseIterable {
            /// UTF-8 text (`StringDecoder`).
            case string = "StringDecoder"
            /// A 4-byte big-endian int (`IntegerDecoder`).
            case integer = "IntegerDecoder"
            /// An 8-byte big-endian long (`LongDecoder`).
            case long = "LongDecoder"
            /// Raw bytes, printed as Java prints a `byte[]` (`DefaultDecoder`).
            case raw = "DefaultDecoder"
        }

        let decoder: Kind
        /// The stdout line Kafka prints for a deprecated name (DumpLogSegments.scala
        /// `convertDeprecatedDecoderClass`).
        let notice: String?

        /// - Throws: `ToolError` for a class we do not provide (Kafka loads any class from its
        ///   classpath; we cannot).
        init(className: String?) throws {
            let name = className ?? PayloadDecoder.stringDecoderClass
            for kind in Kind.allCases {
                if name == "org.apache.kafka.tools.api.\(kind.rawValue)" {
                    self.decoder = kind
                    self.notice = nil
                    return
                }
                if name == "kafka.serializer.\(kind.rawValue)" {
                    self.decoder = kind
                    self.notice =
                        "kafka.serializer.\(kind.rawValue) is deprecated. Please use "
                        + "org.apache.kafka.tools.api.\(kind.rawValue) instead"
                    return
                }
            }
            throw ToolError(
                "Decoder class \(name) is not available: klog-dump provides org.apache.kafka.tools.api."
                    + "StringDecoder, IntegerDecoder, LongDecoder and DefaultDecoder")
        }
    }

    /// The key and payload texts of a record at `offset`; nil parts are not printed.
    ///
    /// - Throws: `ToolError` for what Kafka treats as fatal (an `__consumer_offsets` record without
    ///   key; an int or long decoder given too few bytes).
    func decode(offset: Int64, key: ByteBuffer?, value: ByteBuffer?) throws -> (key: String?, payload: String?) {
        switch self {
        case .classes(let keyDecoder, let valueDecoder):
            return (
                try key.map { try Self.decode($0, as: keyDecoder, offset: offset, part: "key") },
                try value.map { try Self.decode($0, as: valueDecoder, offset: offset, part: "value") }
            )
        case .offsets:
            return try OffsetsRecordFormatter.format(offset: offset, key: key, value: value)
        case .transactionLog:
            return TransactionLogRecordFormatter.format(offset: offset, key: key, value: value)
        case .clusterMetadata:
            return (nil, ClusterMetadataRecordFormatter.format(offset: offset, value: value))
        }
    }

    /// One part with a decoder class.
    static func decode(_ bytes: ByteBuffer, as kind: ValueDecoder.Kind, offset: Int64, part: String) throws -> String {
        switch kind {
        case .string:
            // Java's `new String(bytes, UTF_8)` replaces malformed input with U+FFFD, as this does.
            return String(decoding: bytes.readableBytesView, as: UTF8.self)
        case .integer:
            // Kafka reads the first 4 bytes (ByteBuffer.getInt); fewer is a BufferUnderflowException.
            guard let number = bytes.getInteger(at: bytes.readerIndex, as: Int32.self) else {
                throw ToolError(
                    "IntegerDecoder cannot decode the \(part) at offset \(offset): \(bytes.readableBytes) bytes, "
                        + "needs 4"
                )
            }
            return String(number)
        case .long:
            guard let number = bytes.getInteger(at: bytes.readerIndex, as: Int64.self) else {
                throw ToolError(
                    "LongDecoder cannot decode the \(part) at offset \(offset): \(bytes.readableBytes) bytes, needs 8")
            }
            return String(number)
        case .raw:
            // Java prints a byte[] as `[B@` and its identity hash; we hash the contents instead,
            // so the text is stable.
            var hash: UInt32 = 2_166_136_261
            for byte in bytes.readableBytesView {
                hash = (hash ^ UInt32(byte)) &* 16_777_619
            }
            return "[B@" + String(hash, radix: 16)
        }
    }
}
