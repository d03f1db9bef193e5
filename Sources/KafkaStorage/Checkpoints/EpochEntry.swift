/// A leader epoch and the first offset written in it (Kafka EpochEntry.java).
public struct EpochEntry: Hashable, Sendable {
    public var epoch: Int32
    public var startOffset: Int64

    public init(epoch: Int32, startOffset: Int64) {
        self.epoch = epoch
        self.startOffset = startOffset
    }
}
