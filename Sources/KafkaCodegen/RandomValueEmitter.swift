/// Writes, for the test target, an extension per generated type that builds a random value valid
/// at a given version: fields absent from the version keep their defaults, nulls only where the
/// version allows them. The round-trip and fuzz tests use these to cover every message at every
/// version without hand-written fixtures.
struct RandomValueEmitter {
    let spec: MessageSpec
    let registry: StructRegistry

    init(spec: MessageSpec) throws {
        self.spec = spec
        self.registry = try StructRegistry(message: spec)
    }

    func emit() throws -> String {
        var code = CodeWriter()
        code.line("// generated from \(self.spec.sourcePath), do not edit (make regenerate)")
        code.line()
        code.line("import KafkaProtocol")
        code.line("import NIOCore")
        code.line()
        try self.emitExtension(
            &code, typeName: self.spec.name, conformance: "RandomizableMessage", fields: self.spec.fields,
            context: self.spec.validVersions)
        for name in self.registry.order {
            let entry = try self.registry.entry(name)
            let context = entry.possibleVersions.isEmpty ? entry.spec.versions : entry.possibleVersions
            code.line()
            try self.emitExtension(
                &code, typeName: "\(self.spec.name).\(name)", conformance: "RandomizableStruct",
                fields: entry.spec.fields, context: context)
        }
        return code.text
    }

    private func emitExtension(
        _ code: inout CodeWriter, typeName: String, conformance: String, fields: [FieldSpec],
        context: SpecVersionRange
    ) throws {
        try code.block("extension \(typeName): \(conformance)") { code in
            try code.block(
                "static func random(version: Int16, using generator: inout SeededGenerator) -> Self"
            ) { code in
                code.line("var value = Self()")
                for field in fields {
                    let present = field.versions.intersection(context)
                    if present.isEmpty { continue }
                    let codegen = FieldCodegen(
                        field: field, context: context, messageFlexible: self.spec.flexibleVersions, owner: typeName)
                    let target = "value.\(SwiftNames.escaped(codegen.property))"
                    let assign = "\(target) = \(try self.randomExpression(field.type))"
                    let body: (inout CodeWriter) -> Void = { code in
                        if codegen.isOptional {
                            let nullable = field.nullableVersions.condition(within: present) ?? "true"
                            if nullable == "false" {
                                code.line(assign)
                            } else {
                                let test = nullable == "true" ? "" : "\(nullable) && "
                                code.block("if \(test)Bool.random(using: &generator)") { code in
                                    code.line("\(target) = nil")
                                }
                                code.chain("else") { code in code.line(assign) }
                            }
                        } else {
                            code.line(assign)
                        }
                    }
                    if let condition = present.condition(within: context) {
                        code.block("if \(condition)", body)
                    } else {
                        body(&code)
                    }
                }
                if let flexible = self.spec.flexibleVersions.condition(within: context) ?? Optional("true"),
                    flexible != "false"
                {
                    let test = flexible == "true" ? "" : "\(flexible) && "
                    code.block("if \(test)Bool.random(using: &generator)") { code in
                        code.line("value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)")
                    }
                }
                code.line("return value")
            }
        }
    }

    func randomExpression(_ type: FieldType) throws -> String {
        switch type {
        case .bool: return "Bool.random(using: &generator)"
        case .int8, .int16, .int32, .int64, .uint16, .uint32:
            let name = FieldCodegen.baseType(type)
            return "\(name).random(in: .min ... .max, using: &generator)"
        case .float64: return "Double.random(in: -1e9...1e9, using: &generator)"
        case .string: return "RandomValues.string(using: &generator)"
        case .bytes: return "RandomValues.bytes(using: &generator)"
        case .uuid: return "RandomValues.uuid(using: &generator)"
        case .records: return ".bytes(RandomValues.bytes(using: &generator))"
        case .structType(let name): return "\(self.spec.name).\(name).random(version: version, using: &generator)"
        case .array(let element):
            return "RandomValues.array(using: &generator) { generator in \(try randomExpression(element)) }"
        }
    }
}
