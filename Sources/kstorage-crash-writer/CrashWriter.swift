import Foundation
import KafkaProtocol
import KafkaStorage
import NIOCore

/// A child process for the crash tests: opens (and so recovers) the partition log `crash-0` in a
/// directory, then appends `CrashWorkload` batches until it is killed, printing
/// `<batch index> <first offset> <last offset>` on stdout for each acknowledged batch: appended,
/// and in `fsync` mode also forced to disk (`flush.messages=1`). It resumes after the last batch
/// that survived the previous run.
///
/// Usage: `kstorage-crash-writer <partition dir> <seed> fsync|none`
enum CrashWriter {
    static func run(arguments: [String]) -> Int32 {
        guard arguments.count == 3, let seed = UInt64(arguments[1]), arguments[2] == "fsync" || arguments[2] == "none"
        else {
            FileHandle.standardError.write(
                Data("usage: kstorage-crash-writer <partition dir> <seed> fsync|none\n".utf8))
            return 2
        }
        do {
            var config = try LogConfig(properties: [
                "segment.bytes": "65536", "index.interval.bytes": "1024", "segment.index.bytes": "8192",
            ])
            if arguments[2] == "fsync" { config.flushMessages = 1 }
            let log = try PartitionLog.open(
                directory: arguments[0], topicPartition: TopicPartition(topic: "crash", partition: 0), config: config)
            // The batch to write next is the one after those that survived.
            var index = 0
            var offset: Int64 = 0
            while offset < log.logEndOffset {
                offset += Int64(CrashWorkload.recordCount(seed: seed, index: index))
                index += 1
            }
            guard offset == log.logEndOffset else {
                FileHandle.standardError.write(Data("log end \(log.logEndOffset) is not a batch boundary\n".utf8))
                return 1
            }
            while true {
                let info = try log.appendAsLeader(try CrashWorkload.batch(seed: seed, index: index), leaderEpoch: 0)
                let line = "\(index) \(info.firstOffset) \(info.lastOffset)\n"
                FileHandle.standardOutput.write(Data(line.utf8))
                index += 1
            }
        } catch {
            FileHandle.standardError.write(Data("kstorage-crash-writer: \(error)\n".utf8))
            return 1
        }
    }
}
