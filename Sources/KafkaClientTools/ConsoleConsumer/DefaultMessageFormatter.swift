import KafkaClient
import KafkaProtocol
import NIOCore

/// The console consumer's default output (Kafka DefaultMessageFormatter.java;
/// ../shared/tools-spec/kconsole-consumer.md): per record the enabled fields in a fixed order —
/// timestamp, partition, offset, delivery, epoch, headers, key, value — each followed by
/// `key.separator` when a later field is enabled, else by `line.separator`. Keys and values are
/// written as raw bytes.
struct DefaultMessageFormatter: MessageFormatter {
    var printTimestamp = false
    var printPartition = false
    var printOffset = false
    var printDelivery = false
    var printEpoch = false
    var printHeaders = false
    var printKey = false
    var printValue = true
    var keySeparator: [UInt8] = Array("\t".utf8)
    var lineSeparator: [UInt8] = Array("\n".utf8)
    var headersSeparator: [UInt8] = Array(",".utf8)
    var nullLiteral: [UInt8] = Array("null".utf8)
    var keyDeserializer: RecordDeserializer?
    var valueDeserializer: RecordDeserializer?
    var headersDeserializer: RecordDeserializer?

    /// Reads the `--property` settings; booleans are true iff the trimmed value is `true` in any case.
    /// An unknown deserializer class is logged at ERROR and the raw bytes are printed, as Kafka does.
    init(properties: [String: String] = [:], logger: ToolLogger? = nil) throws {
        func flag(_ key: String, _ current: Bool) -> Bool {
            properties[key].map { $0.trimmingJavaWhitespace().lowercased() == "true" } ?? current
        }
        self.printTimestamp = flag("print.timestamp", self.printTimestamp)
        self.printPartition = flag("print.partition", self.printPartition)
        self.printOffset = flag("print.offset", self.printOffset)
        self.printDelivery = flag("print.delivery", self.printDelivery)
        self.printEpoch = flag("print.epoch", self.printEpoch)
        self.printHeaders = flag("print.headers", self.printHeaders)
        self.printKey = flag("print.key", self.printKey)
        self.printValue = flag("print.value", self.printValue)
        if let value = properties["key.separator"] { self.keySeparator = Array(value.utf8) }
        if let value = properties["line.separator"] { self.lineSeparator = Array(value.utf8) }
        if let value = properties["headers.separator"] { self.headersSeparator = Array(value.utf8) }
        if let value = properties["null.literal"] { self.nullLiteral = Array(value.utf8) }
        func deserializer(_ key: String) -> RecordDeserializer? {
            guard let className = properties[key] else { return nil }
            if let known = RecordDeserializer(className: className) { return known }
            logger?.log(
                .error, "Failed to instantiate \(className) for \(key), using the raw bytes instead",
                logger: "org.apache.kafka.tools.consumer.DefaultMessageFormatter",
                detail: ["java.lang.ClassNotFoundException: \(className)"])
            return nil
        }
        self.keyDeserializer = deserializer("key.deserializer")
        self.valueDeserializer = deserializer("value.deserializer")
        self.headersDeserializer = deserializer("headers.deserializer")
    }

    func write(_ record: ConsumerRecord, to output: inout [UInt8]) throws {
        // Which fields follow each one decides between the two separators.
        let afterHeaders = self.printKey || self.printValue
        let afterEpoch = self.printHeaders || afterHeaders
        let afterDelivery = self.printEpoch || afterEpoch
        let afterOffset = self.printDelivery || afterDelivery
        let afterPartition = self.printOffset || afterOffset
        let afterTimestamp = self.printPartition || afterPartition
        if self.printTimestamp {
            if record.timestampType == .noTimestampType {
                output.append(contentsOf: "NO_TIMESTAMP".utf8)
            } else {
                output.append(contentsOf: "\(record.timestampType):\(record.timestamp)".utf8)
            }
            self.separator(afterTimestamp, &output)
        }
        if self.printPartition {
            output.append(contentsOf: "Partition:\(record.partition)".utf8)
            self.separator(afterPartition, &output)
        }
        if self.printOffset {
            output.append(contentsOf: "Offset:\(record.offset)".utf8)
            self.separator(afterOffset, &output)
        }
        if self.printDelivery {
            // Delivery counts exist only for share consumers.
            output.append(contentsOf: "Delivery:NOT_PRESENT".utf8)
            self.separator(afterDelivery, &output)
        }
        if self.printEpoch {
            // Kafka's console consumer hands records to the formatter without their leader epoch.
            output.append(contentsOf: "Epoch:NOT_PRESENT".utf8)
            self.separator(afterEpoch, &output)
        }
        if self.printHeaders {
            if record.headers.isEmpty {
                output.append(contentsOf: "NO_HEADERS".utf8)
            } else {
                for (index, header) in record.headers.enumerated() {
                    if index > 0 { output.append(contentsOf: self.headersSeparator) }
                    output.append(contentsOf: header.key.utf8)
                    output.append(UInt8(ascii: ":"))
                    try self.append(header.value, with: self.headersDeserializer, to: &output)
                }
            }
            self.separator(afterHeaders, &output)
        }
        if self.printKey {
            try self.append(record.key, with: self.keyDeserializer, to: &output)
            self.separator(self.printValue, &output)
        }
        if self.printValue {
            try self.append(record.value, with: self.valueDeserializer, to: &output)
            output.append(contentsOf: self.lineSeparator)
        }
    }

    private func separator(_ moreFields: Bool, _ output: inout [UInt8]) {
        output.append(contentsOf: moreFields ? self.keySeparator : self.lineSeparator)
    }

    private func append(_ bytes: ByteBuffer?, with deserializer: RecordDeserializer?, to output: inout [UInt8]) throws {
        guard let bytes else {
            output.append(contentsOf: self.nullLiteral)
            return
        }
        if let deserializer {
            output.append(contentsOf: try deserializer.text(of: bytes).utf8)
        } else {
            bytes.withUnsafeReadableBytes { output.append(contentsOf: $0) }
        }
    }
}
