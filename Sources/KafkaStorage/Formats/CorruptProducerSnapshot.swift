/// Why a producer snapshot file could not be read (Kafka CorruptSnapshotException.java). The
/// descriptions are Kafka's messages, so tools print what kafka-dump-log prints.
public enum CorruptProducerSnapshot: Error, Hashable, Sendable, CustomStringConvertible {
    /// The version field is not 1.
    case unknownVersion(Int16)
    /// The stored CRC32C does not match the bytes after the CRC field.
    case checksumMismatch(stored: UInt32, computed: UInt32)
    /// The bytes do not parse: truncated, or a negative or oversized entry count. `detail` says
    /// what broke and at which byte position.
    case schemaValidation(detail: String)

    public var description: String {
        switch self {
        case .unknownVersion(let version):
            return "Snapshot contained an unknown file version \(version)"
        case .checksumMismatch(let stored, let computed):
            return "Snapshot is corrupt (CRC is no longer valid). Stored crc: \(stored). Computed crc: \(computed)"
        case .schemaValidation(let detail):
            return "Snapshot failed schema validation: \(detail)"
        }
    }
}
