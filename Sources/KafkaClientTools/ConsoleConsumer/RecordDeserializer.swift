import NIOCore

/// Kafka's built-in deserializers that `--key-deserializer`, `--value-deserializer` and the
/// formatter's `*.deserializer` properties can name; the formatter prints their `toString`.
enum RecordDeserializer: Equatable {
    case string, byteArray, integer, long, short, double, float, uuid

    init?(className: String) {
        let prefix = "org.apache.kafka.common.serialization."
        guard className.hasPrefix(prefix) else { return nil }
        switch className.dropFirst(prefix.count) {
        case "StringDeserializer": self = .string
        case "ByteArrayDeserializer", "ByteBufferDeserializer", "BytesDeserializer": self = .byteArray
        case "IntegerDeserializer": self = .integer
        case "LongDeserializer": self = .long
        case "ShortDeserializer": self = .short
        case "DoubleDeserializer": self = .double
        case "FloatDeserializer": self = .float
        case "UUIDDeserializer": self = .uuid
        default: return nil
        }
    }

    /// The text Java's `toString` gives for the deserialized value.
    /// - Throws: `MessageFormatterError` with Kafka's SerializationException text for a wrong size.
    func text(of bytes: ByteBuffer) throws -> String {
        func fixed<T: FixedWidthInteger>(_ type: T.Type, _ name: String) throws -> T {
            guard bytes.readableBytes == MemoryLayout<T>.size,
                let value = bytes.getInteger(at: bytes.readerIndex, as: T.self)
            else {
                throw MessageFormatterError(
                    description: "org.apache.kafka.common.errors.SerializationException: Size of data received by "
                        + "\(name) is not \(MemoryLayout<T>.size)")
            }
            return value
        }
        switch self {
        case .string, .byteArray:
            // Java's byte[] toString would print an identity hash; the raw text is what people want.
            return String(buffer: bytes)
        case .integer: return String(try fixed(Int32.self, "IntegerDeserializer"))
        case .long: return String(try fixed(Int64.self, "LongDeserializer"))
        case .short: return String(try fixed(Int16.self, "ShortDeserializer"))
        case .double: return Self.javaDouble(Double(bitPattern: try fixed(UInt64.self, "DoubleDeserializer")))
        case .float: return Self.javaDouble(Double(Float(bitPattern: try fixed(UInt32.self, "FloatDeserializer"))))
        case .uuid: return String(buffer: bytes)
        }
    }

    /// Java's `Double.toString` for the common cases: `1.0`, `NaN`, `Infinity`.
    static func javaDouble(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        let text = "\(value)"
        return text.contains(".") || text.contains("e") ? String(text.map { $0 == "e" ? "E" : $0 }) : text + ".0"
    }
}
