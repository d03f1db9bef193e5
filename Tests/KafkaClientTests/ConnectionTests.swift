import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaClient

@Suite("Connection framing and response matching")
struct ConnectionTests {
    static func frames(of payloads: [[UInt8]]) -> ByteBuffer {
        var buffer = ByteBuffer()
        for payload in payloads {
            buffer.writeInteger(Int32(payload.count))
            buffer.writeBytes(payload)
        }
        return buffer
    }

    @Test("The frame decoder yields the same frames when fed one byte at a time")
    func dripFedFrames() throws {
        let payloads: [[UInt8]] = [[1, 2, 3], [], Array(repeating: 7, count: 300), [9]]
        let stream = Self.frames(of: payloads)
        var pending = ByteBuffer()
        var decoded: [[UInt8]] = []
        for byte in stream.readableBytesView {
            pending.writeInteger(byte)
            while let frame = try KafkaFrameDecoder.readFrame(from: &pending, maximumFrameSize: 1000) {
                decoded.append(Array(frame.readableBytesView))
            }
        }
        #expect(decoded == payloads)
        #expect(pending.readableBytes == 0)
    }

    @Test("The frame decoder takes every whole frame from one buffer and leaves a partial one")
    func wholeAndPartialFrames() throws {
        var buffer = Self.frames(of: [[1], [2, 2]])
        buffer.writeInteger(Int32(5))
        buffer.writeBytes([3, 3])
        #expect(
            try KafkaFrameDecoder.readFrame(from: &buffer, maximumFrameSize: 10).map { Array($0.readableBytesView) }
                == [1])
        #expect(
            try KafkaFrameDecoder.readFrame(from: &buffer, maximumFrameSize: 10).map { Array($0.readableBytesView) }
                == [2, 2])
        let before = buffer.readerIndex
        #expect(try KafkaFrameDecoder.readFrame(from: &buffer, maximumFrameSize: 10) == nil)
        #expect(buffer.readerIndex == before)
    }

    @Test("The frame decoder rejects frames above the maximum and negative sizes")
    func oversizedFrames() {
        var large = ByteBuffer()
        large.writeInteger(Int32(1001))
        #expect(throws: KafkaFrameError.tooLarge(size: 1001, maximum: 1000)) {
            try KafkaFrameDecoder.readFrame(from: &large, maximumFrameSize: 1000)
        }
        var negative = ByteBuffer()
        negative.writeInteger(Int32(-1))
        #expect(throws: KafkaFrameError.negativeSize(-1)) {
            try KafkaFrameDecoder.readFrame(from: &negative, maximumFrameSize: 1000)
        }
    }

    @Test("Pipelined responses are matched to requests in order")
    func responsesMatchInOrder() throws {
        var inFlight = InFlightRequests<String>()
        for name in ["metadata", "produce", "fetch"] {
            let id = inFlight.makeCorrelationId()
            inFlight.append(.init(correlationId: id, apiKey: .metadata, apiVersion: 1, pending: name))
        }
        #expect(inFlight.count == 3)
        #expect(try inFlight.complete(correlationId: 0).pending == "metadata")
        #expect(try inFlight.complete(correlationId: 1).pending == "produce")
        #expect(try inFlight.complete(correlationId: 2).pending == "fetch")
        #expect(inFlight.isEmpty)
    }

    @Test("A response out of order or with nothing pending is an error that leaves the queue alone")
    func mismatchedResponses() throws {
        var inFlight = InFlightRequests<Int>()
        #expect(throws: ConnectionError.unexpectedResponse(correlationId: 4)) {
            try inFlight.complete(correlationId: 4)
        }
        inFlight.append(.init(correlationId: inFlight.makeCorrelationId(), apiKey: .fetch, apiVersion: 4, pending: 1))
        inFlight.append(.init(correlationId: inFlight.makeCorrelationId(), apiKey: .fetch, apiVersion: 4, pending: 2))
        #expect(throws: ConnectionError.correlationMismatch(expected: 0, received: 1)) {
            try inFlight.complete(correlationId: 1)
        }
        #expect(inFlight.count == 2)
        #expect(inFlight.removeAll().map(\.pending) == [1, 2])
    }

    @Test("Correlation ids wrap from Int32.max to zero")
    func correlationIdsWrap() {
        var inFlight = InFlightRequests<Int>(firstCorrelationId: Int32.max)
        #expect(inFlight.makeCorrelationId() == Int32.max)
        #expect(inFlight.makeCorrelationId() == 0)
    }

    @Test("Many completions keep the queue compact and correct")
    func longRunningQueue() throws {
        var inFlight = InFlightRequests<Int>()
        for round in 0..<500 {
            let id = inFlight.makeCorrelationId()
            inFlight.append(.init(correlationId: id, apiKey: .produce, apiVersion: 9, pending: round))
            if round % 3 == 2 {
                for _ in 0..<3 { _ = try inFlight.complete(correlationId: inFlight.oldest!.correlationId) }
            }
        }
        #expect(inFlight.count == 2)
        #expect(inFlight.oldest?.pending == 498)
    }

    @Test("The negotiated version is the highest both sides support")
    func versionNegotiation() {
        let table = ApiVersionTable(brokerRanges: [.metadata: VersionRange(0, 9), .produce: VersionRange(3, 20)])
        #expect(table.usableVersion(of: MetadataRequest.self) == 9)
        #expect(table.usableVersion(of: ProduceRequest.self) == ProduceRequest.validVersions.highest)
        #expect(table.usableVersion(of: ProduceRequest.self, within: VersionRange(0, 7)) == 7)
        #expect(table.usableVersion(of: FetchRequest.self) == nil)
        #expect(table.usableVersion(for: .metadata, clientRange: VersionRange(10, 12)) == nil)
    }

    static func apiVersionsFrame(errorCode: Int16, entries: [(Int16, Int16, Int16)]) -> ByteBuffer {
        var frame = ByteBuffer()
        frame.writeInteger(Int32(7))  // correlation id (response header v0)
        frame.writeInteger(errorCode)
        frame.writeInteger(Int32(entries.count))
        for (key, low, high) in entries {
            frame.writeInteger(key)
            frame.writeInteger(low)
            frame.writeInteger(high)
        }
        return frame
    }

    @Test("An UNSUPPORTED_VERSION answer with a v0 body retries at the broker's highest version (KIP-511)")
    func apiVersionsFallbackToAdvertisedVersion() throws {
        let frame = Self.apiVersionsFrame(errorCode: 35, entries: [(18, 0, 2)])
        #expect(try BrokerConnection.interpretApiVersionsResponse(frame, version: 4) == .retry(2))
    }

    @Test("An unreadable UNSUPPORTED_VERSION answer steps down one version (librdkafka's mock sends one)")
    func apiVersionsStepDown() throws {
        // The bytes librdkafka 2.0's mock cluster sends for ApiVersions v4.
        var frame = ByteBuffer()
        frame.writeBytes([0, 0, 0, 7, 0, 0x23, 0x01, 0, 0x12, 0, 0, 0, 2, 0, 0, 0, 0])
        #expect(try BrokerConnection.interpretApiVersionsResponse(frame, version: 4) == .retry(3))
    }

    @Test("A successful ApiVersions answer is read at the version sent")
    func apiVersionsSuccess() throws {
        let response = ApiVersionsResponse(
            errorCode: 0, apiKeys: [.init(apiKey: 3, minVersion: 0, maxVersion: 12)], throttleTimeMs: 0)
        var frame = try response.encodeFrame(version: 3, correlationId: 1).contiguousBuffer()
        frame.moveReaderIndex(forwardBy: 4)
        #expect(try BrokerConnection.interpretApiVersionsResponse(frame, version: 3) == .supported(response))
        var refused = ByteBuffer()
        refused.writeInteger(Int32(1))
        refused.writeInteger(ErrorCode.clusterAuthorizationFailed.rawValue)
        refused.writeInteger(Int32(0))
        #expect(
            try BrokerConnection.interpretApiVersionsResponse(refused, version: 0)
                == .failed(.clusterAuthorizationFailed))
    }

    @Test(
        "Broker addresses parse host:port, bracketed IPv6 and reject missing ports",
        arguments: [
            ("localhost:9092", BrokerAddress(host: "localhost", port: 9092)),
            (" 10.0.0.1:19092 ", BrokerAddress(host: "10.0.0.1", port: 19092)),
            ("[::1]:9092", BrokerAddress(host: "::1", port: 9092)),
            ("localhost", nil), (":9092", nil), ("host:99999", nil),
        ])
    func brokerAddresses(text: String, expected: BrokerAddress?) {
        #expect(BrokerAddress(parsing: text) == expected)
    }
}
