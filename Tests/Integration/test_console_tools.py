"""kconsole-producer and kconsole-consumer against a real kserver-start (and librdkafka's mock
cluster): every flag, Kafka's messages for invalid command lines, failures reported rather than
swallowed, SIGINT and closed pipes, and a byte-for-byte round trip of a file with peak RSS."""
import hashlib
import os
import signal
import subprocess
import time

import pytest

import mock_cluster
from broker import running_broker
from console import ToolRun, consumer_args, producer_args, run_measured, run_tool, sha256, write_text_file

PRODUCER = "kconsole-producer"
CONSUMER = "kconsole-consumer"


@pytest.fixture(scope="module")
def broker(bin_dir, tmp_path_factory):
    yield from running_broker(bin_dir, tmp_path_factory.mktemp("console"), overrides={"num.partitions": "1"})


def produce(bin_dir, broker, topic, data: bytes, *extra, expect_code=0) -> ToolRun:
    # A short linger keeps the tests quick; a test of --timeout itself sets its own.
    linger = [] if "--timeout" in extra else ["--timeout", "5"]
    result = run_tool(bin_dir, PRODUCER, *producer_args(broker.bootstrap, topic, *linger, *extra), input_bytes=data)
    assert result.code == expect_code, result
    return result


def consume(bin_dir, broker, topic, count, *extra, expect_code=0) -> ToolRun:
    result = run_tool(bin_dir, CONSUMER, *consumer_args(broker.bootstrap, topic, count, *extra))
    assert result.code == expect_code, result
    return result


def kcat_consume(broker, topic, count, fmt="%s\n") -> bytes:
    result = subprocess.run(["kcat", "-b", broker.bootstrap, "-C", "-t", topic, "-o", "beginning", "-c", str(count),
                             "-e", "-q", "-f", fmt], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def kcat_produce(broker, topic, data: bytes, *extra):
    result = subprocess.run(["kcat", "-b", broker.bootstrap, "-P", "-t", topic, "-p", "0", *extra], input=data,
                            capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------- producer


def test_lines_become_records_in_order(bin_dir, broker):
    lines = [f"line {index}" for index in range(300)]
    produce(bin_dir, broker, "plain", ("\n".join(lines) + "\n").encode())
    assert kcat_consume(broker, "plain", 300).decode().splitlines() == lines


def test_crlf_and_a_last_line_without_newline(bin_dir, broker):
    produce(bin_dir, broker, "crlf", b"one\r\ntwo\rthree\n\nfour")
    assert kcat_consume(broker, "crlf", 5, "[%s]\n") == b"[one]\n[two]\n[three]\n[]\n[four]\n"


def test_parse_key_with_a_key_separator(bin_dir, broker):
    produce(bin_dir, broker, "keyed", b"k1:v:1\nk2:v2\n", "--property", "parse.key=true", "--property",
            "key.separator=:")
    assert kcat_consume(broker, "keyed", 2, "%k=%s\n") == b"k1=v:1\nk2=v2\n"


def test_parse_headers_and_key_with_every_separator_property(bin_dir, broker):
    produce(bin_dir, broker, "headers", b"h1=v1;h2=v2|key|value\nh3=x|k|v\n", "--property", "parse.headers=true",
            "--property", "parse.key=true", "--property", "headers.delimiter=|", "--property",
            "headers.separator=;", "--property", "headers.key.separator==", "--property", "key.separator=|")
    assert kcat_consume(broker, "headers", 2, "%h %k %s\n") == b"h1=v1,h2=v2 key value\nh3=x k v\n"


def test_null_marker_makes_key_value_and_header_values_null(bin_dir, broker):
    produce(bin_dir, broker, "nulls", b"h:NULL\tNULL\tNULL\nh:x\tk\tv\n", "--property", "parse.headers=true",
            "--property", "parse.key=true", "--property", "null.marker=NULL")
    output = consume(bin_dir, broker, "nulls", 2, "--property", "print.key=true", "--property", "print.headers=true",
                     "--property", "null.literal=<nil>")
    assert output.text == "h:<nil>\t<nil>\t<nil>\nh:x\tk\tv\n"


def test_ignore_error_keeps_lines_without_separators(bin_dir, broker):
    produce(bin_dir, broker, "lenient", b"no separator\nk\tv\n", "--property", "parse.key=true", "--property",
            "ignore.error=true")
    assert kcat_consume(broker, "lenient", 2, "%k|%s\n") == b"|no separator\nk|v\n"


def test_a_parse_error_stops_with_kafkas_message_after_sending_the_lines_before(bin_dir, broker):
    result = produce(bin_dir, broker, "parse-error", b"a\tb\nc\td\nbroken\ne\tf\n", "--property", "parse.key=true",
                     expect_code=1)
    assert "org.apache.kafka.common.KafkaException: No key separator found on line number 3: 'broken'" in \
        result.error_text
    assert kcat_consume(broker, "parse-error", 2, "%k=%s\n") == b"a=b\nc=d\n"


def test_reader_config_file_with_property_taking_precedence(bin_dir, broker, tmp_path):
    config = tmp_path / "reader.properties"
    config.write_text("parse.key=true\nkey.separator=\\t\nnull.marker=X\n")
    produce(bin_dir, broker, "reader-config", b"k\tv\nX\tY\n", "--reader-config", config, "--property",
            "null.marker=Y")
    output = consume(bin_dir, broker, "reader-config", 2, "--property", "print.key=true")
    assert output.text == "k\tv\nX\tnull\n"


@pytest.mark.parametrize("codec", ["none", "gzip", "snappy", "lz4", "zstd"])
def test_compression_codec_is_used_for_the_batches(bin_dir, broker, codec):
    topic = f"codec-{codec}"
    lines = [f"{codec} record {index} " * 5 for index in range(100)]
    produce(bin_dir, broker, topic, ("\n".join(lines) + "\n").encode(), "--compression-codec", codec)
    assert kcat_consume(broker, topic, 100).decode().splitlines() == lines
    segment = broker.data / f"{topic}-0" / "00000000000000000000.log"
    dump = subprocess.run([str(bin_dir / "klog-dump"), "--files", str(segment)], capture_output=True, text=True,
                          timeout=60)
    assert f"compresscodec: {codec}" in dump.stdout.lower(), dump.stdout[:2000]


def test_compression_codec_without_a_value_means_gzip(bin_dir, broker):
    produce(bin_dir, broker, "codec-default", b"a\nb\n", "--compression-codec")
    segment = broker.data / "codec-default-0" / "00000000000000000000.log"
    dump = subprocess.run([str(bin_dir / "klog-dump"), "--files", str(segment)], capture_output=True, text=True,
                          timeout=60)
    assert "compresscodec: gzip" in dump.stdout.lower()


@pytest.mark.parametrize("flags", [
    ["--sync"],
    ["--request-required-acks", "0"],
    ["--request-required-acks", "1"],
    ["--request-required-acks", "all"],
    ["--batch-size", "100"],
    ["--max-partition-memory-bytes", "200"],
    ["--timeout", "0"],
    ["--message-send-max-retries", "5", "--retry-backoff-ms", "50"],
    ["--request-timeout-ms", "10000"],
    ["--metadata-expiry-ms", "1000"],
    ["--max-block-ms", "10000"],
    ["--max-memory-bytes", "65536"],
    ["--socket-buffer-size", "65536"],
    ["--line-reader", "org.apache.kafka.tools.LineMessageReader"],
    ["--producer-property", "linger.ms=1", "--producer-property", "client.id=custom"],
], ids=lambda flags: "-".join(flag.strip("-") for flag in flags)[:60])
def test_every_producer_flag_delivers_the_records(bin_dir, broker, flags):
    topic = "flags-" + hashlib.sha1(" ".join(flags).encode()).hexdigest()[:10]
    lines = [f"{' '.join(flags)} #{index}" for index in range(50)]
    produce(bin_dir, broker, topic, ("\n".join(lines) + "\n").encode(), *flags)
    assert kcat_consume(broker, topic, 50).decode().splitlines() == lines


def test_producer_config_file_and_the_old_broker_list(bin_dir, broker, tmp_path):
    config = tmp_path / "producer.properties"
    config.write_text("acks=1\nlinger.ms=2\nbootstrap.servers=127.0.0.1:1\n")
    result = run_tool(bin_dir, PRODUCER, "--broker-list", broker.bootstrap, "--topic", "old-flags",
                      "--producer.config", config, input_bytes=b"x\ny\n")
    assert result.code == 0, result
    assert kcat_consume(broker, "old-flags", 2) == b"x\ny\n"


def test_a_failed_send_is_logged_and_fails_the_run(bin_dir, broker):
    big = b"x" * 500
    result = produce(bin_dir, broker, "too-large", b"small\n" + big + b"\nsmall again\n", "--producer-property",
                     "max.request.size=300", expect_code=1)
    assert "ERROR Error when sending message to topic too-large with key: null, value: 500 bytes with error: " \
           "(org.apache.kafka.clients.producer.internals.ErrorLoggingCallback)" in result.error_text
    assert "org.apache.kafka.common.errors.RecordTooLargeException: The message is" in result.error_text
    assert "1 of 3 messages could not be sent to topic too-large" in result.error_text
    assert kcat_consume(broker, "too-large", 2) == b"small\nsmall again\n"


def test_a_failed_sync_send_aborts(bin_dir, broker):
    result = produce(bin_dir, broker, "too-large-sync", b"x" * 500 + b"\nnever sent\n", "--sync",
                     "--producer-property", "max.request.size=300", expect_code=1)
    assert result.error_text.startswith("org.apache.kafka.common.errors.RecordTooLargeException: The message is")


def test_an_unreachable_broker_is_reported_within_max_block_ms(bin_dir):
    result = run_tool(bin_dir, PRODUCER, "--bootstrap-server", "127.0.0.1:1", "--topic", "nowhere",
                      "--max-block-ms", "1500", input_bytes=b"lost\n", timeout=60)
    assert result.code == 1, result
    assert "Error when sending message to topic nowhere with key: null, value: 4 bytes with error:" in \
        result.error_text


@pytest.mark.parametrize("args, message", [
    ([], "This tool helps to read data from standard input and publish it to Kafka."),
    (["--bootstrap-server", "h:1"], 'Missing required argument "[topic]"'),
    (["--topic", "t"], "Error while validating the bootstrap address\n"),
    (["--topic", "t", "--bootstrap-server", "nohost"], "Please provide valid host:port like host1:9091,host2:9092\n"),
    (["--topic", "t", "--bootstrap-server"], "Option bootstrap-server requires an argument"),
    (["--zookeeper", "z:2181"], "zookeeper is not a recognized option"),
    (["--topic", "t", "--bootstrap-server", "h:1", "--batch-size", "big"],
     "Cannot parse argument 'big' of option batch-size"),
])
def test_invalid_producer_command_lines(bin_dir, args, message):
    result = run_tool(bin_dir, PRODUCER, *args)
    assert result.code == 1
    assert result.error_text.startswith(message + "\n"), result
    assert "--bootstrap-server" in result.error_text  # the help table follows


@pytest.mark.parametrize("args, message", [
    (["--property", "headers.delimiter=,"], "org.apache.kafka.common.KafkaException: headers.delimiter and "
                                            "headers.separator may not be equal"),
    (["--property", "null.marker=:"], "org.apache.kafka.common.KafkaException: null.marker and "
                                      "headers.key.separator may not be equal"),
    (["--compression-codec", "foo"], "org.apache.kafka.common.config.ConfigException: Invalid value foo for "
                                     "configuration compression.type: String must be one of: none, gzip, snappy, "
                                     "lz4, zstd"),
    (["--line-reader", "my.Reader"], "java.lang.ClassNotFoundException: my.Reader"),
])
def test_invalid_producer_settings_fail_with_kafkas_exception_text(bin_dir, args, message):
    result = run_tool(bin_dir, PRODUCER, "--bootstrap-server", "127.0.0.1:1", "--topic", "t", *args)
    assert result.code == 1
    assert result.error_text == message + "\n"


def test_sigterm_closes_the_producer_after_sending_what_was_read(bin_dir, broker):
    process = subprocess.Popen([str(bin_dir / PRODUCER), *producer_args(broker.bootstrap, "signalled")],
                               stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdin.write(b"before the signal\n")
    process.stdin.flush()
    # The line was read once it shows up on the topic (the producer creates the topic); then the
    # producer is idle on stdin.
    deadline = time.monotonic() + 30
    while True:
        result = subprocess.run(["kcat", "-b", broker.bootstrap, "-C", "-t", "signalled", "-o", "beginning", "-c", "1",
                                 "-e", "-q"], capture_output=True, timeout=60)
        if result.returncode == 0 and result.stdout == b"before the signal\n":
            break
        assert time.monotonic() < deadline, result
        time.sleep(0.1)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
    process.stdin.close()
    process.stderr.close()


# ---------------------------------------------------------------- consumer


@pytest.fixture(scope="module")
def filled(broker):
    """A topic with 20 keyed records with headers, written by kcat (an independent producer)."""
    data = b"".join(f"key{index}:value {index}\n".encode() for index in range(20))
    kcat_produce(broker, "filled", data, "-K", ":", "-H", "h1=v1", "-H", "h2=v2")
    return "filled"


def test_from_beginning_reads_everything_then_max_messages_stops(bin_dir, broker, filled):
    result = run_tool(bin_dir, CONSUMER, "--bootstrap-server", broker.bootstrap, "--topic", filled,
                      "--from-beginning", "--max-messages", "20", "--timeout-ms", "30000")
    assert result.code == 0, result
    assert result.text.splitlines() == [f"value {index}" for index in range(20)]
    assert result.error_text.endswith("Processed a total of 20 messages\n")


def test_max_messages_below_the_topic_size(bin_dir, broker, filled):
    result = consume(bin_dir, broker, filled, 5)
    assert result.text.splitlines() == [f"value {index}" for index in range(5)]
    assert "Processed a total of 5 messages" in result.error_text


@pytest.mark.parametrize("offset, first", [("earliest", 0), ("EARLIEST", 0), ("7", 7)])
def test_partition_and_offset(bin_dir, broker, filled, offset, first):
    result = run_tool(bin_dir, CONSUMER, "--bootstrap-server", broker.bootstrap, "--topic", filled, "--partition",
                      "0", "--offset", offset, "--max-messages", str(20 - first), "--timeout-ms", "30000")
    assert result.code == 0, result
    assert result.text.splitlines() == [f"value {index}" for index in range(first, 20)]


def test_latest_offset_only_sees_new_records(bin_dir, broker):
    kcat_produce(broker, "latest", b"old\n")
    process = subprocess.Popen([str(bin_dir / CONSUMER), "--bootstrap-server", broker.bootstrap, "--topic", "latest",
                                "--partition", "0", "--max-messages", "1", "--timeout-ms", "30000"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # The consumer seeks to the end before its first poll; keep producing until it sees one.
    deadline = time.monotonic() + 30
    while process.poll() is None and time.monotonic() < deadline:
        kcat_produce(broker, "latest", b"new\n")
        time.sleep(0.2)
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    assert stdout == b"new\n"


def test_every_formatter_property(bin_dir, broker, filled):
    result = consume(bin_dir, broker, filled, 2, "--property", "print.timestamp=true", "--property",
                     "print.partition=true", "--property", "print.offset=true", "--property", "print.headers=true",
                     "--property", "print.key=true", "--property", "print.value=true", "--property",
                     "key.separator= | ", "--property", "line.separator=;\n", "--property", "headers.separator=&")
    lines = result.text.split(";\n")
    assert lines[-1] == ""
    for index, line in enumerate(lines[:-1]):
        fields = line.split(" | ")
        assert fields[0].startswith("CreateTime:") and int(fields[0].split(":")[1]) > 0
        assert fields[1:] == [f"Partition:0", f"Offset:{index}", "h1:v1&h2:v2", f"key{index}", f"value {index}"]


def test_print_value_false_and_null_literal(bin_dir, broker):
    kcat_produce(broker, "null-values", b"k1:\n", "-K", ":", "-Z")
    result = consume(bin_dir, broker, "null-values", 1, "--property", "print.key=true", "--property",
                     "null.literal=NIL")
    assert result.text == "k1\tNIL\n"
    result = consume(bin_dir, broker, "null-values", 1, "--property", "print.key=true", "--property",
                     "print.value=false")
    assert result.text == "k1\n"


def test_include_regex_reads_every_matching_topic(bin_dir, broker):
    kcat_produce(broker, "include-a", b"from a\n")
    kcat_produce(broker, "include-b", b"from b\n")
    kcat_produce(broker, "other-c", b"from c\n")
    result = run_tool(bin_dir, CONSUMER, "--bootstrap-server", broker.bootstrap, "--include", "include-.*",
                      "--from-beginning", "--max-messages", "2", "--timeout-ms", "30000")
    assert result.code == 0, result
    assert sorted(result.text.splitlines()) == ["from a", "from b"]


def test_timeout_ms_ends_an_idle_consumer_with_exit_0(bin_dir, broker):
    kcat_produce(broker, "idle", b"only\n")
    result = run_tool(bin_dir, CONSUMER, "--bootstrap-server", broker.bootstrap, "--topic", "idle",
                      "--from-beginning", "--timeout-ms", "1500")
    assert result.code == 0, result
    assert result.text == "only\n"
    assert "ERROR Error processing message, terminating consumer process:  " \
           "(org.apache.kafka.tools.consumer.ConsoleConsumer)\norg.apache.kafka.common.errors.TimeoutException\n" \
           in result.error_text
    assert result.error_text.endswith("Processed a total of 1 messages\n")


def test_consumer_property_config_file_and_isolation_level(bin_dir, broker, filled, tmp_path):
    config = tmp_path / "consumer.properties"
    config.write_text("max.poll.records=1\nisolation.level=read_uncommitted\n")
    result = consume(bin_dir, broker, filled, 3, "--consumer.config", config, "--consumer-property",
                     "fetch.max.wait.ms=100", "--isolation-level", "read_committed")
    assert result.text.splitlines() == ["value 0", "value 1", "value 2"]


def test_formatters_and_systest_events(bin_dir, broker, filled):
    result = consume(bin_dir, broker, filled, 4, "--formatter", "org.apache.kafka.tools.consumer.NoOpMessageFormatter",
                     "--enable-systest-events")
    assert result.text == "shutdown_complete\n"
    assert "Processed a total of 4 messages" in result.error_text
    result = consume(bin_dir, broker, filled, 1, "--formatter",
                     "org.apache.kafka.tools.consumer.LoggingMessageFormatter")
    assert result.text == "value 0\n"


def test_deserializer_errors_skip_or_stop(bin_dir, broker, filled):
    integer = "org.apache.kafka.common.serialization.IntegerDeserializer"
    skipped = consume(bin_dir, broker, filled, 3, "--value-deserializer", integer, "--skip-message-on-error")
    assert skipped.text == ""
    assert skipped.error_text.count("ERROR Error processing message, skipping this message: ") == 3
    assert "Processed a total of 3 messages" in skipped.error_text
    stopped = consume(bin_dir, broker, filled, 3, "--value-deserializer", integer, expect_code=1)
    assert "SerializationException: Size of data received by IntegerDeserializer is not 4" in stopped.error_text
    assert "Processed a total of 1 messages" in stopped.error_text


def test_sigint_exits_cleanly_with_the_count(bin_dir, broker, filled):
    process = subprocess.Popen([str(bin_dir / CONSUMER), "--bootstrap-server", broker.bootstrap, "--topic", filled,
                                "--from-beginning"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    received = b""
    deadline = time.monotonic() + 30
    while received.count(b"\n") < 20 and time.monotonic() < deadline:
        received += os.read(process.stdout.fileno(), 65536)
    assert received.count(b"\n") == 20
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 0
    assert stderr.decode().endswith("Processed a total of 20 messages\n")


def test_a_closed_stdout_ends_the_consumer_quietly(bin_dir, broker):
    value = b"y" * 200
    kcat_produce(broker, "many", b"".join(value + b"\n" for _ in range(5000)))
    process = subprocess.Popen([str(bin_dir / CONSUMER), "--bootstrap-server", broker.bootstrap, "--topic", "many",
                                "--from-beginning"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.read(1000)
    assert first.startswith(value)
    process.stdout.close()  # as `| head` does once it has enough
    stderr = process.stderr.read()
    assert process.wait(timeout=30) == 0
    text = stderr.decode()
    assert "Unable to write to standard out, closing consumer." in text
    assert "Processed a total of" in text
    assert "Fatal error" not in text and "Traceback" not in text


@pytest.mark.parametrize("args, message", [
    ([], "This tool helps to read data from Kafka topics and outputs it to standard output."),
    (["--bootstrap-server", "h:1"], "Exactly one of --include/--topic is required. "),
    (["--bootstrap-server", "h:1", "--topic", "a", "--include", "b"], "Exactly one of --include/--topic is required. "),
    (["--bootstrap-server", "h:1", "--include", "a", "--partition", "0"],
     "The topic is required when partition is specified."),
    (["--bootstrap-server", "h:1", "--topic", "a", "--partition", "0", "--offset", "1", "--from-beginning"],
     "Options from-beginning and offset cannot be specified together."),
    (["--bootstrap-server", "h:1", "--topic", "a", "--offset", "1"],
     "The partition is required when offset is specified."),
    (["--topic", "a"], 'Missing required argument "[bootstrap-server]"'),
    (["--bootstrap-server", "h:1", "--topic", "a", "--partition", "0", "--offset", "x"],
     "The provided offset value 'x' is incorrect. Valid values are 'earliest', 'latest', or a non-negative long."),
    (["--bootstrap-server", "h:1", "--topic", "a", "--group", "a", "--consumer-property", "group.id=b"],
     "The group ids provided in different places (directly using '--group', via '--consumer-property', or via "
     "'--consumer.config') do not match. Detected group ids: 'a', 'b'"),
    (["--bootstrap-server", "h:1", "--topic", "a", "--group", "a", "--partition", "0"],
     "Options group and partition cannot be specified together."),
    (["--whitelist", ".*"], "whitelist is not a recognized option"),
    (["--bootstrap-server", "h:1", "--topic", "a", "--formatter", "kafka.tools.DefaultMessageFormatter"],
     "kafka.tools.DefaultMessageFormatter"),
])
def test_invalid_consumer_command_lines(bin_dir, args, message):
    result = run_tool(bin_dir, CONSUMER, *args)
    assert result.code == 1
    assert result.error_text.startswith(message + "\n"), result
    assert "--bootstrap-server" in result.error_text


def test_from_beginning_conflicting_with_auto_offset_reset(bin_dir):
    result = run_tool(bin_dir, CONSUMER, "--bootstrap-server", "h:1", "--topic", "a", "--from-beginning",
                      "--consumer-property", "auto.offset.reset=latest")
    assert result.code == 1
    assert result.error_text == ("Can't simultaneously specify --from-beginning and 'auto.offset.reset=latest', "
                                 "please remove one option\n")




# ---------------------------------------------------------------- librdkafka's mock cluster


@pytest.fixture(scope="module")
def mock(tmp_path_factory):
    if not mock_cluster.available():
        pytest.skip("cc or librdkafka-dev missing")
    executable = mock_cluster.compile_helper(tmp_path_factory.mktemp("mock"))
    cluster = mock_cluster.MockCluster(executable, brokers=3)
    yield cluster
    cluster.stop()


@pytest.mark.parametrize("codec", ["none", "lz4"])
def test_round_trip_through_the_mock_cluster(bin_dir, mock, codec):
    topic = f"mock-{codec}"
    mock.command(f"topic {topic} 1 1")
    lines = [f"k{index}\tmock value {index}" for index in range(200)]
    produced = run_tool(bin_dir, PRODUCER, "--bootstrap-server", mock.bootstrap, "--topic", topic, "--timeout", "5",
                        "--compression-codec", codec, "--property", "parse.key=true",
                        input_bytes=("\n".join(lines) + "\n").encode())
    assert produced.code == 0, produced
    consumed = run_tool(bin_dir, CONSUMER, *consumer_args(mock.bootstrap, topic, 200, "--property",
                                                           "print.key=true"))
    assert consumed.code == 0, consumed
    assert consumed.text.splitlines() == lines


def test_topic_subscription_on_the_mock_cluster(bin_dir, mock):
    mock.command("topic mock-multi 4 1")
    lines = [f"spread {index}" for index in range(100)]
    produced = run_tool(bin_dir, PRODUCER, "--bootstrap-server", mock.bootstrap, "--topic", "mock-multi",
                        "--timeout", "5", "--batch-size", "64", input_bytes=("\n".join(lines) + "\n").encode())
    assert produced.code == 0, produced
    consumed = run_tool(bin_dir, CONSUMER, "--bootstrap-server", mock.bootstrap, "--topic", "mock-multi",
                        "--from-beginning", "--max-messages", "100", "--timeout-ms", "30000")
    assert consumed.code == 0, consumed
    assert sorted(consumed.text.splitlines()) == sorted(lines)


# librdkafka's mock holds a rejoining group for a whole session timeout even after LeaveGroup
# (librdkafka's own consumers wait as long there), so the mock runs use a short one.
MOCK_GROUP_SETTINGS = ("--consumer-property", "session.timeout.ms=6000", "--consumer-property",
                       "heartbeat.interval.ms=500")


def test_group_commits_on_close_and_the_next_run_resumes_on_the_mock_cluster(bin_dir, mock):
    mock.command("topic mock-group 3 1")
    first = [f"first {index}" for index in range(30)]
    produced = run_tool(bin_dir, PRODUCER, "--bootstrap-server", mock.bootstrap, "--topic", "mock-group",
                        "--timeout", "5", input_bytes=("\n".join(first) + "\n").encode())
    assert produced.code == 0, produced
    consumed = run_tool(bin_dir, CONSUMER, "--bootstrap-server", mock.bootstrap, "--topic", "mock-group",
                        "--group", "console-g", "--from-beginning", "--max-messages", "30", "--timeout-ms", "30000",
                        *MOCK_GROUP_SETTINGS)
    assert consumed.code == 0, consumed
    assert sorted(consumed.text.splitlines()) == sorted(first)
    second = [f"second {index}" for index in range(5)]
    produced = run_tool(bin_dir, PRODUCER, "--bootstrap-server", mock.bootstrap, "--topic", "mock-group",
                        "--timeout", "5", input_bytes=("\n".join(second) + "\n").encode())
    assert produced.code == 0, produced
    # The group committed its positions when the first run closed: only the new records come back.
    resumed = run_tool(bin_dir, CONSUMER, "--bootstrap-server", mock.bootstrap, "--topic", "mock-group",
                       "--group", "console-g", "--from-beginning", "--max-messages", "5", "--timeout-ms", "30000",
                       *MOCK_GROUP_SETTINGS)
    assert resumed.code == 0, resumed
    assert sorted(resumed.text.splitlines()) == sorted(second)


# ---------------------------------------------------------------- a file, byte for byte


def test_a_file_round_trips_byte_for_byte_with_bounded_memory(bin_dir, broker, tmp_path):
    size_mb = int(os.environ.get("KAFKA_BIG_INPUT_MB", "16"))
    source = tmp_path / "input.txt"
    lines = write_text_file(source, size_mb * 1024 * 1024)
    producer = run_measured([bin_dir / PRODUCER, *producer_args(broker.bootstrap, "round-trip", "--timeout", "5",
                                                                "--batch-size", "262144")],
                            stdin_path=source, timeout=1800)
    assert producer.code == 0, producer
    output = tmp_path / "output.txt"
    consumer = run_measured([bin_dir / CONSUMER, *consumer_args(broker.bootstrap, "round-trip", lines)],
                            stdout_path=output, timeout=1800)
    assert consumer.code == 0, consumer
    assert f"Processed a total of {lines} messages" in consumer.error_text
    assert sha256(output) == sha256(source)
    megabytes = source.stat().st_size / 1e6
    print(f"\nround trip of {megabytes:.0f} MB, {lines} lines: producer {producer.seconds:.1f} s "
          f"({megabytes / producer.seconds:.1f} MB/s) peak RSS {producer.peak_rss_kib / 1024:.0f} MiB; consumer "
          f"{consumer.seconds:.1f} s ({megabytes / consumer.seconds:.1f} MB/s) peak RSS "
          f"{consumer.peak_rss_kib / 1024:.0f} MiB")
    # buffer.memory is 32 MiB: whatever the input size, the producer stays far below the file.
    assert producer.peak_rss_kib < 400 * 1024
    assert consumer.peak_rss_kib < 400 * 1024
