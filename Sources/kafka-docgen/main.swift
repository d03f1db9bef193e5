import Foundation
import KafkaDocgen

// kafka-docgen [--check] [ROOT]: writes man/ and completions/ under ROOT (default: the current
// directory) from the tools' option declarations; with --check, writes nothing and exits 1 when
// a committed file differs.
var arguments = Array(CommandLine.arguments.dropFirst())
let check = arguments.first == "--check"
if check { arguments.removeFirst() }
let root = URL(fileURLWithPath: arguments.first ?? FileManager.default.currentDirectoryPath)
var stale: [String] = []
for (path, contents) in GeneratedFiles.all() {
    let url = root.appendingPathComponent(path)
    let current = try? String(contentsOf: url, encoding: .utf8)
    guard current != contents else { continue }
    stale.append(path)
    if !check {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: url, atomically: true, encoding: .utf8)
    }
}
for path in stale { print(check ? "stale: \(path)" : "wrote \(path)") }
exit(check && !stale.isEmpty ? 1 : 0)
