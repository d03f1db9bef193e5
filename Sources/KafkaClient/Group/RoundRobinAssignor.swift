/// Kafka's `roundrobin` assignor (RoundRobinAssignor.java): every partition of every subscribed
/// topic, topics by name and partitions ascending, dealt to the members in member order, skipping
/// members not subscribed to the partition's topic.
public struct RoundRobinAssignor: PartitionAssignor {
    public let name = "roundrobin"
    public let rebalanceProtocol = RebalanceProtocol.eager

    public init() {}

    public func assign(partitionsPerTopic: [String: Int32], subscriptions: [String: MemberSubscription]) -> [String:
        [TopicPartition]]
    {
        var result = Dictionary(uniqueKeysWithValues: subscriptions.keys.map { ($0, [TopicPartition]()) })
        let members = Self.sortedMembers(subscriptions)
        guard !members.isEmpty else { return result }
        let subscribed = Set(subscriptions.values.flatMap(\.subscription.topics))
        var next = 0
        for (topic, count) in partitionsPerTopic.sorted(by: { $0.key < $1.key }) where subscribed.contains(topic) {
            for partition in 0..<count {
                // The circular iterator moves on until a member subscribed to the topic comes up.
                for _ in 0..<members.count {
                    let member = members[next % members.count]
                    next += 1
                    if subscriptions[member]?.subscription.topics.contains(topic) == true {
                        result[member, default: []].append(TopicPartition(topic: topic, partition: partition))
                        break
                    }
                }
            }
        }
        return result
    }
}
