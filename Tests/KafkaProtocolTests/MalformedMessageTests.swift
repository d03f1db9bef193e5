import KafkaProtocol
import NIOCore
import Testing

/// Hostile input to the generated decoders: truncations, bit flips, overwritten length fields,
/// varint overflows and pure noise. Every input must end in a clean `ProtocolDecodingError` or a
/// value; a crash fails the whole run.
@Suite struct MalformedMessageTests {
    @Test("every strict prefix of a valid message fails to decode and leaves the reader index alone")
    func truncationAtEveryLength() throws {
        var generator = SeededGenerator(seed: 42)
        for type in randomizableMessageTypes {
            try Self.truncations(type, using: &generator)
        }
    }

    static func truncations<Message: RandomizableMessage>(
        _ type: Message.Type, using generator: inout SeededGenerator
    ) throws {
        guard let versions = Message.validVersions.versions else { return }
        let version = versions.randomElement(using: &generator)!
        let encoded = try Message.random(version: version, using: &generator).encoded(version: version)
        for length in 0..<encoded.readableBytes {
            var prefix = encoded.getSlice(at: encoded.readerIndex, length: length)!
            #expect(throws: ProtocolDecodingError.self, "\(Message.messageName) v\(version) prefix \(length)") {
                try Message.decode(from: &prefix, version: version)
            }
            #expect(prefix.readerIndex == 0)
        }
    }

    @Test("at least 100,000 mutated and random inputs through every request decoder end cleanly")
    func fuzzRequestDecoders() throws {
        var generator = SeededGenerator(seed: 0x5eed)
        let requestTypes = ApiKey.allKnown.compactMap(\.requestType)
        #expect(requestTypes.count > 60)
        var inputs = 0
        var rejected = 0
        while inputs < 100_000 {
            for type in requestTypes {
                let (tried, failed) = Self.fuzz(type, using: &generator)
                inputs += tried
                rejected += failed
            }
        }
        // Most mutations must be caught; a decoder that accepts everything is not decoding.
        #expect(rejected > inputs / 4, "only \(rejected) of \(inputs) hostile inputs were rejected")
    }

    static func fuzz<Request: KafkaRequest>(_ type: Request.Type, using generator: inout SeededGenerator) -> (Int, Int) {
        guard let versions = Request.validVersions.versions, let random = Request.self as? any RandomizableMessage.Type
        else { return (0, 0) }
        let version = versions.randomElement(using: &generator)!
        guard let valid = try? Self.encodeRandom(random, version: version, using: &generator) else { return (0, 0) }
        var tried = 0
        var failed = 0
        for _ in 0..<12 {
            var input = Self.mutate(valid, using: &generator)
            tried += 1
            do {
                _ = try Request.decode(from: &input, version: version)
            } catch is ProtocolDecodingError {
                failed += 1
            } catch {
                Issue.record("\(Request.messageName) v\(version): unexpected error type \(error)")
            }
            // The same bytes as a whole frame, header included.
            var frame = ByteBuffer()
            frame.writeInteger(Request.apiKey.rawValue)
            frame.writeInteger(version)
            frame.writeImmutableBuffer(input)
            _ = try? RequestFrame(decoding: frame)
        }
        return (tried, failed)
    }

    static func encodeRandom<Message: RandomizableMessage>(
        _ type: Message.Type, version: Int16, using generator: inout SeededGenerator
    ) throws -> ByteBuffer {
        try Message.random(version: version, using: &generator).encoded(version: version)
    }

    /// One of several corruptions, chosen at random.
    static func mutate(_ valid: ByteBuffer, using generator: inout SeededGenerator) -> ByteBuffer {
        var bytes = Array(valid.readableBytesView)
        switch Int.random(in: 0..<6, using: &generator) {
        case 0 where !bytes.isEmpty:  // flip bits
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] ^= 1 << UInt8.random(in: 0..<8, using: &generator)
            }
        case 1 where !bytes.isEmpty:  // truncate
            bytes.removeLast(Int.random(in: 1...bytes.count, using: &generator))
        case 2 where bytes.count >= 4:  // overwrite a would-be length with a huge or negative value
            let at = Int.random(in: 0...(bytes.count - 4), using: &generator)
            let value = [UInt32(0x7fff_ffff), 0xffff_fffe, 0x8000_0000, 0x0000_ffff].randomElement(using: &generator)!
            for index in 0..<4 { bytes[at + index] = UInt8(truncatingIfNeeded: value >> (24 - 8 * UInt32(index))) }
        case 3:  // an over-long varint
            let at = Int.random(in: 0...bytes.count, using: &generator)
            bytes.insert(contentsOf: [UInt8](repeating: 0xff, count: Int.random(in: 5...11, using: &generator)), at: at)
        case 4:  // noise
            bytes = (0..<Int.random(in: 0...64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        default:  // append garbage
            bytes += (0..<Int.random(in: 1...8, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        }
        return ByteBuffer(bytes: bytes)
    }

    @Test("varints longer than their width and lengths past the end are rejected")
    func primitiveBounds() {
        var tooLong = ByteBuffer(bytes: [0xff, 0xff, 0xff, 0xff, 0xff, 0x01])
        #expect(throws: ProtocolDecodingError.self) { try tooLong.readUnsignedVarint() }
        #expect(tooLong.readerIndex == 0)
        var tooWide = ByteBuffer(bytes: [0xff, 0xff, 0xff, 0xff, 0x1f])  // > UInt32.max
        #expect(throws: ProtocolDecodingError.self) { try tooWide.readUnsignedVarint() }
        var longTenth = ByteBuffer(bytes: [UInt8](repeating: 0xff, count: 9) + [0x02])
        #expect(throws: ProtocolDecodingError.self) { try longTenth.readVarlong() }
        var pastEnd = ByteBuffer(bytes: [0x00, 0x05, 0x61])
        #expect(throws: ProtocolDecodingError.self) { try pastEnd.readKafkaString(flexible: false, "s") }
        var negative = ByteBuffer(bytes: [0xff, 0xfe])
        #expect(throws: ProtocolDecodingError.self) { try negative.readKafkaNullableString(flexible: false, "s") }
        var hugeArray = ByteBuffer(bytes: [0x7f, 0xff, 0xff, 0xff, 0x00])
        #expect(throws: ProtocolDecodingError.self) {
            try hugeArray.readKafkaArray(flexible: false, minimumElementSize: 4, "a") { try $0.readKafkaInteger(as: Int32.self, "e") }
        }
    }

    @Test("varints round-trip at their boundaries")
    func varintBoundaries() throws {
        for value in [Int64.min, -1, 0, 1, 63, 64, -64, -65, Int64(Int32.max), Int64(Int32.min), Int64.max] {
            var buffer = ByteBuffer()
            buffer.writeVarlong(value)
            #expect(buffer.readableBytes == VarintSize.signed(value))
            #expect(try buffer.readVarlong() == value)
        }
        for value in [UInt32.min, 127, 128, 16_383, 16_384, UInt32.max] {
            var buffer = ByteBuffer()
            buffer.writeUnsignedVarint(value)
            #expect(try buffer.readUnsignedVarint() == value)
        }
    }
}

@Suite struct ErrorCodeTests {
    @Test("error codes carry Kafka's names and retriability, and unknown codes survive")
    func names() {
        #expect(ErrorCode.notLeaderOrFollower.rawValue == 6)
        #expect(ErrorCode.notLeaderOrFollower.name == "NOT_LEADER_OR_FOLLOWER")
        #expect(ErrorCode.notLeaderOrFollower.isRetriable)
        #expect(!ErrorCode.topicAlreadyExists.isRetriable)
        #expect(ErrorCode(rawValue: 127) == .voterNotFound)
        #expect(ErrorCode(rawValue: 999).name == "UNKNOWN_ERROR_CODE(999)")
    }
}
