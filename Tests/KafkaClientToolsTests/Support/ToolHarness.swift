import Foundation
import KafkaTools

/// Runs a tool as its executable would, on a thread of its own, and captures what it prints.
///
/// Cluster tools wait for their async client work by blocking the calling thread
/// (`BlockingAsync`), which is right for a process's main thread. Swift Testing runs test bodies
/// on the cooperative pool, which has one thread per core: two tests blocking pool threads at once
/// would starve the very tasks they wait for. Running the tool on a dedicated thread and awaiting
/// it leaves the pool free.
enum ToolHarness {
    static func run<T: Tool>(_ tool: T.Type, _ arguments: [String]) async -> (code: Int32, stdout: String, stderr: String) {
        await Self.run(T.run, arguments)
    }

    /// Runs a tool through an entry point of its own (e.g. one that reports parse errors its way).
    static func run(
        _ entry: @escaping @Sendable ([String], any ToolOutput, any ToolOutput) -> Int32, _ arguments: [String]
    ) async -> (code: Int32, stdout: String, stderr: String) {
        await Self.onThread {
            let stdout = CapturedOutput()
            let stderr = CapturedOutput()
            let code = entry(arguments, stdout, stderr)
            return (code, stdout.text, stderr.text)
        }
    }

    /// Runs `body` on a dedicated thread, for tests of blocking helpers themselves.
    static func onThread<Value: Sendable>(_ body: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }
}
