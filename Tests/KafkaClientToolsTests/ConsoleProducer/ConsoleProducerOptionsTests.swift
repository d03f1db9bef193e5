import Foundation
import KafkaTools
import Testing

@testable import KafkaClientTools

@Suite struct ConsoleProducerOptionsTests {
    static func run(_ arguments: [String]) async -> (code: Int32, stdout: String, stderr: String) {
        await ToolHarness.run(ConsoleProducerCommand.self, arguments)
    }

    static func options(_ arguments: [String]) throws -> ConsoleProducerOptions {
        let parsed = try OptionParser(options: ConsoleProducerCommand.allOptions).parse(arguments)
        return try ConsoleProducerOptions(parsed)
    }

    @Test(
        "Invalid command lines print Kafka's message, then the help table, and exit 1",
        arguments: [
            ([String](), "This tool helps to read data from standard input and publish it to Kafka."),
            (["--help"], "This tool helps to read data from standard input and publish it to Kafka."),
            (["--bootstrap-server", "localhost:9092"], "Missing required argument \"[topic]\""),
            (["--topic", "t"], "Error while validating the bootstrap address\n"),
            (["--topic", "t", "--bootstrap-server", " "], "Error while validating the bootstrap address\n"),
            (
                ["--topic", "t", "--bootstrap-server", "localhost"],
                "Please provide valid host:port like host1:9091,host2:9092\n"
            ),
            (
                ["--topic", "t", "--bootstrap-server", "a:1,b"],
                "Please provide valid host:port like host1:9091,host2:9092\n"
            ),
            (["--topic"], "Option topic requires an argument"),
            (["--zookeeper", "x"], "zookeeper is not a recognized option"),
            (["--topic", "t", "--batch-size", "x"], "Cannot parse argument 'x' of option batch-size"),
        ])
    func usageErrors(arguments: [String], message: String) async {
        let result = await Self.run(arguments)
        #expect(result.code == 1)
        #expect(result.stderr.hasPrefix(message + "\n"))
        #expect(result.stderr.contains("--bootstrap-server"))
        #expect(result.stdout.isEmpty)
    }

    @Test("--version prints Kafka's version and exits 0")
    func version() async {
        let result = await Self.run(["--version"])
        #expect(result.code == 0)
        #expect(result.stdout == "4.0.0\n")
    }

    @Test("Reader configuration conflicts fail with KafkaException's text and no help")
    func readerConflict() async {
        let result = await Self.run(["--bootstrap-server", "h:1", "--topic", "t", "--property", "headers.delimiter=,"])
        #expect(result.code == 1)
        #expect(
            result.stderr
                == "org.apache.kafka.common.KafkaException: headers.delimiter and headers.separator may not be equal\n")
    }

    @Test("An unknown compression codec fails with Kafka's ConfigException text")
    func badCodec() async {
        let result = await Self.run(["--bootstrap-server", "h:1", "--topic", "t", "--compression-codec", "foo"])
        #expect(result.code == 1)
        #expect(
            result.stderr
                == "org.apache.kafka.common.config.ConfigException: Invalid value foo for configuration "
                + "compression.type: String must be one of: none, gzip, snappy, lz4, zstd\n")
    }

    @Test("Another --line-reader class is not available")
    func otherLineReader() async {
        let result = await Self.run(["--bootstrap-server", "h:1", "--topic", "t", "--line-reader", "com.example.Reader"])
        #expect(result.code == 1)
        #expect(result.stderr == "java.lang.ClassNotFoundException: com.example.Reader\n")
    }

    @Test("The flags' defaults differ from the producer's: acks=-1, linger 1000, request timeout 1500, retries 3")
    func defaults() throws {
        let properties = try Self.options(["--bootstrap-server", "h:1", "--topic", "t"]).producerProperties()
        #expect(properties["bootstrap.servers"] == "h:1")
        #expect(properties["acks"] == "-1")
        #expect(properties["linger.ms"] == "1000")
        #expect(properties["request.timeout.ms"] == "1500")
        #expect(properties["retries"] == "3")
        #expect(properties["retry.backoff.ms"] == "100")
        #expect(properties["batch.size"] == "16384")
        #expect(properties["buffer.memory"] == "33554432")
        #expect(properties["max.block.ms"] == "60000")
        #expect(properties["metadata.max.age.ms"] == "300000")
        #expect(properties["send.buffer.bytes"] == "102400")
        #expect(properties["compression.type"] == "none")
        #expect(properties["client.id"] == "console-producer")
    }

    @Test("Explicit flags win over --producer-property, which wins over the file; flag defaults do not")
    func precedence() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("producer-\(UUID()).properties").path
        try "linger.ms=7\nacks=1\nbatch.size=100\nclient.id=mine\nbootstrap.servers=file:1\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let properties = try Self.options([
            "--bootstrap-server", "flag:1", "--topic", "t", "--producer.config", path, "--producer-property",
            "acks=0", "--request-required-acks", "all", "--batch-size", "200", "--compression-codec",
        ]).producerProperties()
        #expect(properties["bootstrap.servers"] == "flag:1")
        #expect(properties["linger.ms"] == "7")
        #expect(properties["acks"] == "all")
        #expect(properties["batch.size"] == "200")
        #expect(properties["client.id"] == "mine")
        #expect(properties["compression.type"] == "gzip")
    }

    @Test("--max-partition-memory-bytes wins over --batch-size; --broker-list stands in for --bootstrap-server")
    func batchSizeAndBrokerList() throws {
        let options = try Self.options([
            "--broker-list", "old:9092", "--topic", "t", "--batch-size", "200", "--max-partition-memory-bytes", "300",
            "--timeout", "5", "--message-send-max-retries", "9", "--sync",
        ])
        let properties = try options.producerProperties()
        #expect(properties["bootstrap.servers"] == "old:9092")
        #expect(properties["batch.size"] == "300")
        #expect(properties["linger.ms"] == "5")
        #expect(properties["retries"] == "9")
        #expect(options.sync)
        let both = try Self.options(["--broker-list", "old:1", "--bootstrap-server", "new:2", "--topic", "t"])
        #expect(try both.producerProperties()["bootstrap.servers"] == "new:2")
    }

    @Test("Reader properties: --reader-config first, --property over it, and the topic")
    func readerProperties() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID()).properties").path
        try "parse.key=true\nkey.separator=\\t\nnull.marker=x\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let properties = try Self.options([
            "--bootstrap-server", "h:1", "--topic", "t", "--reader-config", path, "--property", "null.marker=y",
        ]).readerProperties()
        #expect(properties == ["parse.key": "true", "key.separator": "\t", "null.marker": "y", "topic": "t"])
    }
}
