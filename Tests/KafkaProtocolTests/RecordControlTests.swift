import KafkaProtocol
import NIOCore
import Testing

@Suite struct RecordControlTests {
    @Test(
        "an end transaction marker round-trips through a control batch", arguments: [ControlRecordType.abort, .commit])
    func markerRoundTrip(type: ControlRecordType) throws {
        let marker = EndTransactionMarker(type: type, coordinatorEpoch: 17)
        let built = try marker.encodeBatch(
            baseOffset: 40, timestamp: 1_234, partitionLeaderEpoch: 3, producerId: 9_000, producerEpoch: 2)
        let batch = try RecordBatch(built)
        try batch.validate(deep: true)
        #expect(batch.isControlBatch && batch.isTransactional)
        #expect(batch.producerId == 9_000 && batch.producerEpoch == 2 && batch.baseSequence == -1)
        #expect(batch.baseOffset == 40 && batch.partitionLeaderEpoch == 3 && batch.recordCount == 1)
        let records = try allRecords(batch)
        #expect(records.count == 1)
        #expect(try EndTransactionMarker(record: records[0]) == marker)
        #expect(try ControlRecordType(key: records[0].key) == type)
    }

    @Test("marker key and value bytes follow Kafka's version 0 schemas")
    func markerBytes() {
        let marker = EndTransactionMarker(type: .commit, coordinatorEpoch: 0x0102_0304)
        #expect(Array(buffer: marker.encodeKey()) == [0, 0, 0, 1])
        #expect(Array(buffer: marker.encodeValue()) == [0, 0, 1, 2, 3, 4])
        #expect(Array(buffer: EndTransactionMarker(type: .abort, coordinatorEpoch: -1).encodeKey()) == [0, 0, 0, 0])
    }

    @Test("a later key or value version is read as version 0, extra bytes ignored")
    func laterVersions() throws {
        let key = ByteBuffer(bytes: [0, 1, 0, 1, 0xFF])
        let value = ByteBuffer(bytes: [0, 3, 0, 0, 0, 9, 0xAA, 0xBB])
        #expect(
            try EndTransactionMarker(key: key, value: value) == EndTransactionMarker(type: .commit, coordinatorEpoch: 9)
        )
    }

    @Test("unknown control types survive with their raw value")
    func unknownType() throws {
        let type = try ControlRecordType(key: ByteBuffer(bytes: [0, 0, 0, 99]))
        #expect(type.rawValue == 99)
        #expect(type.description == "UNKNOWN(99)")
        #expect(try ControlRecordType(key: ControlRecordType.leaderChange.encodeKey()) == .leaderChange)
    }

    /// (description, key, value, expected error kind)
    static let badMarkers: [(String, [UInt8]?, [UInt8]?, String)] = [
        ("null key", nil, [0, 0, 0, 0, 0, 1], "invalidLength"),
        ("three-byte key", [0, 0, 0], [0, 0, 0, 0, 0, 1], "truncated"),
        ("negative key version", [0xFF, 0xFF, 0, 1], [0, 0, 0, 0, 0, 1], "unsupportedVersion"),
        ("leader change key", [0, 0, 0, 2], [0, 0, 0, 0, 0, 1], "invalidValue"),
        ("null value", [0, 0, 0, 1], nil, "invalidLength"),
        ("five-byte value", [0, 0, 0, 1], [0, 0, 0, 0, 1], "truncated"),
        ("negative value version", [0, 0, 0, 1], [0x80, 0, 0, 0, 0, 1], "unsupportedVersion"),
    ]

    @Test("malformed markers are rejected", arguments: badMarkers)
    func badMarker(description: String, key: [UInt8]?, value: [UInt8]?, kind: String) {
        let error = #expect(throws: ProtocolDecodingError.self, "\(description)") {
            try EndTransactionMarker(key: key.map { ByteBuffer(bytes: $0) }, value: value.map { ByteBuffer(bytes: $0) })
        }
        #expect(error?.kind == kind, "\(description)")
    }
}
