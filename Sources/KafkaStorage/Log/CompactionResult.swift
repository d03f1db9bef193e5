/// What one cleaning pass did to a log (Kafka CleanerStats.java).
public struct CompactionResult: Sendable, Hashable {
    /// Where the dirty section started.
    public var firstDirtyOffset: Int64
    /// The first offset not cleaned: the cleaner checkpoint to store.
    public var endOffset: Int64
    public var segmentsBefore: Int
    public var segmentsAfter: Int
    public var bytesBefore: Int
    public var bytesAfter: Int
    /// Records dropped: superseded values, expired tombstones, aborted transactional data.
    public var recordsRemoved: Int

    public init(
        firstDirtyOffset: Int64, endOffset: Int64, segmentsBefore: Int, segmentsAfter: Int, bytesBefore: Int,
        bytesAfter: Int, recordsRemoved: Int
    ) {
        self.firstDirtyOffset = firstDirtyOffset
        self.endOffset = endOffset
        self.segmentsBefore = segmentsBefore
        self.segmentsAfter = segmentsAfter
        self.bytesBefore = bytesBefore
        self.bytesAfter = bytesAfter
        self.recordsRemoved = recordsRemoved
    }
}
