/// Writes the Swift source for one message spec: the message struct with its nested structs,
/// each with properties, a memberwise initializer, `write(to:version:)` and `init(from:version:)`.
struct MessageEmitter {
    let spec: MessageSpec
    let registry: StructRegistry

    init(spec: MessageSpec) throws {
        self.spec = spec
        self.registry = try StructRegistry(message: spec)
    }

    /// The protocol the top-level type conforms to.
    var conformance: String {
        switch self.spec.kind {
        case "request": return "KafkaRequest"
        case "response": return "KafkaResponse"
        default: return "ProtocolMessage"
        }
    }

    func emit() throws -> String {
        var code = CodeWriter()
        code.line("// generated from \(self.spec.sourcePath), do not edit (make regenerate)")
        code.line()
        code.line("import NIOCore")
        code.line()
        var summary = "\(self.spec.name): Kafka \(self.spec.kind)"
        if let apiKey = self.spec.apiKey { summary += " (key \(apiKey))" }
        summary += ", versions \(self.spec.validVersions), flexible versions \(self.spec.flexibleVersions)."
        if self.spec.latestVersionUnstable { summary += "\nThe latest version is unstable (latestVersionUnstable)." }
        code.doc(summary)
        try code.block("public struct \(self.spec.name): \(self.conformance)") { code in
            self.emitStatics(&code)
            code.line()
            try self.emitBody(
                &code, typeName: self.spec.name, fields: self.spec.fields, context: self.spec.validVersions)
            for name in self.registry.order {
                let entry = try self.registry.entry(name)
                code.line()
                // A struct used only in versions the message no longer has keeps its declared versions.
                let context = entry.possibleVersions.isEmpty ? entry.spec.versions : entry.possibleVersions
                code.doc("\(name), in \(self.spec.name) versions \(context).")
                try code.block("public struct \(name): ProtocolStruct") { code in
                    try self.emitBody(
                        &code, typeName: "\(self.spec.name).\(name)", fields: entry.spec.fields, context: context)
                }
            }
        }
        try self.emitMapKeyLookups(&code)
        return code.text
    }

    /// Kafka generates keyed collections for struct arrays whose fields are marked `mapKey`; the
    /// wire form is still an array, so we keep arrays (order preserved) and add `find(key:)`.
    private func emitMapKeyLookups(_ code: inout CodeWriter) throws {
        for name in self.registry.order {
            let entry = try self.registry.entry(name)
            let keys = entry.spec.fields.filter(\.mapKey)
            guard !keys.isEmpty else { continue }
            let codegens = keys.map {
                FieldCodegen(field: $0, context: entry.spec.versions, messageFlexible: self.spec.flexibleVersions, owner: name)
            }
            let parameters = codegens.map { "\($0.property): \($0.swiftType)" }.joined(separator: ", ")
            let test = codegens.map { "$0.\(SwiftNames.escaped($0.property)) == \(SwiftNames.escaped($0.property))" }
                .joined(separator: " && ")
            code.line()
            code.block("extension Array where Element == \(self.spec.name).\(name)") { code in
                code.doc("The first element with this map key, as Kafka's generated keyed collections find it.")
                code.block("public func find(\(parameters)) -> Element?") { code in
                    code.line("self.first { \(test) }")
                }
            }
        }
    }

    private func emitStatics(_ code: inout CodeWriter) {
        let valid = self.spec.validVersions
        let flexible = self.spec.flexibleVersions
        code.line("public static let messageName = \(SwiftNames.stringLiteral(self.spec.name))")
        code.line("public static let validVersions = VersionRange(\(valid.lowest), \(valid.highest))")
        if flexible.isEmpty {
            code.line("public static let flexibleVersions = VersionRange.none")
        } else {
            code.line("public static let flexibleVersions = VersionRange(\(flexible.lowest), \(flexible.highest))")
        }
        if let apiKey = self.spec.apiKey {
            switch self.spec.kind {
            case "request", "response":
                code.line("public static let apiKey = ApiKey(rawValue: \(apiKey))")
            default:
                code.line("public static let recordType: Int16 = \(apiKey)")
            }
        }
        if self.spec.kind == "request" {
            code.line("public typealias Response = \(self.spec.name.dropLast("Request".count))Response")
        }
        if self.spec.kind == "response" {
            code.line("public typealias Request = \(self.spec.name.dropLast("Response".count))Request")
        }
    }

    /// Properties, initializers and codec methods of one struct.
    private func emitBody(_ code: inout CodeWriter, typeName: String, fields: [FieldSpec], context: SpecVersionRange) throws {
        let codegens = fields.map {
            FieldCodegen(field: $0, context: context, messageFlexible: self.spec.flexibleVersions, owner: typeName)
        }
        for field in codegens {
            var doc = field.field.about.isEmpty ? field.field.name : field.field.about
            doc += "\nVersions \(field.field.versions)"
            if !field.field.nullableVersions.isEmpty { doc += ", nullable \(field.field.nullableVersions)" }
            if let tag = field.field.tag { doc += ", tag \(tag) in \(field.field.taggedVersions)" }
            if field.field.ignorable { doc += ", ignorable" }
            if field.field.mapKey { doc += ", map key" }
            code.doc(doc + ".")
            code.line("public var \(SwiftNames.escaped(field.property)): \(field.swiftType) = \(try field.defaultLiteral())")
        }
        code.doc("Tagged fields this version of the code does not know, kept so they round-trip.")
        code.line("public var unknownTaggedFields: [TaggedField] = []")
        code.line()
        code.line("public init() {}")
        if !codegens.isEmpty {
            code.line()
            var parameters = [String]()
            for field in codegens {
                parameters.append("\(field.property): \(field.swiftType) = \(try field.defaultLiteral())")
            }
            parameters.append("unknownTaggedFields: [TaggedField] = []")
            code.line("public init(")
            code.indented { code in
                for (index, parameter) in parameters.enumerated() {
                    code.line(parameter + (index == parameters.count - 1 ? "" : ","))
                }
            }
            code.block(")") { code in
                for field in codegens {
                    code.line("self.\(SwiftNames.escaped(field.property)) = \(SwiftNames.escaped(field.property))")
                }
                code.line("self.unknownTaggedFields = unknownTaggedFields")
            }
        }
        let flexibleExpression = self.spec.flexibleVersions.condition(within: context) ?? "true"
        let anyTagged = codegens.contains { !$0.tagged.isEmpty }
        let usesFlexible = codegens.contains { field in
            guard field.field.flexibleVersions == nil, !field.positional.isEmpty else { return false }
            switch field.field.type {
            case .string, .bytes, .records, .array: return true
            default: return false
            }
        }
        let needsFlexibleLet = flexibleExpression != "false" || usesFlexible

        code.line()
        code.doc("Encodes this struct at `version` (Kafka's generated `write`).\n- Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.")
        try code.block("public func write(to writer: inout ProtocolWriter, version: Int16) throws") { code in
            if needsFlexibleLet { code.line("let flexible = \(flexibleExpression)") }
            for field in codegens { try field.emitWrite(&code) }
            if flexibleExpression == "false" {
                code.block("if !self.unknownTaggedFields.isEmpty") { code in
                    code.line(
                        "throw ProtocolEncodingError.fieldNotSupported(message: \(SwiftNames.stringLiteral(typeName)), "
                            + "field: \"unknownTaggedFields\", version: version)")
                }
                return
            }
            try code.block("if flexible") { code in
                if anyTagged {
                    code.line("var taggedFields: [TaggedField] = []")
                    for field in codegens { try field.emitTaggedWrite(&code) }
                    code.line("writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)")
                } else {
                    code.line("writer.writeTaggedFields([], unknown: self.unknownTaggedFields)")
                }
            }
            if flexibleExpression != "true" {
                code.chain("else if !self.unknownTaggedFields.isEmpty") { code in
                    code.line(
                        "throw ProtocolEncodingError.fieldNotSupported(message: \(SwiftNames.stringLiteral(typeName)), "
                            + "field: \"unknownTaggedFields\", version: version)")
                }
            }
        }
        code.line()
        code.doc("Decodes this struct at `version` (Kafka's generated `read`).\n- Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).")
        try code.block("public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws") { code in
            if needsFlexibleLet { code.line("let flexible = \(flexibleExpression)") }
            for field in codegens { try field.emitRead(&code) }
            if flexibleExpression == "false" { return }
            try code.block("if flexible") { code in
                guard anyTagged else {
                    code.line("try buffer.readTaggedFields(into: &self.unknownTaggedFields, \(SwiftNames.stringLiteral(typeName)))")
                    return
                }
                code.line("let taggedCount = try buffer.readUnsignedVarint(\(SwiftNames.stringLiteral(typeName + " tagged fields")))")
                try code.block("for _ in 0..<taggedCount") { code in
                    code.line("let (tag, fieldData) = try buffer.readTaggedField(\(SwiftNames.stringLiteral(typeName)))")
                    code.line("var fieldBuffer = fieldData")
                    code.line("switch tag {")
                    for field in codegens { try field.emitTaggedRead(&code) }
                    code.line("default:")
                    code.indented { code in
                        code.line("self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))")
                    }
                    code.line("}")
                }
            }
        }
    }
}
