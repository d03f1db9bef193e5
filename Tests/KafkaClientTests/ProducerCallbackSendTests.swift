import KafkaProtocol
import NIOCore
import Synchronization
import Testing

@testable import KafkaClient

/// The callback form of `send` (Kafka `send(record, callback)`): it returns once the record is
/// buffered, waits for room when `buffer.memory` is used up, and reports each outcome exactly once.
@Suite("Producer callback send (mock cluster)", .enabled(if: MockCluster.isAvailable), .timeLimit(.minutes(1)))
struct ProducerCallbackSendTests {
    /// Outcomes collected from the callbacks, in the order they were called.
    final class Outcomes: Sendable {
        let results = Mutex<[Result<RecordMetadata, Error>]>([])
        func add(_ result: Result<RecordMetadata, Error>) { self.results.withLock { $0.append(result) } }
        var count: Int { self.results.withLock { $0.count } }
        var all: [Result<RecordMetadata, Error>] { self.results.withLock { $0 } }
    }

    @Test("(mock cluster) records sent with callbacks stay within buffer.memory and all complete in order")
    func callbacksRespectBufferMemory() async throws {
        try await MockCluster.with(brokers: 1) { mock in
            try await mock.createTopic("callbacks", partitions: 1)
            let bufferMemory = 8192
            let producer = KafkaProducer(
                config: try ProducerConfig(properties: [
                    "bootstrap.servers": mock.bootstrapServers, "buffer.memory": "\(bufferMemory)",
                    "batch.size": "2048", "linger.ms": "5",
                ]))
            let outcomes = Outcomes()
            let value = ByteBuffer(string: String(repeating: "x", count: 200))
            var highest = 0
            for _ in 0..<500 {
                try await producer.send(topic: "callbacks", value: value) { outcomes.add($0) }
                highest = max(highest, await producer.bufferedBytes)
            }
            // 500 records of about 230 bytes are 14 times the buffer: sends must have waited.
            #expect(highest <= bufferMemory)
            await producer.flush()
            #expect(outcomes.count == 500)
            let offsets = outcomes.all.compactMap { try? $0.get().offset }
            #expect(offsets == (0..<500).map(Int64.init))
            #expect(await producer.bufferedBytes == 0)
            await producer.close()
        }
    }

    @Test("(mock cluster) a failed delivery reaches the callback instead of being dropped")
    func failureReachesCallback() async throws {
        try await MockCluster.with(brokers: 1) { mock in
            try await mock.createTopic("failing", partitions: 1)
            let producer = KafkaProducer(
                config: try ProducerConfig(properties: [
                    "bootstrap.servers": mock.bootstrapServers, "retries": "0", "linger.ms": "0",
                ]))
            // INVALID_RECORD (87) cannot be retried.
            try await mock.command("errors 0 87")
            let outcomes = Outcomes()
            try await producer.send(topic: "failing", value: ByteBuffer(string: "doomed")) { outcomes.add($0) }
            await producer.flush()
            let outcome = try #require(outcomes.all.first)
            #expect(outcomes.count == 1)
            switch outcome {
            case .success: Issue.record("the send should have failed")
            case .failure(let error): #expect((error as? KafkaApiError)?.code == .invalidRecord)
            }
            await producer.close()
        }
    }

    @Test("(mock cluster) a send after close throws at once and never calls the callback")
    func sendAfterCloseThrows() async throws {
        try await MockCluster.with(brokers: 1) { mock in
            let producer = KafkaProducer(
                config: try ProducerConfig(properties: ["bootstrap.servers": mock.bootstrapServers]))
            await producer.close()
            let outcomes = Outcomes()
            await #expect(throws: ProducerError.closed) {
                try await producer.send(topic: "any", value: ByteBuffer(string: "late")) { outcomes.add($0) }
            }
            #expect(outcomes.count == 0)
        }
    }
}
