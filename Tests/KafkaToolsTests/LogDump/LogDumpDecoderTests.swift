import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaTools

/// The internal-topic decoders: `__consumer_offsets`, `__transaction_state`, `__cluster_metadata`.
@Suite struct LogDumpDecoderTests {
    static let segment = "00000000000000000000.log"

    /// A version-prefixed message, as coordinators write keys and values.
    static func versioned(_ message: any ProtocolMessage, version: Int16) throws -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(version)
        var body = try message.encoded(version: version)
        buffer.writeBuffer(&body)
        return buffer
    }

    /// A metadata record value: frame version 1, record type, version, message.
    static func metadata(_ message: any ProtocolMessage, recordType: Int16, version: Int16) throws -> ByteBuffer {
        var buffer = ByteBuffer()
        _ = buffer.writeUnsignedVarint(1)
        _ = buffer.writeUnsignedVarint(UInt32(recordType))
        _ = buffer.writeUnsignedVarint(UInt32(version))
        var body = try message.encoded(version: version)
        buffer.writeBuffer(&body)
        return buffer
    }

    /// Dumps one batch of raw records with `flags` and returns the record lines.
    static func recordLines(_ records: [(ByteBuffer?, ByteBuffer?)], _ flags: [String]) throws -> (
        Int32, [String], [String]
    ) {
        let fixture = try LogDumpFixture()
        try fixture.write(Self.segment, try LogDumpFixture.rawBatch(records: records))
        let result = fixture.dump([Self.segment], flags + ["--skip-record-metadata"])
        return (result.code, Array(result.stdout.dropFirst(3)), result.stderr)
    }

    @Test func anOffsetCommitPrintsKafkasJson() throws {
        let key = try Self.versioned(OffsetCommitKey(group: "g", topic: "t", partition: 0), version: 1)
        let value = try Self.versioned(
            OffsetCommitValue(offset: 42, leaderEpoch: 0, metadata: "", commitTimestamp: 1_700_000_000_000), version: 3)
        let (code, lines, _) = try Self.recordLines([(key, value), (key, nil)], ["--offsets-decoder"])
        #expect(code == 0)
        #expect(
            lines == [
                "| key: {\"type\":\"1\",\"data\":{\"group\":\"g\",\"topic\":\"t\",\"partition\":0}} payload: "
                    + "{\"version\":\"3\",\"data\":{\"offset\":42,\"leaderEpoch\":0,\"metadata\":\"\","
                    + "\"commitTimestamp\":1700000000000}}",
                "| key: {\"type\":\"1\",\"data\":{\"group\":\"g\",\"topic\":\"t\",\"partition\":0}} payload: <DELETE>",
            ])
    }

    @Test func offsetValueVersionOneCarriesTheExpireTimestampAndNoLeaderEpoch() throws {
        let key = try Self.versioned(OffsetCommitKey(group: "g", topic: "t", partition: 3), version: 0)
        let value = try Self.versioned(
            OffsetCommitValue(offset: 1, metadata: "m", commitTimestamp: 5, expireTimestamp: 9), version: 1)
        let (_, lines, _) = try Self.recordLines([(key, value)], ["--offsets-decoder"])
        #expect(
            lines == [
                "| key: {\"type\":\"0\",\"data\":{\"group\":\"g\",\"topic\":\"t\",\"partition\":3}} payload: "
                    + "{\"version\":\"1\",\"data\":{\"offset\":1,\"metadata\":\"m\",\"commitTimestamp\":5,"
                    + "\"expireTimestamp\":9}}"
            ])
    }

    @Test func groupMetadataDecodesConsumerSubscriptionsAndAssignments() throws {
        let key = try Self.versioned(GroupMetadataKey(group: "g"), version: 2)
        var subscription = ConsumerProtocolSubscription()
        subscription.topics = ["t"]
        var member = GroupMetadataValue.MemberMetadata()
        member.memberId = "m-1"
        member.clientId = "c"
        member.clientHost = "/127.0.0.1"
        member.sessionTimeout = 45000
        member.rebalanceTimeout = 300000
        member.subscription = try Self.versioned(subscription, version: 0)
        member.assignment = ByteBuffer(bytes: [0xFF])
        var group = GroupMetadataValue()
        group.protocolType = "consumer"
        group.generation = 1
        group.protocol = "range"
        group.leader = "m-1"
        group.currentStateTimestamp = 77
        group.members = [member]
        let value = try Self.versioned(group, version: 3)
        let (_, lines, _) = try Self.recordLines([(key, value)], ["--offsets-decoder"])
        #expect(
            lines == [
                "| key: {\"type\":\"2\",\"data\":{\"group\":\"g\"}} payload: {\"version\":\"3\",\"data\":{"
                    + "\"protocolType\":\"consumer\",\"generation\":1,\"protocol\":\"range\",\"leader\":\"m-1\","
                    + "\"currentStateTimestamp\":77,\"members\":[{\"memberId\":\"m-1\",\"groupInstanceId\":null,"
                    + "\"clientId\":\"c\",\"clientHost\":\"/127.0.0.1\",\"rebalanceTimeout\":300000,"
                    + "\"sessionTimeout\":45000,\"subscription\":{\"topics\":[\"t\"],\"userData\":null},"
                    + "\"assignment\":\"/w==\"}]}}"
            ])
    }

    @Test func unknownOffsetRecordTypesAndBrokenRecordsAreSkippedWithAMessage() throws {
        var unknown = ByteBuffer()
        unknown.writeInteger(Int16(99))
        var broken = ByteBuffer()
        broken.writeInteger(Int16(1))
        broken.writeInteger(Int16(50))
        let (code, lines, _) = try Self.recordLines(
            [(unknown, LogDumpFixture.bytes("x")), (broken, nil)], ["--offsets-decoder"])
        #expect(code == 0)
        #expect(lines[0] == "| key: Unknown record type 99 at offset 0, skipping.")
        #expect(
            lines[1].hasPrefix(
                "| key: Error at offset 1, skipping. Could not read record with version 1 from key's buffer due to: "))
    }

    @Test func anOffsetRecordWithoutKeyStopsTheDump() throws {
        let (code, _, errors) = try Self.recordLines([(nil, LogDumpFixture.bytes("x"))], ["--offsets-decoder"])
        #expect(code == 1)
        #expect(
            errors[0].hasPrefix(
                "Failed to decode message at offset 0 using offset topic decoder (message had a missing key)"))
    }

    @Test func transactionLogRecordsPrintKafkasText() throws {
        let key = try Self.versioned(TransactionLogKey(transactionalId: "tx-1"), version: 0)
        var value = TransactionLogValue()
        value.producerId = 1000
        value.producerEpoch = 2
        value.transactionTimeoutMs = 60000
        value.transactionStatus = 1
        var partitions = TransactionLogValue.PartitionsSchema()
        partitions.topic = "t"
        partitions.partitionIds = [0, 1]
        value.transactionPartitions = [partitions]
        value.transactionLastUpdateTimestampMs = 1_700_000_000_000
        value.transactionStartTimestampMs = 1_699_999_999_000
        var unknownKey = ByteBuffer()
        unknownKey.writeInteger(Int16(5))
        let (code, lines, _) = try Self.recordLines(
            [(key, try Self.versioned(value, version: 0)), (key, nil), (unknownKey, nil)], ["--transaction-log-decoder"]
        )
        #expect(code == 0)
        #expect(
            lines == [
                "| key: transaction_metadata::transactionalId=tx-1 payload: producerId:1000,producerEpoch:2,"
                    + "state=Ongoing,partitions=[t-0,t-1],txnLastUpdateTimestamp=1700000000000,txnTimeoutMs=60000",
                "| key: transaction_metadata::transactionalId=tx-1 payload: <DELETE>",
                "| key: unknown::version=5",
            ])
    }

    @Test func clusterMetadataRecordsPrintTypeVersionAndData() throws {
        let topicId = Uuid(mostSignificantBits: 0x0123_4567_89AB_CDEF, leastSignificantBits: 0xFEDC_BA98_7654_3210)
        let topic = try Self.metadata(
            TopicRecord(name: "foo", topicId: topicId), recordType: TopicRecord.recordType, version: 0)
        var partition = PartitionRecord()
        partition.partitionId = 0
        partition.topicId = topicId
        partition.replicas = [1]
        partition.isr = [1]
        partition.leader = 1
        partition.leaderEpoch = 0
        partition.partitionEpoch = 0
        partition.directories = [Uuid.zero]
        let partitionValue = try Self.metadata(partition, recordType: PartitionRecord.recordType, version: 1)
        var feature = FeatureLevelRecord()
        feature.name = "metadata.version"
        feature.featureLevel = 21
        let featureValue = try Self.metadata(feature, recordType: FeatureLevelRecord.recordType, version: 0)
        var garbage = ByteBuffer()
        _ = garbage.writeUnsignedVarint(1)
        _ = garbage.writeUnsignedVarint(200)
        _ = garbage.writeUnsignedVarint(0)
        let (code, lines, _) = try Self.recordLines(
            [(nil, topic), (nil, partitionValue), (nil, featureValue), (nil, garbage)], ["--cluster-metadata-decoder"])
        #expect(code == 0)
        #expect(
            lines[0]
                == " payload: {\"type\":\"TOPIC_RECORD\",\"version\":0,\"data\":{\"name\":\"foo\","
                + "\"topicId\":\"\(topicId)\"}}"
        )
        #expect(
            lines[1]
                == " payload: {\"type\":\"PARTITION_RECORD\",\"version\":1,\"data\":{\"partitionId\":0,\"topicId\":"
                + "\"\(topicId)\",\"replicas\":[1],\"isr\":[1],\"removingReplicas\":[],\"addingReplicas\":[],"
                + "\"leader\":1,\"leaderEpoch\":0,\"partitionEpoch\":0,\"directories\":[\"AAAAAAAAAAAAAAAAAAAAAA\"]}}")
        #expect(
            lines[2]
                == " payload: {\"type\":\"FEATURE_LEVEL_RECORD\",\"version\":0,\"data\":{\"name\":\"metadata.version\","
                + "\"featureLevel\":21}}")
        #expect(lines[3] == " payload: Error at 3, skipping. Unknown metadata id 200")
    }

    @Test func recordTypeNamesAreKafkasUpperSnakeCase() {
        #expect(ClusterMetadataRecordFormatter.typeName("RegisterBrokerRecord") == "REGISTER_BROKER_RECORD")
        #expect(ClusterMetadataRecordFormatter.typeName("ZkMigrationStateRecord") == "ZK_MIGRATION_STATE_RECORD")
        #expect(ClusterMetadataRecordFormatter.typeName("NoOpRecord") == "NO_OP_RECORD")
    }

    @Test func decoderPrecedenceIsOffsetsThenTransactionsThenMetadata() throws {
        let key = try Self.versioned(TransactionLogKey(transactionalId: "x"), version: 0)
        let (_, lines, _) = try Self.recordLines(
            [(key, nil)], ["--cluster-metadata-decoder", "--transaction-log-decoder"])
        #expect(lines == ["| key: transaction_metadata::transactionalId=x payload: <DELETE>"])
    }

    @Test func jsonStringsAreEscapedAsJacksonEscapesThem() {
        #expect(MessageJSONWriter.quoted("a\"b\\c\n\u{01}é") == "\"a\\\"b\\\\c\\n\\u0001é\"")
        #expect(MessageJSONWriter.base64([0xFF]) == "/w==")
        #expect(MessageJSONWriter.base64(Array("abc".utf8)) == "YWJj")
        #expect(MessageJSONWriter.javaDouble(1) == "1.0")
        #expect(MessageJSONWriter.javaDouble(1e7) == "1.0E7")
        #expect(MessageJSONWriter.javaDouble(0.5) == "0.5")
        #expect(MessageJSONWriter.javaDouble(1.25e-5) == "1.25E-5")
    }
}
