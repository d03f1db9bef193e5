/// Emission of the statements that encode a field.
extension FieldCodegen {
    /// Emits the positional encoding of the field (when the context has positional versions)
    /// and the check that a field absent from a version holds its default.
    func emitWrite(_ code: inout CodeWriter) throws {
        let positional = self.positional
        let defaultLiteral = try self.defaultLiteral()
        let presence = self.field.versions.intersection(self.context)
        if !positional.isEmpty {
            let condition = positional.condition(within: self.context)
            if let condition {
                try code.block("if \(condition)") { code in try self.emitValueWrite(&code, within: positional) }
            } else {
                try self.emitValueWrite(&code, within: positional)
            }
        }
        // A value that this version cannot carry is an error unless the field is ignorable
        // (Kafka generated write(): "Attempted to write a non-default X at version N").
        if !self.field.ignorable, let absent = presence.condition(within: self.context) {
            let test = absent == "false" ? "" : "!(\(absent)) && "
            code.block("if \(test)\(self.access) != \(defaultLiteral)") { code in
                code.line(
                    "throw ProtocolEncodingError.fieldNotSupported(message: \(SwiftNames.stringLiteral(self.owner)), "
                        + "field: \(SwiftNames.stringLiteral(self.property)), version: version)")
            }
        }
    }

    /// Emits the tagged encoding of the field into `taggedFields` when it is not at its default.
    func emitTaggedWrite(_ code: inout CodeWriter) throws {
        let tagged = self.tagged
        guard !tagged.isEmpty, let tag = self.field.tag else { return }
        var conditions = [String]()
        if let versionTest = tagged.condition(within: self.context) { conditions.append(versionTest) }
        conditions.append("\(self.access) != \(try self.defaultLiteral())")
        try code.block("if \(conditions.joined(separator: ", "))") { code in
            code.line("var fieldWriter = ProtocolWriter()")
            try self.emitValueWrite(&code, within: tagged, writer: "fieldWriter", flexibleOverride: "true")
            code.line("taggedFields.append(TaggedField(tag: \(tag), data: fieldWriter.buffer))")
        }
    }

    private func emitValueWrite(
        _ code: inout CodeWriter, within range: SpecVersionRange, writer: String = "writer",
        flexibleOverride: String? = nil
    ) throws {
        let flexible = flexibleOverride ?? self.flexibleExpression(within: range)
        guard self.isOptional else {
            try self.emitNonNullWrite(&code, value: self.access, writer: writer, flexible: flexible, nullable: "false")
            return
        }
        let nullable = self.nullableExpression(within: range)
        try code.block("if let value = \(self.access)") { code in
            try self.emitNonNullWrite(&code, value: "value", writer: writer, flexible: flexible, nullable: nullable)
        }
        let writeNull: String
        switch self.field.type {
        case .string: writeNull = "try \(writer).buffer.writeKafkaString(nil, flexible: \(flexible), \(self.what))"
        case .bytes: writeNull = "\(writer).buffer.writeKafkaBytes(nil, flexible: \(flexible))"
        case .records: writeNull = "\(writer).writeRecords(nil, flexible: \(flexible))"
        case .array: writeNull = "\(writer).buffer.writeKafkaArrayCount(nil, flexible: \(flexible))"
        case .structType: writeNull = "\(writer).buffer.writeInteger(Int8(-1))"
        default: throw SpecError.invalid("\(self.owner).\(self.field.name): type cannot be nullable")
        }
        let throwNull =
            "throw ProtocolEncodingError.nullNotAllowed(message: \(SwiftNames.stringLiteral(self.owner)), "
            + "field: \(SwiftNames.stringLiteral(self.property)), version: version)"
        switch nullable {
        case "true":
            code.chain("else") { code in code.line(writeNull) }
        case "false":
            code.chain("else") { code in code.line(throwNull) }
        default:
            code.chain("else if \(nullable)") { code in code.line(writeNull) }
            code.chain("else") { code in code.line(throwNull) }
        }
    }

    private func emitNonNullWrite(
        _ code: inout CodeWriter, value: String, writer: String, flexible: String, nullable: String
    ) throws {
        switch self.field.type {
        case .array(let element):
            code.line("\(writer).buffer.writeKafkaArrayCount(\(value).count, flexible: \(flexible))")
            try code.block("for element in \(value)") { code in
                code.line(try Self.elementWrite(element, value: "element", writer: writer, flexible: flexible, what: self.what))
            }
        case .structType:
            if nullable == "true" {
                code.line("\(writer).buffer.writeInteger(Int8(1))")
            } else if nullable != "false" {
                code.line("if \(nullable) { \(writer).buffer.writeInteger(Int8(1)) }")
            }
            code.line("try \(value).write(to: &\(writer), version: version)")
        case .records:
            code.line("\(writer).writeRecords(\(value), flexible: \(flexible))")
        default:
            code.line(try Self.elementWrite(self.field.type, value: value, writer: writer, flexible: flexible, what: self.what))
        }
    }

    static func elementWrite(_ type: FieldType, value: String, writer: String, flexible: String, what: String) throws
        -> String
    {
        switch type {
        case .bool: return "\(writer).buffer.writeKafkaBool(\(value))"
        case .int8, .int16, .int32, .int64, .uint16, .uint32: return "\(writer).buffer.writeInteger(\(value))"
        case .float64: return "\(writer).buffer.writeKafkaFloat64(\(value))"
        case .string: return "try \(writer).buffer.writeKafkaString(\(value), flexible: \(flexible), \(what))"
        case .bytes: return "\(writer).buffer.writeKafkaBytes(\(value), flexible: \(flexible))"
        case .uuid: return "\(writer).buffer.writeKafkaUuid(\(value))"
        case .records: return "\(writer).writeRecords(\(value), flexible: \(flexible))"
        case .structType: return "try \(value).write(to: &\(writer), version: version)"
        case .array: throw SpecError.invalid("nested arrays are not supported")
        }
    }
}
