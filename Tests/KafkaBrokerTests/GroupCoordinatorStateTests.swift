import KafkaProtocol
import KafkaStorage
import NIOCore
import Testing

@testable import KafkaBroker

/// Drives the pure group state machine with a fake clock and collects its answers by token.
private struct Harness {
    var state: GroupCoordinatorState
    var nowMs: Int64 = 1_000_000
    var nextToken: GroupRequestToken = 0
    var joins: [GroupRequestToken: JoinGroupResult] = [:]
    var syncs: [GroupRequestToken: SyncGroupResult] = [:]
    var stores: [(groupId: String, generationId: Int32, completesAssignment: Bool)] = []

    init(delayMs: Int64 = 0, maxSize: Int = Int(Int32.max), retentionMs: Int64 = 60_000) {
        var settings = GroupCoordinatorSettings()
        settings.initialRebalanceDelayMs = delayMs
        settings.maxSize = maxSize
        settings.offsetsRetentionMs = retentionMs
        let counter = Counter()
        self.state = GroupCoordinatorState(settings: settings, newMemberSuffix: { counter.next() })
    }

    final class Counter: @unchecked Sendable {
        var value = 0
        func next() -> String {
            self.value += 1
            return "id\(self.value)"
        }
    }

    static func protocols(_ names: [String] = ["range"], metadata: String = "m") -> [GroupProtocol] {
        names.map { GroupProtocol(name: $0, metadata: ByteBuffer(string: metadata + "-" + $0)) }
    }

    mutating func apply(_ actions: [GroupAction]) {
        for action in actions {
            switch action {
            case .completeJoin(let token, let result): self.joins[token] = result
            case .completeSync(let token, let result): self.syncs[token] = result
            case .storeGroup(let groupId, let generationId, let completes):
                self.stores.append((groupId, generationId, completes))
                if completes {
                    self.apply(self.state.assignmentStored(groupId: groupId, generationId: generationId, error: .none, nowMs: self.nowMs))
                }
            }
        }
    }

    /// Sends a JoinGroup; returns its token.
    mutating func join(
        _ groupId: String = "g", memberId: String = "", instanceId: String? = nil, version: Int16 = 9,
        protocolType: String = "consumer", protocols: [GroupProtocol] = Harness.protocols(), sessionTimeoutMs: Int32 = 10_000,
        rebalanceTimeoutMs: Int32 = 30_000
    ) -> GroupRequestToken {
        self.nextToken += 1
        let request = JoinGroupParameters(
            groupId: groupId, memberId: memberId, groupInstanceId: instanceId, requireKnownMemberId: version >= 4,
            version: version, clientId: "client", clientHost: "/127.0.0.1", rebalanceTimeoutMs: rebalanceTimeoutMs,
            sessionTimeoutMs: sessionTimeoutMs, protocolType: protocolType, protocols: protocols)
        self.apply(self.state.join(request, token: self.nextToken, nowMs: self.nowMs))
        return self.nextToken
    }

    /// A member id through the v4+ MEMBER_ID_REQUIRED round, joined and waiting.
    mutating func joinNew(_ groupId: String = "g", protocols: [GroupProtocol] = Harness.protocols()) -> (String, GroupRequestToken) {
        let first = self.join(groupId, protocols: protocols)
        let memberId = self.joins[first]!.memberId
        #expect(self.joins[first]!.error == .memberIdRequired)
        return (memberId, self.join(groupId, memberId: memberId, protocols: protocols))
    }

    mutating func sync(_ groupId: String = "g", memberId: String, generationId: Int32, instanceId: String? = nil, assignments: [String: String] = [:])
        -> GroupRequestToken
    {
        self.nextToken += 1
        self.apply(
            self.state.sync(
                groupId: groupId, generationId: generationId, memberId: memberId, groupInstanceId: instanceId,
                protocolType: "consumer", protocolName: nil, assignments: assignments.mapValues { ByteBuffer(string: $0) },
                token: self.nextToken, nowMs: self.nowMs))
        return self.nextToken
    }

    mutating func advance(byMs delta: Int64) {
        self.nowMs += delta
        self.apply(self.state.expire(nowMs: self.nowMs))
    }

    mutating func heartbeat(_ groupId: String = "g", memberId: String, generationId: Int32) -> ErrorCode {
        self.state.heartbeat(groupId: groupId, generationId: generationId, memberId: memberId, groupInstanceId: nil, nowMs: self.nowMs)
    }

    /// Two members through a full rebalance to Stable; returns (leader, follower, generation).
    mutating func stableGroupOfTwo() -> (String, String, Int32) {
        let (a, joinA) = self.joinNew()
        let (b, joinB) = self.joinNew()
        // With a zero initial delay the first member completes generation 1 alone; the second
        // member's arrival rebalances, and the first must rejoin.
        if self.joins[joinB] == nil {
            _ = self.join(memberId: a)
        }
        let generation = self.state.group("g")!.generationId
        let leader = self.state.group("g")!.leaderId!
        let follower = leader == a ? b : a
        _ = joinA
        _ = self.sync(memberId: follower, generationId: generation)
        _ = self.sync(memberId: leader, generationId: generation, assignments: [leader: "A-\(leader)", follower: "A-\(follower)"])
        return (leader, follower, generation)
    }
}

@Suite("Group state machine")
struct GroupCoordinatorStateTests {
    @Test("A v4+ join without a member id is answered MEMBER_ID_REQUIRED with an id, and the rejoin leads generation 1")
    func memberIdRequired() {
        var harness = Harness()
        let first = harness.join()
        let answer = harness.joins[first]!
        #expect(answer.error == .memberIdRequired)
        #expect(answer.memberId == "client-id1")
        let second = harness.join(memberId: answer.memberId)
        let joined = harness.joins[second]!
        #expect(joined.error == .none)
        #expect(joined.generationId == 1)
        #expect(joined.leaderId == answer.memberId)
        #expect(joined.protocolName == "range")
        #expect(joined.members.map(\.memberId) == [answer.memberId])
        #expect(harness.state.group("g")?.state == .completingRebalance)
    }

    @Test("A v3 join gets a member id at once")
    func oldVersionsJoinDirectly() {
        var harness = Harness()
        let token = harness.join(version: 3)
        #expect(harness.joins[token]?.error == GroupCoordinatorStateTests.none)
        #expect(harness.joins[token]?.generationId == 1)
    }
    static let none = ErrorCode.none

    @Test("The initial rebalance waits group.initial.rebalance.delay.ms and extends while members arrive")
    func initialDelay() {
        var harness = Harness(delayMs: 3000)
        let (a, joinA) = harness.joinNew()
        harness.advance(byMs: 2000)
        let (b, joinB) = harness.joinNew()
        harness.advance(byMs: 1500)
        // The first delay expired with a new member in it: another delay begins.
        #expect(harness.joins[joinA] == nil)
        harness.advance(byMs: 3000)
        let answerA = harness.joins[joinA]!
        let answerB = harness.joins[joinB]!
        #expect(answerA.generationId == 1 && answerB.generationId == 1)
        #expect(answerA.leaderId == a)
        #expect(answerA.members.map(\.memberId) == [a, b])
        #expect(answerB.members.isEmpty)
    }

    @Test("The leader's SyncGroup stores the group, then every member gets its assignment and the group is Stable")
    func syncDistributesAssignments() {
        var harness = Harness(delayMs: 3000)
        let (a, _) = harness.joinNew()
        let (b, _) = harness.joinNew()
        harness.advance(byMs: 3000)
        harness.advance(byMs: 3000)
        let followerSync = harness.sync(memberId: b, generationId: 1)
        #expect(harness.syncs[followerSync] == nil)
        let leaderSync = harness.sync(memberId: a, generationId: 1, assignments: [a: "one", b: "two"])
        #expect(harness.stores.last?.completesAssignment == true)
        #expect(harness.syncs[leaderSync]?.assignment == ByteBuffer(string: "one"))
        #expect(harness.syncs[followerSync]?.assignment == ByteBuffer(string: "two"))
        #expect(harness.state.group("g")?.state == .stable)
        // A late SyncGroup in Stable gets the stored assignment.
        let again = harness.sync(memberId: b, generationId: 1)
        #expect(harness.syncs[again]?.assignment == ByteBuffer(string: "two"))
    }

    @Test("Heartbeats: NONE when stable, ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID, REBALANCE_IN_PROGRESS during a rebalance")
    func heartbeats() {
        var harness = Harness()
        let (leader, follower, generation) = harness.stableGroupOfTwo()
        #expect(harness.heartbeat(memberId: leader, generationId: generation) == .none)
        #expect(harness.heartbeat(memberId: leader, generationId: generation - 1) == .illegalGeneration)
        #expect(harness.heartbeat(memberId: "nobody", generationId: generation) == .unknownMemberId)
        #expect(harness.heartbeat("other", memberId: leader, generationId: generation) == .unknownMemberId)
        _ = harness.join(memberId: follower, protocols: Harness.protocols(["roundrobin", "range"]))
        #expect(harness.state.group("g")?.state == .preparingRebalance)
        #expect(harness.heartbeat(memberId: leader, generationId: generation) == .rebalanceInProgress)
    }

    @Test("The empty group id is INVALID_GROUP_ID for SyncGroup, Heartbeat, LeaveGroup and OffsetCommit too")
    func emptyGroupIdEverywhere() {
        var harness = Harness()
        #expect(harness.heartbeat("", memberId: "m", generationId: 1) == .invalidGroupId)
        let token = harness.sync("", memberId: "m", generationId: 1)
        #expect(harness.syncs[token]?.error == .invalidGroupId)
        #expect(harness.state.leave(groupId: "", members: [.init(memberId: "m")], nowMs: harness.nowMs).error == .invalidGroupId)
        #expect(harness.state.validateOffsetCommit(groupId: "", memberId: "", groupInstanceId: nil, generationId: -1, version: 8)
            == .invalidGroupId)
    }

    @Test("A member whose session times out is removed and the others rebalance without it")
    func sessionTimeout() {
        var harness = Harness()
        let (leader, follower, generation) = harness.stableGroupOfTwo()
        harness.advance(byMs: 6000)
        #expect(harness.heartbeat(memberId: leader, generationId: generation) == .none)
        harness.advance(byMs: 5000)
        // The follower was silent for 11 s with a 10 s session.
        #expect(harness.state.group("g")?.has(follower) == false)
        #expect(harness.state.group("g")?.state == .preparingRebalance)
        let rejoin = harness.join(memberId: leader)
        #expect(harness.joins[rejoin]?.generationId == generation + 1)
        #expect(harness.joins[rejoin]?.members.map(\.memberId) == [leader])
    }

    @Test("A member that does not rejoin within the rebalance timeout is removed")
    func rebalanceTimeout() {
        var harness = Harness()
        let (leader, follower, generation) = harness.stableGroupOfTwo()
        let rejoin = harness.join(memberId: leader)
        #expect(harness.joins[rejoin] == nil)
        // The follower keeps heartbeating (told to rejoin) but never does.
        for _ in 0..<5 {
            harness.advance(byMs: 5000)
            _ = harness.heartbeat(memberId: follower, generationId: generation)
        }
        harness.advance(byMs: 5001)
        #expect(harness.joins[rejoin]?.generationId == generation + 1)
        #expect(harness.state.group("g")?.has(follower) == false)
    }

    @Test("A static member that rejoins a stable group with the same protocols gets its assignment back without a rebalance")
    func staticRejoin() {
        var harness = Harness()
        let first = harness.join(instanceId: "instance-1")
        let oldId = harness.joins[first]!.memberId
        #expect(harness.joins[first]?.error == GroupCoordinatorStateTests.none)
        _ = harness.sync(memberId: oldId, generationId: 1, instanceId: "instance-1", assignments: [oldId: "mine"])
        #expect(harness.state.group("g")?.state == .stable)
        let again = harness.join(instanceId: "instance-1")
        let answer = harness.joins[again]!
        #expect(answer.error == GroupCoordinatorStateTests.none)
        #expect(answer.generationId == 1)
        #expect(answer.memberId != oldId)
        #expect(answer.skipAssignment)
        #expect(harness.state.group("g")?.state == .stable)
        let sync = harness.sync(memberId: answer.memberId, generationId: 1, instanceId: "instance-1")
        #expect(harness.syncs[sync]?.assignment == ByteBuffer(string: "mine"))
        // The replaced id is fenced.
        #expect(
            harness.state.heartbeat(groupId: "g", generationId: 1, memberId: oldId, groupInstanceId: "instance-1", nowMs: harness.nowMs)
                == .fencedInstanceId)
    }

    @Test("Joins are refused with Kafka's errors: bad session timeout, empty group id, other protocol type, full group")
    func joinErrors() {
        var harness = Harness()
        #expect(harness.joins[harness.join(sessionTimeoutMs: 10)]?.error == .invalidSessionTimeout)
        #expect(harness.joins[harness.join("")]?.error == .invalidGroupId)
        #expect(harness.joins[harness.join(protocols: [])]?.error == .inconsistentGroupProtocol)
        #expect(harness.state.group("g") == nil)
        #expect(harness.joins[harness.join(memberId: "ghost")]?.error == .unknownMemberId)
        let (a, _) = harness.joinNew()
        _ = harness.sync(memberId: a, generationId: 1, assignments: [a: "x"])
        #expect(harness.joins[harness.join(protocolType: "connect")]?.error == .inconsistentGroupProtocol)
        #expect(harness.joins[harness.join(protocols: Harness.protocols(["sticky"]))]?.error == .inconsistentGroupProtocol)
        // group.max.size is checked before anything else about a new member (Kafka does too).
        harness.state.settings.maxSize = 1
        #expect(harness.joins[harness.join()]?.error == .groupMaxSizeReached)
        #expect(harness.joins[harness.join(protocolType: "connect")]?.error == .groupMaxSizeReached)
    }

    @Test("The protocol most members prefer among those all support is chosen")
    func protocolSelection() {
        var harness = Harness(delayMs: 1000)
        _ = harness.joinNew(protocols: Harness.protocols(["roundrobin", "range"]))
        _ = harness.joinNew(protocols: Harness.protocols(["range", "roundrobin"]))
        _ = harness.joinNew(protocols: Harness.protocols(["range", "sticky", "roundrobin"]))
        harness.advance(byMs: 1000)
        harness.advance(byMs: 1000)
        #expect(harness.state.group("g")?.protocolName == "range")
    }

    @Test("Members leaving: the last one leaves the group Empty in a new generation; unknown members are reported")
    func leave() {
        var harness = Harness()
        let (leader, follower, generation) = harness.stableGroupOfTwo()
        var result = harness.state.leave(groupId: "g", members: [.init(memberId: follower), .init(memberId: "ghost")], nowMs: harness.nowMs)
        harness.apply(result.actions)
        #expect(result.memberErrors == [.none, .unknownMemberId])
        #expect(harness.state.group("g")?.state == .preparingRebalance)
        result = harness.state.leave(groupId: "g", members: [.init(memberId: leader)], nowMs: harness.nowMs)
        harness.apply(result.actions)
        #expect(harness.state.group("g")?.state == .empty)
        #expect(harness.state.group("g")?.generationId == generation + 1)
        result = harness.state.leave(groupId: "nope", members: [.init(memberId: "x")], nowMs: harness.nowMs)
        #expect(result.memberErrors == [.unknownMemberId])
    }

    @Test("Offset commits: simple commits to empty groups, stale generations, commits before the sync")
    func offsetCommitValidation() {
        var harness = Harness(delayMs: 1000)
        #expect(harness.state.validateOffsetCommit(groupId: "solo", memberId: "", groupInstanceId: nil, generationId: -1, version: 8) == nil)
        #expect(harness.state.validateOffsetCommit(groupId: "solo", memberId: "m", groupInstanceId: nil, generationId: 3, version: 8) == .illegalGeneration)
        #expect(harness.state.validateOffsetCommit(groupId: "solo", memberId: "m", groupInstanceId: nil, generationId: 3, version: 9) == .groupIdNotFound)
        let (a, _) = harness.joinNew()
        harness.advance(byMs: 1000)
        #expect(harness.state.validateOffsetCommit(groupId: "g", memberId: a, groupInstanceId: nil, generationId: 1, version: 8) == .rebalanceInProgress)
        _ = harness.sync(memberId: a, generationId: 1, assignments: [a: "x"])
        #expect(harness.state.validateOffsetCommit(groupId: "g", memberId: a, groupInstanceId: nil, generationId: 1, version: 8) == nil)
        #expect(harness.state.validateOffsetCommit(groupId: "g", memberId: a, groupInstanceId: nil, generationId: 0, version: 8) == .illegalGeneration)
        #expect(harness.state.validateOffsetCommit(groupId: "g", memberId: "", groupInstanceId: nil, generationId: -1, version: 8) == .unknownMemberId)
        #expect(harness.state.validateOffsetCommit(groupId: "g", memberId: "x", groupInstanceId: nil, generationId: 1, version: 8) == .unknownMemberId)
    }

    @Test("Offsets of an empty group expire offsets.retention after it became empty, and the group goes with them")
    func offsetExpiry() {
        var harness = Harness(retentionMs: 60_000)
        let topicPartition = TopicPartition(topic: "t", partition: 0)
        harness.state.applyOffsetCommit(
            groupId: "solo", memberId: "", offsets: [topicPartition: CommittedOffset(offset: 5, commitTimestampMs: harness.nowMs)],
            nowMs: harness.nowMs)
        #expect(harness.state.expiredOffsets(nowMs: harness.nowMs + 59_999).isEmpty)
        let expired = harness.state.expiredOffsets(nowMs: harness.nowMs + 60_000)
        #expect(expired.count == 1)
        #expect(expired.first?.partitions == [topicPartition])
        #expect(expired.first?.deleteGroup == true)
    }

    @Test("Groups map to __consumer_offsets partitions by Java's String.hashCode")
    func partitioning() {
        #expect(GroupPartitioner.javaHashCode("test") == 3_556_498)
        #expect(GroupPartitioner.partition(for: "test", partitions: 50) == 48)
        #expect(GroupPartitioner.javaHashCode("") == 0)
        // "polygenelubricants".hashCode() is Integer.MIN_VALUE; Kafka's Utils.abs maps it to 0.
        #expect(GroupPartitioner.javaHashCode("polygenelubricants") == Int32.min)
        #expect(GroupPartitioner.partition(for: "polygenelubricants", partitions: 50) == 0)
    }

    @Test("Group metadata and offset commit records round-trip and replay into the same group")
    func recordsReplay() throws {
        var harness = Harness()
        let (leader, follower, generation) = harness.stableGroupOfTwo()
        let group = harness.state.group("g")!
        let key = try GroupMetadataRecords.groupMetadataKey(groupId: "g")
        let value = try GroupMetadataRecords.groupMetadataValue(group)
        #expect(key.getInteger(at: 0, as: Int16.self) == 2)
        #expect(value.getInteger(at: 0, as: Int16.self) == 3)
        let offset = CommittedOffset(offset: 42, leaderEpoch: 3, metadata: "meta", commitTimestampMs: 7)
        let offsetKey = try GroupMetadataRecords.offsetCommitKey(groupId: "g", TopicPartition(topic: "t", partition: 1))
        let offsetValue = try GroupMetadataRecords.offsetCommitValue(offset)
        var replayed = GroupCoordinatorState(settings: GroupCoordinatorSettings())
        replayed.replay(try #require(try GroupMetadataRecords.decode(key: offsetKey, value: offsetValue)), nowMs: 0)
        replayed.replay(try #require(try GroupMetadataRecords.decode(key: key, value: value)), nowMs: 0)
        let loaded = try #require(replayed.group("g"))
        #expect(loaded.state == .stable)
        #expect(loaded.generationId == generation)
        #expect(loaded.leaderId == leader)
        #expect(loaded.member(follower)?.assignment == ByteBuffer(string: "A-\(follower)"))
        #expect(loaded.offsets[TopicPartition(topic: "t", partition: 1)] == offset)
        replayed.replay(try #require(try GroupMetadataRecords.decode(key: offsetKey, value: nil)), nowMs: 0)
        #expect(replayed.group("g")?.offsets.isEmpty == true)
        replayed.replay(try #require(try GroupMetadataRecords.decode(key: key, value: nil)), nowMs: 0)
        #expect(replayed.group("g") == nil)
    }
}
