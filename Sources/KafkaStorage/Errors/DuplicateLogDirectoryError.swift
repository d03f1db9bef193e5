/// The same partition has a log in two log dirs (Kafka LogManager.java "Duplicate log directories").
public struct DuplicateLogDirectoryError: Error, Equatable, Sendable, CustomStringConvertible {
    public var topicPartition: TopicPartition
    public var directories: [String]

    public init(topicPartition: TopicPartition, directories: [String]) {
        self.topicPartition = topicPartition
        self.directories = directories
    }

    public var description: String {
        "duplicate log directories for \(self.topicPartition): \(self.directories.joined(separator: ", "))"
    }
}
