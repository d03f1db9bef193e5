import KafkaClient
import KafkaProtocol
import KafkaTools
import NIOCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `kconsole-producer`: standard input, one line per record, to a topic (Kafka ConsoleProducer.java;
/// ../shared/tools-spec/kconsole-producer.md).
///
/// Input is read in chunks on the calling thread and cut into lines; each chunk's records are handed
/// to the producer with the callback form of `send`, which waits while `buffer.memory` is full, so
/// reading stops until the broker has caught up and memory stays bounded for any input size.
/// With `--sync` every record is awaited before the next.
public enum ConsoleProducerCommand: Tool {
    public static let name = "kconsole-producer"
    public static let summary = "This tool helps to read data from standard input and publish it to Kafka."
    public static var options: [OptionSpec] { ConsoleProducerOptions.all }
    public static var parseErrorsShowUsage: Bool { true }

    static let callbackLogger = "org.apache.kafka.clients.producer.internals.ErrorLoggingCallback"

    public static func execute(_ options: ParsedOptions, stdout: any ToolOutput, stderr: any ToolOutput) throws {
        let settings = try ConsoleProducerOptions(options)
        let reader: LineMessageReader
        do {
            reader = try LineMessageReader(properties: try settings.readerProperties())
        } catch let failure as LineMessageReader.Failure {
            throw ToolError("org.apache.kafka.common.KafkaException: \(failure)")
        }
        let logger = ToolLogger(stderr)
        var properties = try settings.producerProperties()
        // The client leaves socket buffer sizes to the system; the flag is accepted for compatibility.
        properties["send.buffer.bytes"] = nil
        let config: ProducerConfig
        do {
            config = try ProducerConfig(properties: properties) { warning in
                logger.log(.warn, warning, logger: "org.apache.kafka.clients.producer.ProducerConfig")
            }
        } catch {
            throw ToolError(JavaExceptionText.describe(error))
        }
        StopSignals.install()
        let producer = KafkaProducer(config: config)
        let session = ProducerSession(
            topic: settings.topic, reader: reader, producer: producer, sync: settings.sync, logger: logger)
        let interactive = isatty(0) == 1 && isatty(1) == 1
        let outcome = session.run(input: InputChunkReader(), prompt: interactive ? stdout : nil)
        // Close flushes what was handed over, also after a parse error or a signal (Kafka's
        // shutdown hook closes the producer the same way).
        try BlockingAsync.run { await producer.close() }
        if let failure = outcome {
            throw failure
        }
        let failed = session.failedSends
        if failed > 0 {
            // Kafka only logs each failure and exits 0; a non-zero exit lets scripts notice lost records.
            throw ToolError(
                "\(failed) of \(session.handedOver) messages could not be sent to topic \(settings.topic)", exitCode: 1)
        }
    }
}

/// One run of the producer loop: reading, parsing, sending, counting failures.
final class ProducerSession: Sendable {
    let topic: String
    let reader: LineMessageReader
    let producer: KafkaProducer
    let sync: Bool
    let logger: ToolLogger
    private let failures = Atomic<Int>(0)
    private let sent = Atomic<Int>(0)

    init(topic: String, reader: LineMessageReader, producer: KafkaProducer, sync: Bool, logger: ToolLogger) {
        self.topic = topic
        self.reader = reader
        self.producer = producer
        self.sync = sync
        self.logger = logger
    }

    /// Records whose delivery failed (reported on stderr as they happen).
    var failedSends: Int { self.failures.load(ordering: .relaxed) }
    /// Records handed to the producer.
    var handedOver: Int { self.sent.load(ordering: .relaxed) }

    /// Reads `input` to its end (or a stop signal) and sends every line.
    /// - Parameter prompt: where to write `>` before each read, for an interactive console.
    /// - Returns: the error that ends the tool with exit code 1 (a parse error, a failed `--sync`
    ///   send, a read failure), or nil.
    func run(input: InputChunkReader, prompt: (any ToolOutput)?) -> ToolError? {
        var splitter = LineSplitter()
        var lineNumber = 0
        var parseFailure: ToolError?
        var batch: [LineMessageReader.Message] = []
        let reader = self.reader
        func take(_ line: ArraySlice<UInt8>) {
            guard parseFailure == nil else { return }
            lineNumber += 1
            do {
                batch.append(try reader.parse(line, lineNumber: lineNumber))
            } catch {
                parseFailure = ToolError("org.apache.kafka.common.KafkaException: \(error)")
            }
        }
        while parseFailure == nil {
            if let prompt {
                prompt.write(">")
                prompt.flush()
            }
            let outcome = input.read()
            switch outcome {
            case .data(let count):
                splitter.feed(UnsafeBufferPointer(rebasing: input.buffer[..<count]), take)
            case .endOfInput:
                splitter.finish(take)
            case .stopped:
                return nil
            case .failed(let reason):
                return ToolError("java.io.IOException: \(reason)")
            }
            if let failure = self.send(batch) { return failure }
            batch.removeAll(keepingCapacity: true)
            if outcome == .endOfInput { break }
        }
        return parseFailure
    }

    /// Hands records to the producer; returns the error that aborts a `--sync` run.
    private func send(_ messages: [LineMessageReader.Message]) -> ToolError? {
        guard !messages.isEmpty else { return nil }
        do {
            try BlockingAsync.run { [self] in
                // Ctrl-C while the producer holds back (buffer full, metadata missing) stops here
                // too; what was handed over is still flushed by close.
                for message in messages where !StopSignals.isRequested {
                    try await self.sendOne(message)
                }
            }
            return nil
        } catch let error as ToolError {
            return error
        } catch {
            return ToolError(JavaExceptionText.describe(error))
        }
    }

    private func sendOne(_ message: LineMessageReader.Message) async throws {
        let key = message.key.map { ByteBuffer(bytes: $0) }
        let value = message.value.map { ByteBuffer(bytes: $0) }
        let headers = message.headers.map { RecordHeader(key: $0.key, value: $0.value.map { ByteBuffer(bytes: $0) }) }
        self.sent.add(1, ordering: .relaxed)
        if self.sync {
            // Kafka's --sync: send(record).get(); the first failure aborts with its stack trace.
            _ = try await self.producer.send(topic: self.topic, key: key, value: value, headers: headers)
            return
        }
        let keySize = message.key?.count
        let valueSize = message.value?.count
        let report: @Sendable (Result<RecordMetadata, Error>) -> Void = { [self] result in
            if case .failure(let error) = result {
                self.reportFailure(error, keySize: keySize, valueSize: valueSize)
            }
        }
        do {
            try await self.producer.send(
                topic: self.topic, key: key, value: value, headers: headers, completion: report)
        } catch {
            // Kafka's send hands failures before buffering (metadata timeout, too large) to the
            // callback too, and the tool carries on with the next line.
            report(.failure(error))
        }
    }

    /// Kafka ErrorLoggingCallback's line, then the exception.
    private func reportFailure(_ error: Error, keySize: Int?, valueSize: Int?) {
        self.failures.add(1, ordering: .relaxed)
        let key = keySize.map { "\($0) bytes" } ?? "null"
        let value = valueSize.map { "\($0) bytes" } ?? "null"
        self.logger.log(
            .error, "Error when sending message to topic \(self.topic) with key: \(key), value: \(value) with error:",
            logger: ConsoleProducerCommand.callbackLogger, detail: [JavaExceptionText.describe(error)])
    }
}
