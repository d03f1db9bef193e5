/// Chooses partitions for unkeyed records: every record goes to the topic's current "sticky"
/// partition until a new batch is started, then another partition is picked at random among
/// those with a leader (KIP-480, Kafka StickyPartitionCache). Keyed records never come here; they
/// use murmur2 (`Murmur2.partition(forKey:partitionCount:)`).
public struct StickyPartitioner: Sendable {
    private var current: [String: Int32] = [:]

    public init() {}

    /// The topic's sticky partition, choosing one if there is none yet.
    public mutating func partition(
        for topic: String, available: [Int32], partitionCount: Int, using generator: inout some RandomNumberGenerator
    ) -> Int32 {
        if let partition = self.current[topic] { return partition }
        return self.choose(
            for: topic, previous: nil, available: available, partitionCount: partitionCount, using: &generator)
    }

    /// Moves the topic to another partition because `previous` is starting a new batch; a
    /// different partition is chosen when more than one is available.
    public mutating func onNewBatch(
        topic: String, previous: Int32, available: [Int32], partitionCount: Int,
        using generator: inout some RandomNumberGenerator
    ) -> Int32 {
        guard self.current[topic] == nil || self.current[topic] == previous else { return self.current[topic]! }
        return self.choose(
            for: topic, previous: previous, available: available, partitionCount: partitionCount, using: &generator)
    }

    private mutating func choose(
        for topic: String, previous: Int32?, available: [Int32], partitionCount: Int,
        using generator: inout some RandomNumberGenerator
    ) -> Int32 {
        let choice: Int32
        if available.count == 1 {
            choice = available[0]
        } else if available.isEmpty {
            choice = Int32(Int.random(in: 0..<max(1, partitionCount), using: &generator))
        } else {
            let candidates = available.filter { $0 != previous }
            choice = candidates.randomElement(using: &generator) ?? available[0]
        }
        self.current[topic] = choice
        return choice
    }
}
