import KafkaTools

/// Every file kafka-docgen writes, by path relative to the repository root: `man/man1/<tool>.1`,
/// `completions/bash/<tool>`, `completions/zsh/_<tool>`, `completions/fish/<tool>.fish`.
public enum GeneratedFiles {
    public static func all(_ tools: [ToolDocumentation] = ToolCatalog.tools) -> [(path: String, contents: String)] {
        tools.flatMap { tool in
            [
                ("man/man1/\(tool.name).1", ManPageRenderer.page(for: tool)),
                ("completions/bash/\(tool.name)", BashCompletionRenderer.script(for: tool)),
                ("completions/zsh/_\(tool.name)", ZshCompletionRenderer.script(for: tool)),
                ("completions/fish/\(tool.name).fish", FishCompletionRenderer.script(for: tool)),
            ]
        }
    }
}
