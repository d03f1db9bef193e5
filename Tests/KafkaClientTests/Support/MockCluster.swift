import Foundation
import KafkaClient
import Synchronization

/// librdkafka's in-process mock cluster, run as a child process (Tests/MockCluster/mock_cluster.c).
///
/// The helper is compiled once per test run with `cc` into a temporary directory. Each instance
/// is a separate process with its own brokers; `command` drives it (create topics, move leaders,
/// inject errors) and waits for its "ok". Everything waits with a deadline.
final class MockCluster: Sendable {
    let bootstrapServers: String
    private let process: Process
    private let input: FileHandle
    private let lines: LineReader

    enum Failure: Error, CustomStringConvertible {
        case compilerMissing
        case compileFailed(String)
        case noBootstrapLine
        case commandFailed(String, String)

        var description: String {
            switch self {
            case .compilerMissing: return "cc not found on PATH"
            case .compileFailed(let output): return "compiling mock_cluster.c failed: \(output)"
            case .noBootstrapLine: return "the mock cluster printed no bootstrap servers in time"
            case .commandFailed(let command, let answer):
                return "mock cluster command '\(command)' answered '\(answer)'"
            }
        }
    }

    /// Whether the C compiler and librdkafka's headers are present (the integration tests are
    /// skipped otherwise).
    static var isAvailable: Bool {
        Self.findOnPath("cc") != nil && FileManager.default.fileExists(atPath: "/usr/include/librdkafka/rdkafka_mock.h")
    }

    private static func findOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    private static let executable = Task<String, Error> {
        guard let compiler = findOnPath("cc") else { throw Failure.compilerMissing }
        let source = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("MockCluster/mock_cluster.c").path
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kafka-client-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let output = directory.appendingPathComponent("mock_cluster").path
        let cc = Process()
        cc.executableURL = URL(fileURLWithPath: compiler)
        cc.arguments = [source, "-o", output, "-lrdkafka"]
        let errors = Pipe()
        cc.standardError = errors
        try cc.run()
        cc.waitUntilExit()
        guard cc.terminationStatus == 0 else {
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw Failure.compileFailed(text)
        }
        return output
    }

    /// Starts a cluster of `brokers` brokers and waits (up to 20 s) for its bootstrap line.
    static func start(brokers: Int = 3) async throws -> MockCluster {
        let path = try await Self.executable.value
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["\(brokers)"]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        let lines = LineReader(stdout.fileHandleForReading)
        try process.run()
        guard let first = try await lines.next(within: .seconds(20)) else {
            process.terminate()
            throw Failure.noBootstrapLine
        }
        return MockCluster(
            bootstrapServers: first, process: process, input: stdin.fileHandleForWriting, lines: lines)
    }

    private init(bootstrapServers: String, process: Process, input: FileHandle, lines: LineReader) {
        self.bootstrapServers = bootstrapServers
        self.process = process
        self.input = input
        self.lines = lines
    }

    /// Runs one helper command and waits (up to 10 s) for "ok".
    func command(_ line: String) async throws {
        self.input.write(Data((line + "\n").utf8))
        let answer = try await self.lines.next(within: .seconds(10)) ?? "(no answer)"
        guard answer == "ok" else { throw Failure.commandFailed(line, answer) }
    }

    /// Creates a topic directly in the mock (it also auto-creates topics on Metadata requests).
    func createTopic(_ name: String, partitions: Int, replicationFactor: Int = 1) async throws {
        try await self.command("topic \(name) \(partitions) \(replicationFactor)")
    }

    /// Ends the process: closing its stdin makes it destroy the cluster and exit.
    func stop() async {
        try? self.input.close()
        let deadline = ContinuousClock.now + .seconds(5)
        while self.process.isRunning && ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(10)) }
        if self.process.isRunning { self.process.terminate() }
    }

    /// The bootstrap servers as a list of addresses.
    var addresses: [BrokerAddress] {
        self.bootstrapServers.split(separator: ",").compactMap { BrokerAddress(parsing: String($0)) }
    }

    /// Runs `body` with a fresh cluster, stopping it afterwards whatever happens.
    static func with<T>(brokers: Int = 3, _ body: (MockCluster) async throws -> T) async throws -> T {
        let cluster = try await MockCluster.start(brokers: brokers)
        do {
            let result = try await body(cluster)
            await cluster.stop()
            return result
        } catch {
            await cluster.stop()
            throw error
        }
    }
}

/// Lines from a child's stdout as they arrive; `next(within:)` waits with a deadline.
final class LineReader: Sendable {
    private let state = Mutex(State())

    private struct State {
        var buffer = Data()
        var lines: [String] = []
        var waiters: [(id: Int, continuation: CheckedContinuation<String?, Never>)] = []
        var nextWaiterId = 0
        var closed = false
    }

    init(_ handle: FileHandle) {
        handle.readabilityHandler = { [self] handle in
            let data = handle.availableData
            let resumed: [(CheckedContinuation<String?, Never>, String?)] = self.state.withLock { state in
                if data.isEmpty {
                    state.closed = true
                    handle.readabilityHandler = nil
                } else {
                    state.buffer.append(data)
                    while let newline = state.buffer.firstIndex(of: UInt8(ascii: "\n")) {
                        let line = String(decoding: state.buffer[state.buffer.startIndex..<newline], as: UTF8.self)
                        state.buffer.removeSubrange(state.buffer.startIndex...newline)
                        state.lines.append(line)
                    }
                }
                var resumed: [(CheckedContinuation<String?, Never>, String?)] = []
                while !state.waiters.isEmpty && (!state.lines.isEmpty || state.closed) {
                    let waiter = state.waiters.removeFirst()
                    resumed.append((waiter.continuation, state.lines.isEmpty ? nil : state.lines.removeFirst()))
                }
                return resumed
            }
            for (waiter, line) in resumed { waiter.resume(returning: line) }
        }
    }

    /// The next line, nil at end of output or when `timeout` passes first.
    func next(within timeout: Duration) async throws -> String? {
        try await withThrowingTaskGroup(of: String?.self) { group in
            group.addTask { await self.next() }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    private func next() async -> String? {
        let id = self.state.withLock { state in
            state.nextWaiterId += 1
            return state.nextWaiterId
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let immediate: String?? = self.state.withLock { state in
                    if !state.lines.isEmpty { return .some(state.lines.removeFirst()) }
                    if state.closed || Task.isCancelled { return .some(nil) }
                    state.waiters.append((id, continuation))
                    return .none
                }
                if let immediate { continuation.resume(returning: immediate) }
            }
        } onCancel: {
            let waiter = self.state.withLock { state in
                state.waiters.firstIndex { $0.id == id }.map { state.waiters.remove(at: $0).continuation }
            }
            waiter?.resume(returning: nil)
        }
    }
}
