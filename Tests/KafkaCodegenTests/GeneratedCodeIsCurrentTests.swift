import Foundation
import KafkaCodegen
import Testing

/// The committed generated code must be exactly what the generator makes from ../shared/kafka-spec,
/// so that neither the specs, the generator nor hand edits can drift from the other two.
@Suite struct GeneratedCodeIsCurrentTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let specDirectory = repository.deletingLastPathComponent().appendingPathComponent("shared/kafka-spec")

    @Test("the committed library and test sources match a fresh generation from the specs")
    func committedOutputMatchesGenerator() throws {
        let generator = try Generator(specDirectory: Self.specDirectory)
        #expect(generator.specs.count > 200)
        try Self.expectDirectory("Sources/KafkaProtocol/Generated", equals: generator.library)
        try Self.expectDirectory("Tests/KafkaProtocolTests/Generated", equals: generator.tests)
    }

    @Test("generation is deterministic")
    func deterministic() throws {
        let first = try Generator(specDirectory: Self.specDirectory)
        let second = try Generator(specDirectory: Self.specDirectory)
        #expect(first.library == second.library)
        #expect(first.tests == second.tests)
    }

    static func expectDirectory(_ relativePath: String, equals expected: [String: String]) throws {
        let directory = repository.appendingPathComponent(relativePath)
        let committed = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".swift") })
        #expect(committed == Set(expected.keys), "files in \(relativePath) differ from the generator's (run make regenerate)")
        for (name, contents) in expected.sorted(by: { $0.key < $1.key }) {
            let current = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            #expect(current == contents, "\(relativePath)/\(name) is stale (run make regenerate)")
        }
    }
}
