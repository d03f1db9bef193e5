import Foundation
import KafkaProtocol

/// The topic configuration a partition log obeys, with Kafka 4.0's names and defaults (Kafka
/// TopicConfig.java, LogConfig.java, ServerLogConfigs.java). Durations are milliseconds, as the
/// configuration names say; `Int64.max` means "never", as Kafka's `Long.MAX_VALUE` does.
public struct LogConfig: Hashable, Sendable {
    /// `segment.bytes`: roll when the active segment would grow past this (1 GiB).
    public var segmentBytes: Int = 1_073_741_824
    /// `segment.ms`: roll a non-empty segment this long after its first batch (7 days).
    public var segmentMs: Int64 = 604_800_000
    /// `segment.jitter.ms`: the most a segment's roll time is moved earlier, at random (0).
    public var segmentJitterMs: Int64 = 0
    /// `segment.index.bytes`: size the offset and time indexes are preallocated to (10 MiB).
    public var segmentIndexBytes: Int = 10_485_760
    /// `index.interval.bytes`: bytes of log between two offset index entries (4096).
    public var indexIntervalBytes: Int = 4096
    /// `flush.messages`: fsync once this many messages are unflushed (never).
    public var flushMessages: Int64 = .max
    /// `flush.ms`: fsync once the last flush is this old (never).
    public var flushMs: Int64 = .max
    /// `max.message.bytes`: largest batch accepted, log overhead included (1 MiB + 12).
    public var maxMessageBytes: Int = 1_048_588
    /// `message.timestamp.type`: `CreateTime` or `LogAppendTime`.
    public var messageTimestampType: TimestampType = .createTime
    /// `message.timestamp.before.max.ms`: how far in the past a create time may be (unbounded).
    public var messageTimestampBeforeMaxMs: Int64 = .max
    /// `message.timestamp.after.max.ms`: how far in the future a create time may be (1 hour since
    /// Kafka 4.0, KIP-1030).
    public var messageTimestampAfterMaxMs: Int64 = 3_600_000
    /// `retention.ms`: delete segments whose newest record is older (7 days); -1 keeps forever.
    public var retentionMs: Int64 = 604_800_000
    /// `retention.bytes`: delete the oldest segments while the log is larger; -1 is no limit.
    public var retentionBytes: Int64 = -1
    /// `cleanup.policy`.
    public var cleanupPolicy: CleanupPolicy = .delete
    /// `compression.type`.
    public var compression: TopicCompression = .producer
    /// `compression.gzip.level`, `compression.lz4.level`, `compression.zstd.level` (KIP-390); nil
    /// is the codec's default.
    public var compressionGzipLevel: Int? = nil
    public var compressionLz4Level: Int? = nil
    public var compressionZstdLevel: Int? = nil
    /// `file.delete.delay.ms`: Kafka waits this long before removing a `.deleted` file (60 s).
    /// Here files are removed at once: open readers keep their file descriptors.
    public var fileDeleteDelayMs: Int64 = 60_000
    /// `delete.retention.ms`: how long compaction keeps tombstones (1 day).
    public var deleteRetentionMs: Int64 = 86_400_000
    /// `min.cleanable.dirty.ratio` (0.5).
    public var minCleanableDirtyRatio: Double = 0.5
    /// `min.compaction.lag.ms` (0).
    public var minCompactionLagMs: Int64 = 0
    /// `max.compaction.lag.ms` (never).
    public var maxCompactionLagMs: Int64 = .max
    /// `preallocate`: Kafka preallocates segment files on Windows-like file systems; ignored here.
    public var preallocate: Bool = false

    public init() {}

    /// The configuration with `properties` applied over the defaults, e.g. a topic's overrides.
    /// Unknown names are ignored, as Kafka ignores configurations it does not define for logs.
    /// - Throws: `InvalidConfigurationError` when a value does not parse or is out of range.
    public init(properties: [String: String]) throws {
        self.init()
        try self.apply(properties)
    }

    /// Applies `properties` over this configuration.
    /// - Throws: `InvalidConfigurationError` when a value does not parse or is out of range.
    public mutating func apply(_ properties: [String: String]) throws {
        for (name, value) in properties.sorted(by: { $0.key < $1.key }) {
            switch name {
            case "segment.bytes": self.segmentBytes = try Self.int(name, value, minimum: 14)
            case "segment.ms": self.segmentMs = try Self.long(name, value, minimum: 1)
            case "segment.jitter.ms": self.segmentJitterMs = try Self.long(name, value, minimum: 0)
            case "segment.index.bytes": self.segmentIndexBytes = try Self.int(name, value, minimum: 4)
            case "index.interval.bytes": self.indexIntervalBytes = try Self.int(name, value, minimum: 0)
            case "flush.messages": self.flushMessages = try Self.long(name, value, minimum: 1)
            case "flush.ms": self.flushMs = try Self.long(name, value, minimum: 0)
            case "max.message.bytes": self.maxMessageBytes = try Self.int(name, value, minimum: 0)
            case "message.timestamp.type":
                switch value {
                case "CreateTime": self.messageTimestampType = .createTime
                case "LogAppendTime": self.messageTimestampType = .logAppendTime
                default:
                    throw InvalidConfigurationError(
                        name: name, value: value, reason: "expected CreateTime or LogAppendTime")
                }
            case "message.timestamp.before.max.ms":
                self.messageTimestampBeforeMaxMs = try Self.long(name, value, minimum: 0)
            case "message.timestamp.after.max.ms":
                self.messageTimestampAfterMaxMs = try Self.long(name, value, minimum: 0)
            case "retention.ms": self.retentionMs = try Self.long(name, value, minimum: -1)
            case "retention.bytes": self.retentionBytes = try Self.long(name, value, minimum: -1)
            case "cleanup.policy":
                guard let policy = CleanupPolicy(list: value) else {
                    throw InvalidConfigurationError(name: name, value: value, reason: "expected delete and/or compact")
                }
                self.cleanupPolicy = policy
            case "compression.type":
                guard let compression = TopicCompression(name: value) else {
                    throw InvalidConfigurationError(
                        name: name, value: value, reason: "expected uncompressed, zstd, lz4, snappy, gzip or producer")
                }
                self.compression = compression
            case "compression.gzip.level": self.compressionGzipLevel = try Self.int(name, value, minimum: -1)
            case "compression.lz4.level": self.compressionLz4Level = try Self.int(name, value, minimum: 1)
            case "compression.zstd.level": self.compressionZstdLevel = try Self.int(name, value, minimum: -131072)
            case "file.delete.delay.ms": self.fileDeleteDelayMs = try Self.long(name, value, minimum: 0)
            case "delete.retention.ms": self.deleteRetentionMs = try Self.long(name, value, minimum: 0)
            case "min.cleanable.dirty.ratio":
                guard let ratio = Double(value), ratio >= 0, ratio <= 1 else {
                    throw InvalidConfigurationError(name: name, value: value, reason: "expected a number in [0, 1]")
                }
                self.minCleanableDirtyRatio = ratio
            case "min.compaction.lag.ms": self.minCompactionLagMs = try Self.long(name, value, minimum: 0)
            case "max.compaction.lag.ms": self.maxCompactionLagMs = try Self.long(name, value, minimum: 1)
            case "preallocate":
                guard value == "true" || value == "false" else {
                    throw InvalidConfigurationError(name: name, value: value, reason: "expected true or false")
                }
                self.preallocate = value == "true"
            default:
                continue
            }
        }
    }

    /// The compression level configured for `codec`, nil for its default.
    public func compressionLevel(for codec: CompressionCodec) -> Int? {
        switch codec {
        case .gzip: return self.compressionGzipLevel
        case .lz4: return self.compressionLz4Level
        case .zstd: return self.compressionZstdLevel
        case .none, .snappy: return nil
        }
    }

    /// A roll jitter for a new segment, in `[0, min(segment.jitter.ms, segment.ms))` (Kafka
    /// LogConfig.java `randomSegmentJitter`).
    func randomSegmentJitter() -> Int64 {
        guard self.segmentJitterMs > 0 else { return 0 }
        return Int64.random(in: 0..<min(self.segmentJitterMs, self.segmentMs))
    }

    private static func long(_ name: String, _ value: String, minimum: Int64) throws -> Int64 {
        guard let number = Int64(value.trimmingCharacters(in: .whitespaces)), number >= minimum else {
            throw InvalidConfigurationError(name: name, value: value, reason: "expected a long of at least \(minimum)")
        }
        return number
    }

    private static func int(_ name: String, _ value: String, minimum: Int) throws -> Int {
        guard let number = Int32(value.trimmingCharacters(in: .whitespaces)), Int(number) >= minimum else {
            throw InvalidConfigurationError(name: name, value: value, reason: "expected an int of at least \(minimum)")
        }
        return Int(number)
    }
}
