import KafkaProtocol
import NIOCore

/// Writes a generated message as compact JSON, the way Kafka's generated JsonConverters and Jackson's
/// `ObjectNode.toString` do (generator/.../JsonConverterGenerator.java), so kafka-dump-log's decoder
/// output can be compared character for character.
///
/// Field names and order come from the Swift type by reflection: the generator keeps the spec's
/// order and names fields as Kafka's `camelCaseName` does. Which fields a version carries comes from
/// `JSONFieldVersions`; a tagged field is written only when it differs from its default. Values:
/// integers as numbers, booleans, strings with Jackson's escapes, Uuids in Kafka's base64url form,
/// bytes as base64 with padding (Jackson's default variant), arrays, nested structs, `null`.
enum MessageJSONWriter {
    /// Replaces a field's JSON: given the struct's type name, the field name and its value, returns
    /// the JSON to write instead, or nil to write the value as usual.
    typealias Override = (_ structName: String, _ field: String, _ value: Any) -> String?

    /// The JSON text of `message` at `version`.
    static func json(_ message: any ProtocolMessage, version: Int16, override: Override? = nil) -> String {
        var output = ""
        Self.writeStruct(
            message, topLevel: type(of: message).messageName, version: version, override: override, into: &output)
        return output
    }

    /// Appends the JSON object of a struct.
    static func writeStruct(
        _ value: any ProtocolStruct, topLevel: String, version: Int16, override: Override?, into output: inout String
    ) {
        let structName = String(describing: type(of: value))
        let defaults = Mirror(reflecting: type(of: value).init())
        var defaultByLabel: [String: String] = [:]
        for child in defaults.children {
            if let label = child.label { defaultByLabel[label] = String(describing: child.value) }
        }
        output += "{"
        var first = true
        for child in Mirror(reflecting: value).children {
            guard let label = child.label, label != "unknownTaggedFields" else { continue }
            if let entry = JSONFieldVersions.table["\(topLevel)/\(structName).\(label)"] {
                guard let versions = entry.versions, versions.contains(version) else { continue }
                if let tagged = entry.taggedVersions, tagged.contains(version),
                    String(describing: child.value) == defaultByLabel[label]
                {
                    continue
                }
            }
            if !first { output += "," }
            first = false
            Self.writeString(label, into: &output)
            output += ":"
            if let replacement = override?(structName, label, child.value) {
                output += replacement
            } else {
                Self.writeValue(child.value, topLevel: topLevel, version: version, override: override, into: &output)
            }
        }
        output += "}"
    }

    /// One field value of any generated type.
    static func writeValue(
        _ value: Any, topLevel: String, version: Int16, override: Override?, into output: inout String
    ) {
        switch value {
        case let text as String: Self.writeString(text, into: &output)
        case let flag as Bool: output += flag ? "true" : "false"
        case let number as Int8: output += String(number)
        case let number as Int16: output += String(number)
        case let number as Int32: output += String(number)
        case let number as Int64: output += String(number)
        case let number as UInt8: output += String(number)
        case let number as UInt16: output += String(number)
        case let number as UInt32: output += String(number)
        case let number as Double: output += Self.javaDouble(number)
        case let uuid as Uuid: Self.writeString(uuid.description, into: &output)
        case let bytes as ByteBuffer: Self.writeString(Self.base64(Array(bytes.readableBytesView)), into: &output)
        case let nested as any ProtocolStruct:
            Self.writeStruct(nested, topLevel: topLevel, version: version, override: override, into: &output)
        default:
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional:
                if let wrapped = mirror.children.first {
                    Self.writeValue(
                        wrapped.value, topLevel: topLevel, version: version, override: override, into: &output)
                } else {
                    output += "null"
                }
            case .collection, .set:
                output += "["
                for (index, element) in mirror.children.enumerated() {
                    if index > 0 { output += "," }
                    Self.writeValue(
                        element.value, topLevel: topLevel, version: version, override: override, into: &output)
                }
                output += "]"
            default:
                // Records fields and anything unforeseen: Kafka writes records as an empty binary.
                output += "\"\""
            }
        }
    }

    /// A JSON string with Jackson's escaping: quote, backslash and control characters (short forms
    /// for \b \t \n \f \r, `\u00XX` otherwise); everything else as is.
    static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\u{08}": output += "\\b"
            case "\t": output += "\\t"
            case "\n": output += "\\n"
            case "\u{0C}": output += "\\f"
            case "\r": output += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    /// The JSON text of a string value.
    static func quoted(_ text: String) -> String {
        var output = ""
        Self.writeString(text, into: &output)
        return output
    }

    /// Standard base64 with padding (RFC 4648 section 4), as Jackson writes binary nodes.
    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = Array(bytes[index..<min(index + 3, bytes.count)])
            let b0 = UInt32(chunk[0])
            let b1 = chunk.count > 1 ? UInt32(chunk[1]) : 0
            let b2 = chunk.count > 2 ? UInt32(chunk[2]) : 0
            let triple = b0 << 16 | b1 << 8 | b2
            output.append(alphabet[Int(triple >> 18 & 63)])
            output.append(alphabet[Int(triple >> 12 & 63)])
            output.append(chunk.count > 1 ? alphabet[Int(triple >> 6 & 63)] : UInt8(ascii: "="))
            output.append(chunk.count > 2 ? alphabet[Int(triple & 63)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A double as Java's `Double.toString` spells it (which Jackson uses): `1.0`, `0.001`,
    /// `1.0E7`, `1.0E-4`; non-finite values quoted, as Jackson's default quotes them.
    static func javaDouble(_ value: Double) -> String {
        if value.isNaN { return "\"NaN\"" }
        if value.isInfinite { return value < 0 ? "\"-Infinity\"" : "\"Infinity\"" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        let magnitude = abs(value)
        if magnitude >= 1e-3 && magnitude < 1e7 {
            let text = "\(value)"
            return text.contains(".") || text.contains("e") ? text : text + ".0"
        }
        // Scientific: Swift's shortest digits, then Java's mantissa form d.ddd and "E".
        let text = "\(value)"
        let parts = text.lowercased().split(separator: "e")
        var mantissa = String(parts[0])
        var exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        var digits = mantissa.filter { $0 != "." }
        var pointPosition =
            mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
            ?? mantissa.count
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            pointPosition -= 1
        }
        exponent += pointPosition - 1
        while digits.count > 1 && digits.hasSuffix("0") { digits.removeLast() }
        let fraction = digits.count > 1 ? String(digits.dropFirst()) : "0"
        return (negative ? "-" : "") + String(digits.prefix(1)) + "." + fraction + "E" + String(exponent)
    }
}
