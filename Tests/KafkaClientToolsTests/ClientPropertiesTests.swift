import Foundation
import KafkaClientTools
import Testing

@Suite struct ClientPropertiesTests {
    @Test func bootstrapServerWinsOverOverridesWhichWinOverTheFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("client-\(UUID()).properties").path
        try "bootstrap.servers=file:1\nclient.id=from-file\nacks=1\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }

        let properties = try ClientProperties.assemble(
            bootstrapServer: "flag:9092", configFile: path, overrides: ["client.id=override", "linger.ms=5"])

        #expect(properties == ["bootstrap.servers": "flag:9092", "client.id": "override", "acks": "1", "linger.ms": "5"])
    }

    @Test func blockingAsyncReturnsAndRethrows() async throws {
        struct Boom: Error {}
        let value = await ToolHarness.onThread { try? BlockingAsync.run { 42 } }
        #expect(value == 42)
        let failure = await ToolHarness.onThread { () -> (any Error)? in
            do {
                _ = try BlockingAsync.run { () async throws -> Int in throw Boom() }
                return nil
            } catch {
                return error
            }
        }
        #expect(failure is Boom)
    }
}
