import Foundation
import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaStorage

@Suite struct LogManagerTests {
    let directory = TemporaryDirectory()
    let clock = ManualClock()

    var logDirs: [String] { [self.directory.path + "/a", self.directory.path + "/b", self.directory.path + "/c"] }

    @Test func newPartitionsGoToTheLogDirWithTheFewestPartitions() throws {
        let manager = LogManager(logDirs: self.logDirs, clock: self.clock.storageClock)
        try manager.startup()
        for partition in 0..<6 {
            _ = try manager.getOrCreateLog(TopicPartition(topic: "spread", partition: Int32(partition)))
        }
        let counts = Dictionary(grouping: manager.allLogs.keys) { manager.logDir(of: $0) ?? "" }.mapValues(\.count)
        #expect(counts == [self.logDirs[0]: 2, self.logDirs[1]: 2, self.logDirs[2]: 2])
        #expect(FileManager.default.fileExists(atPath: self.logDirs[0] + "/spread-0/00000000000000000000.log"))
        #expect(FileManager.default.fileExists(atPath: self.logDirs[1] + "/spread-1/00000000000000000000.index"))
    }

    @Test func shutdownWritesCheckpointsAndTheMarkerAndStartupReadsThem() throws {
        let manager = LogManager(logDirs: [self.logDirs[0]], clock: self.clock.storageClock)
        try manager.startup()
        let topicId = Uuid.random()
        let log = try manager.getOrCreateLog(TopicPartition(topic: "my-topic", partition: 3), topicId: topicId)
        for _ in 0..<5 {
            _ = try log.appendAsLeader(try makeBatch(count: 2, timestamp: self.clock.now), leaderEpoch: 0)
        }
        log.updateHighWatermark(10)
        _ = try log.deleteRecords(before: 4)
        try manager.shutdown()
        let root = self.logDirs[0]
        #expect(
            try String(contentsOfFile: root + "/recovery-point-offset-checkpoint", encoding: .utf8)
                == "0\n1\nmy-topic 3 10\n")
        #expect(
            try String(contentsOfFile: root + "/log-start-offset-checkpoint", encoding: .utf8) == "0\n1\nmy-topic 3 4\n"
        )
        #expect(
            try String(contentsOfFile: root + "/replication-offset-checkpoint", encoding: .utf8)
                == "0\n1\nmy-topic 3 10\n")
        #expect(
            try String(contentsOfFile: root + "/.kafka_cleanshutdown", encoding: .utf8)
                == "{\"version\":0,\"brokerEpoch\":-1}")
        #expect(
            try String(contentsOfFile: root + "/my-topic-3/partition.metadata", encoding: .utf8)
                == "version: 0\ntopic_id: \(topicId)\n")
        #expect(try PartitionMetadataFile(directory: root + "/my-topic-3").read() == topicId)

        let again = LogManager(logDirs: [root], clock: self.clock.storageClock)
        try again.startup()
        #expect(!FileManager.default.fileExists(atPath: root + "/.kafka_cleanshutdown"))
        let reopened = try #require(again.log(for: TopicPartition(topic: "my-topic", partition: 3)))
        #expect(reopened.logStartOffset == 4 && reopened.logEndOffset == 10 && reopened.highWatermark == 10)
        #expect(reopened.recoveryPoint == 10)
        try again.deleteLog(TopicPartition(topic: "my-topic", partition: 3))
        #expect(self.directory.files("a").filter { $0.hasPrefix("my-topic") }.isEmpty)
    }

    @Test func metaPropertiesRoundTripsAndDirsOfDifferentClustersAreRefused() throws {
        try FileManager.default.createDirectory(atPath: self.logDirs[0], withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: self.logDirs[1], withIntermediateDirectories: true)
        let meta = MetaProperties(
            clusterId: "MkU3OEVBNTcwNTJENDM2Qk", nodeId: 1, directoryId: Uuid.random().description)
        try meta.write(logDir: self.logDirs[0])
        #expect(try MetaProperties.read(logDir: self.logDirs[0]) == meta)
        let text = try String(contentsOfFile: self.logDirs[0] + "/meta.properties", encoding: .utf8)
        #expect(
            text.contains("cluster.id=MkU3OEVBNTcwNTJENDM2Qk\n") && text.contains("version=1\n")
                && text.contains("node.id=1\n"))
        try MetaProperties(clusterId: "other", nodeId: 1).write(logDir: self.logDirs[1])
        #expect(throws: InconsistentClusterIdError.self) {
            try LogManager(logDirs: Array(self.logDirs.prefix(2))).startup()
        }
    }

    @Test func checkpointFilesRejectMalformedContents() throws {
        let path = self.directory.path + "/checkpoint"
        try "0\n2\ntopic 0 5\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: CorruptCheckpointError.self) { try OffsetCheckpointFile(path: path).read() }
        try "1\n0\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: CorruptCheckpointError.self) { try OffsetCheckpointFile(path: path).read() }
        try OffsetCheckpointFile(path: path).write([TopicPartition(topic: "a-b", partition: 2): 9])
        #expect(try OffsetCheckpointFile(path: path).read() == [TopicPartition(topic: "a-b", partition: 2): 9])
        #expect(TopicPartition(directoryName: "a-b-2") == TopicPartition(topic: "a-b", partition: 2))
        #expect(TopicPartition(directoryName: "nodash") == nil)
    }
}
