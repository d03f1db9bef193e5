/// Cuts a byte stream that arrives in chunks into lines, as Java's `BufferedReader.readLine`
/// does: a line ends at `\n`, `\r` or `\r\n` (the terminator is dropped); a last line without a
/// terminator still counts; an empty stream has no lines.
///
/// Only a line that spans chunks is copied; others are handed out as slices of the chunk, so a
/// large input goes through with memory bounded by the chunk size plus the longest line.
public struct LineSplitter: Sendable {
    private var pending: [UInt8] = []
    /// The last chunk ended with `\r`: a `\n` starting the next chunk belongs to that terminator.
    private var skipLeadingLineFeed = false
    /// Whether the bytes since the last terminator include any (distinguishes "" from nothing at EOF).
    private var hasPendingLine = false

    public init() {}

    /// Feeds the next chunk, calling `emit` with each line it completes.
    public mutating func feed(
        _ chunk: UnsafeBufferPointer<UInt8>, _ emit: (ArraySlice<UInt8>) throws -> Void
    ) rethrows {
        let count = chunk.count
        guard count > 0 else { return }
        var index = 0
        if self.skipLeadingLineFeed {
            self.skipLeadingLineFeed = false
            if chunk[0] == 0x0A { index = 1 }
        }
        var start = index
        while index < count {
            let byte = chunk[index]
            if byte != 0x0A && byte != 0x0D {
                index += 1
                continue
            }
            if self.pending.isEmpty && !self.hasPendingLine {
                try emit(ArraySlice(UnsafeBufferPointer(rebasing: chunk[start..<index])))
            } else {
                self.pending.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start..<index]))
                try emit(self.pending[...])
                self.pending.removeAll(keepingCapacity: true)
                self.hasPendingLine = false
            }
            if byte == 0x0D {
                if index + 1 < count {
                    index += chunk[index + 1] == 0x0A ? 2 : 1
                } else {
                    index += 1
                    self.skipLeadingLineFeed = true
                }
            } else {
                index += 1
            }
            start = index
        }
        if start < count {
            self.pending.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start..<count]))
            self.hasPendingLine = true
        }
    }

    /// Ends the stream: emits the last line if it had no terminator.
    public mutating func finish(_ emit: (ArraySlice<UInt8>) throws -> Void) rethrows {
        if self.hasPendingLine {
            try emit(self.pending[...])
        }
        self.pending = []
        self.hasPendingLine = false
        self.skipLeadingLineFeed = false
    }

    /// Convenience for tests and small inputs: every line of `bytes`.
    public static func lines(of bytes: [UInt8]) -> [[UInt8]] {
        var splitter = LineSplitter()
        var lines: [[UInt8]] = []
        bytes.withUnsafeBufferPointer { splitter.feed($0) { lines.append(Array($0)) } }
        splitter.finish { lines.append(Array($0)) }
        return lines
    }
}
