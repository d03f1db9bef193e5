import KafkaProtocol
import NIOCore
import Testing

/// Every generated message (requests, responses, headers, data records) at every valid version:
/// random values encode, decode to an equal value consuming every byte, and re-encode identically.
@Suite struct MessageRoundTripTests {
    static let iterations = 25

    @Test("every message round-trips at every valid version with random field values")
    func everyMessageRoundTrips() throws {
        var checked = 0
        for type in randomizableMessageTypes {
            checked += try Self.roundTrip(type)
        }
        #expect(checked > 1000)
    }

    static func roundTrip<Message: RandomizableMessage>(_ type: Message.Type) throws -> Int {
        guard let versions = Message.validVersions.versions else { return 0 }
        var count = 0
        for version in versions {
            var generator = SeededGenerator(seed: UInt64(bitPattern: Int64(version)) &* 7919 &+ UInt64(Message.messageName.utf8.count))
            for iteration in 0..<Self.iterations {
                let value = Message.random(version: version, using: &generator)
                let context = "\(Message.messageName) v\(version) #\(iteration)"
                let encoded: ByteBuffer
                do {
                    encoded = try value.encoded(version: version)
                } catch {
                    Issue.record("\(context): encoding failed: \(error)")
                    continue
                }
                var reading = encoded
                let decoded = try Message.decode(from: &reading, version: version)
                #expect(decoded == value, "\(context)")
                #expect(reading.readableBytes == 0, "\(context): \(reading.readableBytes) bytes left over")
                #expect(try decoded.encoded(version: version) == encoded, "\(context): re-encoding differs")
                count += 1
            }
        }
        return count
    }

    @Test("a non-default value that a version cannot carry is an error unless the field is ignorable")
    func nonIgnorableFieldThrows() throws {
        // FetchResponse.sessionId (7+) is not ignorable; throttleTimeMs (1+) is.
        var response = FetchResponse()
        response.sessionId = 42
        #expect(throws: ProtocolEncodingError.self) { try response.encoded(version: 6) }
        response.sessionId = 0
        response.throttleTimeMs = 100
        #expect(throws: Never.self) { try response.encoded(version: 0) }
    }

    @Test("null in a version that does not allow it is an error")
    func nullNotAllowed() {
        // MetadataRequest.topics is nullable from version 1 only.
        let request = MetadataRequest(topics: nil)
        #expect(throws: ProtocolEncodingError.nullNotAllowed(message: "MetadataRequest", field: "topics", version: 0)) {
            try request.encoded(version: 0)
        }
        #expect(throws: Never.self) { try request.encoded(version: 1) }
    }

    @Test("unknown tagged fields survive a decode and re-encode, in tag order")
    func unknownTaggedFieldsRoundTrip() throws {
        var request = ApiVersionsRequest(clientSoftwareName: "x", clientSoftwareVersion: "1")
        request.unknownTaggedFields = [TaggedField(tag: 7, data: ByteBuffer(bytes: [1, 2, 3]))]
        var encoded = try request.encoded(version: 3)
        let decoded = try ApiVersionsRequest.decode(from: &encoded, version: 3)
        #expect(decoded.unknownTaggedFields == request.unknownTaggedFields)
        #expect(throws: ProtocolEncodingError.self) { try request.encoded(version: 2) }
    }

    @Test("decoding rejects versions outside validVersions without moving the reader index")
    func invalidVersion() {
        var buffer = ByteBuffer(bytes: [0, 0, 0, 0])
        #expect(throws: ProtocolDecodingError.unsupportedVersion(what: "ApiVersionsRequest", version: 99)) {
            try ApiVersionsRequest.decode(from: &buffer, version: 99)
        }
        #expect(buffer.readerIndex == 0)
    }
}

@Suite struct MapKeyLookupTests {
    @Test("arrays of keyed structs find elements by their map key")
    func findByMapKey() {
        let response = ApiVersionsResponse(apiKeys: [
            .init(apiKey: 0, minVersion: 3, maxVersion: 11), .init(apiKey: 18, minVersion: 0, maxVersion: 4),
        ])
        #expect(response.apiKeys.find(apiKey: 18)?.maxVersion == 4)
        #expect(response.apiKeys.find(apiKey: 1) == nil)
    }
}
