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
    print(label.padding(toLength: 44, withPad: " ", startingAt: 0) + figure)
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
if sink == 42 { print("") }  // keeps the optimizer from dropping the loops
