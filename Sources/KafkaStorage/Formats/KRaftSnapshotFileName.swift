/// The name of a KRaft metadata snapshot: `<20-digit end offset>-<10-digit epoch>.checkpoint`.
///
/// Kafka's raft module names a snapshot after its `OffsetAndEpoch` (Snapshots.java
/// `filenameFromSnapshotId`: `%020d-%010d`, suffix `.checkpoint`); a snapshot being written carries
/// `.checkpoint.part` and one scheduled for deletion `.checkpoint.deleted`.
public struct KRaftSnapshotFileName: Hashable, Sendable, CustomStringConvertible {
    /// The state of the snapshot file, by its suffix.
    public enum State: String, CaseIterable, Hashable, Sendable {
        /// A complete snapshot.
        case complete = ".checkpoint"
        /// Being written (Snapshots.java `PARTIAL_SUFFIX`).
        case partial = ".checkpoint.part"
        /// Scheduled for deletion (Snapshots.java `DELETE_SUFFIX`).
        case deleted = ".checkpoint.deleted"
    }

    /// The number of digits of the epoch part.
    public static let epochDigits = 10

    /// The offset after the last record the snapshot covers.
    public var endOffset: Int64
    /// The leader epoch of that offset.
    public var epoch: Int32
    /// Complete, partial or deleted.
    public var state: State

    /// - Parameters:
    ///   - endOffset: must not be negative.
    ///   - epoch: must not be negative.
    public init(endOffset: Int64, epoch: Int32, state: State = .complete) {
        precondition(endOffset >= 0 && epoch >= 0, "snapshot ids are never negative")
        self.endOffset = endOffset
        self.epoch = epoch
        self.state = state
    }

    /// Parses a bare file name strictly (20 digits, `-`, 10 digits, a known suffix); nil otherwise.
    public init?(parsing fileName: String) {
        let utf8 = Array(fileName.utf8)
        let prefixLength = LogFileName.offsetDigits + 1 + Self.epochDigits
        guard utf8.count > prefixLength, utf8[LogFileName.offsetDigits] == UInt8(ascii: "-"),
            let endOffset = LogFileName.parseOffset(utf8[0..<LogFileName.offsetDigits]),
            let epoch = LogFileName.parseOffset(utf8[(LogFileName.offsetDigits + 1)..<prefixLength]),
            epoch <= Int64(Int32.max),
            let state = State(rawValue: String(decoding: utf8[prefixLength...], as: UTF8.self))
        else {
            return nil
        }
        self.init(endOffset: endOffset, epoch: Int32(epoch), state: state)
    }

    /// The file name, e.g. `00000000000000000042-0000000003.checkpoint`.
    public var fileName: String {
        let epochText = String(self.epoch)
        return LogFileName.formatOffset(self.endOffset) + "-"
            + String(repeating: "0", count: max(0, Self.epochDigits - epochText.count)) + epochText
            + self.state.rawValue
    }

    public var description: String { self.fileName }
}
