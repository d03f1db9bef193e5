import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A few idle library contexts (zlib streams, zstd and LZ4F contexts) kept for reuse.
///
/// Creating a context allocates and initialises tens to hundreds of KiB, which costs more than
/// decompressing a small batch; reusing one costs a mutex. A context is handed to one caller at a
/// time, and one that saw an error is freed rather than pooled, so a hostile frame cannot leave a
/// context with oversized buffers behind. Thread-safe.
final class CompressionContextPool<Context>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var idle: [Context] = []
    private let maximumIdle: Int
    private let create: @Sendable () -> Context?
    private let destroy: @Sendable (Context) -> Void

    /// - Parameters:
    ///   - maximumIdle: How many idle contexts to keep; contexts returned beyond that are freed.
    ///   - create: Allocates a context, or returns nil when the library cannot.
    ///   - destroy: Frees a context.
    init(
        maximumIdle: Int = max(2, System.coreCount),
        create: @escaping @Sendable () -> Context?,
        destroy: @escaping @Sendable (Context) -> Void
    ) {
        self.mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        self.mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(self.mutex, nil)
        self.maximumIdle = maximumIdle
        self.create = create
        self.destroy = destroy
    }

    deinit {
        for context in self.idle {
            self.destroy(context)
        }
        pthread_mutex_destroy(self.mutex)
        self.mutex.deallocate()
    }

    /// Runs `body` with a context nobody else uses meanwhile. The body must reset the context
    /// before use: a pooled context keeps the state of its last successful use.
    ///
    /// - Throws: `.libraryFailure` for `codec` if no context can be allocated, or what `body` throws.
    func withContext<Result>(codec: CompressionCodec, _ body: (Context) throws -> Result) throws -> Result {
        pthread_mutex_lock(self.mutex)
        let pooled = self.idle.popLast()
        pthread_mutex_unlock(self.mutex)

        guard let context = pooled ?? self.create() else {
            throw CompressionError(codec: codec, reason: .libraryFailure("cannot allocate a context"))
        }
        let result: Result
        do {
            result = try body(context)
        } catch {
            self.destroy(context)
            throw error
        }

        pthread_mutex_lock(self.mutex)
        let keep = self.idle.count < self.maximumIdle
        if keep {
            self.idle.append(context)
        }
        pthread_mutex_unlock(self.mutex)
        if !keep {
            self.destroy(context)
        }
        return result
    }
}
