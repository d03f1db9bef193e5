import CCRC32C
import KafkaProtocol
import NIOCore
import Testing

@Suite struct CRC32CTests {
    // Known vectors: the "check" value of CRC-32C and RFC 3720 (iSCSI) appendix B.4.
    static let vectors: [([UInt8], UInt32)] = [
        (Array("123456789".utf8), 0xE306_9283),
        ([UInt8](repeating: 0, count: 32), 0x8A91_36AA),
        ([UInt8](repeating: 0xFF, count: 32), 0x62A8_AB43),
        ((0..<32).map { UInt8($0) }, 0x46DD_794E),
        ((0..<32).map { UInt8(31 - $0) }, 0x113F_DB5C),
        ([], 0),
    ]

    @Test("known vectors match on the portable, hardware and dispatching paths", arguments: vectors)
    func knownVectors(input: [UInt8], expected: UInt32) {
        input.withUnsafeBytes { bytes in
            #expect(kafka_crc32c_portable(0, bytes.baseAddress, bytes.count) == expected)
            #expect(kafka_crc32c(0, bytes.baseAddress, bytes.count) == expected)
            if kafka_crc32c_has_hardware() != 0 {
                #expect(kafka_crc32c_hardware(0, bytes.baseAddress, bytes.count) == expected)
            }
        }
        #expect(CRC32C.checksum(ByteBuffer(bytes: input)) == expected)
    }

    @Test("hardware and portable paths agree on every length around the 3-stream block size")
    func pathsAgreeOnLongInputs() {
        var generator = SystemRandomNumberGenerator()
        let data = (0..<(3 * 4096 * 3 + 100)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        data.withUnsafeBytes { bytes in
            for length in [0, 1, 7, 8, 9, 4095, 12_287, 12_288, 12_289, 24_576, 36_963] {
                for start in [0, 1, 3] where start + length <= bytes.count {
                    let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<(start + length)])
                    let portable = kafka_crc32c_portable(0, slice.baseAddress, slice.count)
                    #expect(kafka_crc32c(0, slice.baseAddress, slice.count) == portable, "length \(length)")
                }
            }
        }
    }

    @Test("continuing a checksum over pieces equals one pass")
    func continuation() {
        let data = ByteBuffer(bytes: (0..<20_000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        let whole = CRC32C.checksum(data)
        let first = CRC32C.checksum(data.getSlice(at: 0, length: 13_001)!)
        #expect(CRC32C.checksum(data.getSlice(at: 13_001, length: 6_999)!, continuing: first) == whole)
    }
}
