import NIOCore

/// Repairs the LZ4 frame header checksum of magic-0 messages (KAFKA-3160).
///
/// Kafka before 0.10 computed the frame descriptor's header checksum (HC byte) over the 4-byte
/// frame magic number as well as the descriptor, which the LZ4 frame format does not include, so a
/// standard decoder rejects those frames. Kafka's own reader skips the check for magic 0
/// (KafkaLZ4BlockInputStream.java `ignoreFlagDescriptorChecksum`); since liblz4 cannot skip it,
/// we rewrite the HC byte to the correct value before decompressing. Magic-1 frames are correct.
public enum LegacyLZ4Frame {
    /// The LZ4 frame magic number, stored little-endian.
    static let frameMagic: UInt32 = 0x184D_2204

    /// The frame with a correct header checksum: `frame` itself when it already has one, else a
    /// copy with the HC byte rewritten.
    /// - Throws: `ProtocolDecodingError` when `frame` does not start with an LZ4 frame header.
    public static func correctingHeaderChecksum(_ frame: ByteBuffer) throws -> ByteBuffer {
        let descriptorLength = try Self.descriptorLength(frame)
        let correct = Self.headerChecksum(frame, from: 4, length: descriptorLength)
        return Self.withHeaderChecksum(correct, frame: frame, at: 4 + descriptorLength)
    }

    /// The frame with the header checksum Kafka's magic-0 writers computed (over magic number and
    /// descriptor), for building magic-0 LZ4 fixtures exactly as old Kafka wrote them.
    /// - Throws: `ProtocolDecodingError` when `frame` does not start with an LZ4 frame header.
    public static func withKafkaLegacyHeaderChecksum(_ frame: ByteBuffer) throws -> ByteBuffer {
        let descriptorLength = try Self.descriptorLength(frame)
        let broken = Self.headerChecksum(frame, from: 0, length: 4 + descriptorLength)
        return Self.withHeaderChecksum(broken, frame: frame, at: 4 + descriptorLength)
    }

    /// Length of FLG, BD and the optional content size and dictionary id: the bytes the HC covers.
    static func descriptorLength(_ frame: ByteBuffer) throws -> Int {
        let start = frame.readerIndex
        guard frame.readableBytes >= 7,
            let magic = frame.getInteger(at: start, endianness: .little, as: UInt32.self),
            let flags = frame.getInteger(at: start + 4, as: UInt8.self)
        else {
            throw ProtocolDecodingError.truncated(what: "LZ4 frame header", needed: 7, available: frame.readableBytes)
        }
        guard magic == Self.frameMagic else {
            throw ProtocolDecodingError.invalidValue(what: "LZ4 frame", reason: "bad magic number \(magic)")
        }
        guard flags >> 6 == 0b01 else {
            throw ProtocolDecodingError.invalidValue(what: "LZ4 frame", reason: "unsupported version in FLG \(flags)")
        }
        let contentSize = flags & 0x08 != 0 ? 8 : 0
        let dictionaryId = flags & 0x01 != 0 ? 4 : 0
        let length = 2 + contentSize + dictionaryId
        guard frame.readableBytes >= 4 + length + 1 else {
            throw ProtocolDecodingError.truncated(
                what: "LZ4 frame header", needed: 4 + length + 1, available: frame.readableBytes)
        }
        return length
    }

    /// The HC byte: second byte of the XXH32 of the covered bytes (LZ4 frame format).
    static func headerChecksum(_ frame: ByteBuffer, from offset: Int, length: Int) -> UInt8 {
        frame.withUnsafeReadableBytes { bytes in
            let covered = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)])
            return UInt8(truncatingIfNeeded: XXHash32.hash(covered) >> 8)
        }
    }

    static func withHeaderChecksum(_ checksum: UInt8, frame: ByteBuffer, at offset: Int) -> ByteBuffer {
        let index = frame.readerIndex + offset
        guard frame.getInteger(at: index, as: UInt8.self) != checksum else { return frame }
        var copy = frame
        copy.setInteger(checksum, at: index)
        return copy
    }
}
