import Foundation
@testable import KafkaDocgen
import KafkaTools
import Testing

/// The committed man pages and completions must be exactly what kafka-docgen generates
/// (regenerate with `swift run kafka-docgen`).
@Suite struct GeneratedFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func committedFilesMatchTheGenerator() throws {
        var stale: [String] = []
        for (path, contents) in GeneratedFiles.all() {
            let committed = try? String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
            if committed != contents { stale.append(path) }
        }
        #expect(stale.isEmpty, "regenerate with `swift run kafka-docgen`: \(stale)")
    }

    @Test func everyToolHasAPageAndThreeCompletions() {
        let paths = Set(GeneratedFiles.all().map(\.path))
        for tool in ToolCatalog.tools {
            #expect(paths.contains("man/man1/\(tool.name).1"))
            #expect(paths.contains("completions/bash/\(tool.name)"))
            #expect(paths.contains("completions/zsh/_\(tool.name)"))
            #expect(paths.contains("completions/fish/\(tool.name).fish"))
        }
    }

    @Test func everyFlagOfEveryToolIsInEachFile() {
        for tool in ToolCatalog.tools {
            let files = GeneratedFiles.all([tool]).map(\.contents)
            for option in tool.options {
                #expect(files[0].contains("\\-\\-" + option.name.replacingOccurrences(of: "-", with: "\\-")))
                #expect(files[1].contains("--\(option.name)"))
                #expect(files[2].contains("--\(option.name)"))
                #expect(files[3].contains("-l \(option.name)"))
            }
        }
    }

    @Test func topicGroupAndFileArgumentsCompleteFromTheRightSource() {
        #expect(CompletionValue.of(.required("topic", "topic", description: "")) == .topics)
        #expect(CompletionValue.of(.required("group", "consumer group", description: "")) == .groups)
        #expect(CompletionValue.of(.required("command-config", "command config property file", description: "")) == .files)
        #expect(CompletionValue.of(.required("config", "name=value", description: "")) == .none)
        #expect(CompletionValue.of(.flag("topics-with-overrides", description: "")) == .none)
    }

    @Test func roffTextIsEscaped() {
        #expect(ManPageRenderer.escape(".dot a-b \\x") == "\\&.dot a\\-b \\ex")
    }
}
