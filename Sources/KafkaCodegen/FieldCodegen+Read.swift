/// Emission of the statements that decode a field.
extension FieldCodegen {
    /// Emits the positional decoding of the field, guarded by its versions.
    func emitRead(_ code: inout CodeWriter) throws {
        let positional = self.positional
        guard !positional.isEmpty else { return }
        if let condition = positional.condition(within: self.context) {
            try code.block("if \(condition)") { code in
                try self.emitValueRead(&code, within: positional, buffer: "buffer", flexibleOverride: nil)
            }
        } else {
            try self.emitValueRead(&code, within: positional, buffer: "buffer", flexibleOverride: nil)
        }
    }

    /// Emits the `case` of the tagged-field switch that decodes this field from `fieldBuffer`.
    func emitTaggedRead(_ code: inout CodeWriter) throws {
        let tagged = self.tagged
        guard !tagged.isEmpty, let tag = self.field.tag else { return }
        let guardClause = tagged.condition(within: self.context).map { " where \($0)" } ?? ""
        code.line("case \(tag)\(guardClause):")
        try code.indented { code in
            try self.emitValueRead(&code, within: tagged, buffer: "fieldBuffer", flexibleOverride: "true")
        }
    }

    private func emitValueRead(
        _ code: inout CodeWriter, within range: SpecVersionRange, buffer: String, flexibleOverride: String?
    ) throws {
        let flexible = flexibleOverride ?? self.flexibleExpression(within: range)
        let nullable = self.isOptional ? self.nullableExpression(within: range) : "false"
        let target = self.access
        switch self.field.type {
        case .string:
            code.line(
                "\(target) = " + Self.choose(
                    nullable,
                    "\(buffer).readKafkaNullableString(flexible: \(flexible), \(self.what))",
                    "\(buffer).readKafkaString(flexible: \(flexible), \(self.what))"))
        case .bytes:
            code.line(
                "\(target) = " + Self.choose(
                    nullable,
                    "\(buffer).readKafkaNullableBytes(flexible: \(flexible), \(self.what))",
                    "\(buffer).readKafkaBytes(flexible: \(flexible), \(self.what))"))
        case .records:
            code.line(
                "\(target) = " + Self.choose(
                    nullable,
                    "\(buffer).readKafkaNullableRecords(flexible: \(flexible), \(self.what))",
                    "\(buffer).readKafkaRecords(flexible: \(flexible), \(self.what))"))
        case .array(let element):
            let elementRead = try Self.elementRead(element, buffer: "elementBuffer", flexible: flexible, what: self.what)
            let size = Self.minimumSize(element)
            let arguments = "flexible: \(flexible), minimumElementSize: \(size), \(self.what)"
            let closure = "{ elementBuffer in \(elementRead) }"
            code.line(
                "\(target) = " + Self.choose(
                    nullable,
                    "\(buffer).readKafkaNullableArray(\(arguments)) \(closure)",
                    "\(buffer).readKafkaArray(\(arguments)) \(closure)"))
        case .structType(let name):
            let read = "try \(name)(from: &\(buffer), version: version)"
            switch nullable {
            case "false":
                code.line("\(target) = \(read)")
            case "true":
                code.line("\(target) = try \(buffer).readKafkaInteger(as: Int8.self, \(self.what)) < 0 ? nil : \(read)")
            default:
                code.line(
                    "\(target) = try \(nullable) && \(buffer).readKafkaInteger(as: Int8.self, \(self.what)) < 0 "
                        + "? nil : \(read)")
            }
        default:
            code.line("\(target) = \(try Self.elementRead(self.field.type, buffer: buffer, flexible: flexible, what: self.what))")
        }
    }

    /// `try a` when always nullable, `try b` when never, else a version-dependent choice.
    private static func choose(_ nullable: String, _ nullableRead: String, _ plainRead: String) -> String {
        switch nullable {
        case "true": return "try " + nullableRead
        case "false": return "try " + plainRead
        default: return "try \(nullable) ? \(nullableRead) : \(plainRead)"
        }
    }

    static func elementRead(_ type: FieldType, buffer: String, flexible: String, what: String) throws -> String {
        switch type {
        case .bool: return "try \(buffer).readKafkaBool(\(what))"
        case .int8: return "try \(buffer).readKafkaInteger(as: Int8.self, \(what))"
        case .int16: return "try \(buffer).readKafkaInteger(as: Int16.self, \(what))"
        case .int32: return "try \(buffer).readKafkaInteger(as: Int32.self, \(what))"
        case .int64: return "try \(buffer).readKafkaInteger(as: Int64.self, \(what))"
        case .uint16: return "try \(buffer).readKafkaInteger(as: UInt16.self, \(what))"
        case .uint32: return "try \(buffer).readKafkaInteger(as: UInt32.self, \(what))"
        case .float64: return "try \(buffer).readKafkaFloat64(\(what))"
        case .string: return "try \(buffer).readKafkaString(flexible: \(flexible), \(what))"
        case .bytes: return "try \(buffer).readKafkaBytes(flexible: \(flexible), \(what))"
        case .uuid: return "try \(buffer).readKafkaUuid(\(what))"
        case .records: return "try \(buffer).readKafkaRecords(flexible: \(flexible), \(what))"
        case .structType(let name): return "try \(name)(from: &\(buffer), version: version)"
        case .array: throw SpecError.invalid("nested arrays are not supported")
        }
    }

    /// The fewest bytes one array element can occupy, to bound counts by the bytes left.
    static func minimumSize(_ type: FieldType) -> Int {
        switch type {
        case .int16, .uint16: return 2
        case .int32, .uint32: return 4
        case .int64, .float64: return 8
        case .uuid: return 16
        default: return 1
        }
    }
}
