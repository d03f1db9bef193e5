import Foundation

/// One of Kafka's JSON message definitions, typed (Kafka generator/…/MessageSpec.java).
public struct MessageSpec: Sendable {
    /// "request", "response", "header", "data", "metadata", "coordinator-key", ...
    public var kind: String
    public var name: String
    public var apiKey: Int?
    public var validVersions: SpecVersionRange
    public var flexibleVersions: SpecVersionRange
    public var latestVersionUnstable: Bool
    public var fields: [FieldSpec]
    public var commonStructs: [StructSpec]
    /// The file the spec came from, relative to the spec directory ("clients/FetchRequest.json").
    public var sourcePath: String
}

/// A named group of fields: a nested struct or a common struct.
public struct StructSpec: Sendable {
    public var name: String
    public var versions: SpecVersionRange
    public var fields: [FieldSpec]
}

/// One field of a message or struct (Kafka generator/…/FieldSpec.java).
public struct FieldSpec: Sendable {
    public var name: String
    public var type: FieldType
    public var versions: SpecVersionRange
    public var nullableVersions: SpecVersionRange
    public var taggedVersions: SpecVersionRange
    public var tag: Int?
    public var ignorable: Bool
    public var mapKey: Bool
    public var defaultValue: String?
    public var about: String
    /// Overrides the message's flexible versions for this field (RequestHeader's ClientId: "none").
    public var flexibleVersions: SpecVersionRange?
    /// Fields of an inline struct declared here (for struct and struct-array types).
    public var fields: [FieldSpec]?

    /// Versions in which the field is a regular (positional) field: present and not tagged.
    public var positionalVersions: SpecVersionRange {
        guard self.tag != nil else { return self.versions }
        // A tagged field is positional only below its tagged versions (a field may become tagged later).
        if self.taggedVersions.isEmpty { return self.versions }
        if self.taggedVersions.lowest > self.versions.lowest {
            return self.versions.intersection(SpecVersionRange(lowest: self.versions.lowest, highest: self.taggedVersions.lowest - 1))
        }
        return .none
    }
}

/// A field's wire type.
public indirect enum FieldType: Sendable, Equatable {
    case bool, int8, int16, int32, int64, uint16, uint32, float64, string, bytes, uuid, records
    case structType(String)
    case array(FieldType)

    init(parsing text: String) throws {
        if text.hasPrefix("[]") {
            self = .array(try FieldType(parsing: String(text.dropFirst(2))))
            return
        }
        switch text {
        case "bool": self = .bool
        case "int8": self = .int8
        case "int16": self = .int16
        case "int32": self = .int32
        case "int64": self = .int64
        case "uint16": self = .uint16
        case "uint32": self = .uint32
        case "float64": self = .float64
        case "string": self = .string
        case "bytes": self = .bytes
        case "uuid": self = .uuid
        case "records": self = .records
        default:
            guard let first = text.first, first.isUppercase else { throw SpecError.invalid("type '\(text)'") }
            self = .structType(text)
        }
    }

    public var isArray: Bool {
        if case .array = self { return true }
        return false
    }

    public var isStruct: Bool {
        if case .structType = self { return true }
        return false
    }

    public var structName: String? {
        switch self {
        case .structType(let name): return name
        case .array(let element): return element.structName
        default: return nil
        }
    }
}

extension MessageSpec {
    /// Parses a spec file's text: Kafka's JSON with `//` comments.
    public init(json text: String, sourcePath: String) throws {
        let stripped = JSONComments.strip(text)
        guard let object = try JSONSerialization.jsonObject(with: Data(stripped.utf8)) as? [String: Any] else {
            throw SpecError.invalid("\(sourcePath): top level is not an object")
        }
        guard let name = object["name"] as? String, let kind = object["type"] as? String else {
            throw SpecError.invalid("\(sourcePath): missing name or type")
        }
        self.name = name
        self.kind = kind
        self.sourcePath = sourcePath
        self.apiKey = object["apiKey"] as? Int
        self.validVersions = try SpecVersionRange(parsing: object["validVersions"] as? String ?? "none")
        self.flexibleVersions = try SpecVersionRange(parsing: object["flexibleVersions"] as? String ?? "none")
        self.latestVersionUnstable = object["latestVersionUnstable"] as? Bool ?? false
        let fieldObjects = object["fields"] as? [[String: Any]] ?? []
        self.fields = try fieldObjects.map { try FieldSpec(object: $0, context: "\(sourcePath) \(name)") }
        let commonObjects = object["commonStructs"] as? [[String: Any]] ?? []
        self.commonStructs = try commonObjects.map { structObject in
            guard let structName = structObject["name"] as? String else {
                throw SpecError.invalid("\(sourcePath): common struct without a name")
            }
            let versions = try SpecVersionRange(parsing: structObject["versions"] as? String ?? "0+")
            let fields = try (structObject["fields"] as? [[String: Any]] ?? []).map {
                try FieldSpec(object: $0, context: "\(sourcePath) \(structName)")
            }
            return StructSpec(name: structName, versions: versions, fields: fields)
        }
    }
}

extension FieldSpec {
    init(object: [String: Any], context: String) throws {
        guard let name = object["name"] as? String, let typeText = object["type"] as? String else {
            throw SpecError.invalid("\(context): field without name or type")
        }
        self.name = name
        self.type = try FieldType(parsing: typeText)
        // A tagged-only field may omit "versions"; it then exists in its tagged versions.
        guard let versionsText = object["versions"] as? String ?? object["taggedVersions"] as? String else {
            throw SpecError.invalid("\(context).\(name): no versions")
        }
        self.versions = try SpecVersionRange(parsing: versionsText)
        self.nullableVersions = try SpecVersionRange(parsing: object["nullableVersions"] as? String ?? "none")
        // A few specs quote the tag ("tag": "0"); Kafka's JSON reader accepts both.
        self.tag = object["tag"] as? Int ?? (object["tag"] as? String).flatMap { Int($0) }
        if object["tag"] != nil && self.tag == nil { throw SpecError.invalid("\(context).\(name): bad tag") }
        if let taggedText = object["taggedVersions"] as? String {
            self.taggedVersions = try SpecVersionRange(parsing: taggedText)
        } else {
            self.taggedVersions = .none
        }
        if self.tag == nil && !self.taggedVersions.isEmpty {
            throw SpecError.invalid("\(context).\(name): taggedVersions without a tag")
        }
        if self.tag != nil && self.taggedVersions.isEmpty {
            throw SpecError.invalid("\(context).\(name): tag without taggedVersions")
        }
        self.ignorable = object["ignorable"] as? Bool ?? false
        self.mapKey = object["mapKey"] as? Bool ?? false
        if let text = object["default"] as? String {
            self.defaultValue = text
        } else if let number = object["default"] as? NSNumber {
            self.defaultValue = number.stringValue
        } else {
            self.defaultValue = nil
        }
        self.about = object["about"] as? String ?? ""
        if let flexibleText = object["flexibleVersions"] as? String {
            self.flexibleVersions = try SpecVersionRange(parsing: flexibleText)
        } else {
            self.flexibleVersions = nil
        }
        if let fieldObjects = object["fields"] as? [[String: Any]] {
            self.fields = try fieldObjects.map { try FieldSpec(object: $0, context: "\(context).\(name)") }
        } else {
            self.fields = nil
        }
    }
}

/// Removes `//` comments outside string literals, keeping line breaks so JSON errors keep their lines.
enum JSONComments {
    static func strip(_ text: String) -> String {
        var output = [UInt8]()
        output.reserveCapacity(text.utf8.count)
        var inString = false
        var escaped = false
        var inComment = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if inComment {
                if byte == UInt8(ascii: "\n") {
                    inComment = false
                    output.append(byte)
                }
                continue
            }
            if inString {
                output.append(byte)
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            if byte == UInt8(ascii: "/") && previous == UInt8(ascii: "/") {
                output.removeLast()
                inComment = true
                previous = 0
                continue
            }
            if byte == UInt8(ascii: "\"") { inString = true }
            output.append(byte)
            previous = byte
        }
        return String(decoding: output, as: UTF8.self)
    }
}
