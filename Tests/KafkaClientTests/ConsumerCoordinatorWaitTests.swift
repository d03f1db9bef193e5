import Testing

@testable import KafkaClient

/// The bounded wait that lets `poll` return at its timeout while a rebalance keeps running.
@Suite("ConsumerCoordinator bounded rebalance wait")
struct ConsumerCoordinatorWaitTests {
    @Test("a finished task's value comes back")
    func finished() async {
        let task = Task<Int, Never> { 7 }
        #expect(await ConsumerCoordinator.value(of: task, within: .seconds(30)) == 7)
    }

    // nil can only come from the limit, since the gate opens after the wait; a wait that held on
    // for the task would never return, which the time limit turns into a failure (a wall-clock
    // bound on the 50 ms wait failed under a loaded full suite).
    @Test(
        "a task still running gives nil at the limit, keeps running, and a later wait gets its value",
        .timeLimit(.minutes(1)))
    func stillRunning() async {
        let (gate, open) = AsyncStream<Int>.makeStream()
        let task = Task<Int, Never> {
            var iterator = gate.makeAsyncIterator()
            return await iterator.next() ?? -1
        }
        #expect(await ConsumerCoordinator.value(of: task, within: .milliseconds(50)) == nil)
        open.yield(42)
        #expect(await ConsumerCoordinator.value(of: task, within: .seconds(30)) == 42)
        #expect(await task.value == 42)
    }
}
