import KafkaClient
import KafkaTools

/// One run of the console consumer's loop: assignment, polling, formatting, counting.
///
/// With `--group` (or a group.id property) the consumer subscribes to `--topic` or the `--include`
/// pattern and the group assigns its partitions, commits and resumes (Kafka ConsoleConsumer).
/// Without one, Kafka's consumer would be the only member of a fresh generated group, so
/// `--topic` and `--include` assign every partition of the matching topics directly (starting
/// per `auto.offset.reset`); `--include` looks for new matching topics as the consumer's
/// metadata refresh would.
final class ConsumerSession {
    let settings: ConsoleConsumerOptions
    let consumer: KafkaConsumer
    let formatter: any MessageFormatter
    let logger: ToolLogger
    /// Records handed to the formatter (skipped ones included), as Kafka counts them.
    private(set) var processed = 0
    private var assigned: Set<TopicPartition> = []
    /// Set once the consumer subscribed through its group.
    private var subscribed = false
    private var lastAssignmentCheck: ContinuousClock.Instant?
    private let includePattern: Regex<AnyRegexOutput>?

    /// How long one poll waits at most, so signals and the timeout are noticed.
    static let pollSlice: Duration = .milliseconds(200)
    /// How often `--include` (and a `--topic` that does not exist yet) is looked up again.
    static let assignmentRefresh: Duration = .seconds(2)

    init(settings: ConsoleConsumerOptions, consumer: KafkaConsumer, formatter: any MessageFormatter, logger: ToolLogger)
    {
        self.settings = settings
        self.consumer = consumer
        self.formatter = formatter
        self.logger = logger
        self.includePattern = settings.include.flatMap { try? Regex($0) }
    }

    /// Runs until max messages, the timeout, an error, a stop signal or a failed write.
    /// - Returns: the error that makes the exit code 1 (an unskipped formatter error), or nil.
    func run(stdout: any ToolOutput) -> ToolError? {
        if self.settings.include != nil && self.includePattern == nil {
            self.logError(
                "Error processing message, terminating consumer process: ",
                "java.util.regex.PatternSyntaxException: \(self.settings.include ?? "")")
            return nil
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        var waitingSince = ContinuousClock.now
        let timeout = self.settings.timeoutMs.map { Duration.milliseconds($0) }
        while !StopSignals.isRequested {
            if let limit = self.settings.maxMessages, self.processed >= limit { break }
            let records: [ConsumerRecord]
            do {
                try self.updateAssignment()
                let consumer = self.consumer
                let slice = Self.pollSlice
                let idle = self.assigned.isEmpty && !self.subscribed
                records = idle ? [] : try BlockingAsync.run { try await consumer.poll(timeout: slice) }
                if idle { self.pause(Self.pollSlice) }
            } catch {
                self.logError(
                    "Error processing message, terminating consumer process: ", JavaExceptionText.describe(error))
                break
            }
            if records.isEmpty {
                if let timeout, ContinuousClock.now - waitingSince >= timeout {
                    self.logError(
                        "Error processing message, terminating consumer process: ",
                        "org.apache.kafka.common.errors.TimeoutException")
                    break
                }
                continue
            }
            waitingSince = ContinuousClock.now
            buffer.removeAll(keepingCapacity: true)
            for record in records {
                if let limit = self.settings.maxMessages, self.processed >= limit { break }
                self.processed += 1
                let mark = buffer.count
                do {
                    try self.formatter.write(record, to: &buffer)
                } catch {
                    buffer.removeSubrange(mark...)
                    if self.settings.skipMessageOnError {
                        self.logError("Error processing message, skipping this message: ", "\(error)")
                        continue
                    }
                    self.write(buffer, to: stdout)
                    return ToolError("\(error)", exitCode: 1)
                }
            }
            if !self.write(buffer, to: stdout) { break }
        }
        return nil
    }

    /// Writes and flushes; false (after Kafka's message) when stdout is gone.
    @discardableResult
    private func write(_ bytes: [UInt8], to stdout: any ToolOutput) -> Bool {
        bytes.withUnsafeBytes { stdout.write(bytes: $0) }
        stdout.flush()
        if stdout.hasFailed {
            self.logger.write("Unable to write to standard out, closing consumer.\n")
            return false
        }
        return true
    }

    private func logError(_ message: String, _ exception: String) {
        self.logger.log(.error, message, logger: ConsoleConsumerCommand.loggerName, detail: [exception])
    }

    private func pause(_ duration: Duration) {
        try? BlockingAsync.run { try await Task.sleep(for: duration) }
    }

    /// Assigns the partitions to read: once for `--partition`; for `--topic` and `--include`
    /// whenever new partitions show up (checked every `assignmentRefresh`).
    private func updateAssignment() throws {
        if self.settings.groupId != nil && self.settings.partition == nil {
            guard !self.subscribed else { return }
            let consumer = self.consumer
            if let topic = self.settings.topic {
                try BlockingAsync.run { try await consumer.subscribe(topics: [topic]) }
            } else if let include = self.settings.include {
                try BlockingAsync.run { try await consumer.subscribe(pattern: include) }
            }
            self.subscribed = true
            return
        }
        let now = ContinuousClock.now
        if let last = self.lastAssignmentCheck {
            if self.settings.partition != nil { return }
            if !self.assigned.isEmpty && self.settings.include == nil && now - last < Self.assignmentRefresh * 15 {
                return
            }
            if now - last < Self.assignmentRefresh { return }
        }
        self.lastAssignmentCheck = now
        let consumer = self.consumer
        let settings = self.settings
        if let partition = settings.partition, let topic = settings.topic {
            let topicPartition = TopicPartition(topic: topic, partition: partition)
            try BlockingAsync.run {
                await consumer.assign([topicPartition])
                switch settings.startOffset {
                case .earliest: try await consumer.seek(topicPartition, to: .beginning)
                case .latest: try await consumer.seek(topicPartition, to: .end)
                case .offset(let offset): try await consumer.seek(topicPartition, to: .offset(offset))
                }
            }
            self.assigned = [topicPartition]
            return
        }
        let wanted = try self.matchingPartitions()
        guard !wanted.isSubset(of: self.assigned) else { return }
        self.assigned.formUnion(wanted)
        let all = Array(self.assigned).sorted()
        try BlockingAsync.run { await consumer.assign(all) }
    }

    /// The partitions of `--topic` (once it exists) or of every non-internal topic `--include` matches.
    private func matchingPartitions() throws -> Set<TopicPartition> {
        let consumer = self.consumer
        if let topic = self.settings.topic {
            // A metadata request for the topic creates it when the broker auto-creates topics.
            let metadata = try? BlockingAsync.run {
                try await consumer.cluster.metadata(for: [topic], maxWait: .milliseconds(500))
            }
            guard let partitions = metadata?.topics[topic]?.partitions else { return [] }
            return Set(partitions.map { TopicPartition(topic: topic, partition: $0.partition) })
        }
        guard let pattern = self.includePattern else { return [] }
        let metadata = try BlockingAsync.run { try await consumer.cluster.refreshMetadata(topics: nil) }
        var result: Set<TopicPartition> = []
        for (name, topic) in metadata.topics where !topic.isInternal {
            // Java's Pattern.matcher(topic).matches(): the whole name must match.
            guard (try? pattern.wholeMatch(in: name)) != nil else { continue }
            for partition in topic.partitions {
                result.insert(TopicPartition(topic: name, partition: partition.partition))
            }
        }
        return result
    }
}
