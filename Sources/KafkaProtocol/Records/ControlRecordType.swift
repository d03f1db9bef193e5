import NIOCore

/// The type of a control record, read from its key (Kafka ControlRecordType.java).
///
/// The key is `version int16` (0) then `type int16`. Types this code does not know survive as
/// their raw value; Kafka's clients skip such records.
public struct ControlRecordType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: Int16

    public init(rawValue: Int16) {
        self.rawValue = rawValue
    }

    /// End of an aborted transaction.
    public static let abort = ControlRecordType(rawValue: 0)
    /// End of a committed transaction.
    public static let commit = ControlRecordType(rawValue: 1)
    /// KRaft: a new leader took over the metadata log (KIP-595).
    public static let leaderChange = ControlRecordType(rawValue: 2)
    /// KRaft: first record of a snapshot (KIP-630).
    public static let snapshotHeader = ControlRecordType(rawValue: 3)
    /// KRaft: last record of a snapshot (KIP-630).
    public static let snapshotFooter = ControlRecordType(rawValue: 4)
    /// KRaft: the kraft.version feature level (KIP-853).
    public static let kraftVersion = ControlRecordType(rawValue: 5)
    /// KRaft: the voter set (KIP-853).
    public static let kraftVoters = ControlRecordType(rawValue: 6)

    /// The key version this code writes.
    public static let currentKeyVersion: Int16 = 0
    /// Size of a version-0 key.
    public static let keySize = 4

    public var description: String {
        switch self {
        case .abort: return "ABORT"
        case .commit: return "COMMIT"
        case .leaderChange: return "LEADER_CHANGE"
        case .snapshotHeader: return "SNAPSHOT_HEADER"
        case .snapshotFooter: return "SNAPSHOT_FOOTER"
        case .kraftVersion: return "KRAFT_VERSION"
        case .kraftVoters: return "KRAFT_VOTERS"
        default: return "UNKNOWN(\(self.rawValue))"
        }
    }

    /// Parses a control record key. Later key versions are read as version 0, since they may only
    /// add fields (Kafka ControlRecordType.java `parseTypeId`).
    /// - Throws: `ProtocolDecodingError` for a null key, fewer than 4 bytes or a negative version.
    public init(key: ByteBuffer?) throws {
        guard let key else {
            throw ProtocolDecodingError.invalidLength(what: "control record key", length: -1)
        }
        guard key.readableBytes >= Self.keySize,
            let version = key.getInteger(at: key.readerIndex, as: Int16.self),
            let type = key.getInteger(at: key.readerIndex + 2, as: Int16.self)
        else {
            throw ProtocolDecodingError.truncated(
                what: "control record key", needed: Self.keySize, available: key.readableBytes)
        }
        guard version >= 0 else {
            throw ProtocolDecodingError.unsupportedVersion(what: "control record key", version: version)
        }
        self.rawValue = type
    }

    /// The version-0 key for this type.
    public func encodeKey(allocator: ByteBufferAllocator = ByteBufferAllocator()) -> ByteBuffer {
        var key = allocator.buffer(capacity: Self.keySize)
        key.writeInteger(Self.currentKeyVersion)
        key.writeInteger(self.rawValue)
        return key
    }
}
