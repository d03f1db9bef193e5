/// The topic configs Kafka's tools know client-side, with the type and validator of each (Kafka
/// LogConfig.java `CONFIG`, 4.0), so `ktopics --create --config` fails before contacting the broker
/// with the same messages as kafka-topics. The broker checks again with its own table
/// (KafkaBroker's TopicConfigDefinitions), which the tools layer must not import.
struct TopicConfigTypes: Sendable {
    enum Kind: String, Sendable {
        case boolean = "BOOLEAN", string = "STRING", int = "INT", long = "LONG", double = "DOUBLE", list = "LIST"
    }

    var name: String
    var kind: Kind
    var atLeast: Double?
    var atMost: Double?
    var allowed: [String]?

    init(_ name: String, _ kind: Kind, atLeast: Double? = nil, atMost: Double? = nil, allowed: [String]? = nil) {
        self.name = name
        self.kind = kind
        self.atLeast = atLeast
        self.atMost = atMost
        self.allowed = allowed
    }

    static let all: [TopicConfigTypes] = [
        .init("cleanup.policy", .list, allowed: ["compact", "delete"]),
        .init("compression.gzip.level", .int, atLeast: -1, atMost: 9),
        .init("compression.lz4.level", .int, atLeast: 1, atMost: 17),
        .init("compression.type", .string, allowed: ["uncompressed", "zstd", "lz4", "snappy", "gzip", "producer"]),
        .init("compression.zstd.level", .int, atLeast: -131072, atMost: 22),
        .init("delete.retention.ms", .long, atLeast: 0),
        .init("file.delete.delay.ms", .long, atLeast: 0),
        .init("flush.messages", .long, atLeast: 1),
        .init("flush.ms", .long, atLeast: 0),
        .init("follower.replication.throttled.replicas", .list),
        .init("index.interval.bytes", .int, atLeast: 0),
        .init("leader.replication.throttled.replicas", .list),
        .init("local.retention.bytes", .long, atLeast: -2),
        .init("local.retention.ms", .long, atLeast: -2),
        .init("max.compaction.lag.ms", .long, atLeast: 1),
        .init("max.message.bytes", .int, atLeast: 0),
        .init("message.downconversion.enable", .boolean),
        .init("message.format.version", .string),
        .init("message.timestamp.after.max.ms", .long, atLeast: 0),
        .init("message.timestamp.before.max.ms", .long, atLeast: 0),
        .init("message.timestamp.type", .string, allowed: ["CreateTime", "LogAppendTime"]),
        .init("min.cleanable.dirty.ratio", .double, atLeast: 0, atMost: 1),
        .init("min.compaction.lag.ms", .long, atLeast: 0),
        .init("min.insync.replicas", .int, atLeast: 1),
        .init("preallocate", .boolean),
        .init("remote.log.copy.disable", .boolean),
        .init("remote.log.delete.on.disable", .boolean),
        .init("remote.storage.enable", .boolean),
        .init("retention.bytes", .long),
        .init("retention.ms", .long, atLeast: -1),
        .init("segment.bytes", .int, atLeast: 1024 * 1024),
        .init("segment.index.bytes", .int, atLeast: 4),
        .init("segment.jitter.ms", .long, atLeast: 0),
        .init("segment.ms", .long, atLeast: 1),
        .init("unclean.leader.election.enable", .boolean),
    ]

    static let byName: [String: TopicConfigTypes] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// Kafka's ConfigException message for `value`, or nil when it is valid (ConfigDef.parseType
    /// and the key's validator; values are trimmed first, as ConfigDef does).
    func problem(with value: String) -> String? {
        let text = value.trimmingJavaSpaces()
        let invalid = { (reason: String) in "Invalid value \(text) for configuration \(self.name): \(reason)" }
        var number: Double?
        switch self.kind {
        case .boolean:
            guard ["true", "false"].contains(text.lowercased()) else {
                return invalid("Expected value to be either true or false")
            }
        case .int:
            guard let parsed = Int32(text) else { return invalid("Not a number of type INT") }
            number = Double(parsed)
        case .long:
            guard let parsed = Int64(text) else { return invalid("Not a number of type LONG") }
            number = Double(parsed)
        case .double:
            guard let parsed = Double(text) else { return invalid("Not a number of type DOUBLE") }
            number = parsed
        case .string:
            if let allowed = self.allowed, !allowed.contains(text) {
                return invalid("String must be one of: \(allowed.joined(separator: ", "))")
            }
        case .list:
            let items = text.isEmpty ? [] : text.split(separator: ",").map { String($0).trimmingJavaSpaces() }
            if let allowed = self.allowed, let bad = items.first(where: { !allowed.contains($0) }) {
                return "Invalid value \(bad) for configuration \(self.name): String must be one of: "
                    + allowed.joined(separator: ", ")
            }
        }
        if let number, let atLeast = self.atLeast, number < atLeast {
            return invalid("Value must be at least \(Self.bound(atLeast))")
        }
        if let number, let atMost = self.atMost, number > atMost {
            return invalid("Value must be no more than \(Self.bound(atMost))")
        }
        return nil
    }

    private static func bound(_ value: Double) -> String {
        value.rounded() == value ? String(Int64(value)) : String(value)
    }
}
