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

    @Test("a task still running gives nil at the limit, keeps running, and a later wait gets its value")
    func stillRunning() async {
        let (gate, open) = AsyncStream<Int>.makeStream()
        let task = Task<Int, Never> {
            var iterator = gate.makeAsyncIterator()
            return await iterator.next() ?? -1
        }
        let started = ContinuousClock.now
        #expect(await ConsumerCoordinator.value(of: task, within: .milliseconds(50)) == nil)
        // Returned at the limit instead of waiting for the task (a held JoinGroup).
        #expect(ContinuousClock.now - started < .seconds(10))
        open.yield(42)
        #expect(await ConsumerCoordinator.value(of: task, within: .seconds(30)) == 42)
        #expect(await task.value == 42)
    }
}
