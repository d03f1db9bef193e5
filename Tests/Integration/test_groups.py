"""Consumer groups against a real kserver-start: confluent-kafka and kafka-python consumers share a
topic's partitions through the group coordinator, committed offsets and groups survive a restart
through __consumer_offsets, kafka-python's admin lists, describes and deletes groups, and klog-dump
--offsets-decoder reads the coordinator's records."""
import glob
import subprocess
import time

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from kafka import KafkaAdminClient, KafkaConsumer
from kafka.admin import NewTopic

from broker import running_broker

DEADLINE = 30


@pytest.fixture()
def broker(bin_dir, tmp_path):
    yield from running_broker(bin_dir, tmp_path, overrides={
        "group.initial.rebalance.delay.ms": "0", "offsets.topic.num.partitions": "5", "num.partitions": "1"})


def create_topic(broker, name, partitions):
    admin = KafkaAdminClient(bootstrap_servers=broker.bootstrap, request_timeout_ms=10000)
    try:
        admin.create_topics([NewTopic(name, partitions, 1)])
    finally:
        admin.close()


def produce(broker, topic, count, partitions):
    producer = Producer({"bootstrap.servers": broker.bootstrap})
    for index in range(count):
        producer.produce(topic, value=f"v{index}".encode(), partition=index % partitions)
    assert producer.flush(DEADLINE) == 0


def consumer(broker, group, **extra):
    config = {"bootstrap.servers": broker.bootstrap, "group.id": group, "auto.offset.reset": "earliest",
              "enable.auto.commit": False, "session.timeout.ms": 6000, "heartbeat.interval.ms": 500}
    config.update(extra)
    return Consumer(config)


def poll_until(consumers, condition, seen):
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        for name, member in consumers.items():
            message = member.poll(0.1)
            if message is not None and message.error() is None:
                seen.setdefault(name, []).append((message.partition(), message.offset()))
        if condition():
            return
    raise AssertionError(f"condition not met within {DEADLINE}s; seen {seen}")


def test_two_confluent_consumers_split_partitions_commit_and_resume_after_restart(broker):
    create_topic(broker, "split", 4)
    produce(broker, "split", 40, 4)
    first, second = consumer(broker, "split-group"), consumer(broker, "split-group")
    first.subscribe(["split"])
    second.subscribe(["split"])
    seen = {}

    def balanced():
        a, b = first.assignment(), second.assignment()
        # Distinct records: one read again after a rebalance must not stand in for one not yet read.
        total = len({record for records in seen.values() for record in records})
        return len(a) == 2 and len(b) == 2 and total >= 40

    poll_until({"first": first, "second": second}, balanced, seen)
    partitions_a = {tp.partition for tp in first.assignment()}
    partitions_b = {tp.partition for tp in second.assignment()}
    assert partitions_a.isdisjoint(partitions_b) and partitions_a | partitions_b == {0, 1, 2, 3}
    # Every record read once per assignment it was read under; all 40 seen.
    assert {(p, o) for records in seen.values() for p, o in records} == {(p, o) for p in range(4) for o in range(10)}
    first.commit(asynchronous=False)
    second.commit(asynchronous=False)
    first.close()
    second.close()

    assert broker.stop() == 0
    broker.start()
    again = consumer(broker, "split-group")
    committed = again.committed([TopicPartition("split", p) for p in range(4)], timeout=DEADLINE)
    assert sorted((tp.partition, tp.offset) for tp in committed) == [(p, 10) for p in range(4)]
    # Resuming reads nothing old: the next record is the first one produced after the restart.
    produce(broker, "split", 4, 4)
    again.subscribe(["split"])
    resumed = {}
    poll_until({"again": again}, lambda: len(resumed.get("again", [])) >= 4, resumed)
    assert sorted(resumed["again"]) == [(p, 10) for p in range(4)]
    again.close()


def test_kafka_python_consumer_joins_commits_and_admin_lists_describes_and_deletes(broker):
    create_topic(broker, "kp", 2)
    produce(broker, "kp", 6, 2)
    member = KafkaConsumer("kp", bootstrap_servers=broker.bootstrap, group_id="kp-group",
                           auto_offset_reset="earliest", enable_auto_commit=False, consumer_timeout_ms=DEADLINE * 1000,
                           session_timeout_ms=6000, heartbeat_interval_ms=500)
    received = []
    for message in member:
        received.append((message.partition, message.offset))
        if len(received) == 6:
            break
    member.commit()
    admin = KafkaAdminClient(bootstrap_servers=broker.bootstrap, request_timeout_ms=10000)
    try:
        assert admin.list_groups() == [
            {"group_id": "kp-group", "protocol_type": "consumer", "group_state": "Stable", "group_type": "classic"}]
        assert admin.list_groups(states_filter=["Empty"]) == []
        described = admin.describe_groups(["kp-group"])["kp-group"]
        assert described["group_state"] == "Stable"
        assert described["protocol_data"] == "range"
        [only] = described["members"]
        assert only["client_host"] == "/127.0.0.1"
        assert only["member_metadata"]["topics"] == ["kp"]
        assert only["member_assignment"]["assigned_partitions"] == [{"topic": "kp", "partitions": [0, 1]}]
        offsets = admin.list_group_offsets({"kp-group": None})["kp-group"]
        assert {tp.partition: meta.offset for tp, meta in offsets.items()} == {0: 3, 1: 3}
        # Deleting a group with a member is refused; once the member left it is Empty and goes.
        assert admin.delete_groups(["kp-group"])["kp-group"] != "OK"
        member.close()
        deadline = time.monotonic() + DEADLINE
        while admin.describe_groups(["kp-group"])["kp-group"]["group_state"] != "Empty":
            assert time.monotonic() < deadline, "the group did not become Empty after the member left"
            time.sleep(0.05)
        assert admin.delete_groups(["kp-group"]) == {"kp-group": "OK"}
        assert admin.list_groups() == []
        assert admin.list_group_offsets({"kp-group": None})["kp-group"] == {}
    finally:
        admin.close()


def test_klog_dump_offsets_decoder_reads_the_coordinators_records(broker, bin_dir):
    create_topic(broker, "dumped", 1)
    produce(broker, "dumped", 3, 1)
    member = consumer(broker, "dump-group")
    member.subscribe(["dumped"])
    seen = {}
    poll_until({"m": member}, lambda: len(seen.get("m", [])) >= 3, seen)
    member.commit(asynchronous=False)
    member.close()
    assert broker.stop() == 0
    # Kafka's partition for the group: abs("dump-group".hashCode()) % 5.
    code = 0
    for char in "dump-group":
        code = (code * 31 + ord(char)) & 0xFFFFFFFF
    partition = (code & 0x7FFFFFFF) % 5
    segments = glob.glob(str(broker.data / f"__consumer_offsets-{partition}" / "*.log"))
    assert segments, "no segment for the group's partition"
    dump = subprocess.run([str(bin_dir / "klog-dump"), "--offsets-decoder", "--files", segments[0]],
                          capture_output=True, text=True, timeout=60)
    assert dump.returncode == 0, dump.stderr
    assert '{"type":"1","data":{"group":"dump-group","topic":"dumped","partition":0}}' in dump.stdout
    assert '"offset":3' in dump.stdout
    assert '{"type":"2","data":{"group":"dump-group"}}' in dump.stdout
    assert '"protocolType":"consumer"' in dump.stdout
