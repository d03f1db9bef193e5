import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SIGINT and SIGTERM turned into something a tool's loop can wait on: Kafka's console tools stop
/// cleanly on either (a JVM shutdown hook closes the client), and so must ours.
///
/// The handler only writes one byte to a pipe (the one async-signal-safe thing it needs to do),
/// so whichever thread the kernel picks for the signal, the main thread sees it: `poll` on
/// `descriptor` wakes, and `isRequested` turns true.
public enum StopSignals {
    /// The pipe the handler writes to: [read end, write end]; -1 until `install`.
    private static let pipeEnds = Mutex<(Int32, Int32)>((-1, -1))
    /// Set by the handler itself (a lock-free atomic store is async-signal-safe), so checking is a load.
    fileprivate static let requested = Atomic<Bool>(false)

    /// Installs the handlers (idempotent).
    public static func install() {
        // Statics initialize lazily; do it here, not in the handler.
        _ = self.requested.load(ordering: .relaxed)
        self.pipeEnds.withLock { ends in
            guard ends.0 < 0 else { return }
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { return }
            _ = fcntl(fds[1], F_SETFL, O_NONBLOCK)
            ends = (fds[0], fds[1])
            stopSignalWriteEnd = fds[1]
        }
        for signalNumber in [SIGINT, SIGTERM] {
            var action = sigaction()
            #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = stopSignalHandler
            #else
                action.__sigaction_u.__sa_handler = stopSignalHandler
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signalNumber, &action, nil)
        }
    }

    /// The read end of the pipe, readable once a stop signal arrived; -1 before `install`.
    public static var descriptor: Int32 { self.pipeEnds.withLock { $0.0 } }

    /// Whether SIGINT or SIGTERM arrived.
    public static var isRequested: Bool {
        self.requested.load(ordering: .relaxed)
    }

    /// Marks a stop as requested (for tests, and for a tool that stops itself the same way).
    public static func request() {
        self.requested.store(true, ordering: .relaxed)
    }
}

/// The write end for the handler; a plain global because a C signal handler cannot capture.
nonisolated(unsafe) private var stopSignalWriteEnd: Int32 = -1

private func stopSignalHandler(_ signal: Int32) {
    StopSignals.requested.store(true, ordering: .relaxed)
    var byte: UInt8 = 1
    _ = write(stopSignalWriteEnd, &byte, 1)
}
