import KafkaProtocol
import Testing

@testable import KafkaClient

@Suite("Configuration from properties")
struct ConfigTests {
    @Test("Producer defaults are Kafka's")
    func producerDefaults() throws {
        let config = try ProducerConfig(properties: ["bootstrap.servers": "a:9092,b:9093"])
        #expect(
            config.cluster.bootstrapServers == [
                BrokerAddress(host: "a", port: 9092), BrokerAddress(host: "b", port: 9093),
            ])
        #expect(config.acks == .all)
        #expect(config.linger == .milliseconds(5))
        #expect(config.batchSize == 16384)
        #expect(config.bufferMemory == 33_554_432)
        #expect(config.maxBlock == .milliseconds(60000))
        #expect(config.compression == CompressionCodec.none)
        #expect(config.retries == Int(Int32.max))
        #expect(config.deliveryTimeout == .milliseconds(120_000))
        #expect(config.maxRequestSize == 1_048_576)
        #expect(config.maxInFlightRequestsPerConnection == 5)
        #expect(config.isIdempotent)
        #expect(config.cluster.requestTimeout == .milliseconds(30000))
        #expect(config.cluster.retryBackoff == .milliseconds(100))
        #expect(config.cluster.metadataMaxAge == .milliseconds(300_000))
    }

    @Test("Producer properties are read with Kafka's names")
    func producerProperties() throws {
        let config = try ProducerConfig(properties: [
            "bootstrap.servers": "localhost:9092", "acks": "1", "linger.ms": "20", "batch.size": "1000",
            "compression.type": "zstd", "compression.zstd.level": "7", "client.id": "me", "retries": "3",
            "enable.idempotence": "false", "buffer.memory": "100000", "max.block.ms": "10",
        ])
        #expect(config.acks == .leader)
        #expect(config.linger == .milliseconds(20))
        #expect(config.batchSize == 1000)
        #expect(config.compression == .zstd)
        #expect(config.compressionLevel == 7)
        #expect(config.cluster.clientId == "me")
        #expect(config.retries == 3)
        #expect(!config.isIdempotent)
        #expect(config.bufferMemory == 100_000)
        #expect(config.maxBlock == .milliseconds(10))
    }

    @Test("Idempotence is off without acks=all unless it was asked for explicitly")
    func idempotenceFollowsAcks() throws {
        #expect(try !ProducerConfig(properties: ["bootstrap.servers": "h:1", "acks": "0"]).isIdempotent)
        let error = #expect(throws: KafkaConfigError.self) {
            try ProducerConfig(properties: ["bootstrap.servers": "h:1", "acks": "1", "enable.idempotence": "true"])
        }
        #expect(error?.key == "acks")
    }

    @Test(
        "Invalid values are errors naming the key",
        arguments: [
            ("linger.ms", "soon"), ("batch.size", "-1"), ("acks", "2"), ("compression.type", "brotli"),
            ("enable.idempotence", "yes"), ("delivery.timeout.ms", "100"), ("transactional.id", "tx"),
            ("compression.gzip.level", "12"),
        ])
    func invalidProducerValues(key: String, value: String) {
        let error = #expect(throws: KafkaConfigError.self) {
            try ProducerConfig(properties: ["bootstrap.servers": "h:1", key: value])
        }
        #expect(error?.key == key)
        #expect(error?.description.contains(key) == true)
    }

    @Test("A missing or malformed bootstrap.servers is an error")
    func bootstrapServersRequired() {
        let missing = #expect(throws: KafkaConfigError.self) { try ProducerConfig(properties: [:]) }
        #expect(
            missing?.description == "Missing required configuration \"bootstrap.servers\" which has no default value.")
        let malformed = #expect(throws: KafkaConfigError.self) {
            try ConsumerConfig(properties: ["bootstrap.servers": "localhost"])
        }
        #expect(malformed?.key == "bootstrap.servers")
    }

    @Test("Unknown keys are warned about with Kafka's message, known ones are not")
    func unknownKeysWarned() throws {
        var warnings: [String] = []
        _ = try ProducerConfig(
            properties: ["bootstrap.servers": "h:1", "lingr.ms": "5", "key.serializer": "x"],
            warn: { warnings.append($0) })
        #expect(warnings == ["The configuration 'lingr.ms' was supplied but isn't a known config."])
    }

    @Test("Consumer properties are read with Kafka's names and defaults")
    func consumerProperties() throws {
        let defaults = try ConsumerConfig(properties: ["bootstrap.servers": "h:1"])
        #expect(defaults.autoOffsetReset == .latest)
        #expect(defaults.isolationLevel == .readUncommitted)
        #expect(defaults.fetchMaxWait == .milliseconds(500))
        #expect(defaults.maxPartitionFetchBytes == 1_048_576)
        #expect(defaults.fetchMaxBytes == 52_428_800)
        #expect(defaults.maxPollRecords == 500)
        let config = try ConsumerConfig(properties: [
            "bootstrap.servers": "h:1", "auto.offset.reset": "earliest", "isolation.level": "read_committed",
            "fetch.min.bytes": "10", "max.poll.records": "7", "allow.auto.create.topics": "false",
        ])
        #expect(config.autoOffsetReset == .earliest)
        #expect(config.isolationLevel == .readCommitted)
        #expect(config.fetchMinBytes == 10)
        #expect(config.maxPollRecords == 7)
        #expect(!config.cluster.allowAutoTopicCreation)
        #expect(config.group == nil)
        let grouped = try ConsumerConfig(properties: [
            "bootstrap.servers": "h:1", "group.id": "g", "group.instance.id": "i-1",
            "partition.assignment.strategy": "roundrobin, org.apache.kafka.clients.consumer.RangeAssignor",
            "enable.auto.commit": "false",
        ])
        #expect(grouped.group?.groupId == "g")
        #expect(grouped.group?.groupInstanceId == "i-1")
        #expect(grouped.group?.assignors.map(\.name) == ["roundrobin", "range"])
        #expect(grouped.group?.enableAutoCommit == false)
        #expect(grouped.group?.sessionTimeout == .milliseconds(45000))
        #expect(throws: KafkaConfigError.self) {
            try ConsumerConfig(properties: [
                "bootstrap.servers": "h:1", "group.id": "g", "partition.assignment.strategy": "sticky-ish",
            ])
        }
    }

    @Test("The admin client never auto-creates topics")
    func adminConfig() throws {
        let config = try AdminClientConfig(properties: ["bootstrap.servers": "h:1", "default.api.timeout.ms": "5000"])
        #expect(!config.cluster.allowAutoTopicCreation)
        #expect(config.defaultApiTimeout == .milliseconds(5000))
    }

    @Test("Retry backoff grows exponentially up to retry.backoff.max.ms with jitter")
    func exponentialBackoff() {
        let config = ClusterConfig(
            bootstrapServers: [], retryBackoff: .milliseconds(100), retryBackoffMax: .milliseconds(1000))
        for _ in 0..<20 {
            #expect((80...120).contains(config.backoff(attempt: 1).milliseconds))
            #expect((320...480).contains(config.backoff(attempt: 3).milliseconds))
            #expect((800...1000).contains(config.backoff(attempt: 10).milliseconds))
        }
    }
}
