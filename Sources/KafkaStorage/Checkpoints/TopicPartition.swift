/// A topic name and partition number, and the `<topic>-<partition>` directory name a partition's
/// log lives in (Kafka TopicPartition.java, UnifiedLog.java `logDirName`).
public struct TopicPartition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var topic: String
    public var partition: Int32

    public init(topic: String, partition: Int32) {
        self.topic = topic
        self.partition = partition
    }

    /// `<topic>-<partition>`.
    public var description: String { "\(self.topic)-\(self.partition)" }

    /// The log directory name.
    public var directoryName: String { self.description }

    /// Parses a log directory name: the partition is after the last `-` (topics may contain `-`)
    /// (Kafka UnifiedLog.java `parseTopicPartitionName`). Nil for anything else.
    public init?(directoryName: String) {
        guard let dash = directoryName.lastIndex(of: "-"), dash != directoryName.startIndex else { return nil }
        let topic = String(directoryName[directoryName.startIndex..<dash])
        let number = directoryName[directoryName.index(after: dash)...]
        guard !number.isEmpty, number.allSatisfy(\.isASCII), let partition = Int32(number), partition >= 0 else {
            return nil
        }
        self.init(topic: topic, partition: partition)
    }

    public static func < (lhs: TopicPartition, rhs: TopicPartition) -> Bool {
        (lhs.topic, lhs.partition) < (rhs.topic, rhs.partition)
    }
}
