import Foundation
import KafkaProtocol
import KafkaStorage
import NIOCore
import Testing

@testable import KafkaBroker

/// A test broker with the group coordinator and its handlers registered.
private final class GroupTestBroker: Sendable {
    let broker: TestBroker
    let coordinator: GroupCoordinator
    let registry: ApiRegistry

    init(_ properties: [String: String] = [:]) async throws {
        var all = [
            "offsets.topic.num.partitions": "3", "offsets.topic.replication.factor": "1",
            "group.initial.rebalance.delay.ms": "0",
        ]
        all.merge(properties) { _, new in new }
        self.broker = try await TestBroker.start(all)
        self.coordinator = GroupCoordinator(
            replicaManager: self.broker.replicaManager, settings: GroupCoordinatorSettings(config: self.broker.context.config))
        await self.coordinator.startup()
        var registry = ApiRegistry()
        DataPlaneHandlers.register(into: &registry, replicaManager: self.broker.replicaManager, context: self.broker.context)
        GroupHandlers.register(into: &registry, coordinator: self.coordinator, context: self.broker.context)
        self.registry = registry
    }

    func shutdown() async {
        await self.coordinator.shutdown()
        self.broker.shutdown()
    }

    func roundTrip<Request: KafkaRequest>(_ request: Request, version: Int16) async throws -> Request.Response {
        var frame = try request.encodeFrame(version: version, correlationId: 7, clientId: "group-test").contiguousBuffer()
        frame.moveReaderIndex(forwardBy: 4)
        switch await self.registry.dispatch(try RequestFrame(decoding: frame), from: TestBroker.client) {
        case .respond(let writer):
            var bytes = try materialize(writer)
            _ = bytes.readInteger(as: Int32.self)
            return try Request.Response.decodeFrame(bytes, version: version).1
        case .noResponse, .closeConnection:
            throw TestBroker.ConnectionClosed(reason: "no response")
        }
    }

    /// Joins through MEMBER_ID_REQUIRED; returns the answer of the second join.
    func join(_ groupId: String, version: Int16 = 9, instanceId: String? = nil, protocolType: String = "consumer")
        async throws -> JoinGroupResponse
    {
        var request = JoinGroupRequest(
            groupId: groupId, sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000, memberId: "",
            groupInstanceId: instanceId, protocolType: protocolType,
            protocols: [.init(name: "range", metadata: ByteBuffer(string: "subscription"))])
        let first = try await self.roundTrip(request, version: version)
        guard first.errorCode == ErrorCode.memberIdRequired.rawValue else { return first }
        request.memberId = first.memberId
        return try await self.roundTrip(request, version: version)
    }

    func sync(_ groupId: String, join: JoinGroupResponse, version: Int16 = 5) async throws -> SyncGroupResponse {
        let request = SyncGroupRequest(
            groupId: groupId, generationId: join.generationId, memberId: join.memberId, protocolType: "consumer",
            protocolName: join.protocolName,
            assignments: join.members.map { .init(memberId: $0.memberId, assignment: ByteBuffer(string: "for-\($0.memberId)")) })
        return try await self.roundTrip(request, version: version)
    }

    func commit(_ groupId: String, memberId: String = "", generation: Int32 = -1, topic: String, offset: Int64, version: Int16 = 8)
        async throws -> Int16
    {
        let request = OffsetCommitRequest(
            groupId: groupId, generationIdOrMemberEpoch: generation, memberId: memberId,
            topics: [.init(name: topic, partitions: [.init(partitionIndex: 0, committedOffset: offset, committedMetadata: "m")])])
        let response = try await self.roundTrip(request, version: version)
        return try #require(response.topics.first?.partitions.first?.errorCode)
    }

    func fetchOffset(_ groupId: String, topic: String, version: Int16 = 7) async throws -> Int64 {
        let request = OffsetFetchRequest(groupId: groupId, topics: [.init(name: topic, partitionIndexes: [0])])
        let response = try await self.roundTrip(request, version: version)
        return try #require(response.topics.first?.partitions.first?.committedOffset)
    }
}

@Suite("Group coordinator handlers")
struct GroupHandlerTests {
    @Test("FindCoordinator creates __consumer_offsets and names this broker, batched (v4+) and not (v0-3)", arguments: [Int16(0), 3, 4, 6])
    func findCoordinator(version: Int16) async throws {
        let harness = try await GroupTestBroker()
        defer { Task { await harness.shutdown() } }
        var request = FindCoordinatorRequest(key: "group-a", keyType: 0)
        if version >= 4 { request = FindCoordinatorRequest(keyType: 0, coordinatorKeys: ["group-a", "group-b"]) }
        let response = try await harness.roundTrip(request, version: version)
        if version >= 4 {
            #expect(response.coordinators.map(\.key) == ["group-a", "group-b"])
            #expect(response.coordinators.allSatisfy { $0.errorCode == 0 && $0.nodeId == 1 && $0.host == "localhost" && $0.port == 9092 })
        } else {
            #expect(response.errorCode == 0)
            #expect(response.nodeId == 1 && response.port == 9092)
        }
        let topic = try #require(harness.broker.context.publisher.current.topic(named: "__consumer_offsets"))
        #expect(topic.partitions.count == 3)
        #expect(harness.broker.context.publisher.current.topicConfig("__consumer_offsets")["cleanup.policy"] == "compact")
        // Transactions have no coordinator yet.
        let transactional = try await harness.roundTrip(FindCoordinatorRequest(key: "txn", keyType: 1), version: 3)
        #expect(transactional.errorCode == ErrorCode.coordinatorNotAvailable.rawValue)
    }

    @Test("Join, sync, heartbeat, commit, fetch, list, describe, leave and delete over the wire")
    func fullLifecycle() async throws {
        let harness = try await GroupTestBroker()
        defer { Task { await harness.shutdown() } }
        try await harness.broker.createTopic("orders", partitions: 2)
        _ = try await harness.roundTrip(FindCoordinatorRequest(key: "g1", keyType: 0), version: 3)
        let join = try await harness.join("g1")
        #expect(join.errorCode == 0)
        #expect(join.generationId == 1)
        #expect(join.leader == join.memberId)
        #expect(join.protocolType == "consumer" && join.protocolName == "range")
        #expect(join.members.map(\.memberId) == [join.memberId])
        let sync = try await harness.sync("g1", join: join)
        #expect(sync.errorCode == 0)
        #expect(sync.assignment == ByteBuffer(string: "for-\(join.memberId)"))
        let heartbeat = try await harness.roundTrip(
            HeartbeatRequest(groupId: "g1", generationId: 1, memberId: join.memberId), version: 4)
        #expect(heartbeat.errorCode == 0)
        let stale = try await harness.roundTrip(HeartbeatRequest(groupId: "g1", generationId: 0, memberId: join.memberId), version: 0)
        #expect(stale.errorCode == ErrorCode.illegalGeneration.rawValue)

        #expect(try await harness.commit("g1", memberId: join.memberId, generation: 1, topic: "orders", offset: 17) == 0)
        #expect(try await harness.commit("g1", memberId: join.memberId, generation: 0, topic: "orders", offset: 18) == ErrorCode.illegalGeneration.rawValue)
        #expect(try await harness.commit("g1", memberId: join.memberId, generation: 1, topic: "missing", offset: 1) == ErrorCode.unknownTopicOrPartition.rawValue)
        #expect(try await harness.fetchOffset("g1", topic: "orders") == 17)
        #expect(try await harness.fetchOffset("g1", topic: "orders", version: 1) == 17)
        #expect(try await harness.fetchOffset("unknown-group", topic: "orders") == -1)

        // v8: several groups in one request, one of them asking for all topics.
        #expect(try await harness.commit("solo", topic: "orders", offset: 5) == 0)
        let multi = try await harness.roundTrip(
            OffsetFetchRequest(groups: [.init(groupId: "g1", topics: nil), .init(groupId: "solo", topics: [.init(name: "orders", partitionIndexes: [0, 1])])]),
            version: 8)
        #expect(multi.groups.map(\.groupId) == ["g1", "solo"])
        #expect(multi.groups[0].topics.first?.partitions.map(\.committedOffset) == [17])
        #expect(multi.groups[1].topics.first?.partitions.map(\.committedOffset) == [5, -1])

        let listed = try await harness.roundTrip(ListGroupsRequest(), version: 5)
        #expect(listed.groups.map(\.groupId) == ["g1", "solo"])
        #expect(listed.groups.map(\.groupState) == ["Stable", "Empty"])
        #expect(listed.groups.map(\.protocolType) == ["consumer", ""])
        let stableOnly = try await harness.roundTrip(ListGroupsRequest(statesFilter: ["stable"]), version: 4)
        #expect(stableOnly.groups.map(\.groupId) == ["g1"])
        let consumerType = try await harness.roundTrip(ListGroupsRequest(typesFilter: ["consumer"]), version: 5)
        #expect(consumerType.groups.isEmpty)

        let described = try await harness.roundTrip(DescribeGroupsRequest(groups: ["g1", "nope"], includeAuthorizedOperations: true), version: 5)
        #expect(described.groups.map(\.groupState) == ["Stable", "Dead"])
        #expect(described.groups[0].protocolData == "range")
        #expect(described.groups[0].members.first?.clientId == "group-test")
        #expect(described.groups[0].members.first?.clientHost == "/127.0.0.1")
        #expect(described.groups[0].members.first?.memberAssignment == ByteBuffer(string: "for-\(join.memberId)"))

        let deleteActive = try await harness.roundTrip(DeleteGroupsRequest(groupsNames: ["g1", "nope"]), version: 2)
        #expect(deleteActive.results.map(\.errorCode) == [ErrorCode.nonEmptyGroup.rawValue, ErrorCode.groupIdNotFound.rawValue])
        let offsetDelete = try await harness.roundTrip(
            OffsetDeleteRequest(groupId: "g1", topics: [.init(name: "orders", partitions: [.init(partitionIndex: 0)])]), version: 0)
        // The member's subscription bytes are not a ConsumerProtocolSubscription, so no topic is known as subscribed.
        #expect(offsetDelete.errorCode == 0)

        let leave = try await harness.roundTrip(
            LeaveGroupRequest(groupId: "g1", members: [.init(memberId: join.memberId), .init(memberId: "ghost")]), version: 5)
        #expect(leave.errorCode == 0)
        #expect(leave.members.map(\.errorCode) == [0, ErrorCode.unknownMemberId.rawValue])
        let afterLeave = try await harness.roundTrip(DescribeGroupsRequest(groups: ["g1"]), version: 0)
        #expect(afterLeave.groups.first?.groupState == "Empty")
        let deleted = try await harness.roundTrip(DeleteGroupsRequest(groupsNames: ["g1"]), version: 0)
        #expect(deleted.results.first?.errorCode == 0)
        #expect(try await harness.fetchOffset("g1", topic: "orders") == -1)
    }

    @Test("A new coordinator over the same log replays committed offsets and groups")
    func replayAfterRestart() async throws {
        let harness = try await GroupTestBroker()
        defer { Task { await harness.shutdown() } }
        try await harness.broker.createTopic("events")
        _ = try await harness.roundTrip(FindCoordinatorRequest(key: "g", keyType: 0), version: 3)
        let join = try await harness.join("g")
        _ = try await harness.sync("g", join: join)
        #expect(try await harness.commit("g", memberId: join.memberId, generation: join.generationId, topic: "events", offset: 99) == 0)
        #expect(try await harness.commit("simple", topic: "events", offset: 3) == 0)

        let restarted = GroupCoordinator(
            replicaManager: harness.broker.replicaManager, settings: GroupCoordinatorSettings(config: harness.broker.context.config))
        await restarted.startup()
        #expect(await restarted.fetchOffsets(groupId: "g", partitions: nil).1[TopicPartition(topic: "events", partition: 0)]?.offset == 99)
        #expect(await restarted.fetchOffsets(groupId: "simple", partitions: nil).1[TopicPartition(topic: "events", partition: 0)]?.offset == 3)
        let described = await restarted.describeGroup("g")
        #expect(described.state == .stable)
        #expect(described.members.map(\.memberId) == [join.memberId])
        #expect(described.members.first?.assignment == ByteBuffer(string: "for-\(join.memberId)"))
        await restarted.shutdown()
    }

    @Test("Expired offsets are tombstoned and stay gone after a replay")
    func retention() async throws {
        let harness = try await GroupTestBroker(["offsets.retention.minutes": "1"])
        defer { Task { await harness.shutdown() } }
        try await harness.broker.createTopic("events")
        _ = try await harness.roundTrip(FindCoordinatorRequest(key: "old", keyType: 0), version: 3)
        #expect(try await harness.commit("old", topic: "events", offset: 3) == 0)
        let later = ManagedClock(nowMs: Int64(Date().timeIntervalSince1970 * 1000) + 61_000)
        let coordinator = GroupCoordinator(
            replicaManager: harness.broker.replicaManager, settings: GroupCoordinatorSettings(config: harness.broker.context.config),
            clock: GroupCoordinatorClock(nowMs: { later.nowMs }, sleep: { _ in try await Task.sleep(for: .seconds(3600)) }))
        await coordinator.startup()
        #expect(await coordinator.cleanupExpiredOffsets() == 1)
        #expect(await coordinator.listGroups(states: []).isEmpty)
        await coordinator.shutdown()
        let replayed = GroupCoordinator(
            replicaManager: harness.broker.replicaManager, settings: GroupCoordinatorSettings(config: harness.broker.context.config))
        await replayed.startup()
        #expect(await replayed.fetchOffsets(groupId: "old", partitions: nil).1.isEmpty)
        #expect(await replayed.listGroups(states: []).isEmpty)
        await replayed.shutdown()
    }

    @Test("Requests for a group before __consumer_offsets exists get COORDINATOR_NOT_AVAILABLE")
    func noTopicYet() async throws {
        let harness = try await GroupTestBroker()
        defer { Task { await harness.shutdown() } }
        let heartbeat = try await harness.roundTrip(HeartbeatRequest(groupId: "g", generationId: 1, memberId: "m"), version: 4)
        #expect(heartbeat.errorCode == ErrorCode.coordinatorNotAvailable.rawValue)
    }
}

/// A fixed wall clock for the coordinator.
private final class ManagedClock: Sendable {
    let nowMs: Int64
    init(nowMs: Int64) { self.nowMs = nowMs }
}
