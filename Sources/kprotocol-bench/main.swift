import Foundation
import KafkaProtocol
import NIOCore

// Protocol-layer throughput on one core: CRC32C, record batch decoding, each codec. Prints
// figures only; nothing here is asserted (see DEVELOPERS.md: performance is measured, not tested).

let clock = ContinuousClock()

/// Runs `body` repeatedly for at least `minimum` and returns bytes processed per second.
func throughput(bytesPerRun: Int, minimum: Duration = .milliseconds(700), _ body: () throws -> Void) rethrows -> Double {
    try body()  // warm up
    var runs = 0
    let start = clock.now
    var elapsed = Duration.zero
    repeat {
        try body()
        runs += 1
        elapsed = clock.now - start
    } while elapsed < minimum
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return Double(bytesPerRun * runs) / seconds
}

func report(_ label: String, _ bytesPerSecond: Double) {
    let megabytes = bytesPerSecond / 1_000_000
    let figure = megabytes >= 1000 ? "\(String(format: "%.2f", megabytes / 1000)) GB/s" : "\(String(format: "%.0f", megabytes)) MB/s"
    print(label.padding(toLength: 52, withPad: " ", startingAt: 0) + figure)
}

var generator = SystemRandomNumberGenerator()
let mebibyte = 1 << 20
let randomBytes = ByteBuffer(bytes: (0..<mebibyte).map { _ in UInt8.random(in: 0...255, using: &generator) })

print("kprotocol-bench (one core; CRC32C hardware path: \(CRC32C.usesHardware ? "SSE4.2" : "none"))")
var sink: UInt32 = 0
report("CRC32C, 1 MiB buffers", throughput(bytesPerRun: mebibyte) { sink &+= CRC32C.checksum(randomBytes) })
report("CRC32C, 1 KiB buffers", throughput(bytesPerRun: mebibyte) {
    var offset = 0
    while offset < mebibyte {
        sink &+= CRC32C.checksum(randomBytes.getSlice(at: offset, length: 1024)!)
        offset += 1024
    }
})

// A 1 MiB batch of 1 KiB records whose values look like log lines: compressible, not trivially so.
let words = ["user", "order", "id", "status", "shipped", "pending", "eu-west", "price", "42.17", "true", "null"]
func recordValue(_ index: Int, using generator: inout SystemRandomNumberGenerator) -> ByteBuffer {
    var text = "{\"seq\":\(index)"
    while text.utf8.count < 1000 {
        text += ",\"\(words.randomElement(using: &generator)!)\":\"\(words.randomElement(using: &generator)!)-\(UInt16.random(in: 0...9999, using: &generator))\""
    }
    var buffer = ByteBuffer(string: String(text.prefix(1023)))
    buffer.writeString("}")
    return buffer
}
let values = (0..<1024).map { recordValue($0, using: &generator) }

func buildBatch(_ codec: CompressionCodec) throws -> ByteBuffer {
    var builder = RecordBatchBuilder(baseOffset: 0, compression: codec)
    for (index, value) in values.enumerated() {
        try builder.append(timestamp: 1_700_000_000_000 + Int64(index), key: ByteBuffer(string: "key-\(index)"), value: value)
    }
    return try builder.build()
}

let plainBatch = try buildBatch(.none)
let batchBytes = plainBatch.readableBytes
report("batch validate (CRC + header), 1 MiB", try throughput(bytesPerRun: batchBytes) {
    try RecordBatch(plainBatch).validate()
})
report("batch decode (CRC + every record), 1 MiB", try throughput(bytesPerRun: batchBytes) {
    let batch = try RecordBatch(plainBatch)
    try batch.validate()
    var iterator = try batch.records()
    while let record = try iterator.next() { sink &+= UInt32(truncatingIfNeeded: record.value?.readableBytes ?? 0) }
})

var payload = ByteBuffer()
for value in values { payload.writeImmutableBuffer(value) }
print("codecs on \(payload.readableBytes / 1024) KiB of record values (MB/s of uncompressed bytes):")
for codec in CompressionCodec.allCases where codec != .none {
    let compressed = try codec.compress(payload)
    let ratio = Double(payload.readableBytes) / Double(compressed.readableBytes)
    report("  \(codec.name) compress (ratio \(String(format: "%.1f", ratio)))", try throughput(bytesPerRun: payload.readableBytes) {
        sink &+= UInt32(truncatingIfNeeded: try codec.compress(payload).readableBytes)
    })
    report("  \(codec.name) decompress", try throughput(bytesPerRun: payload.readableBytes) {
        sink &+= UInt32(truncatingIfNeeded: try codec.decompress(compressed, maxOutputBytes: 4 << 20).readableBytes)
    })
    let compressedBatch = try buildBatch(codec)
    report("  \(codec.name) batch decode (decompress + records)", try throughput(bytesPerRun: batchBytes) {
        let batch = try RecordBatch(compressedBatch)
        try batch.validate()
        var iterator = try batch.records()
        while let record = try iterator.next() { sink &+= UInt32(truncatingIfNeeded: record.offsetDelta) }
    })
}
if sink == 42 { print("") }  // keeps the optimizer from dropping the loops
