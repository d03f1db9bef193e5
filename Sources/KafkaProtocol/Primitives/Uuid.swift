/// Kafka's 128-bit UUID (topic ids, directory ids, ...), printed as Kafka prints it: URL-safe
/// base64 without padding (Kafka Uuid.java `toString`).
public struct Uuid: Hashable, Sendable, CustomStringConvertible {
    public var mostSignificantBits: UInt64
    public var leastSignificantBits: UInt64

    public init(mostSignificantBits: UInt64, leastSignificantBits: UInt64) {
        self.mostSignificantBits = mostSignificantBits
        self.leastSignificantBits = leastSignificantBits
    }

    /// The all-zero UUID, Kafka's "no id" value (`Uuid.ZERO_UUID`).
    public static let zero = Uuid(mostSignificantBits: 0, leastSignificantBits: 0)

    /// A random version-4 UUID. Like Kafka's `Uuid.randomUuid`, it never returns one whose string
    /// form starts with "-" (awkward on command lines) and never the reserved zero/one ids.
    public static func random() -> Uuid {
        var generator = SystemRandomNumberGenerator()
        while true {
            var high = generator.next() as UInt64
            var low = generator.next() as UInt64
            high = (high & ~0xF000) | 0x4000  // version 4
            low = (low & ~(0xC000_0000_0000_0000)) | 0x8000_0000_0000_0000  // IETF variant
            let candidate = Uuid(mostSignificantBits: high, leastSignificantBits: low)
            if candidate != .zero && !(high == 0 && low == 1) && !candidate.description.hasPrefix("-") {
                return candidate
            }
        }
    }

    public var bytes: [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: self.mostSignificantBits >> (56 - 8 * UInt64($0))) }
            + (0..<8).map { UInt8(truncatingIfNeeded: self.leastSignificantBits >> (56 - 8 * UInt64($0))) }
    }

    public var description: String { Base64URL.encode(self.bytes) }

    /// Parses Kafka's string form; nil when it is not 22 base64url characters of 16 bytes.
    public init?(_ string: String) {
        guard let bytes = Base64URL.decode(string), bytes.count == 16 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for index in 0..<8 {
            high = high << 8 | UInt64(bytes[index])
            low = low << 8 | UInt64(bytes[index + 8])
        }
        self.init(mostSignificantBits: high, leastSignificantBits: low)
    }
}

/// URL-safe base64 without padding, as Kafka uses for UUIDs and cluster ids.
enum Base64URL {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            var value: UInt32 = 0
            for (offset, byte) in chunk.enumerated() { value |= UInt32(byte) << (16 - 8 * UInt32(offset)) }
            let characters = chunk.count + 1
            for position in 0..<characters {
                output.append(alphabet[Int((value >> (18 - 6 * UInt32(position))) & 0x3f)])
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func decode(_ string: String) -> [UInt8]? {
        var values: [UInt8] = []
        for character in string.utf8 {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            values.append(UInt8(value))
        }
        guard values.count % 4 != 1 else { return nil }
        var output: [UInt8] = []
        var index = 0
        while index < values.count {
            let chunk = values[index..<min(index + 4, values.count)]
            var value: UInt32 = 0
            for (offset, sextet) in chunk.enumerated() { value |= UInt32(sextet) << (18 - 6 * UInt32(offset)) }
            for position in 0..<(chunk.count - 1) {
                output.append(UInt8(truncatingIfNeeded: value >> (16 - 8 * UInt32(position))))
            }
            index += 4
        }
        return output
    }
}
