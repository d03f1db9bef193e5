import KafkaProtocol
import KafkaStorage
import NIOCore
import NIOPosix
import Testing

@testable import KafkaBroker

/// The data path over a real socket: produce, then fetches whose records leave as file regions
/// (sendfile) and whose descriptors the network layer closes once written.
@Suite struct DataPlaneSocketTests {
    @Test("records produced over a socket come back in fetch responses sent from the segment file")
    func produceAndFetchOverSocket() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("wire")
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let server = try await NetworkServer.start(
            configuration: .init(host: "127.0.0.1", port: 0, maximumRequestSize: 1 << 20),
            dispatcher: broker.registry, group: group, log: { _ in })
        do {
            let client = try await TestClient.connect(port: server.localPort, group: group)
            var correlationId: Int32 = 0
            for round in 0..<3 {
                correlationId += 1
                let produce = ProduceRequest(
                    acks: 1, timeoutMs: 1000,
                    topicData: [.init(name: "wire", partitionData: [.init(index: 0, records: .bytes(try makeBatch(["r\(round)"])))])])
                let produced = try ProduceResponse.decodeFrame(
                    try await client.roundTrip(try produce.encodeFrame(version: 9, correlationId: correlationId, clientId: "t")),
                    version: 9)
                #expect(produced.response.responses.first?.partitionResponses.first?.baseOffset == Int64(round))

                correlationId += 1
                let fetch = FetchHandlerTests.request([("wire", 0, 0)])
                let fetched = try FetchResponse.decodeFrame(
                    try await client.roundTrip(try fetch.encodeFrame(version: 12, correlationId: correlationId, clientId: "t")),
                    version: 12)
                #expect(fetched.correlationId == correlationId)
                let records = try #require(fetched.response.responses.first?.partitions.first?.records)
                #expect(try recordValues(records.bytes) == (0...round).map { "r\($0)" })
            }
            try await client.close()
        } catch {
            try? await server.close()
            try? await group.shutdownGracefully()
            throw error
        }
        try await server.close()
        try await group.shutdownGracefully()
    }
}
