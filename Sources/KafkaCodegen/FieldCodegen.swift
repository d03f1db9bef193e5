/// The Swift type, default, read and write expressions for one field, in the context of the
/// versions its enclosing struct can be encoded at.
struct FieldCodegen {
    let field: FieldSpec
    /// The versions the enclosing struct can occur in.
    let context: SpecVersionRange
    /// The enclosing message's flexible versions.
    let messageFlexible: SpecVersionRange
    /// "Message.Struct" for error messages.
    let owner: String

    var property: String { SwiftNames.property(self.field.name) }
    var access: String { "self." + SwiftNames.escaped(self.property) }
    var isOptional: Bool { !self.field.nullableVersions.isEmpty }
    var what: String { SwiftNames.stringLiteral("\(self.owner).\(self.property)") }

    /// The flexible-versions range that governs this field's encoding.
    var flexibleRange: SpecVersionRange { self.field.flexibleVersions ?? self.messageFlexible }

    // MARK: Types

    static func baseType(_ type: FieldType) -> String {
        switch type {
        case .bool: return "Bool"
        case .int8: return "Int8"
        case .int16: return "Int16"
        case .int32: return "Int32"
        case .int64: return "Int64"
        case .uint16: return "UInt16"
        case .uint32: return "UInt32"
        case .float64: return "Double"
        case .string: return "String"
        case .bytes: return "NIOCore.ByteBuffer"
        case .uuid: return "KafkaProtocol.Uuid"
        case .records: return "KafkaProtocol.Records"
        case .structType(let name): return name
        case .array(let element): return "[\(baseType(element))]"
        }
    }

    var swiftType: String { Self.baseType(self.field.type) + (self.isOptional ? "?" : "") }

    // MARK: Defaults

    func defaultLiteral() throws -> String {
        let given = self.field.defaultValue
        if self.isOptional && given == "null" { return "nil" }
        switch self.field.type {
        case .bool:
            guard let given, !given.isEmpty else { return "false" }
            // JSON booleans arrive through NSNumber as "1"/"0".
            switch given {
            case "true", "1": return "true"
            case "false", "0": return "false"
            default: throw self.badDefault(given)
            }
        case .int8, .int16, .int32, .int64, .uint16, .uint32:
            guard let given, !given.isEmpty else { return "0" }
            return try self.integerLiteral(given)
        case .float64:
            guard let given, !given.isEmpty else { return "0" }
            guard Double(given) != nil else { throw self.badDefault(given) }
            return given
        case .string:
            return SwiftNames.stringLiteral(given ?? "")
        case .bytes:
            if given != nil && given != "" { throw self.badDefault(given ?? "") }
            return "NIOCore.ByteBuffer()"
        case .uuid:
            return "KafkaProtocol.Uuid.zero"
        case .records:
            return self.isOptional ? "nil" : ".bytes(NIOCore.ByteBuffer())"
        case .structType(let name):
            if given != nil && given != "" { throw self.badDefault(given ?? "") }
            return "\(name)()"
        case .array:
            if given != nil && given != "" { throw self.badDefault(given ?? "") }
            return "[]"
        }
    }

    private func integerLiteral(_ text: String) throws -> String {
        let value: Int64?
        if text.hasPrefix("0x") || text.hasPrefix("0X") {
            value = Int64(text.dropFirst(2), radix: 16)
        } else if text.hasPrefix("-0x") {
            value = Int64(text.dropFirst(3), radix: 16).map { -$0 }
        } else {
            value = Int64(text)
        }
        guard let value else { throw self.badDefault(text) }
        return String(value)
    }

    private func badDefault(_ text: String) -> SpecError {
        .invalid("\(self.owner).\(self.field.name): default '\(text)' does not fit type")
    }

    // MARK: Versions

    /// Versions (within the context) where the field is encoded positionally.
    var positional: SpecVersionRange { self.field.positionalVersions.intersection(self.context) }
    /// Versions (within the context) where the field is encoded as a tagged field.
    var tagged: SpecVersionRange {
        self.field.tag == nil ? .none : self.field.taggedVersions.intersection(self.context)
    }

    /// `flexible` expression for this field's strings, bytes and arrays within `range`.
    func flexibleExpression(within range: SpecVersionRange) -> String {
        if self.field.flexibleVersions == nil {
            // The enclosing struct computes `flexible` once; reuse it.
            return "flexible"
        }
        return self.flexibleRange.condition(within: range) ?? "true"
    }

    /// Nullability expression at versions within `range`: "true", "false" or a version test.
    func nullableExpression(within range: SpecVersionRange) -> String {
        self.field.nullableVersions.condition(within: range) ?? "true"
    }
}
