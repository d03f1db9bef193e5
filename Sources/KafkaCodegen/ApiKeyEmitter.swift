/// Writes the tables that tie API keys to their generated request and response types, and the
/// list of every generated message type.
struct ApiKeyEmitter {
    let specs: [MessageSpec]

    func emitApiKeys() -> String {
        let requests = self.specs.filter { $0.kind == "request" && $0.apiKey != nil }.sorted { $0.apiKey! < $1.apiKey! }
        var code = CodeWriter()
        code.line("// generated from the request specs, do not edit (make regenerate)")
        code.line()
        code.block("extension ApiKey") { code in
            for request in requests {
                let api = String(request.name.dropLast("Request".count))
                code.line("public static let \(SwiftNames.member(api)) = ApiKey(rawValue: \(request.apiKey!))")
            }
            code.line()
            code.doc("Every API key the generated code knows, in key order.")
            code.line("public static let allKnown: [ApiKey] = [")
            for request in requests {
                code.line("    .\(SwiftNames.member(String(request.name.dropLast("Request".count)))),")
            }
            code.line("]")
            code.line()
            code.doc("Kafka's name for the API (`ApiKeys.name`), or \"Unknown(n)\".")
            code.block("public var name: String") { code in
                code.line("switch self.rawValue {")
                for request in requests {
                    code.line("case \(request.apiKey!): return \(SwiftNames.stringLiteral(String(request.name.dropLast("Request".count))))")
                }
                code.line("default: return \"Unknown(\\(self.rawValue))\"")
                code.line("}")
            }
            code.line()
            code.doc("The generated request type for this key, if known.")
            code.block("public var requestType: (any KafkaRequest.Type)?") { code in
                code.line("switch self.rawValue {")
                for request in requests { code.line("case \(request.apiKey!): return \(request.name).self") }
                code.line("default: return nil")
                code.line("}")
            }
            code.line()
            code.doc("The generated response type for this key, if known.")
            code.block("public var responseType: (any KafkaResponse.Type)?") { code in
                code.line("switch self.rawValue {")
                for request in requests {
                    code.line("case \(request.apiKey!): return \(request.name.dropLast("Request".count))Response.self")
                }
                code.line("default: return nil")
                code.line("}")
            }
        }
        return code.text
    }
}
