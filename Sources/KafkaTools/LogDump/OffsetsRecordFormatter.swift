import KafkaProtocol
import NIOCore

/// `--offsets-decoder`: `__consumer_offsets` records as Kafka's OffsetsMessageParser prints them
/// (DumpLogSegments.scala; GroupCoordinatorRecordSerde / CoordinatorRecordSerde.java).
///
/// The key starts with an int16 that is both the record type and the key's version (0-1 offset
/// commits, 2 group metadata, 3+ the KIP-848 and share group records); the value starts with its own
/// int16 version. Key JSON `{"type":"<key version>","data":{...}}`, value JSON
/// `{"version":"<value version>","data":{...}}`, a tombstone `<DELETE>`.
enum OffsetsRecordFormatter {
    /// The key types, each valid at exactly its record type(s).
    static let keyTypes: [any ProtocolMessage.Type] = [
        OffsetCommitKey.self, GroupMetadataKey.self, ConsumerGroupMetadataKey.self,
        ConsumerGroupPartitionMetadataKey.self, ConsumerGroupMemberMetadataKey.self,
        ConsumerGroupTargetAssignmentMetadataKey.self, ConsumerGroupTargetAssignmentMemberKey.self,
        ConsumerGroupCurrentMemberAssignmentKey.self, ShareGroupPartitionMetadataKey.self,
        ShareGroupMemberMetadataKey.self, ShareGroupMetadataKey.self, ShareGroupTargetAssignmentMetadataKey.self,
        ShareGroupTargetAssignmentMemberKey.self, ShareGroupCurrentMemberAssignmentKey.self,
        ShareGroupStatePartitionMetadataKey.self,
    ]

    /// The value type of each key type, by name (`...Key` → `...Value`).
    static let valueTypes: [String: any ProtocolMessage.Type] = {
        var types: [String: any ProtocolMessage.Type] = [:]
        for type in ProtocolMessages.all where type.messageName.hasSuffix("Value") {
            types[type.messageName] = type
        }
        return types
    }()

    /// A record that fails to decode, caught and printed as the key.
    struct Failure: Error {
        let message: String
    }

    /// The key and payload texts.
    ///
    /// - Throws: `ToolError` for a record without key, which Kafka does not catch.
    static func format(offset: Int64, key: ByteBuffer?, value: ByteBuffer?) throws -> (key: String?, payload: String?) {
        guard var key else {
            throw ToolError(
                "Failed to decode message at offset \(offset) using offset topic decoder (message had a missing key)")
        }
        do {
            let recordType = try Self.readVersion(&key, "key")
            guard let keyType = Self.keyTypes.first(where: { $0.validVersions.contains(recordType) }) else {
                return ("Unknown record type \(recordType) at offset \(offset), skipping.", nil)
            }
            let keyMessage = try Self.readMessage(keyType, from: &key, version: recordType, "key")
            let keyText =
                "{\"type\":\(MessageJSONWriter.quoted(String(recordType))),\"data\":"
                + MessageJSONWriter.json(keyMessage, version: recordType) + "}"
            guard var value else {
                return (keyText, "<DELETE>")
            }
            let valueName = String(keyType.messageName.dropLast("Key".count)) + "Value"
            guard let valueType = Self.valueTypes[valueName] else {
                throw Failure(message: "No value type for record type \(recordType).")
            }
            let valueVersion = try Self.readVersion(&value, "value")
            guard valueType.validVersions.contains(valueVersion) else {
                throw Failure(message: "Unknown record version \(valueVersion) for \(valueName).")
            }
            let valueMessage = try Self.readMessage(valueType, from: &value, version: valueVersion, "value")
            let data: String
            if let group = valueMessage as? GroupMetadataValue {
                data = Self.groupMetadataJSON(group, version: valueVersion)
            } else {
                data = MessageJSONWriter.json(valueMessage, version: valueVersion)
            }
            return (keyText, "{\"version\":\(MessageJSONWriter.quoted(String(valueVersion))),\"data\":\(data)}")
        } catch let failure as Failure {
            return ("Error at offset \(offset), skipping. \(failure.message)", nil)
        } catch {
            return ("Error at offset \(offset), skipping. \(error)", nil)
        }
    }

    /// The leading int16 version (CoordinatorRecordSerde `readVersion`).
    static func readVersion(_ buffer: inout ByteBuffer, _ name: String) throws -> Int16 {
        guard let version = buffer.readInteger(as: Int16.self) else {
            throw Failure(message: "Could not read version from \(name)'s buffer.")
        }
        return version
    }

    /// The message after the version (CoordinatorRecordSerde `readMessage`).
    static func readMessage(
        _ type: any ProtocolMessage.Type, from buffer: inout ByteBuffer, version: Int16, _ name: String
    ) throws -> any ProtocolMessage {
        do {
            return try type.decode(from: &buffer, version: version)
        } catch {
            throw Failure(
                message: "Could not read record with version \(version) from \(name)'s buffer due to: \(error).")
        }
    }

    /// GroupMetadataValue JSON, with each member's subscription and assignment decoded when the group
    /// uses the consumer protocol (DumpLogSegments.scala `prepareGroupMetadataValue`); bytes that do
    /// not decode stay base64.
    static func groupMetadataJSON(_ group: GroupMetadataValue, version: Int16) -> String {
        guard group.protocolType == "consumer" else {
            return MessageJSONWriter.json(group, version: version)
        }
        return MessageJSONWriter.json(group, version: version) { structName, field, value in
            guard structName == "MemberMetadata", let bytes = value as? ByteBuffer else { return nil }
            switch field {
            case "subscription": return Self.embeddedJSON(ConsumerProtocolSubscription.self, bytes)
            case "assignment": return Self.embeddedJSON(ConsumerProtocolAssignment.self, bytes)
            default: return nil
            }
        }
    }

    /// A version-prefixed embedded message as JSON, or nil when it does not decode.
    static func embeddedJSON(_ type: any ProtocolMessage.Type, _ bytes: ByteBuffer) -> String? {
        var buffer = bytes
        guard let version = buffer.readInteger(as: Int16.self),
            let message = try? type.decode(from: &buffer, version: version)
        else {
            return nil
        }
        return MessageJSONWriter.json(message, version: version)
    }
}
