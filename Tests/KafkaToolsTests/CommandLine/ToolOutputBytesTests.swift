#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Testing

@testable import KafkaTools

/// Raw byte output and failed-write reporting, which the console consumer relies on.
@Suite struct ToolOutputBytesTests {
    @Test("Bytes that are not UTF-8 reach the descriptor unchanged, after buffered text, in order")
    func rawBytesPassThrough() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let output = FileDescriptorOutput(descriptor: ends[1])
        output.write("text ")
        [UInt8]([0xFF, 0x00, 0x0A]).withUnsafeBytes { output.write(bytes: $0) }
        output.flush()
        close(ends[1])
        var received = [UInt8](repeating: 0, count: 64)
        let count = read(ends[0], &received, received.count)
        #expect(Array(received[..<max(0, count)]) == Array("text ".utf8) + [0xFF, 0x00, 0x0A])
        #expect(!output.hasFailed)
    }

    @Test("A write to a pipe nobody reads any more marks the output failed instead of ending the process")
    func closedPipeIsReported() throws {
        // As the console consumer does: EPIPE instead of death by SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        let output = FileDescriptorOutput(descriptor: ends[1], capacity: 0)
        #expect(!output.hasFailed)
        output.write("nobody is listening\n")
        #expect(output.hasFailed)
        close(ends[1])
    }

    @Test("In-memory outputs take bytes as UTF-8 and never fail")
    func capturedOutputTakesBytes() {
        let output = CapturedOutput()
        Array("héllo".utf8).withUnsafeBytes { output.write(bytes: $0) }
        #expect(output.text == "héllo")
        #expect(!output.hasFailed)
    }
}
