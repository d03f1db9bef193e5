import Foundation
import KafkaProtocol
import KafkaStorage
import NIOCore
import Testing

@testable import KafkaBroker

@Suite struct MetadataSnapshotTests {
    /// A fresh directory for one test, removed afterwards.
    static func withDirectory(_ body: (String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("metadata-snapshot-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try body(directory)
    }

    /// The records of a small cluster: features, a broker, two topics with partitions (one with a
    /// leader change), configs for a topic and the broker, and a producer id block.
    static func clusterRecords(topics: Int = 2) -> [MetadataRecord] {
        var records: [MetadataRecord] = [
            .featureLevel(FeatureLevelRecord(name: "metadata.version", featureLevel: 25)),
            .featureLevel(FeatureLevelRecord(name: "group.version", featureLevel: 1)),
            .registerBroker(
                RegisterBrokerRecord(
                    brokerId: 1, incarnationId: Uuid(mostSignificantBits: 7, leastSignificantBits: 8), brokerEpoch: 3,
                    endPoints: [.init(name: "PLAINTEXT", host: "localhost", port: 9092, securityProtocol: 0)],
                    rack: "rack-a", fenced: false)),
            .config(ConfigRecord(resourceType: 4, resourceName: "", name: "log.retention.ms", value: "1000")),
            .producerIds(ProducerIdsRecord(brokerId: 1, brokerEpoch: 3, nextProducerId: 2000)),
        ]
        for index in 0..<topics {
            let id = Uuid(mostSignificantBits: 100, leastSignificantBits: UInt64(index + 1))
            records.append(.topic(TopicRecord(name: "topic-\(index)", topicId: id)))
            for partition in Int32(0)..<3 {
                records.append(
                    .partition(
                        PartitionRecord(
                            partitionId: partition, topicId: id, replicas: [1], isr: [1], leader: 1, leaderEpoch: 0,
                            partitionEpoch: 0)))
            }
            records.append(.partitionChange(PartitionChangeRecord(partitionId: 1, topicId: id, isr: [1], leader: 1)))
            records.append(.config(ConfigRecord(resourceType: 2, resourceName: "topic-\(index)", name: "segment.ms", value: "60000")))
        }
        return records
    }

    static func image(of records: [MetadataRecord]) throws -> MetadataImage {
        var image = MetadataImage.empty
        for (offset, record) in records.enumerated() { try image.apply(record, offset: Int64(offset)) }
        return image
    }

    @Test("an image's snapshot records rebuild the same image, metadata.version first")
    func snapshotRecordsRebuildTheImage() throws {
        var records = Self.clusterRecords()
        // A removed topic and a deleted config leave nothing behind.
        records.append(.removeTopic(RemoveTopicRecord(topicId: Uuid(mostSignificantBits: 100, leastSignificantBits: 2))))
        records.append(.config(ConfigRecord(resourceType: 4, resourceName: "", name: "log.retention.ms", value: nil)))
        let image = try Self.image(of: records)
        let snapshot = image.snapshotRecords
        #expect(snapshot.first == .featureLevel(FeatureLevelRecord(name: "metadata.version", featureLevel: 25)))
        var rebuilt = MetadataImage.empty
        for record in snapshot { try rebuilt.apply(record, offset: image.offset) }
        #expect(rebuilt == image)
        #expect(rebuilt.topic(named: "topic-0")?.partitions[1]?.partitionEpoch == 1)
        #expect(rebuilt.topic(named: "topic-1") == nil)
        #expect(rebuilt.nextProducerId == 2000)
    }

    @Test("a snapshot file is named offset-epoch.checkpoint and framed by header and footer control batches")
    func snapshotFileLayout() throws {
        try Self.withDirectory { directory in
            let records = Self.clusterRecords(topics: 300)
            let name = try MetadataSnapshotFile.write(
                records, directory: directory, endOffset: 1234, epoch: 1, lastContainedLogTimestamp: 1_700_000_000_000)
            #expect(name.fileName == "00000000000000001234-0000000001.checkpoint")
            #expect(MetadataSnapshotFile.list(directory: directory) == [name])

            let data = try #require(FileManager.default.contents(atPath: "\(directory)/\(name.fileName)"))
            var batches = MemoryRecords(ByteBuffer(bytes: data)).batches()
            var all: [RecordBatch] = []
            while let batch = try batches.next() {
                guard case .magic2(let recordBatch) = batch else { throw MetadataSnapshotFile.CorruptSnapshot(path: "", reason: "magic") }
                try recordBatch.validate(deep: true)
                all.append(recordBatch)
            }
            #expect(all.count >= 4, "header, several data batches, footer")
            #expect(all.allSatisfy { $0.partitionLeaderEpoch == 1 })
            #expect(all.first?.baseOffset == 0)
            // Offsets run on from batch to batch.
            for (previous, next) in zip(all, all.dropFirst()) { #expect(next.baseOffset == previous.lastOffset + 1) }
            let header = try #require(all.first)
            let footer = try #require(all.last)
            #expect(header.isControlBatch && footer.isControlBatch)
            var headerRecords = try header.records()
            let headerRecord = try #require(try headerRecords.next())
            #expect(try ControlRecordType(key: headerRecord.key) == .snapshotHeader)
            var headerValue = try #require(headerRecord.value)
            #expect(try SnapshotHeaderRecord.decode(from: &headerValue, version: 0).lastContainedLogTimestamp == 1_700_000_000_000)
            var footerRecords = try footer.records()
            #expect(try ControlRecordType(key: try #require(try footerRecords.next()).key) == .snapshotFooter)

            #expect(try MetadataSnapshotFile.read(path: "\(directory)/\(name.fileName)") == records)
        }
    }

    @Test("a snapshot cut short or without its footer is refused")
    func truncatedSnapshotIsRefused() throws {
        try Self.withDirectory { directory in
            let name = try MetadataSnapshotFile.write(
                Self.clusterRecords(), directory: directory, endOffset: 10, epoch: 1, lastContainedLogTimestamp: 0)
            let path = "\(directory)/\(name.fileName)"
            let data = try #require(FileManager.default.contents(atPath: path))
            for cut in [data.count - 1, data.count / 2, 10] {
                try data.prefix(cut).write(to: URL(fileURLWithPath: path))
                #expect(throws: MetadataSnapshotFile.CorruptSnapshot.self) { try MetadataSnapshotFile.read(path: path) }
            }
        }
    }

    @Test("the log writes a snapshot past the byte threshold, drops the segments below it, and reopens from it")
    func snapshotThenReopen() throws {
        try Self.withDirectory { directory in
            let records = Self.clusterRecords(topics: 40)
            var expected = MetadataImage.empty
            do {
                let (log, image) = try MetadataLog.open(
                    directory: directory, hadCleanShutdown: false, segmentBytes: 600, maxBytesBetweenSnapshots: 2000)
                expected = image
                var snapshots = 0
                for record in records {
                    let offsets = try log.append([record], timestamp: 1000)
                    try expected.apply(record, offset: offsets[0])
                    if log.isSnapshotDue {
                        try log.writeSnapshot(of: expected, lastContainedLogTimestamp: 1000)
                        snapshots += 1
                    }
                }
                #expect(snapshots >= 2)
                let latest = try #require(log.latestSnapshot)
                // Only the newest snapshot is kept, and the log starts no later than it.
                #expect(MetadataSnapshotFile.list(directory: log.directory) == [latest])
                #expect(log.log.logStartOffset == latest.endOffset)
                #expect(try #require(log.log.segmentBaseOffsets.first) > 0, "old segments were deleted")
                #expect(!FileManager.default.fileExists(atPath: "\(log.directory)/00000000000000000000.log"))
                try log.log.close()
            }
            // Reopen: the snapshot plus the records after it give the same image.
            let (reopened, image) = try MetadataLog.open(
                directory: directory, hadCleanShutdown: true, segmentBytes: 600, maxBytesBetweenSnapshots: 2000)
            #expect(image == expected)
            #expect(image.topicIdsByName.count == 40)
            #expect(reopened.latestSnapshot != nil)
            try reopened.log.close()
        }
    }

    @Test("a partial snapshot left by a crash is ignored and removed on open")
    func partialSnapshotIsRemoved() throws {
        try Self.withDirectory { directory in
            let (log, _) = try MetadataLog.open(directory: directory, hadCleanShutdown: false)
            let offsets = try log.append(Self.clusterRecords(), timestamp: 5)
            try log.log.close()
            let partial = KRaftSnapshotFileName(endOffset: offsets.last! + 1, epoch: 1, state: .partial)
            let partialPath = "\(log.directory)/\(partial.fileName)"
            try Data([1, 2, 3]).write(to: URL(fileURLWithPath: partialPath))
            let (reopened, image) = try MetadataLog.open(directory: directory, hadCleanShutdown: false)
            #expect(image == (try Self.image(of: Self.clusterRecords())))
            #expect(reopened.latestSnapshot == nil)
            #expect(!FileManager.default.fileExists(atPath: partialPath))
            try reopened.log.close()
        }
    }

    @Test("a log that starts after offset 0 without a snapshot is refused")
    func missingSnapshotIsRefused() throws {
        try Self.withDirectory { directory in
            let (log, image) = try MetadataLog.open(
                directory: directory, hadCleanShutdown: false, segmentBytes: 600, maxBytesBetweenSnapshots: 1000)
            var current = image
            for record in Self.clusterRecords(topics: 20) {
                let offsets = try log.append([record], timestamp: 1)
                try current.apply(record, offset: offsets[0])
                if log.isSnapshotDue { try log.writeSnapshot(of: current, lastContainedLogTimestamp: 1) }
            }
            let latest = try #require(log.latestSnapshot)
            try log.log.close()
            try FileManager.default.removeItem(atPath: "\(log.directory)/\(latest.fileName)")
            #expect(throws: MetadataLog.MissingSnapshot.self) {
                _ = try MetadataLog.open(directory: directory, hadCleanShutdown: true, segmentBytes: 600)
            }
        }
    }

    @Test("the controller snapshots on its own once enough was committed")
    func controllerSnapshots() async throws {
        try await AdminTestBroker.with(["metadata.log.max.record.bytes.between.snapshots": "3000"]) { broker in
            for index in 0..<30 {
                let results = try await broker.context.controller.createTopics(
                    [.init(name: "t\(index)", numPartitions: 2, replicationFactor: 1)], validateOnly: false)
                #expect(results.first?.error == ErrorCode.none)
            }
            let directory = "\(broker.directory)/__cluster_metadata-0"
            let snapshots = MetadataSnapshotFile.list(directory: directory)
            #expect(snapshots.count == 1)
            let snapshot = try #require(snapshots.first)
            var rebuilt = MetadataImage.empty
            for record in try MetadataSnapshotFile.read(path: "\(directory)/\(snapshot.fileName)") {
                try rebuilt.apply(record, offset: snapshot.endOffset - 1)
            }
            #expect(rebuilt.topicIdsByName.count > 0)
            #expect(rebuilt.offset == snapshot.endOffset - 1)
        }
    }
}
