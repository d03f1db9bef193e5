import KafkaProtocol
import NIOCore

/// `--cluster-metadata-decoder`: KRaft metadata records as JSON
/// `{"type":"TOPIC_RECORD","version":0,"data":{...}}` (DumpLogSegments.scala
/// `ClusterMetadataLogMessageParser`, MetadataRecordSerde / AbstractApiMessageSerde.java).
///
/// A record value is: unsigned varint frame version (1), unsigned varint record type (the spec's
/// apiKey), unsigned varint version, then the record at that version, with nothing after it.
enum ClusterMetadataRecordFormatter {
    /// The only frame version Kafka writes (AbstractApiMessageSerde `DEFAULT_FRAME_VERSION`).
    static let frameVersion: UInt32 = 1

    /// Every metadata record type by its record type id.
    static let recordTypes: [Int16: any ProtocolMessage.Type] = {
        let types: [(Int16, any ProtocolMessage.Type)] = [
            (RegisterBrokerRecord.recordType, RegisterBrokerRecord.self),
            (UnregisterBrokerRecord.recordType, UnregisterBrokerRecord.self),
            (TopicRecord.recordType, TopicRecord.self),
            (PartitionRecord.recordType, PartitionRecord.self),
            (ConfigRecord.recordType, ConfigRecord.self),
            (PartitionChangeRecord.recordType, PartitionChangeRecord.self),
            (AccessControlEntryRecord.recordType, AccessControlEntryRecord.self),
            (RemoveAccessControlEntryRecord.recordType, RemoveAccessControlEntryRecord.self),
            (FenceBrokerRecord.recordType, FenceBrokerRecord.self),
            (UnfenceBrokerRecord.recordType, UnfenceBrokerRecord.self),
            (RemoveTopicRecord.recordType, RemoveTopicRecord.self),
            (DelegationTokenRecord.recordType, DelegationTokenRecord.self),
            (UserScramCredentialRecord.recordType, UserScramCredentialRecord.self),
            (FeatureLevelRecord.recordType, FeatureLevelRecord.self),
            (ClientQuotaRecord.recordType, ClientQuotaRecord.self),
            (ProducerIdsRecord.recordType, ProducerIdsRecord.self),
            (BrokerRegistrationChangeRecord.recordType, BrokerRegistrationChangeRecord.self),
            (RemoveDelegationTokenRecord.recordType, RemoveDelegationTokenRecord.self),
            (RemoveUserScramCredentialRecord.recordType, RemoveUserScramCredentialRecord.self),
            (NoOpRecord.recordType, NoOpRecord.self),
            (ZkMigrationStateRecord.recordType, ZkMigrationStateRecord.self),
            (RegisterControllerRecord.recordType, RegisterControllerRecord.self),
            (BeginTransactionRecord.recordType, BeginTransactionRecord.self),
            (EndTransactionRecord.recordType, EndTransactionRecord.self),
            (AbortTransactionRecord.recordType, AbortTransactionRecord.self),
        ]
        return Dictionary(types, uniquingKeysWith: { first, _ in first })
    }()

    /// The payload text: the record's JSON, or `Error at <offset>, skipping. <why>`.
    static func format(offset: Int64, value: ByteBuffer?) -> String {
        do {
            return try Self.json(value)
        } catch {
            return "Error at \(offset), skipping. \(error)"
        }
    }

    /// The JSON of a metadata record value.
    ///
    /// - Throws: `ToolError` with Kafka's MetadataParseException wording where it has one.
    static func json(_ value: ByteBuffer?) throws -> String {
        guard var buffer = value else {
            throw ToolError("the record has no value")
        }
        let frameVersion = try buffer.readUnsignedVarint("frame version")
        guard frameVersion != 0 else {
            throw ToolError(
                "Could not deserialize metadata record with frame version 0. Note that frame version 0 is only "
                    + "used in 3.0.0-IV1 and earlier.")
        }
        guard frameVersion <= Self.frameVersion else {
            throw ToolError(
                "Could not deserialize metadata record due to unknown frame version \(frameVersion)"
                    + "(only frame version \(Self.frameVersion) is supported)")
        }
        let recordType = try buffer.readUnsignedVarint("type")
        let version = try buffer.readUnsignedVarint("version")
        guard recordType <= UInt32(Int16.max), version <= UInt32(Int16.max) else {
            throw ToolError("Value for type or version does not fit a short: \(recordType), \(version)")
        }
        guard let type = Self.recordTypes[Int16(recordType)] else {
            throw ToolError("Unknown metadata id \(recordType)")
        }
        let message = try type.decode(from: &buffer, version: Int16(version))
        guard buffer.readableBytes == 0 else {
            throw ToolError("Found \(buffer.readableBytes) byte(s) of garbage after \(recordType):\(version) record.")
        }
        return "{\"type\":\(MessageJSONWriter.quoted(Self.typeName(type.messageName))),\"version\":\(version),"
            + "\"data\":\(MessageJSONWriter.json(message, version: Int16(version)))}"
    }

    /// Kafka's MetadataRecordType constant name: the class name in upper snake case
    /// (MessageGenerator.java `toSnakeCase`: an underscore before a capital that follows a
    /// lowercase letter).
    static func typeName(_ messageName: String) -> String {
        var output = ""
        var previousWasCapital = true
        for character in messageName {
            if character.isUppercase {
                if !previousWasCapital { output += "_" }
                output += String(character)
                previousWasCapital = true
            } else {
                output += character.uppercased()
                previousWasCapital = false
            }
        }
        return output
    }
}
