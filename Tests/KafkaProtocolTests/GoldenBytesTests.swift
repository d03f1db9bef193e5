import KafkaProtocol
import NIOCore
import Testing

/// Byte-exact frames written by hand from Kafka's protocol guide and message definitions
/// (https://kafka.apache.org/protocol). Each test encodes a value and compares with the bytes,
/// then decodes the bytes and compares with the value.
@Suite struct GoldenBytesTests {
    /// Hex with spaces and newlines for readability.
    static func bytes(_ hex: String) -> ByteBuffer {
        let digits = Array(hex.filter { !$0.isWhitespace })
        var buffer = ByteBuffer()
        var index = 0
        while index + 1 < digits.count {
            buffer.writeInteger(UInt8(String(digits[index...index + 1]), radix: 16)!)
            index += 2
        }
        return buffer
    }

    static func expectRequest<Request: KafkaRequest>(
        _ request: Request, version: Int16, correlationId: Int32, clientId: String?, hex: String
    ) throws {
        let expected = Self.bytes(hex)
        let encoded = try request.encodeFrame(version: version, correlationId: correlationId, clientId: clientId)
        #expect(try encoded.contiguousBuffer() == expected)
        var frame = expected
        #expect(frame.readInteger(as: Int32.self) == Int32(expected.readableBytes - 4))
        let decoded = try RequestFrame(decoding: frame)
        #expect(decoded.apiKey == Request.apiKey)
        #expect(decoded.apiVersion == version)
        #expect(decoded.header.correlationId == correlationId)
        #expect(decoded.header.clientId == clientId)
        #expect(try decoded.decodeBody(as: Request.self) == request)
    }

    static func expectResponse<Response: KafkaResponse>(
        _ response: Response, version: Int16, correlationId: Int32, hex: String
    ) throws {
        let expected = Self.bytes(hex)
        #expect(try response.encodeFrame(version: version, correlationId: correlationId).contiguousBuffer() == expected)
        var frame = expected
        #expect(frame.readInteger(as: Int32.self) == Int32(expected.readableBytes - 4))
        let (decodedId, decoded) = try Response.decodeFrame(frame, version: version)
        #expect(decodedId == correlationId)
        #expect(decoded == response)
    }

    /// A magic-2 batch: one record, null key, value "hello", timestamps 1700000000000, no producer.
    /// CRC32C over attributes..end checked independently with Python's `crc32c` package.
    static let batchHex = """
        0000000000000000 0000003d ffffffff 02 e641a44b
        0000 00000000 0000018bcfe56800 0000018bcfe56800 ffffffffffffffff ffff ffffffff 00000001
        16 00 00 00 01 0a 68656c6c6f 00
        """

    @Test("ApiVersions request v0: header v1 and an empty body")
    func apiVersionsRequestV0() throws {
        try Self.expectRequest(
            ApiVersionsRequest(), version: 0, correlationId: 1, clientId: "kcat",
            hex: "0000000e 0012 0000 00000001 0004 6b636174")
    }

    @Test("ApiVersions request v3: header v2 with tagged fields, compact strings in the body")
    func apiVersionsRequestV3() throws {
        try Self.expectRequest(
            ApiVersionsRequest(clientSoftwareName: "kcat", clientSoftwareVersion: "1.7"), version: 3,
            correlationId: 7, clientId: "kcat",
            hex: "00000019 0012 0003 00000007 0004 6b636174 00  05 6b636174 04 312e37 00")
    }

    @Test("ApiVersions response v0: header v0, INT32 array")
    func apiVersionsResponseV0() throws {
        let response = ApiVersionsResponse(
            errorCode: 0,
            apiKeys: [.init(apiKey: 0, minVersion: 3, maxVersion: 11), .init(apiKey: 18, minVersion: 0, maxVersion: 4)])
        try Self.expectResponse(
            response, version: 0, correlationId: 1,
            hex: "00000016 00000001  0000 00000002  0000 0003 000b  0012 0000 0004")
    }

    @Test("ApiVersions response v3: still header v0, compact array, a tagged field")
    func apiVersionsResponseV3() throws {
        let response = ApiVersionsResponse(
            errorCode: 0, apiKeys: [.init(apiKey: 18, minVersion: 0, maxVersion: 4)], throttleTimeMs: 0,
            finalizedFeaturesEpoch: 5)
        try Self.expectResponse(
            response, version: 3, correlationId: 2,
            hex: "0000001d 00000002  0000 02 0012 0000 0004 00  00000000  01 01 08 0000000000000005")
    }

    @Test("Metadata request v1: one topic, then null meaning all topics")
    func metadataRequestV1() throws {
        try Self.expectRequest(
            MetadataRequest(topics: [.init(name: "t")]), version: 1, correlationId: 3, clientId: nil,
            hex: "00000011 0003 0001 00000003 ffff  00000001 0001 74")
        try Self.expectRequest(
            MetadataRequest(topics: nil), version: 1, correlationId: 4, clientId: nil,
            hex: "0000000e 0003 0001 00000004 ffff  ffffffff")
    }

    @Test("Metadata request v12: compact arrays, topic id, nullable name, booleans, tagged fields")
    func metadataRequestV12() throws {
        let topicId = Uuid(mostSignificantBits: 0x0102_0304_0506_0708, leastSignificantBits: 0x090a_0b0c_0d0e_0f10)
        try Self.expectRequest(
            MetadataRequest(
                topics: [.init(topicId: topicId, name: "orders")], allowAutoTopicCreation: false,
                includeTopicAuthorizedOperations: true),
            version: 12, correlationId: 5, clientId: "c",
            hex: """
                00000028 0003 000c 00000005 0001 63 00
                02  0102030405060708090a0b0c0d0e0f10 07 6f7264657273 00
                00 01 00
                """)
    }

    @Test("Metadata request v12 from librdkafka 2.16 for all topics: the three bytes after the body are ignored")
    func metadataRequestV12WithTrailingBytesFromLibrdkafka() throws {
        // Captured on the wire from confluent-kafka 2.16 (librdkafka 2.16.0) listing all topics.
        var frame = Self.bytes(
            """
            0003 000c 00000003 0007 72646b61666b61 00
            00 00 00 00
            01 00 00
            """)
        let decoded = try RequestFrame(decoding: frame)
        #expect(decoded.apiVersion == 12)
        #expect(decoded.header.clientId == "rdkafka")
        let request = try decoded.decodeBody(as: MetadataRequest.self)
        #expect(request.topics == nil)
        #expect(request.allowAutoTopicCreation == false)
        #expect(request.includeTopicAuthorizedOperations == false)
        // A body that is itself cut short still fails.
        frame.moveWriterIndex(to: frame.writerIndex - 6)
        #expect(throws: ProtocolDecodingError.self) {
            try RequestFrame(decoding: frame).decodeBody(as: MetadataRequest.self)
        }
    }

    @Test("Produce request v3: nullable transactional id, INT32-length records holding a batch")
    func produceRequestV3() throws {
        let request = ProduceRequest(
            transactionalId: nil, acks: -1, timeoutMs: 30000,
            topicData: [.init(name: "t", partitionData: [.init(index: 0, records: .bytes(Self.bytes(Self.batchHex)))])])
        try Self.expectRequest(
            request, version: 3, correlationId: 9, clientId: "p",
            hex: """
                0000006f 0000 0003 00000009 0001 70
                ffff ffff 00007530
                00000001 0001 74 00000001 00000000 00000049
                """ + Self.batchHex)
    }

    @Test("Produce request v9: compact records length and tagged-field bytes at every level")
    func produceRequestV9() throws {
        let request = ProduceRequest(
            transactionalId: nil, acks: 1, timeoutMs: 1500,
            topicData: [.init(name: "t", partitionData: [.init(index: 2, records: .bytes(Self.bytes(Self.batchHex)))])])
        try Self.expectRequest(
            request, version: 9, correlationId: 10, clientId: "p",
            hex: """
                00000068 0000 0009 0000000a 0001 70 00
                00 0001 000005dc
                02 02 74 02 00000002 4a
                """ + Self.batchHex + " 00 00 00")
    }

    @Test("Fetch response v4: last stable offset, aborted transactions, records")
    func fetchResponseV4() throws {
        let response = FetchResponse(
            throttleTimeMs: 0,
            responses: [
                .init(
                    topic: "t",
                    partitions: [
                        .init(
                            partitionIndex: 0, errorCode: 0, highWatermark: 1, lastStableOffset: 1,
                            abortedTransactions: [.init(producerId: 7, firstOffset: 0)],
                            records: .bytes(Self.bytes(Self.batchHex)))
                    ])
            ])
        try Self.expectResponse(
            response, version: 4, correlationId: 11,
            hex: """
                0000008a 0000000b
                00000000 00000001 0001 74 00000001
                00000000 0000 0000000000000001 0000000000000001
                00000001 0000000000000007 0000000000000000
                00000049
                """ + Self.batchHex)
    }

    @Test("Fetch response v12: session id, log start offset, preferred replica, a tagged current leader")
    func fetchResponseV12() throws {
        let response = FetchResponse(
            throttleTimeMs: 0, errorCode: 0, sessionId: 99,
            responses: [
                .init(
                    topic: "t",
                    partitions: [
                        .init(
                            partitionIndex: 0, errorCode: 0, highWatermark: 1, lastStableOffset: 1, logStartOffset: 0,
                            currentLeader: .init(leaderId: 1, leaderEpoch: 3), abortedTransactions: nil,
                            preferredReadReplica: -1, records: .bytes(Self.bytes(Self.batchHex)))
                    ])
            ])
        try Self.expectResponse(
            response, version: 12, correlationId: 12,
            hex: """
                0000008e 0000000c 00
                00000000 0000 00000063
                02 02 74 02
                00000000 0000 0000000000000001 0000000000000001 0000000000000000
                00 ffffffff 4a
                """ + Self.batchHex + """
                 01 01 09 00000001 00000003 00
                00 00
                """)
    }
}
