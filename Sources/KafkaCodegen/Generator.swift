import Foundation

/// Reads every `*.json` spec under a directory and produces the generated sources:
/// `library` for Sources/KafkaProtocol/Generated and `tests` for Tests/KafkaProtocolTests/Generated,
/// each a map from file name to contents. Output depends only on the spec files (sorted by path).
public struct Generator {
    public var library: [String: String] = [:]
    public var tests: [String: String] = [:]
    public private(set) var specs: [MessageSpec] = []

    public init(specDirectory: URL) throws {
        let paths = try Self.specPaths(under: specDirectory)
        guard !paths.isEmpty else { throw SpecError.invalid("no *.json specs under \(specDirectory.path)") }
        for relativePath in paths {
            let text = try String(contentsOf: specDirectory.appendingPathComponent(relativePath), encoding: .utf8)
            do {
                self.specs.append(try MessageSpec(json: text, sourcePath: relativePath))
            } catch let error as SpecError {
                throw SpecError.invalid("\(relativePath): \(error)")
            } catch {
                throw SpecError.invalid("\(relativePath): \(error.localizedDescription)")
            }
        }
        var seen: [String: String] = [:]
        for spec in self.specs {
            if let other = seen[spec.name] {
                throw SpecError.invalid("\(spec.name) is defined by both \(other) and \(spec.sourcePath)")
            }
            seen[spec.name] = spec.sourcePath
            self.library["\(spec.name).swift"] = try MessageEmitter(spec: spec).emit()
            self.tests["\(spec.name)+Random.swift"] = try RandomValueEmitter(spec: spec).emit()
        }
        let tables = ApiKeyEmitter(specs: self.specs)
        self.library["ApiKey+Generated.swift"] = tables.emitApiKeys()
        self.library["GeneratedMessageTypes.swift"] =
            "// generated from every spec, do not edit (make regenerate)\n\n"
            + "extension ProtocolMessages {\n    /// Every generated top-level message type, sorted by name.\n"
            + "    public static let all: [any ProtocolMessage.Type] = [\n"
            + self.specs.map(\.name).sorted().map { "        \($0).self,\n" }.joined()
            + "    ]\n}\n"
    }

    /// Spec files relative to the directory, sorted, so output order never depends on the file system.
    static func specPaths(under directory: URL) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else {
            throw SpecError.invalid("cannot read \(directory.path)")
        }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".json") { paths.append(path) }
        }
        return paths.sorted()
    }

    /// Writes `files` into `directory`, removing generated `.swift` files no longer produced.
    public static func write(_ files: [String: String], to directory: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        for existing in try manager.contentsOfDirectory(atPath: directory.path)
        where existing.hasSuffix(".swift") && files[existing] == nil {
            try manager.removeItem(at: directory.appendingPathComponent(existing))
        }
        for (name, contents) in files {
            let url = directory.appendingPathComponent(name)
            if let current = try? String(contentsOf: url, encoding: .utf8), current == contents { continue }
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
    }
}
