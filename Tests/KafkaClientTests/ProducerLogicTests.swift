import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaClient

/// A deterministic generator for partitioner tests (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Partitioning and batching")
struct ProducerLogicTests {
    let partition = TopicPartition(topic: "t", partition: 0)
    let start = ContinuousClock.now

    func accumulator(batchSize: Int = 200, linger: Duration = .milliseconds(10)) -> RecordAccumulator<Int> {
        RecordAccumulator<Int>(batchSize: batchSize, linger: linger) { RecordBatchBuilder() }
    }

    @Test("Keyed records use Kafka's murmur2 partition")
    func murmur2Partitions() {
        // Values from Kafka's UtilsTest.testMurmur2 and the Java client's partitioner.
        #expect(Murmur2.hash(Array("21".utf8)) == -973_932_308)
        #expect(Murmur2.hash(Array("foobar".utf8)) == -790_332_482)
        #expect(
            Murmur2.partition(forKey: Array("foobar".utf8), partitionCount: 10) == Murmur2.toPositive(-790_332_482) % 10
        )
    }

    @Test("Unkeyed records stick to one partition until a new batch starts, then move to another (KIP-480)")
    func stickyPartitioning() {
        var partitioner = StickyPartitioner()
        var random = SeededGenerator(state: 1)
        let first = partitioner.partition(for: "t", available: [0, 1, 2, 3], partitionCount: 4, using: &random)
        for _ in 0..<10 {
            #expect(
                partitioner.partition(for: "t", available: [0, 1, 2, 3], partitionCount: 4, using: &random) == first)
        }
        for _ in 0..<20 {
            let previous = partitioner.partition(for: "t", available: [0, 1, 2, 3], partitionCount: 4, using: &random)
            let next = partitioner.onNewBatch(
                topic: "t", previous: previous, available: [0, 1, 2, 3], partitionCount: 4, using: &random)
            #expect(next != previous)
            #expect(
                partitioner.partition(for: "t", available: [0, 1, 2, 3], partitionCount: 4, using: &random) == next)
        }
    }

    @Test("The sticky partition only moves for the batch of the current partition, and only among available ones")
    func stickyAvailability() {
        var partitioner = StickyPartitioner()
        var random = SeededGenerator(state: 7)
        let current = partitioner.partition(for: "t", available: [2], partitionCount: 4, using: &random)
        #expect(current == 2)
        #expect(partitioner.onNewBatch(topic: "t", previous: 2, available: [2], partitionCount: 4, using: &random) == 2)
        // A stale notification about another partition changes nothing.
        #expect(
            partitioner.onNewBatch(topic: "t", previous: 0, available: [0, 1, 2], partitionCount: 4, using: &random)
                == 2)
        var seen = Set<Int32>()
        for _ in 0..<50 {
            let previous = partitioner.partition(for: "t", available: [], partitionCount: 3, using: &random)
            seen.insert(
                partitioner.onNewBatch(topic: "t", previous: previous, available: [], partitionCount: 3, using: &random)
            )
        }
        #expect(seen.isSubset(of: [0, 1, 2]))
    }

    @Test("Records share a batch until batch.size, then a new batch starts and the full one is ready")
    func batchesFillAndClose() throws {
        var accumulator = self.accumulator(batchSize: 200)
        let value = ByteBuffer(repeating: 1, count: 40)
        let size = RecordAccumulator<Int>.estimatedSize(key: nil, value: value, headers: [])
        var results: [RecordAccumulator<Int>.AppendResult] = []
        for index in 0..<4 {
            results.append(
                try accumulator.append(
                    to: self.partition, timestamp: 1, key: nil, value: value, headers: [], completion: index,
                    reservedBytes: size, now: self.start))
        }
        #expect(results[0].createdBatch)
        #expect(results.map(\.batchId) == [0, 0, 1, 1])
        #expect(results[2].createdBatch)
        #expect(accumulator.batchCount == 2)
        let (ready, _) = accumulator.ready(now: self.start, muted: [], flushing: false)
        #expect(ready == [self.partition])
        let taken = accumulator.takeFirst(of: self.partition)
        let first = try #require(taken)
        #expect(first.completions == [0, 1])
        #expect(first.reservedBytes == 2 * size)
    }

    @Test("A partial batch is ready after linger.ms, or at once when flushing, and never while muted")
    func lingerAndFlush() throws {
        var accumulator = self.accumulator(linger: .milliseconds(10))
        _ = try accumulator.append(
            to: self.partition, timestamp: 1, key: nil, value: ByteBuffer(string: "x"), headers: [], completion: 0,
            reservedBytes: 30, now: self.start)
        let early = accumulator.ready(now: self.start + .milliseconds(5), muted: [], flushing: false)
        #expect(early.partitions.isEmpty)
        #expect(early.nextCheck == self.start + .milliseconds(10))
        #expect(
            accumulator.ready(now: self.start + .milliseconds(5), muted: [], flushing: true).partitions == [
                self.partition
            ])
        #expect(
            accumulator.ready(now: self.start + .milliseconds(10), muted: [], flushing: false).partitions == [
                self.partition
            ])
        #expect(
            accumulator.ready(now: self.start + .milliseconds(10), muted: [self.partition], flushing: true).partitions
                .isEmpty)
    }

    @Test("A requeued batch goes first and waits for its backoff")
    func retriesWaitForBackoff() throws {
        var accumulator = self.accumulator()
        for index in 0..<2 {
            _ = try accumulator.append(
                to: self.partition, timestamp: 1, key: nil, value: ByteBuffer(string: "\(index)"), headers: [],
                completion: index, reservedBytes: 150, now: self.start)
        }
        let taken = accumulator.takeFirst(of: self.partition)
        let batch = try #require(taken)
        accumulator.requeue(batch, retryAt: self.start + .milliseconds(100))
        let waiting = accumulator.ready(now: self.start + .milliseconds(50), muted: [], flushing: true)
        #expect(waiting.partitions.isEmpty)
        #expect(waiting.nextCheck == self.start + .milliseconds(100))
        #expect(
            accumulator.ready(now: self.start + .milliseconds(100), muted: [], flushing: false).partitions == [
                self.partition
            ])
        #expect(accumulator.takeFirst(of: self.partition)?.completions == [0])
    }

    @Test("Batches older than delivery.timeout.ms expire unless their partition is in flight")
    func deliveryTimeout() throws {
        var accumulator = self.accumulator()
        let other = TopicPartition(topic: "t", partition: 1)
        for topicPartition in [self.partition, other] {
            _ = try accumulator.append(
                to: topicPartition, timestamp: 1, key: nil, value: nil, headers: [], completion: 0, reservedBytes: 30,
                now: self.start)
        }
        #expect(accumulator.nextExpiry(deliveryTimeout: .seconds(1)) == self.start + .seconds(1))
        #expect(
            accumulator.expire(now: self.start + .milliseconds(999), deliveryTimeout: .seconds(1), muted: []).isEmpty)
        let expired = accumulator.expire(now: self.start + .seconds(1), deliveryTimeout: .seconds(1), muted: [other])
        #expect(expired.map(\.topicPartition) == [self.partition])
        #expect(accumulator.batchCount == 1)
    }

    @Test("A built batch carries its records, compression and producer fields")
    func builtBatch() throws {
        var accumulator = RecordAccumulator<Int>(batchSize: 16384, linger: .zero) {
            RecordBatchBuilder(compression: .lz4)
        }
        for index in 0..<3 {
            _ = try accumulator.append(
                to: self.partition, timestamp: 1000 + Int64(index), key: ByteBuffer(string: "k\(index)"),
                value: ByteBuffer(string: "v\(index)"), headers: [RecordHeader(key: "h", value: nil)],
                completion: index,
                reservedBytes: 40, now: self.start)
        }
        let taken = accumulator.takeFirst(of: self.partition)
        var batch = try #require(taken)
        batch.builder.producerId = 42
        batch.builder.producerEpoch = 3
        batch.builder.baseSequence = 10
        let decoded = try RecordBatch(try batch.builder.build())
        #expect(decoded.compression == .lz4)
        #expect(decoded.producerId == 42 && decoded.producerEpoch == 3 && decoded.baseSequence == 10)
        #expect(decoded.recordCount == 3)
        var records = try decoded.records()
        var keys: [String] = []
        while let record = try records.next() { keys.append(String(buffer: record.key!)) }
        #expect(keys == ["k0", "k1", "k2"])
    }
}
