/// Swift spellings of spec names and values.
enum SwiftNames {
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "protocol", "public", "rethrows", "static",
        "struct", "subscript", "typealias", "var", "break", "case", "continue", "default", "defer", "do", "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "switch", "where", "while", "as", "Any",
        "catch", "false", "is", "nil", "super", "self", "Self", "throw", "throws", "true", "try",
    ]

    /// `GroupId` → `groupId` (Kafka FieldSpec.camelCaseName lowercases the first letter only).
    static func property(_ specName: String) -> String {
        guard let first = specName.first else { return specName }
        return first.lowercased() + specName.dropFirst()
    }

    /// A property name usable in code, in backticks when it is a keyword.
    static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// `FetchRequest` → `fetchRequest`; API names for `ApiKey` members (`ApiVersions` → `apiVersions`).
    static func member(_ typeName: String) -> String { escaped(property(typeName)) }

    static func stringLiteral(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
