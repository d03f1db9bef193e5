#!/usr/bin/env python3
"""Group coordinator benchmark against a release kserver-start (issue 6).

Measures, on a fresh broker in a temp dir:
  - the time from 10 confluent-kafka consumers subscribing until all 10 hold an assignment of a
    10-partition topic, with group.initial.rebalance.delay.ms 0 and with Kafka's default 3000;
  - synchronous offset commits per second from one client (one partition per commit, and ten).

Usage: python3 scripts/bench-groups.py [--members 10] [--seconds 5] [--bin-dir DIR]
The binaries default to `swift build -c release --show-bin-path` (build them first).
"""
import argparse
import pathlib
import signal
import subprocess
import sys
import tempfile
import time

REPO = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "Tests" / "Integration"))

from broker import Broker  # noqa: E402
from confluent_kafka import Consumer, TopicPartition  # noqa: E402
from kafka import KafkaAdminClient  # noqa: E402
from kafka.admin import NewTopic  # noqa: E402


def start_broker(bin_dir, directory, delay_ms):
    node = Broker(bin_dir, directory, overrides={"group.initial.rebalance.delay.ms": str(delay_ms)})
    node.format()
    node.start()
    return node


def create_topic(node, name, partitions):
    admin = KafkaAdminClient(bootstrap_servers=node.bootstrap, request_timeout_ms=30000)
    try:
        admin.create_topics([NewTopic(name, partitions, 1)])
    finally:
        admin.close()


def time_to_assign(node, members, group):
    """Seconds from the subscriptions until every member holds a non-empty assignment."""
    consumers = [Consumer({"bootstrap.servers": node.bootstrap, "group.id": group, "session.timeout.ms": 10000,
                           "heartbeat.interval.ms": 1000, "enable.auto.commit": False}) for _ in range(members)]
    # The coordinator lookup (and __consumer_offsets creation) is not part of the rebalance.
    consumers[0].list_topics(timeout=30)
    started = time.monotonic()
    for consumer in consumers:
        consumer.subscribe(["bench"])
    deadline = started + 120
    try:
        # One thread polls every member and reads the assignments between polls: librdkafka's
        # assignment() must not race a poll of the same handle that serves a rebalance callback.
        while time.monotonic() < deadline:
            for consumer in consumers:
                consumer.poll(0.005)
            assignments = [c.assignment() for c in consumers]
            if all(assignments) and sum(len(a) for a in assignments) == members:
                return time.monotonic() - started
        raise SystemExit(f"not all {members} members were assigned within 120 s")
    finally:
        for consumer in consumers:
            consumer.close()


def commits_per_second(node, seconds, partitions_per_commit):
    consumer = Consumer({"bootstrap.servers": node.bootstrap, "group.id": f"commit-bench-{partitions_per_commit}",
                         "enable.auto.commit": False})
    offsets = [TopicPartition("bench", p, 0) for p in range(partitions_per_commit)]
    consumer.commit(offsets=offsets, asynchronous=False)  # warm-up: coordinator lookup
    count = 0
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        count += 1
        for tp in offsets:
            tp.offset = count
        consumer.commit(offsets=offsets, asynchronous=False)
    elapsed = time.monotonic() - started
    consumer.close()
    return count / elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--bin-dir")
    args = parser.parse_args()
    bin_dir = pathlib.Path(args.bin_dir or subprocess.run(
        ["swift", "build", "-c", "release", "--show-bin-path"], cwd=REPO, capture_output=True, text=True,
        check=True).stdout.strip())
    for delay in (0, 3000):
        with tempfile.TemporaryDirectory() as directory:
            node = start_broker(bin_dir, pathlib.Path(directory), delay)
            try:
                create_topic(node, "bench", args.members)
                seconds = time_to_assign(node, args.members, "bench-group")
                print(f"group.initial.rebalance.delay.ms={delay}: {args.members} members assigned in {seconds:.3f} s")
                if delay == 0:
                    for per_commit in (1, 10):
                        rate = commits_per_second(node, args.seconds, per_commit)
                        print(f"offset commits ({per_commit} partition{'s' if per_commit > 1 else ''} each, sync): "
                              f"{rate:.0f} commits/s, {rate * per_commit:.0f} offsets/s")
            finally:
                node.stop(signal.SIGTERM)


if __name__ == "__main__":
    main()
