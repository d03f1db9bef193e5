import Foundation
import KafkaClient

/// A test helper for the integration tests: one `KafkaConsumer` in a group, driven from a script.
///
/// Usage: `kgroup-consumer-probe BOOTSTRAP GROUP TOPICS [key=value ...]`, where TOPICS is a comma
/// list or `regex:PATTERN` and the pairs are consumer properties (plus `probe.commit=sync` to
/// commitSync after every non-empty poll). It prints one line per event, flushed at once:
/// `assigned t-0,t-1` whenever the assignment changes, `record TOPIC PARTITION OFFSET VALUE` per
/// record, `error TEXT` for a poll failure, and `closed` after leaving the group, which it does
/// when stdin reaches end of file.
enum GroupConsumerProbe {
    static func run(arguments: [String]) -> Int32 {
        guard arguments.count >= 3 else {
            FileHandle.standardError.write(Data("usage: kgroup-consumer-probe BOOTSTRAP GROUP TOPICS [key=value ...]\n".utf8))
            return 2
        }
        var properties = ["bootstrap.servers": arguments[0], "group.id": arguments[1]]
        var commitEachPoll = false
        for pair in arguments.dropFirst(3) {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.first == "probe.commit" {
                commitEachPoll = parts.count > 1 && parts[1] == "sync"
            } else {
                properties[parts[0]] = parts.count > 1 ? parts[1] : ""
            }
        }
        let stop = StopFlag()
        // End of stdin is the signal to leave the group and exit.
        Thread.detachNewThread {
            _ = FileHandle.standardInput.readDataToEndOfFile()
            stop.set()
        }
        let done = DispatchSemaphore(value: 0)
        let code = CodeBox()
        let topics = arguments[2]
        Task.detached {
            code.value = await Self.consume(
                properties: properties, topics: topics, commitEachPoll: commitEachPoll, stop: stop)
            done.signal()
        }
        done.wait()
        return code.value
    }

    static func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func consume(properties: [String: String], topics: String, commitEachPoll: Bool, stop: StopFlag) async
        -> Int32
    {
        let consumer: KafkaConsumer
        do {
            consumer = try KafkaConsumer(properties: properties)
            if topics.hasPrefix("regex:") {
                try await consumer.subscribe(pattern: String(topics.dropFirst("regex:".count)))
            } else {
                try await consumer.subscribe(topics: topics.split(separator: ",").map(String.init))
            }
        } catch {
            Self.emit("error \(error)")
            return 1
        }
        var lastAssignment: [TopicPartition]? = nil
        while !stop.isSet {
            do {
                let records = try await consumer.poll(timeout: .milliseconds(200))
                let assignment = await consumer.assignment
                if assignment != lastAssignment {
                    lastAssignment = assignment
                    Self.emit("assigned " + assignment.map(\.description).joined(separator: ","))
                }
                for record in records {
                    let value = record.valueString ?? ""
                    Self.emit("record \(record.topic) \(record.partition) \(record.offset) \(value)")
                }
                if commitEachPoll && !records.isEmpty { try await consumer.commitSync() }
            } catch {
                Self.emit("error \(error)")
            }
        }
        await consumer.close()
        Self.emit("closed")
        return 0
    }
}

/// Set once from the stdin thread, read by the consuming task.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { self.lock.withLock { self.value } }

    func set() { self.lock.withLock { self.value = true } }
}

/// The exit code, written by the task before the semaphore is signalled.
final class CodeBox: @unchecked Sendable {
    var value: Int32 = 0
}
