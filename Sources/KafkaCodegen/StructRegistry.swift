/// Every struct of one message spec, by name, with the versions in which it can occur
/// (Kafka generator/…/StructRegistry.java). Struct names are unique within a spec file.
struct StructRegistry {
    struct Entry {
        var spec: StructSpec
        /// The hull of (parent versions ∩ field versions) over every field that uses this struct.
        var possibleVersions: SpecVersionRange
    }

    private(set) var entries: [String: Entry] = [:]
    /// Definition order: depth-first through the fields, then common structs, for stable output.
    private(set) var order: [String] = []

    init(message: MessageSpec) throws {
        for common in message.commonStructs {
            self.entries[common.name] = Entry(spec: common, possibleVersions: .none)
        }
        try self.register(fields: message.fields, context: message.name)
        for common in message.commonStructs where !self.order.contains(common.name) {
            self.order.append(common.name)
        }
        try self.propagate(fields: message.fields, versions: message.validVersions)
    }

    func entry(_ name: String) throws -> Entry {
        guard let entry = self.entries[name] else { throw SpecError.invalid("unknown struct type \(name)") }
        return entry
    }

    private mutating func register(fields: [FieldSpec], context: String) throws {
        for field in fields {
            guard let structName = field.type.structName else { continue }
            if let inline = field.fields {
                if self.order.contains(structName) {
                    throw SpecError.invalid("\(context): struct \(structName) defined twice")
                }
                self.entries[structName] = Entry(
                    spec: StructSpec(name: structName, versions: field.versions, fields: inline),
                    possibleVersions: .none)
                self.order.append(structName)
                try self.register(fields: inline, context: "\(context).\(structName)")
            }
        }
    }

    /// Widens each struct's possible versions by every use, recursing into struct fields.
    private mutating func propagate(fields: [FieldSpec], versions: SpecVersionRange) throws {
        for field in fields {
            guard let structName = field.type.structName else { continue }
            guard var entry = self.entries[structName] else {
                throw SpecError.invalid("struct type \(structName) is used but never defined")
            }
            let reach = versions.intersection(field.versions)
            if reach.isEmpty { continue }
            let widened = entry.possibleVersions.hull(reach)
            if widened == entry.possibleVersions { continue }
            entry.possibleVersions = widened
            self.entries[structName] = entry
            try self.propagate(fields: entry.spec.fields, versions: widened)
        }
    }
}
