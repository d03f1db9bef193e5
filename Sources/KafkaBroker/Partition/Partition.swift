import KafkaProtocol
import KafkaStorage
import NIOConcurrencyHelpers
import NIOCore

/// A partition this broker hosts: its log, and the leader, epoch and ISR the metadata image gives
/// it (Kafka Partition.scala).
///
/// This node is the only replica for now, so the ISR is what the image says (normally `[self]`),
/// and the high watermark follows the log end offset after every append, as Kafka's leader does
/// once every ISR member has fetched up to it (`maybeIncrementLeaderHW`). Thread-safe.
public final class Partition: Sendable {
    public let topicPartition: TopicPartition
    public let topicId: Uuid
    public let log: PartitionLog
    private let nodeId: Int32
    private let state: NIOLockedValueBox<State>
    /// Serializes high watermark moves so that two appends finishing out of order never move it back.
    private let highWatermarkLock = NIOLock()

    /// The image's view of the partition plus the topic settings in force.
    struct State: Sendable, Equatable {
        var leader: Int32
        var leaderEpoch: Int32
        var partitionEpoch: Int32
        var replicas: [Int32]
        var isr: [Int32]
        var settings: TopicSettings
    }

    init(topicPartition: TopicPartition, topicId: Uuid, log: PartitionLog, nodeId: Int32, state: State) {
        self.topicPartition = topicPartition
        self.topicId = topicId
        self.log = log
        self.nodeId = nodeId
        self.state = NIOLockedValueBox(state)
    }

    var currentState: State { self.state.withLockedValue { $0 } }

    /// The leader's node id, -1 when the partition has none.
    public var leader: Int32 { self.state.withLockedValue { $0.leader } }
    public var leaderEpoch: Int32 { self.state.withLockedValue { $0.leaderEpoch } }
    public var isr: [Int32] { self.state.withLockedValue { $0.isr } }
    public var replicas: [Int32] { self.state.withLockedValue { $0.replicas } }
    public var settings: TopicSettings { self.state.withLockedValue { $0.settings } }
    public var isLeader: Bool { self.state.withLockedValue { $0.leader == self.nodeId } }

    /// Takes a new image state. A changed log configuration is handed to the log.
    /// - Returns: whether leadership or the leader epoch changed (waiting fetches must look again).
    @discardableResult
    func update(_ new: State) -> Bool {
        let old = self.state.withLockedValue { state -> State in
            let old = state
            state = new
            return old
        }
        if old.settings.logConfig != new.settings.logConfig {
            self.log.updateConfig(new.settings.logConfig)
        }
        if new.leader == self.nodeId && old.leader != self.nodeId {
            // Kafka Partition.makeLeader: the new leader's high watermark is at most its log end.
            self.maybeIncrementLeaderHighWatermark()
        }
        return old.leader != new.leader || old.leaderEpoch != new.leaderEpoch
    }

    /// Checks that this node leads the partition at the epoch the client knows (Kafka Partition.scala
    /// `getLocalLog`, `checkCurrentLeaderEpoch`).
    /// - Parameter currentLeaderEpoch: the client's epoch, -1 when it does not know one.
    /// - Throws: `NotLeaderOrFollowerError`, `LeaderEpochMismatchError`.
    public func checkLeader(currentLeaderEpoch: Int32 = -1) throws {
        let state = self.currentState
        if currentLeaderEpoch != -1 && currentLeaderEpoch != state.leaderEpoch {
            throw LeaderEpochMismatchError(
                topicPartition: self.topicPartition, requestEpoch: currentLeaderEpoch, leaderEpoch: state.leaderEpoch)
        }
        guard state.leader == self.nodeId else {
            throw NotLeaderOrFollowerError(
                topicPartition: self.topicPartition, leader: state.leader, leaderEpoch: state.leaderEpoch)
        }
    }

    /// Appends a producer's batches as the leader and moves the high watermark (Kafka Partition.scala
    /// `appendRecordsToLeader`).
    /// - Parameters:
    ///   - requiredAcks: -1 needs at least `min.insync.replicas` replicas in the ISR.
    ///   - origin: `.client` for Produce, `.coordinator` for transaction markers and coordinator writes.
    /// - Throws: `NotLeaderOrFollowerError`, `NotEnoughReplicasError`, and the log's append errors.
    public func appendRecordsToLeader(_ records: consuming ByteBuffer, requiredAcks: Int16, origin: AppendOrigin) throws
        -> LogAppendInfo
    {
        let state = self.currentState
        guard state.leader == self.nodeId else {
            throw NotLeaderOrFollowerError(
                topicPartition: self.topicPartition, leader: state.leader, leaderEpoch: state.leaderEpoch)
        }
        if requiredAcks == -1 && state.isr.count < state.settings.minInsyncReplicas {
            throw NotEnoughReplicasError(
                topicPartition: self.topicPartition, inSyncReplicas: state.isr.count,
                minInsyncReplicas: state.settings.minInsyncReplicas)
        }
        let info = try self.log.appendAsLeader(records, leaderEpoch: state.leaderEpoch, origin: origin)
        self.maybeIncrementLeaderHighWatermark()
        return info
    }

    /// Moves the high watermark to the smallest log end offset among the ISR; with this node as
    /// the only replica that is its own log end offset (Kafka `maybeIncrementLeaderHW`).
    /// - Returns: whether it moved.
    @discardableResult
    func maybeIncrementLeaderHighWatermark() -> Bool {
        self.highWatermarkLock.withLock {
            let logEndOffset = self.log.logEndOffset
            guard logEndOffset > self.log.highWatermark else { return false }
            self.log.updateHighWatermark(logEndOffset)
            return true
        }
    }
}
