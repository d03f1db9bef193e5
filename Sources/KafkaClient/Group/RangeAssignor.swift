/// Kafka's `range` assignor (RangeAssignor.java): per topic, the members subscribed to it in
/// member order each take a consecutive range; the first `partitions % members` take one extra.
/// With several topics of equal size the same members get the extras every time, which is why
/// Kafka documents it as skewed.
public struct RangeAssignor: PartitionAssignor {
    public let name = "range"
    public let rebalanceProtocol = RebalanceProtocol.eager

    public init() {}

    public func assign(partitionsPerTopic: [String: Int32], subscriptions: [String: MemberSubscription]) -> [String:
        [TopicPartition]]
    {
        var result = Dictionary(uniqueKeysWithValues: subscriptions.keys.map { ($0, [TopicPartition]()) })
        let members = Self.sortedMembers(subscriptions)
        for (topic, count) in partitionsPerTopic.sorted(by: { $0.key < $1.key }) {
            let consumers = members.filter { subscriptions[$0]?.subscription.topics.contains(topic) == true }
            guard !consumers.isEmpty, count > 0 else { continue }
            let perConsumer = Int(count) / consumers.count
            let withExtra = Int(count) % consumers.count
            for (index, member) in consumers.enumerated() {
                let start = perConsumer * index + min(index, withExtra)
                let length = perConsumer + (index < withExtra ? 1 : 0)
                result[member, default: []] += (start..<start + length).map {
                    TopicPartition(topic: topic, partition: Int32($0))
                }
            }
        }
        return result
    }
}
