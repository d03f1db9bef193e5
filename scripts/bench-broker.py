#!/usr/bin/env python3
"""Throughput of kserver-start against librdkafka's in-memory mock cluster, in one run.

Both targets get the same load from librdkafka (confluent-kafka), one after the other:
1. produce: 1 KiB records with acks=1 for --seconds (at least 10);
2. consume: the broker reads all of those records back from offset 0. The mock cannot: it keeps
   only the last ~5 MB of each partition in memory and drops older batches (its log start offset
   moves), so for the comparison both targets then serve a topic that fits the mock (4000 records,
   ~4 MiB, per partition) read again and again from offset 0 for --seconds.
Prints MB/s for each target and the ratio kserver/mock. The broker is the release build, writing to
a temp dir on disk.

  python3 scripts/bench-broker.py [--bin-dir DIR] [--seconds 10] [--partitions 1]
"""
import argparse
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

REPO = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "Tests" / "Integration"))
from broker import Broker  # noqa: E402

RECORD_BYTES = 1024
TOPIC = "bench"
REREAD_TOPIC = "bench-reread"
REREAD_RECORDS_PER_PARTITION = 4000
DEADLINE_SECONDS = 120


def produce(bootstrap, topic, seconds, max_bytes):
    """Produces 1 KiB records with acks=1 to `topic` for `seconds` or until `max_bytes` were sent;
    returns (records acknowledged, elapsed seconds including the final flush)."""
    producer = Producer({"bootstrap.servers": bootstrap, "acks": 1, "linger.ms": 5,
                         "queue.buffering.max.kbytes": 262144, "enable.idempotence": False})
    value = b"x" * RECORD_BYTES
    failures = []
    acknowledged = [0]

    def delivered(error, _message):
        if error is None:
            acknowledged[0] += 1
        else:
            failures.append(error)

    limit = max_bytes // RECORD_BYTES
    sent = 0
    start = time.monotonic()
    stop = start + seconds
    while sent < limit:
        try:
            producer.produce(topic, value, on_delivery=delivered)
            sent += 1
        except BufferError:
            producer.poll(0.001)
        if sent % 10000 == 0:
            producer.poll(0)
            if time.monotonic() >= stop and seconds > 0:
                break
    remaining = producer.flush(DEADLINE_SECONDS)
    elapsed = time.monotonic() - start
    if failures or remaining:
        raise SystemExit(f"produce failed: {failures[:3]} ({len(failures)} errors, {remaining} not delivered)")
    return acknowledged[0], elapsed


def consumer_for(bootstrap, topic, partitions, **settings):
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "bench-assign-only", **settings,
                         "enable.auto.commit": False, "fetch.max.bytes": 52428800,
                         "max.partition.fetch.bytes": 10485760, "queued.max.messages.kbytes": 262144})
    consumer.assign([TopicPartition(topic, partition, 0) for partition in range(partitions)])
    return consumer


def read(consumer, count):
    """Reads `count` records, failing on an error or when the deadline passes."""
    received = 0
    deadline = time.monotonic() + DEADLINE_SECONDS
    while received < count:
        if time.monotonic() > deadline:
            raise SystemExit(f"consume: only {received} of {count} records within {DEADLINE_SECONDS}s")
        for message in consumer.consume(num_messages=min(10000, count - received), timeout=1.0):
            if message.error() is not None:
                raise SystemExit(f"consume failed: {message.error()}")
            received += 1


def consume_all(bootstrap, partitions, count):
    """Reads `count` records from offset 0 of every partition; returns elapsed seconds."""
    consumer = consumer_for(bootstrap, TOPIC, partitions)
    start = time.monotonic()
    read(consumer, count)
    elapsed = time.monotonic() - start
    consumer.close()
    return elapsed


def consume_repeatedly(bootstrap, partitions, seconds):
    """Fills a small topic, then reads it from offset 0 over and over for `seconds`; returns MB/s."""
    count = REREAD_RECORDS_PER_PARTITION * partitions
    produce(bootstrap, REREAD_TOPIC, 0, count * RECORD_BYTES)
    # At the end of each pass the consumer's next fetch waits at the log end for new data; a short
    # fetch.wait.max.ms keeps that wait from dominating a pass over so little data.
    consumer = consumer_for(bootstrap, REREAD_TOPIC, partitions, **{"fetch.wait.max.ms": 1})
    passes = 0
    start = time.monotonic()
    while passes == 0 or time.monotonic() - start < seconds:
        read(consumer, count)
        passes += 1
        for partition in range(partitions):
            consumer.seek(TopicPartition(REREAD_TOPIC, partition, 0))
    elapsed = time.monotonic() - start
    consumer.close()
    return passes * count * RECORD_BYTES / 1e6 / elapsed


def run_load(name, bootstrap, arguments, consume_back):
    records, produce_seconds = produce(bootstrap, TOPIC, arguments.seconds, 1 << 62)
    megabytes = records * RECORD_BYTES / 1e6
    result = {"produce": records * RECORD_BYTES / 1e6 / produce_seconds}
    line = f"{name:>9}: produced {records} records ({megabytes:.0f} MB) in {produce_seconds:.1f}s"
    if consume_back:
        consume_seconds = consume_all(bootstrap, arguments.partitions, records)
        line += f", consumed all back in {consume_seconds:.1f}s ({megabytes / consume_seconds:.1f} MB/s)"
    result["consume"] = consume_repeatedly(bootstrap, arguments.partitions, arguments.seconds)
    print(line, flush=True)
    return result


def start_mock(arguments, workdir):
    """Compiles Tests/MockCluster/mock_cluster.c and starts a one-broker mock cluster with the topic."""
    executable = workdir / "mock_cluster"
    subprocess.run(["cc", "-O2", str(REPO / "Tests" / "MockCluster" / "mock_cluster.c"), "-o", str(executable),
                    "-lrdkafka"], check=True)
    process = subprocess.Popen([str(executable), "1"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    bootstrap = process.stdout.readline().strip()
    for topic in (TOPIC, REREAD_TOPIC):
        process.stdin.write(f"topic {topic} {arguments.partitions} 1\n")
        process.stdin.flush()
        answer = process.stdout.readline().strip()
        if answer != "ok":
            raise SystemExit(f"mock cluster: creating {topic} answered {answer!r}")
    return process, bootstrap


def start_broker(arguments, workdir):
    workdir.mkdir(parents=True)
    node = Broker(arguments.bin_dir, workdir, overrides={"num.partitions": str(arguments.partitions)})
    node.format()
    node.start()
    admin = AdminClient({"bootstrap.servers": node.bootstrap})
    futures = admin.create_topics([NewTopic(topic, num_partitions=arguments.partitions, replication_factor=1)
                                   for topic in (TOPIC, REREAD_TOPIC)])
    for future in futures.values():
        future.result(timeout=DEADLINE_SECONDS)
    return node


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin-dir", type=pathlib.Path, default=REPO / ".build" / "release",
                        help="where kserver-start and kstorage are (default .build/release)")
    parser.add_argument("--seconds", type=float, default=10.0, help="produce duration per target (at least 10)")
    parser.add_argument("--partitions", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the broker's temp dir")
    parsed = parser.parse_args()
    if parsed.seconds < 10:
        parser.error("--seconds must be at least 10")
    return parsed


if __name__ == "__main__":
    arguments = parse_arguments()
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="bench-broker-"))
    results = {}
    node = mock = None
    try:
        node = start_broker(arguments, workdir / "broker")
        results["kserver"] = run_load("kserver", node.bootstrap, arguments, consume_back=True)
        node.stop()
        node = None
        mock, bootstrap = start_mock(arguments, workdir)
        results["mock"] = run_load("mock", bootstrap, arguments, consume_back=False)
    except KafkaException as error:
        raise SystemExit(f"bench-broker: {error}")
    finally:
        if node is not None:
            node.stop()
        if mock is not None:
            mock.stdin.close()
            mock.wait(timeout=DEADLINE_SECONDS)
        if not arguments.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"(consume = {REREAD_RECORDS_PER_PARTITION} records per partition read again and again from offset 0)")
    for phase in ("produce", "consume"):
        ratio = results["kserver"][phase] / results["mock"][phase]
        print(f"{phase:>9}: kserver {results['kserver'][phase]:.1f} MB/s, mock {results['mock'][phase]:.1f} MB/s, "
              f"ratio kserver/mock {ratio:.2f}")
