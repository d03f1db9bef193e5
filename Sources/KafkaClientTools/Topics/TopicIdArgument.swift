import KafkaProtocol
import KafkaTools

/// `--topic-id`, parsed as Kafka's Uuid.fromString parses it, with its messages.
enum TopicIdArgument {
    static let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    /// - Throws: `ToolError` with Uuid.fromString's (or Java's Base64 decoder's) message.
    static func parse(_ text: String) throws -> Uuid {
        if text.count > 24 {
            throw ToolError(
                "Input string with prefix `\(text.prefix(24))` is too long to be decoded as a base64 UUID")
        }
        // Java's decoder accepts '=' padding only at the end.
        let unpadded = text.hasSuffix("==") ? String(text.dropLast(2)) : text.hasSuffix("=") ? String(text.dropLast()) : text
        if let bad = unpadded.unicodeScalars.first(where: { !Self.alphabet.contains(Character($0)) }) {
            throw ToolError("Illegal base64 character \(String(bad.value, radix: 16))")
        }
        if unpadded.count % 4 == 1 {
            throw ToolError("Last unit does not have enough valid bits")
        }
        let byteCount = unpadded.count / 4 * 3 + max(0, unpadded.count % 4 - 1)
        guard byteCount == 16, let uuid = Uuid(unpadded) else {
            throw ToolError(
                "Input string `\(text)` decoded as \(byteCount) bytes, which is not equal to the expected 16 bytes of "
                    + "a base64-encoded UUID")
        }
        return uuid
    }
}
