import KafkaProtocol

/// The producer's settings, with Kafka's property names and defaults (Kafka ProducerConfig).
///
/// Build it directly, or from a properties map with `init(properties:warn:)`, which reads the
/// same keys the Java client does, warns about keys it does not know, and refuses invalid values
/// with a `KafkaConfigError` naming the key.
public struct ProducerConfig: Sendable {
    /// `acks`: how many replicas must have the record before the broker answers.
    public enum Acks: Int16, Sendable {
        /// `acks=0`: no response at all; offsets are unknown (-1).
        case none = 0
        /// `acks=1`: the leader has written it.
        case leader = 1
        /// `acks=all` (or -1): every in-sync replica has it.
        case all = -1
    }

    /// Connection and metadata settings shared with the other clients.
    public var cluster: ClusterConfig
    /// `acks` (default all).
    public var acks: Acks
    /// `linger.ms` (default 5, Kafka 4.0's default per KIP-1030): how long a batch waits for more
    /// records before it is sent.
    public var linger: Duration
    /// `batch.size` (default 16384): the size in bytes at which a partition's batch is sent.
    public var batchSize: Int
    /// `buffer.memory` (default 33554432): bytes of records held before `send` waits for room.
    public var bufferMemory: Int
    /// `max.block.ms` (default 60000): how long `send` waits for metadata or buffer room.
    public var maxBlock: Duration
    /// `compression.type` (default none).
    public var compression: CompressionCodec
    /// `compression.gzip.level` / `compression.lz4.level` / `compression.zstd.level` (KIP-390);
    /// nil for the codec's default.
    public var compressionLevel: Int?
    /// `retries` (default 2147483647): resends of a failed batch, bounded by `deliveryTimeout`.
    public var retries: Int
    /// `delivery.timeout.ms` (default 120000): the time from `send` to success or failure.
    public var deliveryTimeout: Duration
    /// `max.request.size` (default 1048576): the largest record and Produce request.
    public var maxRequestSize: Int
    /// `max.in.flight.requests.per.connection` (default 5).
    public var maxInFlightRequestsPerConnection: Int
    /// `enable.idempotence` (default true): producer id and sequence numbers so retries never
    /// duplicate or reorder records. Only in effect with `acks=all`, as in the Java client.
    public var enableIdempotence: Bool
    /// `partitioner.ignore.keys` (default false): spread keyed records like unkeyed ones.
    public var partitionerIgnoreKeys: Bool

    public init(
        cluster: ClusterConfig,
        acks: Acks = .all,
        linger: Duration = .milliseconds(5),
        batchSize: Int = 16384,
        bufferMemory: Int = 33_554_432,
        maxBlock: Duration = .milliseconds(60000),
        compression: CompressionCodec = .none,
        compressionLevel: Int? = nil,
        retries: Int = Int(Int32.max),
        deliveryTimeout: Duration = .milliseconds(120_000),
        maxRequestSize: Int = 1_048_576,
        maxInFlightRequestsPerConnection: Int = 5,
        enableIdempotence: Bool = true,
        partitionerIgnoreKeys: Bool = false
    ) {
        self.cluster = cluster
        self.acks = acks
        self.linger = linger
        self.batchSize = batchSize
        self.bufferMemory = bufferMemory
        self.maxBlock = maxBlock
        self.compression = compression
        self.compressionLevel = compressionLevel
        self.retries = retries
        self.deliveryTimeout = deliveryTimeout
        self.maxRequestSize = maxRequestSize
        self.maxInFlightRequestsPerConnection = maxInFlightRequestsPerConnection
        self.enableIdempotence = enableIdempotence
        self.partitionerIgnoreKeys = partitionerIgnoreKeys
    }

    /// Whether the producer runs idempotently: `enable.idempotence` and `acks=all`.
    public var isIdempotent: Bool { self.enableIdempotence && self.acks == .all }

    /// Reads a Java-style properties map.
    /// - Parameter warn: called with Kafka's warning for each key this client does not know;
    ///   by default the warnings are dropped.
    /// - Throws: `KafkaConfigError` naming the first invalid key, including Kafka's cross-checks:
    ///   `enable.idempotence=true` needs `acks=all` and at most 5 requests in flight, and
    ///   `delivery.timeout.ms` must be at least `linger.ms + request.timeout.ms`.
    public init(properties: [String: String], warn: (String) -> Void = { _ in }) throws {
        var reader = ConfigReader(properties)
        self.init(cluster: try ClusterConfig.read(from: &reader))
        let acks = try reader.choice("acks", default: "all", allowed: ["all", "-1", "0", "1"])
        self.acks = acks == "0" ? .none : acks == "1" ? .leader : .all
        self.linger = try reader.milliseconds("linger.ms", default: 5)
        self.batchSize = try reader.integer("batch.size", default: 16384, in: 0...Int(Int32.max))
        self.bufferMemory = try reader.integer("buffer.memory", default: 33_554_432, in: 0...Int.max)
        self.maxBlock = try reader.milliseconds("max.block.ms", default: 60000)
        let codecName = try reader.choice(
            "compression.type", default: "none", allowed: CompressionCodec.allCases.map(\.name))
        self.compression = CompressionCodec(name: codecName) ?? .none
        let gzipLevel = try reader.integer("compression.gzip.level", default: -1, in: -1...9)
        let lz4Level = try reader.integer("compression.lz4.level", default: 9, in: 1...17)
        let zstdLevel = try reader.integer("compression.zstd.level", default: 3, in: -131072...22)
        switch self.compression {
        case .gzip where properties["compression.gzip.level"] != nil: self.compressionLevel = gzipLevel
        case .lz4 where properties["compression.lz4.level"] != nil: self.compressionLevel = lz4Level
        case .zstd where properties["compression.zstd.level"] != nil: self.compressionLevel = zstdLevel
        default: self.compressionLevel = nil
        }
        self.retries = try reader.integer("retries", default: Int(Int32.max), in: 0...Int(Int32.max))
        self.deliveryTimeout = try reader.milliseconds("delivery.timeout.ms", default: 120_000)
        self.maxRequestSize = try reader.integer("max.request.size", default: 1_048_576, in: 0...Int(Int32.max))
        self.maxInFlightRequestsPerConnection = try reader.integer(
            "max.in.flight.requests.per.connection", default: 5, in: 1...Int(Int32.max))
        let idempotenceGiven = properties["enable.idempotence"] != nil
        self.enableIdempotence = try reader.boolean("enable.idempotence", default: true)
        self.partitionerIgnoreKeys = try reader.boolean("partitioner.ignore.keys", default: false)
        // Serializers are the caller's business here (records are bytes); accept the keys quietly.
        reader.accept(["key.serializer", "value.serializer"])
        if let transactionalId = reader.optionalString("transactional.id") {
            throw KafkaConfigError(
                key: "transactional.id", value: transactionalId, reason: "transactions are not supported yet")
        }
        if idempotenceGiven && self.enableIdempotence {
            // Kafka ProducerConfig.postProcessAndValidateIdempotenceConfigs.
            if self.acks != .all {
                throw KafkaConfigError(
                    key: "acks", value: acks,
                    reason: "Must set acks to all in order to use the idempotent producer. "
                        + "Otherwise we cannot guarantee idempotence.")
            }
            if self.maxInFlightRequestsPerConnection > 5 {
                throw KafkaConfigError(
                    key: "max.in.flight.requests.per.connection", value: "\(self.maxInFlightRequestsPerConnection)",
                    reason: "Must set max.in.flight.requests.per.connection to at most 5 when using the "
                        + "idempotent producer.")
            }
        }
        if self.deliveryTimeout < self.linger + self.cluster.requestTimeout {
            throw KafkaConfigError(
                key: "delivery.timeout.ms", value: "\(self.deliveryTimeout.milliseconds)",
                reason: "delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms")
        }
        reader.unknownKeyWarnings.forEach(warn)
    }
}
