"""Restarts of a real kserver-start: topics, configs and every acknowledged record survive a clean
shutdown (SIGTERM) and a kill (SIGKILL, where recovery runs on the next start)."""
import signal
import time

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, ConfigResource, NewTopic

from broker import Broker, running_broker

DEADLINE_SECONDS = 30


@pytest.fixture
def broker(bin_dir, tmp_path):
    yield from running_broker(bin_dir, tmp_path)


def produce_acknowledged(broker, topic, partitions, count, acks):
    """Produces `count` records spread over the partitions; returns {partition: [values]} of the
    records the broker acknowledged (all of them, or the test fails)."""
    acknowledged = {partition: [] for partition in range(partitions)}
    failures = []
    producer = Producer({"bootstrap.servers": broker.bootstrap, "acks": acks, "linger.ms": 2,
                         "enable.idempotence": False})

    def delivered(error, message):
        if error is None:
            acknowledged[message.partition()].append(message.value())
        else:
            failures.append(error)

    for index in range(count):
        producer.produce(topic, value=f"{acks}-{index}".encode(), partition=index % partitions,
                         on_delivery=delivered)
        if index % 1000 == 0:
            producer.poll(0)
    assert producer.flush(DEADLINE_SECONDS) == 0
    assert failures == []
    return acknowledged


def read_partition(broker, topic, partition, count):
    consumer = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "restart-check",
                         "enable.auto.commit": False})
    consumer.assign([TopicPartition(topic, partition, 0)])
    values = []
    deadline = time.monotonic() + DEADLINE_SECONDS
    try:
        while len(values) < count and time.monotonic() < deadline:
            message = consumer.poll(0.5)
            if message is not None:
                assert message.error() is None, message.error()
                values.append(message.value())
    finally:
        consumer.close()
    return values


def create_topics(broker):
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    futures = admin.create_topics([
        NewTopic("restart-acks-1", num_partitions=3, replication_factor=1),
        NewTopic("restart-acks-all", num_partitions=2, replication_factor=1, config={"retention.ms": "7200000"}),
    ])
    for future in futures.values():
        future.result(timeout=DEADLINE_SECONDS)


def check_survivors(broker, written):
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    topics = admin.list_topics(timeout=DEADLINE_SECONDS).topics
    assert len(topics["restart-acks-1"].partitions) == 3
    assert len(topics["restart-acks-all"].partitions) == 2
    resource = ConfigResource(ConfigResource.Type.TOPIC, "restart-acks-all")
    configs = admin.describe_configs([resource])[resource].result(timeout=DEADLINE_SECONDS)
    assert configs["retention.ms"].value == "7200000"
    for topic, partitions in written.items():
        for partition, values in partitions.items():
            assert read_partition(broker, topic, partition, len(values)) == values, (topic, partition)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "sigkill"])
def test_topics_and_acknowledged_records_survive_a_restart(broker, sig):
    create_topics(broker)
    written = {
        "restart-acks-1": produce_acknowledged(broker, "restart-acks-1", 3, 3000, "1"),
        "restart-acks-all": produce_acknowledged(broker, "restart-acks-all", 2, 2000, "all"),
    }
    code = broker.stop(sig)
    assert code == (0 if sig == signal.SIGTERM else -signal.SIGKILL)
    assert (broker.data / ".kafka_cleanshutdown").exists() == (sig == signal.SIGTERM)
    broker.start()
    check_survivors(broker, written)
    # New records go after the recovered ones.
    more = produce_acknowledged(broker, "restart-acks-1", 3, 30, "1")
    for partition, values in more.items():
        written["restart-acks-1"][partition].extend(values)
    check_survivors(broker, written)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "sigkill"])
def test_topics_survive_a_restart_from_a_metadata_snapshot(bin_dir, tmp_path, sig):
    # Small thresholds so that a few topic creations write snapshots and roll metadata segments.
    node = Broker(bin_dir, tmp_path, overrides={"metadata.log.max.record.bytes.between.snapshots": "4000",
                                                "metadata.log.segment.bytes": "3000"})
    node.format()
    node.start()
    try:
        admin = AdminClient({"bootstrap.servers": node.bootstrap})
        names = [f"snapshotted-{index}" for index in range(40)]
        for batch in range(0, len(names), 10):
            futures = admin.create_topics([NewTopic(name, num_partitions=2, replication_factor=1,
                                                    config={"retention.ms": str(1000 + index)})
                                           for index, name in enumerate(names[batch:batch + 10], start=batch)])
            for future in futures.values():
                future.result(timeout=DEADLINE_SECONDS)
        admin.delete_topics(["snapshotted-0"])["snapshotted-0"].result(timeout=DEADLINE_SECONDS)
        written = {}
        written["snapshotted-1"] = produce_acknowledged(node, "snapshotted-1", 2, 100, "all")

        metadata_dir = node.data / "__cluster_metadata-0"
        snapshots = sorted(metadata_dir.glob("*.checkpoint"))
        assert len(snapshots) == 1, list(metadata_dir.iterdir())
        assert not (metadata_dir / "00000000000000000000.log").exists(), "segments below the snapshot are deleted"
        # klog-dump reads the snapshot as Kafka's kafka-dump-log would: header, records, footer.
        dump = node.tool("klog-dump", "--files", snapshots[0], "--cluster-metadata-decoder").stdout
        assert dump.startswith(f"Dumping {snapshots[0]}\nSnapshot end offset: {int(snapshots[0].name[:20])}, epoch: 1")
        assert " SnapshotHeader {" in dump and " SnapshotFooter {" in dump
        # Any snapshot comes after the first CreateTopics: the broker registration alone is far below the threshold.
        assert '"type":"TOPIC_RECORD"' in dump and '"name":"snapshotted-5"' in dump
        assert node.stop(sig) in (0, -signal.SIGKILL)
        node.start()
        assert f"Loaded metadata snapshot {snapshots[0].name}" in node.log_text()

        admin = AdminClient({"bootstrap.servers": node.bootstrap})
        topics = admin.list_topics(timeout=DEADLINE_SECONDS).topics
        assert sorted(name for name in topics if name.startswith("snapshotted-")) == sorted(names[1:])
        assert all(len(topics[name].partitions) == 2 for name in names[1:])
        resource = ConfigResource(ConfigResource.Type.TOPIC, "snapshotted-39")
        assert admin.describe_configs([resource])[resource].result(timeout=DEADLINE_SECONDS)["retention.ms"].value == "1039"
        for partition, values in written["snapshotted-1"].items():
            assert read_partition(node, "snapshotted-1", partition, len(values)) == values
        # The controller keeps working on top of the loaded snapshot.
        admin.create_topics([NewTopic("after-restart", num_partitions=1, replication_factor=1)])[
            "after-restart"].result(timeout=DEADLINE_SECONDS)
        assert "after-restart" in admin.list_topics(timeout=DEADLINE_SECONDS).topics
    finally:
        node.stop(signal.SIGKILL)
