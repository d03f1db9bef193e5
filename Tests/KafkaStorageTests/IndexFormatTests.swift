import Foundation
import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaStorage

@Suite struct IndexFormatTests {
    let directory = TemporaryDirectory()
    let clock = ManualClock()

    func openLog(_ name: String = "index-0") throws -> PartitionLog {
        try PartitionLog.open(
            directory: self.directory.path + "/" + name, topicPartition: TopicPartition(topic: "index", partition: 0),
            config: try LogConfig(properties: ["segment.bytes": "20000", "index.interval.bytes": "1000"]),
            clock: self.clock.storageClock)
    }

    /// Appends batches of varying sizes, with timestamps that sometimes go backwards.
    func fill(_ log: PartitionLog) throws {
        for index in 0..<60 {
            let timestamp = self.clock.now + Int64(index % 7 == 3 ? index * 10 - 200 : index * 10)
            _ = try log.appendAsLeader(
                try makeBatch(
                    count: 1 + index % 4, valueSize: 50 + (index * 37) % 400, timestamp: timestamp, tag: index),
                leaderEpoch: 0)
        }
    }

    @Test func indexFilesHoldExactlyTheEntriesKafkaWouldWrite() throws {
        let log = try self.openLog()
        try self.fill(log)
        let bases = log.segmentBaseOffsets
        #expect(bases.count > 2)
        for (index, base) in bases.enumerated() {
            let prefix = log.directory + "/" + LogFileName.formatOffset(base)
            let logBytes = ByteBuffer(bytes: fileBytes(prefix + ".log"))
            let inactive = index < bases.count - 1
            let expected = try expectedIndexes(
                logBytes: logBytes, baseOffset: base, indexIntervalBytes: 1000, inactive: inactive)
            #expect(!expected.offsetIndex.isEmpty)
            if inactive {
                // Rolled segments are trimmed to their entries.
                #expect(fileBytes(prefix + ".index") == expected.offsetIndex)
                #expect(fileBytes(prefix + ".timeindex") == expected.timeIndex)
            } else {
                // The active segment's indexes are preallocated to segment.index.bytes, rounded down.
                let index = fileBytes(prefix + ".index")
                let time = fileBytes(prefix + ".timeindex")
                #expect(index.count == 10_485_760 && time.count == 10_485_756)
                #expect(Array(index.prefix(expected.offsetIndex.count)) == expected.offsetIndex)
                #expect(Array(time.prefix(expected.timeIndex.count)) == expected.timeIndex)
                #expect(index.dropFirst(expected.offsetIndex.count).allSatisfy { $0 == 0 })
            }
        }
        try log.close()
        // Closing trims the active segment's indexes and adds its final time index entry.
        let last = try #require(bases.last)
        let prefix = log.directory + "/" + LogFileName.formatOffset(last)
        let expected = try expectedIndexes(
            logBytes: ByteBuffer(bytes: fileBytes(prefix + ".log")), baseOffset: last, indexIntervalBytes: 1000,
            inactive: true)
        #expect(fileBytes(prefix + ".index") == expected.offsetIndex)
        #expect(fileBytes(prefix + ".timeindex") == expected.timeIndex)
    }

    @Test func rebuiltIndexesEqualTheOnesAppendsWrote() throws {
        let log = try self.openLog()
        try self.fill(log)
        try log.roll()
        try log.close()
        var before: [String: [UInt8]] = [:]
        for name in self.directory.files("index-0") where name.hasSuffix("index") {
            before[name] = fileBytes(log.directory + "/" + name)
            try FileManager.default.removeItem(atPath: log.directory + "/" + name)
        }
        #expect(before.count >= 6)
        let reopened = try self.openLog()
        try reopened.close()
        for (name, bytes) in before where !name.hasPrefix(LogFileName.formatOffset(reopened.logEndOffset)) {
            #expect(fileBytes(log.directory + "/" + name) == bytes, "\(name)")
        }
    }

    @Test func offsetAndTimeIndexLookupsFollowKafkasRules() throws {
        let path = self.directory.path + "/00000000000000000100.index"
        let index = try OffsetIndex(path: path, baseOffset: 100, maxIndexSize: 64)
        #expect(index.file.maxEntries == 8)
        #expect(index.lookup(150) == (100, 0))
        try index.append(offset: 110, position: 1000)
        try index.append(offset: 120, position: 2000)
        try index.append(offset: 130, position: 3000)
        #expect(index.lookup(99) == (100, 0))
        #expect(index.lookup(110) == (110, 1000))
        #expect(index.lookup(125) == (120, 2000))
        #expect(index.lookup(1000) == (130, 3000))
        #expect(throws: InvalidOffsetError.self) { try index.append(offset: 130, position: 4000) }
        index.truncate(to: 120)
        #expect(index.entries == 1 && index.lastOffset == 110)
        try index.file.trimToValidSize()
        #expect(fileBytes(path) == [0, 0, 0, 10, 0, 0, 0x03, 0xE8])

        let time = try TimeIndex(
            path: self.directory.path + "/00000000000000000100.timeindex", baseOffset: 100, maxIndexSize: 36)
        #expect(time.file.maxEntries == 3)
        try time.maybeAppend(timestamp: 1000, offset: 105)
        try time.maybeAppend(timestamp: 1000, offset: 107)
        try time.maybeAppend(timestamp: 2000, offset: 110)
        #expect(time.entries == 2 && time.isFull)
        #expect(throws: InvalidOffsetError.self) { try time.maybeAppend(timestamp: 3000, offset: 120) }
        try time.maybeAppend(timestamp: 3000, offset: 120, skipFullCheck: true)
        #expect(time.lookup(1500) == (1000, 105))
        #expect(time.lookup(999) == (-1, 100))
        time.truncate(to: 110)
        #expect(time.entries == 1)
    }

    @Test func anIndexThatFailsItsSanityCheckIsRebuiltOnOpen() throws {
        let log = try self.openLog()
        try self.fill(log)
        try log.roll()
        try log.close()
        let first = log.directory + "/" + LogFileName.formatOffset(0) + ".index"
        let good = fileBytes(first)
        var bad = good
        bad[4] = 0x7F  // a position far past the end of the log
        try Data(bad).write(to: URL(fileURLWithPath: first))
        let reopened = try PartitionLog.open(
            directory: log.directory, topicPartition: log.topicPartition, config: reopenedConfig(),
            hadCleanShutdown: true, clock: self.clock.storageClock)
        try reopened.close()
        #expect(fileBytes(first) == good)
    }

    func reopenedConfig() throws -> LogConfig {
        try LogConfig(properties: ["segment.bytes": "20000", "index.interval.bytes": "1000"])
    }
}
