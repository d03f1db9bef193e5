import NIOCore

/// Kafka's `cooperative-sticky` assignor (CooperativeStickyAssignor.java over
/// AbstractStickyAssignor.java): as balanced as round robin, while each member keeps as many of
/// the partitions it owned as balance allows. It is cooperative (KIP-429): a partition that moves
/// between two members is left out of the new owner's assignment in this round, so the old owner
/// revokes it first; the follow-up rebalance the old owner triggers then hands it over.
public struct CooperativeStickyAssignor: PartitionAssignor {
    public let name = "cooperative-sticky"
    public let rebalanceProtocol = RebalanceProtocol.cooperative

    public init() {}

    /// The user data Java's CooperativeStickyAssignor sends: the member's generation as an INT32,
    /// for leaders that read subscriptions older than ConsumerProtocol v2.
    public static func userData(generation: Int32) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(generation)
        return buffer
    }

    public func assign(partitionsPerTopic: [String: Int32], subscriptions: [String: MemberSubscription]) -> [String:
        [TopicPartition]]
    {
        let members = Self.sortedMembers(subscriptions)
        let owned = Self.validOwnership(partitionsPerTopic: partitionsPerTopic, subscriptions: subscriptions)
        let topicsOf = subscriptions.mapValues { Set($0.subscription.topics) }
        let identical = Set(topicsOf.values).count <= 1
        var assignment =
            identical
            ? Self.constrainedAssign(
                partitionsPerTopic: partitionsPerTopic, members: members, topics: topicsOf.values.first ?? [],
                owned: owned)
            : Self.generalAssign(
                partitionsPerTopic: partitionsPerTopic, members: members, topicsOf: topicsOf, owned: owned)
        // KIP-429: a partition that changes owner is only revoked in this round.
        var previousOwner: [TopicPartition: String] = [:]
        for (member, partitions) in owned { for partition in partitions { previousOwner[partition] = member } }
        for member in members {
            assignment[member] = (assignment[member] ?? []).filter { partition in
                guard let before = previousOwner[partition] else { return true }
                return before == member
            }.sorted()
        }
        return assignment
    }

    /// Each member's claimed partitions that still exist and that it still subscribes to; when
    /// several members claim one, the highest generation wins and a tie in the same generation
    /// leaves it unowned (AbstractStickyAssignor.allSubscriptionsEqual / generation checks).
    static func validOwnership(
        partitionsPerTopic: [String: Int32], subscriptions: [String: MemberSubscription]
    ) -> [String: [TopicPartition]] {
        var best: [TopicPartition: (member: String, generation: Int32, conflict: Bool)] = [:]
        for member in subscriptions.keys.sorted() {
            guard let subscription = subscriptions[member]?.subscription else { continue }
            let generation = subscription.generationId >= 0 ? subscription.generationId : Self.generation(subscription)
            for partition in Set(subscription.ownedPartitions) {
                guard let count = partitionsPerTopic[partition.topic], partition.partition < count,
                    subscription.topics.contains(partition.topic)
                else { continue }
                if let current = best[partition] {
                    if generation > current.generation {
                        best[partition] = (member, generation, false)
                    } else if generation == current.generation {
                        best[partition] = (current.member, generation, true)
                    }
                } else {
                    best[partition] = (member, generation, false)
                }
            }
        }
        var owned: [String: [TopicPartition]] = [:]
        for (partition, claim) in best where !claim.conflict { owned[claim.member, default: []].append(partition) }
        return owned.mapValues { $0.sorted() }
    }

    /// The generation from Java's user data when the subscription itself has none (v0/v1).
    private static func generation(_ subscription: GroupSubscription) -> Int32 {
        guard var data = subscription.userData, let value = data.readInteger(as: Int32.self) else { return -1 }
        return value
    }

    /// Every member subscribes to the same topics: quotas of floor(P/N) and ceil(P/N), owners keep
    /// up to their quota, the rest is dealt to members below it (AbstractStickyAssignor.constrainedAssign).
    static func constrainedAssign(
        partitionsPerTopic: [String: Int32], members: [String], topics: Set<String>, owned: [String: [TopicPartition]]
    ) -> [String: [TopicPartition]] {
        var assignment = Dictionary(uniqueKeysWithValues: members.map { ($0, [TopicPartition]()) })
        guard !members.isEmpty else { return assignment }
        let all = Self.allPartitions(partitionsPerTopic, topics: topics)
        let minQuota = all.count / members.count
        let maxQuota = (all.count + members.count - 1) / members.count
        let expectedOverMin = all.count % members.count
        var overMin = 0
        var underMin: [String] = []
        var atMin: [String] = []
        var kept = Set<TopicPartition>()
        for member in members {
            let mine = owned[member] ?? []
            let keep: Int
            if mine.count <= minQuota {
                keep = mine.count
            } else if mine.count >= maxQuota && overMin < expectedOverMin {
                keep = maxQuota
                overMin += 1
            } else {
                keep = minQuota
            }
            assignment[member] = Array(mine.prefix(keep))
            kept.formUnion(mine.prefix(keep))
            if keep < minQuota { underMin.append(member) } else if keep == minQuota { atMin.append(member) }
        }
        var unassigned = all.filter { !kept.contains($0) }[...]
        // First bring everyone up to the minimum, dealing round robin.
        while !underMin.isEmpty, let partition = unassigned.popFirst() {
            let member = underMin.removeFirst()
            assignment[member, default: []].append(partition)
            if assignment[member, default: []].count < minQuota { underMin.append(member) } else { atMin.append(member) }
        }
        // Then the remainder goes one each to members at the minimum.
        while overMin < expectedOverMin, !atMin.isEmpty, let partition = unassigned.popFirst() {
            assignment[atMin.removeFirst(), default: []].append(partition)
            overMin += 1
        }
        return assignment
    }

    /// Members subscribe to different topics: keep ownership, give each free partition to the
    /// least loaded member that can take it (partitions with fewest candidates first), then move
    /// partitions from the most to the least loaded candidates until no move improves balance
    /// (AbstractStickyAssignor.generalAssign, without its reassignment search).
    static func generalAssign(
        partitionsPerTopic: [String: Int32], members: [String], topicsOf: [String: Set<String>],
        owned: [String: [TopicPartition]]
    ) -> [String: [TopicPartition]] {
        var assignment = Dictionary(uniqueKeysWithValues: members.map { ($0, owned[$0] ?? []) })
        let taken = Set(owned.values.flatMap { $0 })
        let all = Self.allPartitions(partitionsPerTopic, topics: Set(topicsOf.values.flatMap { $0 }))
        let candidates = { (partition: TopicPartition) in
            members.filter { topicsOf[$0]?.contains(partition.topic) == true }
        }
        let free = all.filter { !taken.contains($0) }.map { ($0, candidates($0)) }.sorted {
            ($0.1.count, $0.0) < ($1.1.count, $1.0)
        }
        for (partition, eligible) in free {
            guard let target = eligible.min(by: { (assignment[$0]?.count ?? 0, $0) < (assignment[$1]?.count ?? 0, $1) })
            else { continue }
            assignment[target, default: []].append(partition)
        }
        var moved = true
        var rounds = 0
        while moved && rounds < all.count * max(1, members.count) {
            moved = false
            rounds += 1
            for member in members.sorted(by: { (assignment[$0]?.count ?? 0) > (assignment[$1]?.count ?? 0) }) {
                for partition in (assignment[member] ?? []).reversed() {
                    let load = assignment[member]?.count ?? 0
                    guard
                        let target = candidates(partition).filter({ $0 != member }).min(by: {
                            (assignment[$0]?.count ?? 0, $0) < (assignment[$1]?.count ?? 0, $1)
                        }), (assignment[target]?.count ?? 0) + 1 < load
                    else { continue }
                    assignment[member]?.removeAll { $0 == partition }
                    assignment[target, default: []].append(partition)
                    moved = true
                }
            }
        }
        return assignment
    }

    private static func allPartitions(_ partitionsPerTopic: [String: Int32], topics: Set<String>) -> [TopicPartition] {
        partitionsPerTopic.filter { topics.contains($0.key) }.sorted { $0.key < $1.key }.flatMap { topic, count in
            (0..<max(0, count)).map { TopicPartition(topic: topic, partition: $0) }
        }
    }
}
