#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads standard input in chunks of a fixed buffer, and stops waiting when a stop signal
/// arrives (`StopSignals`): the producer must notice Ctrl-C even while stdin is quiet.
final class InputChunkReader {
    /// The outcome of one `read`.
    enum Outcome: Equatable {
        /// This many bytes are in `buffer`.
        case data(Int)
        /// End of input.
        case endOfInput
        /// SIGINT or SIGTERM arrived.
        case stopped
        /// The read failed (errno text).
        case failed(String)
    }

    private let descriptor: Int32
    /// The chunk buffer, reused for every read.
    private(set) var buffer: UnsafeMutableBufferPointer<UInt8>

    /// - Parameters:
    ///   - descriptor: the input, e.g. 0.
    ///   - chunkSize: bytes per read; memory use is this plus the longest line spanning two chunks.
    init(descriptor: Int32 = 0, chunkSize: Int = 1 << 20) {
        self.descriptor = descriptor
        self.buffer = .allocate(capacity: chunkSize)
    }

    deinit {
        self.buffer.deallocate()
    }

    /// Waits for input or a stop signal, then reads what is there.
    func read() -> Outcome {
        while true {
            if StopSignals.isRequested { return .stopped }
            var entries = [
                pollfd(fd: self.descriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: StopSignals.descriptor, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&entries, StopSignals.descriptor >= 0 ? 2 : 1, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return .failed(String(cString: strerror(errno)))
            }
            if entries[1].revents != 0 && StopSignals.isRequested { return .stopped }
            guard entries[0].revents != 0 else { continue }
            #if canImport(Glibc)
                let count = Glibc.read(self.descriptor, self.buffer.baseAddress, self.buffer.count)
            #else
                let count = Darwin.read(self.descriptor, self.buffer.baseAddress, self.buffer.count)
            #endif
            if count > 0 { return .data(count) }
            if count == 0 { return .endOfInput }
            if errno == EINTR || errno == EAGAIN { continue }
            return .failed(String(cString: strerror(errno)))
        }
    }
}
