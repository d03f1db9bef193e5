import KafkaClient
import KafkaProtocol
import KafkaTools
import NIOCore
import Testing

@testable import KafkaClientTools

@Suite struct DefaultMessageFormatterTests {
    static func record(
        key: String? = "k1", value: String? = "hello", headers: [RecordHeader] = [],
        timestampType: TimestampType = .createTime
    ) -> ConsumerRecord {
        ConsumerRecord(
            topic: "t", partition: 0, offset: 42, timestamp: 1_700_000_000_000, timestampType: timestampType,
            key: key.map { ByteBuffer(string: $0) }, value: value.map { ByteBuffer(string: $0) }, headers: headers,
            leaderEpoch: 3)
    }

    static func format(_ properties: [String: String], _ record: ConsumerRecord = record()) throws -> String {
        var output: [UInt8] = []
        try DefaultMessageFormatter(properties: properties).write(record, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    static let headers = [
        RecordHeader(key: "h1", value: ByteBuffer(string: "v1")),
        RecordHeader(key: "h2", value: ByteBuffer(string: "v2")),
    ]

    @Test(
        "The spec's examples",
        arguments: [
            ([String: String](), "hello\n"),
            (["print.key": "true"], "k1\thello\n"),
            (["print.value": "false", "print.key": "true"], "k1\n"),
            (["print.key": "true", "key.separator": " | "], "k1 | hello\n"),
            (["print.value": "false"], ""),
            (["print.offset": "TRUE ", "print.value": "false"], "Offset:42\n"),
            (["print.partition": "true", "line.separator": "\r\n"], "Partition:0\thello\r\n"),
            (["print.epoch": "true", "print.delivery": "true"], "Delivery:NOT_PRESENT\tEpoch:NOT_PRESENT\thello\n"),
        ])
    func examples(properties: [String: String], expected: String) throws {
        #expect(try Self.format(properties) == expected)
    }

    @Test("Every field in the fixed order")
    func allFields() throws {
        let properties = [
            "print.timestamp": "true", "print.partition": "true", "print.offset": "true", "print.headers": "true",
            "print.key": "true",
        ]
        #expect(
            try Self.format(properties, Self.record(headers: Self.headers))
                == "CreateTime:1700000000000\tPartition:0\tOffset:42\th1:v1,h2:v2\tk1\thello\n")
    }

    @Test("Nulls print null.literal; no headers print NO_HEADERS; no timestamp prints NO_TIMESTAMP")
    func nullsAndAbsences() throws {
        #expect(try Self.format(["print.key": "true"], Self.record(key: nil)) == "null\thello\n")
        #expect(try Self.format(["null.literal": "<nil>"], Self.record(value: nil)) == "<nil>\n")
        #expect(try Self.format(["print.headers": "true"]) == "NO_HEADERS\thello\n")
        let nullHeader = [RecordHeader(key: "h", value: nil), RecordHeader(key: "g", value: ByteBuffer(string: "x"))]
        #expect(
            try Self.format(["print.headers": "true", "headers.separator": ";"], Self.record(headers: nullHeader))
                == "h:null;g:x\thello\n")
        #expect(
            try Self.format(["print.timestamp": "true"], Self.record(timestampType: .noTimestampType))
                == "NO_TIMESTAMP\thello\n")
        #expect(
            try Self.format(["print.timestamp": "true"], Self.record(timestampType: .logAppendTime))
                == "LogAppendTime:1700000000000\thello\n")
    }

    @Test("Raw bytes are written unmodified, newlines included")
    func rawBytes() throws {
        var output: [UInt8] = []
        let record = ConsumerRecord(
            topic: "t", partition: 0, offset: 0, timestamp: 0, timestampType: .createTime, key: nil,
            value: ByteBuffer(bytes: [0xFF, 0x0A, 0x00]), headers: [], leaderEpoch: 0)
        try DefaultMessageFormatter().write(record, to: &output)
        #expect(output == [0xFF, 0x0A, 0x00, 0x0A])
    }

    @Test("Known deserializers print Java's toString; a wrong size is a formatter error")
    func deserializers() throws {
        let integer = ConsumerRecord(
            topic: "t", partition: 0, offset: 0, timestamp: 0, timestampType: .createTime,
            key: ByteBuffer(bytes: [0, 0, 1, 0]), value: ByteBuffer(bytes: [0x3F, 0xF0, 0, 0, 0, 0, 0, 0]),
            headers: [], leaderEpoch: 0)
        let properties = [
            "print.key": "true", "key.deserializer": "org.apache.kafka.common.serialization.IntegerDeserializer",
            "value.deserializer": "org.apache.kafka.common.serialization.DoubleDeserializer",
        ]
        #expect(try Self.format(properties, integer) == "256\t1.0\n")
        #expect(throws: MessageFormatterError.self) {
            try Self.format(properties, Self.record())
        }
    }

    @Test("Unknown formatter classes are refused with the class name; the no-op formatter prints nothing")
    func formatters() throws {
        let logger = ToolLogger(CapturedOutput())
        #expect(throws: MessageFormatterError.self) {
            try MessageFormatters.make(
                className: "kafka.tools.DefaultMessageFormatter", properties: [:], logger: logger)
        }
        var output: [UInt8] = []
        let noOp = try MessageFormatters.make(
            className: "org.apache.kafka.tools.consumer.NoOpMessageFormatter", properties: [:], logger: logger)
        try noOp.write(Self.record(), to: &output)
        #expect(output.isEmpty)
    }
}
