import KafkaProtocol
import NIOCore

/// The line klog-dump prints for each record with deep iteration (DumpLogSegments.scala `dumpLog`):
/// metadata, control record details, then key and payload.
struct RecordLine {
    /// What a control record says, already rendered.
    enum ControlDetail {
        /// ` endTxnMarker: COMMIT coordinatorEpoch: 0`.
        case endTransaction(type: String, coordinatorEpoch: Int32)
        /// ` SnapshotHeader {json}` and the other KRaft records: label and JSON.
        case kraft(label: String, json: String)
        /// ` controlType: LEADER_CHANGE(2)`.
        case other(name: String, id: Int16)
    }

    var offset: Int64
    /// The batch's timestamp type, which labels every record's timestamp.
    var timestampType: TimestampType
    var timestamp: Int64
    var keySize: Int
    var valueSize: Int
    /// Magic 2 only: sequence (or -1) and header keys.
    var sequence: Int32?
    var headerKeys: [String]?
    /// Legacy only: the message's CRC check and stored CRC.
    var legacyValidity: (isValid: Bool, crc: UInt32)?
    var control: ControlDetail?
    /// Decoded key and payload, when printed.
    var key: String?
    var payload: String?

    /// Kafka's text; `skipMetadata` leaves out everything but key and payload, with Kafka's quirks.
    func text(skipMetadata: Bool) -> String {
        var line = ""
        var prefix = "| "
        if !skipMetadata {
            line +=
                "\(prefix)offset: \(self.offset) \(self.timestampType): \(self.timestamp) keySize: \(self.keySize)"
                + " valueSize: \(self.valueSize)"
            prefix = " "
            if let sequence = self.sequence, let headerKeys = self.headerKeys {
                line += " sequence: \(sequence) headerKeys: [\(headerKeys.joined(separator: ","))]"
            }
            if let legacy = self.legacyValidity {
                // The stray `}` is Kafka's.
                line += " isValid: \(legacy.isValid) crc: \(legacy.crc)}"
            }
            switch self.control {
            case .endTransaction(let type, let coordinatorEpoch):
                line += " endTxnMarker: \(type) coordinatorEpoch: \(coordinatorEpoch)"
            case .kraft(let label, let json):
                line += " \(label) \(json)"
            case .other(let name, let id):
                line += " controlType: \(name)(\(id))"
            case nil:
                break
            }
        }
        if let key = self.key {
            line += "\(prefix)key: \(key)"
        }
        if let payload = self.payload {
            // Always one space, never the `|`: with skip-record-metadata and no key the line starts
            // with a space (Kafka quirk).
            line += " payload: \(payload)"
        }
        return line
    }

    /// The `--json` line.
    func json(skipMetadata: Bool) -> String {
        var line = JSONLine("record")
        if !skipMetadata {
            line.add("offset", self.offset)
            line.add("timestampType", self.timestampType.description)
            line.add("timestamp", self.timestamp)
            line.add("keySize", self.keySize)
            line.add("valueSize", self.valueSize)
            if let sequence = self.sequence, let headerKeys = self.headerKeys {
                line.add("sequence", sequence)
                line.add("headerKeys", headerKeys)
            }
            if let legacy = self.legacyValidity {
                line.add("isValid", legacy.isValid)
                line.add("crc", legacy.crc)
            }
            switch self.control {
            case .endTransaction(let type, let coordinatorEpoch):
                line.add("endTxnMarker", type)
                line.add("coordinatorEpoch", coordinatorEpoch)
            case .kraft(let label, let json):
                line.addRaw(label, json)
            case .other(let name, let id):
                line.add("controlType", name)
                line.add("controlTypeId", id)
            case nil:
                break
            }
        }
        if let key = self.key { line.add("key", key) }
        if let payload = self.payload { line.add("payload", payload) }
        return line.text
    }

    /// The control details of a record of a control batch (DumpLogSegments.scala: markers, KRaft
    /// snapshot and voter records as JSON, anything else by name and id).
    ///
    /// - Throws: `ProtocolDecodingError` when the key or value cannot be read.
    static func controlDetail(_ record: Record) throws -> ControlDetail {
        let type = try ControlRecordType(key: record.key)
        switch type {
        case .abort, .commit:
            let marker = try EndTransactionMarker(record: record)
            return .endTransaction(type: marker.type.description, coordinatorEpoch: marker.coordinatorEpoch)
        case .snapshotHeader:
            return .kraft(label: "SnapshotHeader", json: try Self.kraftJSON(SnapshotHeaderRecord.self, record.value))
        case .snapshotFooter:
            return .kraft(label: "SnapshotFooter", json: try Self.kraftJSON(SnapshotFooterRecord.self, record.value))
        case .kraftVersion:
            return .kraft(label: "KRaftVersion", json: try Self.kraftJSON(KRaftVersionRecord.self, record.value))
        case .kraftVoters:
            return .kraft(label: "KRaftVoters", json: try Self.kraftJSON(VotersRecord.self, record.value))
        default:
            // Kafka's enum prints UNKNOWN for ids it does not define, then the id.
            let name = type.description.hasPrefix("UNKNOWN") ? "UNKNOWN" : type.description
            return .other(name: name, id: type.rawValue)
        }
    }

    /// A KRaft control record value: the message at version 0, whose first field is its own
    /// version; the JSON is written at that version (Kafka ControlRecordUtils; DumpLogSegments.scala
    /// calls `...JsonConverter.write(record, record.version())`).
    static func kraftJSON(_ type: any ProtocolMessage.Type, _ value: ByteBuffer?) throws -> String {
        guard var buffer = value else {
            throw ProtocolDecodingError.invalidLength(what: "\(type.messageName) value", length: -1)
        }
        let message = try type.decode(from: &buffer, version: 0)
        var version: Int16 = 0
        if let field = Mirror(reflecting: message).children.first(where: { $0.label == "version" })?.value as? Int16,
            type.validVersions.contains(field)
        {
            version = field
        }
        return MessageJSONWriter.json(message, version: version)
    }
}
