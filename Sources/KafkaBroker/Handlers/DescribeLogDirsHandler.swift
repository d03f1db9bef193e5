// API: DescribeLogDirs (key 35), versions 1-4.
//
// Versions: Kafka 4.0 serves 1-4 (KIP-896 removed v0). v2+ flexible, v3+ a top-level error code,
// v4+ the total and usable bytes of each dir's file system (KIP-827).
//
// Behaviour (Kafka ReplicaManager.describeLogDirs): one result per configured log dir, with the
// hosted partitions in it (all of them for a null topic list, else those asked for and present):
// size in bytes, offset lag 0 (Kafka's max(0, high watermark - log end) for a current log), never
// a future log. A dir this process cannot stat still answers, with -1 sizes.
//
// Gaps: no offline dirs (KAFKA_STORAGE_ERROR per dir) since the log manager does not track dir
// failures yet; no future (`-future`) logs from AlterReplicaLogDirs; no ACLs (CLUSTER_AUTHORIZATION_FAILED).

import Foundation
import KafkaProtocol
import KafkaStorage

/// Serves DescribeLogDirs from the broker's `LogManager`.
public struct DescribeLogDirsHandler: ApiHandler {
    public let context: BrokerContext

    public init(context: BrokerContext) {
        self.context = context
    }

    public var versions: VersionRange { VersionRange(1, 4) }

    public func handle(_ request: DescribeLogDirsRequest, version: Int16, client: ClientConnection) async throws
        -> DescribeLogDirsResponse?
    {
        let logManager = self.context.logManager
        let wanted: Set<TopicPartition>? = request.topics.map { topics in
            Set(topics.flatMap { topic in topic.partitions.map { TopicPartition(topic: topic.topic, partition: $0) } })
        }
        var byDir: [String: [TopicPartition: PartitionLog]] = [:]
        for (topicPartition, log) in logManager.allLogs where wanted?.contains(topicPartition) ?? true {
            guard let dir = logManager.logDir(of: topicPartition) else { continue }
            byDir[dir, default: [:]][topicPartition] = log
        }
        var response = DescribeLogDirsResponse()
        for dir in logManager.logDirs {
            var result = DescribeLogDirsResponse.DescribeLogDirsResult()
            result.logDir = Self.absolutePath(dir)
            let logs = byDir[dir] ?? [:]
            for topic in Set(logs.keys.map(\.topic)).sorted() {
                var topicResult = DescribeLogDirsResponse.DescribeLogDirsTopic()
                topicResult.name = topic
                for topicPartition in logs.keys.filter({ $0.topic == topic }).sorted() {
                    guard let log = logs[topicPartition] else { continue }
                    var partition = DescribeLogDirsResponse.DescribeLogDirsPartition()
                    partition.partitionIndex = topicPartition.partition
                    partition.partitionSize = Int64(log.size)
                    partition.offsetLag = max(0, log.highWatermark - log.logEndOffset)
                    partition.isFutureKey = false
                    topicResult.partitions.append(partition)
                }
                result.topics.append(topicResult)
            }
            if version >= 4 {
                let (total, usable) = Self.fileSystemSpace(dir)
                result.totalBytes = total
                result.usableBytes = usable
            }
            response.results.append(result)
        }
        return response
    }

    public func errorResponse(to request: DescribeLogDirsRequest, error: ErrorCode) -> DescribeLogDirsResponse {
        DescribeLogDirsResponse(errorCode: error.rawValue)
    }

    /// Kafka reports each dir by its absolute path.
    static func absolutePath(_ dir: String) -> String {
        URL(fileURLWithPath: dir).standardizedFileURL.path
    }

    /// The size and free space of the file system holding `dir`; -1 each when unknown.
    static func fileSystemSpace(_ dir: String) -> (total: Int64, usable: Int64) {
        guard let attributes = try? FileManager.default.attributesOfFileSystem(forPath: dir) else { return (-1, -1) }
        let total = (attributes[.systemSize] as? NSNumber)?.int64Value ?? -1
        let usable = (attributes[.systemFreeSize] as? NSNumber)?.int64Value ?? -1
        return (total, usable)
    }
}
