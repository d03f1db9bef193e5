"""librdkafka's kcat against a real kserver-start: metadata, produce and consume with every codec,
keyed records on the partition Kafka's Java partitioner would choose."""
import subprocess

import pytest
from kafka.partitioner.default import murmur2

from broker import running_broker


@pytest.fixture(scope="module")
def broker(bin_dir, tmp_path_factory):
    yield from running_broker(bin_dir, tmp_path_factory.mktemp("kcat"), overrides={"num.partitions": "3"})


def kcat(broker, *args, input_text=None, timeout=60):
    result = subprocess.run(["kcat", "-b", broker.bootstrap, *args], input=input_text, capture_output=True,
                            text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr
    return result


def java_partition(key: bytes, partitions: int) -> int:
    return (murmur2(key) & 0x7FFFFFFF) % partitions


def test_metadata_lists_the_broker_and_auto_created_topics(broker):
    kcat(broker, "-P", "-t", "auto-created", input_text="x\n")
    listing = kcat(broker, "-L").stdout
    assert f"1 brokers:\n  broker 1 at 127.0.0.1:{broker.port}" in listing
    assert 'topic "auto-created" with 3 partitions:' in listing


@pytest.mark.parametrize("codec", ["none", "gzip", "snappy", "lz4", "zstd"])
def test_produce_and_consume_back_with_each_codec(broker, codec):
    topic = f"codec-{codec}"
    lines = [f"{codec} line {index}" for index in range(200)]
    kcat(broker, "-P", "-t", topic, "-p", "0", "-z", codec, input_text="\n".join(lines) + "\n")
    consumed = kcat(broker, "-C", "-t", topic, "-p", "0", "-o", "beginning", "-e", "-q").stdout.splitlines()
    assert consumed == lines


def test_keyed_records_land_on_the_java_partitioners_choice(broker):
    topic = "keyed"
    keys = [f"key-{index}" for index in range(60)]
    kcat(broker, "-P", "-t", topic, "-K", ":", "-X", "partitioner=murmur2_random",
         input_text="".join(f"{key}:value-{key}\n" for key in keys))
    consumed = kcat(broker, "-C", "-t", topic, "-o", "beginning", "-e", "-q", "-f", "%p %k\n").stdout.splitlines()
    assert len(consumed) == len(keys)
    for line in consumed:
        partition, key = line.split(" ", 1)
        assert int(partition) == java_partition(key.encode(), 3), line
