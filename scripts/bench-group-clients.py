#!/usr/bin/env python3
"""Consumer group figures against a local kserver-start: how long N of our consumers (the
kgroup-consumer-probe helper around KafkaClient's KafkaConsumer) take from start until every one
holds a share of the partitions, and how many synchronous offset commits per second one
confluent-kafka member gets. Figures are printed, never asserted.

    python3 scripts/bench-group-clients.py [--members 10] [--partitions 20] [--seconds 5] [--bin-dir .build/release]
"""
import argparse
import pathlib
import signal
import sys
import tempfile
import time

REPO = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "Tests" / "Integration"))

from broker import Broker  # noqa: E402
from confluent_kafka import Consumer, TopicPartition  # noqa: E402
from test_consumer_groups import Probe, create_topic, wait_until  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=10)
    parser.add_argument("--partitions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=5, help="commit loop length")
    parser.add_argument("--bin-dir", type=pathlib.Path, default=REPO / ".build" / "release")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        broker = Broker(args.bin_dir, pathlib.Path(directory), overrides={"group.initial.rebalance.delay.ms": "0"})
        broker.format()
        broker.start()
        try:
            create_topic(broker, "bench-groups", args.partitions)
            started = time.monotonic()
            probes = [Probe(broker, "bench-g", "bench-groups") for _ in range(args.members)]

            def settled():
                for probe in probes:
                    probe.drain()
                owned = [set(probe.assignment or []) for probe in probes]
                return all(owned) and sum(map(len, owned)) == args.partitions and len(set().union(*owned)) == \
                    args.partitions
            wait_until(settled, "every member assigned", 120)
            rebalance = time.monotonic() - started
            print(f"{args.members} members joined and were assigned {args.partitions} partitions in "
                  f"{rebalance:.2f} s (from process start)")
            for probe in probes:
                probe.close()

            consumer = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "bench-commit",
                                 "enable.auto.commit": False})
            partition = TopicPartition("bench-groups", 0, 0)
            commits = 0
            end = time.monotonic() + args.seconds
            while time.monotonic() < end:
                partition.offset = commits
                consumer.commit(offsets=[partition], asynchronous=False)
                commits += 1
            print(f"synchronous offset commits: {commits / args.seconds:.0f}/s over {args.seconds:.0f} s")
            consumer.close()
        finally:
            broker.stop(signal.SIGKILL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
