import NIOCore

extension ByteBuffer {
    /// Calls `body` with the readable bytes as a pointer that is never nil, even for an empty
    /// buffer, because the C libraries reject a null source pointer.
    func withCompressionSource<Result>(
        _ body: (UnsafeRawPointer, Int) throws -> Result
    ) rethrows -> Result {
        try self.withUnsafeReadableBytes { bytes in
            if let base = bytes.baseAddress {
                return try body(base, bytes.count)
            }
            var placeholder: UInt8 = 0
            return try withUnsafeBytes(of: &placeholder) { try body($0.baseAddress!, 0) }
        }
    }
}
