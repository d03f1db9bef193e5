import Foundation

/// Runs async client code from a tool's synchronous `execute`.
///
/// `Tool.execute` is synchronous so that every tool shares one runner; the cluster tools
/// (ktopics, the console clients, kconsumer-groups) talk to brokers through the async
/// `KafkaClient`. The work runs on a detached task while the calling thread waits on a semaphore:
/// a tool's main thread is not part of Swift's cooperative pool, so blocking it cannot starve the
/// tasks it waits for. Never call it from a task (tests run tools on a thread of their own, see
/// Tests/KafkaClientToolsTests/Support/ToolHarness.swift): a blocked pool thread is one fewer for
/// the work being waited on.
public enum BlockingAsync {
    /// Returns `body`'s result, or rethrows its error.
    public static func run<Result: Sendable>(_ body: @escaping @Sendable () async throws -> Result) throws -> Result {
        let box = ResultBox<Result>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                box.set(.success(try await body()))
            } catch {
                box.set(.failure(error))
            }
            done.signal()
        }
        done.wait()
        return try box.get()
    }
}

/// Carries the task's outcome to the waiting thread; the semaphore orders the write before the read.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    private var outcome: Swift.Result<Value, any Error>?

    func set(_ outcome: Swift.Result<Value, any Error>) { self.outcome = outcome }

    func get() throws -> Value {
        guard let outcome else { preconditionFailure("BlockingAsync result read before the task finished") }
        return try outcome.get()
    }
}
