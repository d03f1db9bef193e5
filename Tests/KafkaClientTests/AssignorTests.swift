import Testing

@testable import KafkaClient

/// Expected assignments are the ones Kafka's own assignor tests assert (RangeAssignorTest,
/// RoundRobinAssignorTest, CooperativeStickyAssignorTest).
@Suite("Partition assignors")
struct AssignorTests {
    private func tp(_ topic: String, _ partition: Int32) -> TopicPartition {
        TopicPartition(topic: topic, partition: partition)
    }

    private func members(_ topics: [String: [String]], owned: [String: [TopicPartition]] = [:], generation: Int32 = 1)
        -> [String: MemberSubscription]
    {
        topics.mapValues { MemberSubscription(GroupSubscription(topics: $0)) }.reduce(into: [:]) { result, entry in
            var subscription = entry.value
            subscription.subscription.ownedPartitions = owned[entry.key] ?? []
            subscription.subscription.generationId = owned[entry.key] == nil ? -1 : generation
            result[entry.key] = subscription
        }
    }

    @Test("range gives each member a consecutive range per topic, the first members one extra")
    func rangeTwoConsumersTwoTopics() {
        let result = RangeAssignor().assign(
            partitionsPerTopic: ["t1": 3, "t2": 3],
            subscriptions: self.members(["consumer1": ["t1", "t2"], "consumer2": ["t1", "t2"]]))
        #expect(result["consumer1"] == [tp("t1", 0), tp("t1", 1), tp("t2", 0), tp("t2", 1)])
        #expect(result["consumer2"] == [tp("t1", 2), tp("t2", 2)])
    }

    @Test("range only deals a topic to its subscribers, and a member of nothing gets nothing")
    func rangeDifferentSubscriptions() {
        let result = RangeAssignor().assign(
            partitionsPerTopic: ["t1": 3, "t2": 2],
            subscriptions: self.members(["consumer1": ["t1"], "consumer2": ["t1", "t2"], "consumer3": []]))
        #expect(result["consumer1"] == [tp("t1", 0), tp("t1", 1)])
        #expect(result["consumer2"] == [tp("t1", 2), tp("t2", 0), tp("t2", 1)])
        #expect(result["consumer3"] == [])
    }

    @Test("range orders static members by group.instance.id, not member id")
    func rangeStaticMembers() {
        var subscriptions = self.members(["b-member": ["t"], "a-member": ["t"]])
        subscriptions["b-member"]?.groupInstanceId = "instance-1"
        subscriptions["a-member"]?.groupInstanceId = "instance-2"
        let result = RangeAssignor().assign(partitionsPerTopic: ["t": 3], subscriptions: subscriptions)
        #expect(result["b-member"] == [tp("t", 0), tp("t", 1)])
        #expect(result["a-member"] == [tp("t", 2)])
    }

    @Test("roundrobin deals every partition in turn across topics")
    func roundRobinTwoConsumersTwoTopics() {
        let result = RoundRobinAssignor().assign(
            partitionsPerTopic: ["t1": 3, "t2": 3],
            subscriptions: self.members(["consumer1": ["t1", "t2"], "consumer2": ["t1", "t2"]]))
        #expect(result["consumer1"] == [tp("t1", 0), tp("t1", 2), tp("t2", 1)])
        #expect(result["consumer2"] == [tp("t1", 1), tp("t2", 0), tp("t2", 2)])
    }

    @Test("roundrobin skips members not subscribed to a partition's topic")
    func roundRobinDifferentSubscriptions() {
        // RoundRobinAssignorTest.testTwoDynamicConsumersTwoTopicsSixPartitions' uneven sibling:
        // consumer1 reads t1 only.
        let result = RoundRobinAssignor().assign(
            partitionsPerTopic: ["t1": 1, "t2": 2],
            subscriptions: self.members(["consumer1": ["t1"], "consumer2": ["t1", "t2"]]))
        #expect(result["consumer1"] == [tp("t1", 0)])
        #expect(result["consumer2"] == [tp("t2", 0), tp("t2", 1)])
    }

    @Test("cooperative-sticky balances a fresh group like round robin quotas")
    func stickyFreshGroup() {
        let result = CooperativeStickyAssignor().assign(
            partitionsPerTopic: ["t": 6], subscriptions: self.members(["c1": ["t"], "c2": ["t"], "c3": ["t"]]))
        #expect(result.values.map(\.count).sorted() == [2, 2, 2])
        #expect(Set(result.values.flatMap { $0 }).count == 6)
    }

    @Test("cooperative-sticky keeps owned partitions when a member leaves and spreads the orphans")
    func stickyMemberLeaves() {
        let owned = ["c1": [tp("t", 0), tp("t", 3)], "c2": [tp("t", 1), tp("t", 4)]]
        let result = CooperativeStickyAssignor().assign(
            partitionsPerTopic: ["t": 6], subscriptions: self.members(["c1": ["t"], "c2": ["t"]], owned: owned))
        #expect(result["c1"]?.count == 3)
        #expect(result["c2"]?.count == 3)
        #expect(Set(result["c1"] ?? []).isSuperset(of: owned["c1"]!))
        #expect(Set(result["c2"] ?? []).isSuperset(of: owned["c2"]!))
    }

    @Test("cooperative-sticky leaves a moving partition unassigned in the first round (KIP-429)")
    func stickyRevokesBeforeTransfer() {
        let owned = ["c1": [tp("t", 0), tp("t", 1), tp("t", 2)], "c2": [tp("t", 3), tp("t", 4), tp("t", 5)]]
        let first = CooperativeStickyAssignor().assign(
            partitionsPerTopic: ["t": 6],
            subscriptions: self.members(["c1": ["t"], "c2": ["t"], "c3": ["t"]], owned: owned))
        #expect(first["c1"]?.count == 2)
        #expect(first["c2"]?.count == 2)
        #expect(first["c3"] == [])
        // The follow-up rebalance, with c1 and c2 owning only what they kept, hands the rest to c3.
        let second = CooperativeStickyAssignor().assign(
            partitionsPerTopic: ["t": 6],
            subscriptions: self.members(
                ["c1": ["t"], "c2": ["t"], "c3": ["t"]], owned: ["c1": first["c1"]!, "c2": first["c2"]!],
                generation: 2))
        #expect(second["c1"] == first["c1"])
        #expect(second["c2"] == first["c2"])
        #expect(second["c3"]?.count == 2)
    }

    @Test("cooperative-sticky: of two claims on one partition the higher generation wins")
    func stickyGenerationConflict() {
        var subscriptions = self.members(["c1": ["t"], "c2": ["t"]])
        subscriptions["c1"]?.subscription.ownedPartitions = [tp("t", 0)]
        subscriptions["c1"]?.subscription.generationId = 3
        subscriptions["c2"]?.subscription.ownedPartitions = [tp("t", 0), tp("t", 1)]
        subscriptions["c2"]?.subscription.generationId = 2
        let owned = CooperativeStickyAssignor.validOwnership(partitionsPerTopic: ["t": 2], subscriptions: subscriptions)
        #expect(owned["c1"] == [tp("t", 0)])
        #expect(owned["c2"] == [tp("t", 1)])
    }

    @Test("cooperative-sticky with different subscriptions gives each partition to a subscriber, balanced")
    func stickyGeneral() {
        let result = CooperativeStickyAssignor().assign(
            partitionsPerTopic: ["t1": 2, "t2": 4],
            subscriptions: self.members(["c1": ["t1"], "c2": ["t1", "t2"], "c3": ["t2"]]))
        #expect(result["c1"]?.allSatisfy { $0.topic == "t1" } == true)
        #expect(result["c3"]?.allSatisfy { $0.topic == "t2" } == true)
        #expect(Set(result.values.flatMap { $0 }).count == 6)
        #expect(result.values.map(\.count).sorted() == [2, 2, 2])
    }

    @Test("partition.assignment.strategy names: short and Java class names")
    func names() {
        #expect(PartitionAssignors.named("range")?.name == "range")
        #expect(PartitionAssignors.named("org.apache.kafka.clients.consumer.RoundRobinAssignor")?.name == "roundrobin")
        #expect(PartitionAssignors.named(" cooperative-sticky ")?.rebalanceProtocol == .cooperative)
        #expect(PartitionAssignors.named("sticky") == nil)
    }
}
