"""confluent-kafka (librdkafka 2.x) against a real kserver-start: the default producer, the
idempotent producer, an assigned consumer, the AdminClient (topics, configs, partitions), and keyed
records on the partition Kafka's Java partitioner would choose."""
import time

import pytest
from confluent_kafka import Consumer, KafkaError, KafkaException, Producer, TopicCollection, TopicPartition
from confluent_kafka.admin import (AdminClient, AlterConfigOpType, ConfigEntry, ConfigResource, ConfigSource,
                                  NewPartitions, NewTopic)
from kafka.partitioner.default import murmur2

from broker import running_broker

DEADLINE_SECONDS = 30


@pytest.fixture(scope="module")
def broker(bin_dir, tmp_path_factory):
    yield from running_broker(bin_dir, tmp_path_factory.mktemp("confluent"), overrides={"num.partitions": "3"})


@pytest.fixture(scope="module")
def admin(broker):
    return AdminClient({"bootstrap.servers": broker.bootstrap})


def java_partition(key: bytes, partitions: int) -> int:
    return (murmur2(key) & 0x7FFFFFFF) % partitions


def create_topic(admin, name, partitions=1, config=None):
    futures = admin.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=1,
                                            config=config or {})])
    futures[name].result(timeout=DEADLINE_SECONDS)


def produce(broker, topic, records, **settings):
    """Produces (key, value, partition-or-None) tuples; returns the delivery reports."""
    reports = []
    producer = Producer({"bootstrap.servers": broker.bootstrap, **settings})

    def delivered(error, message):
        reports.append((error, message.partition(), message.offset(), message.key(), message.value()))

    for key, value, partition in records:
        arguments = {"key": key, "value": value, "on_delivery": delivered}
        if partition is not None:
            arguments["partition"] = partition
        producer.produce(topic, **arguments)
    assert producer.flush(DEADLINE_SECONDS) == 0
    return reports


def consume(broker, topic, partition, count, **settings):
    """Reads `count` records from the start of one partition with `assign`."""
    consumer = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "unused-assign-only",
                         "enable.auto.commit": False, **settings})
    consumer.assign([TopicPartition(topic, partition, 0)])
    found = []
    deadline = time.monotonic() + DEADLINE_SECONDS
    try:
        while len(found) < count and time.monotonic() < deadline:
            message = consumer.poll(0.5)
            if message is None:
                continue
            assert message.error() is None, message.error()
            found.append(message)
    finally:
        consumer.close()
    return found


def test_the_default_producer_delivers_and_an_assigned_consumer_reads_back(broker, admin):
    create_topic(admin, "confluent-default")
    records = [(None, f"value-{index}".encode(), 0) for index in range(500)]
    reports = produce(broker, "confluent-default", records)
    assert [error for error, *_ in reports if error is not None] == []
    assert sorted(offset for _, _, offset, _, _ in reports) == list(range(500))
    consumed = consume(broker, "confluent-default", 0, 500)
    assert [message.value() for message in consumed] == [value for _, value, _ in records]
    assert [message.offset() for message in consumed] == list(range(500))


@pytest.mark.parametrize("codec", ["gzip", "snappy", "lz4", "zstd"])
def test_the_idempotent_producer_delivers_each_record_once(broker, admin, codec):
    topic = f"confluent-idempotent-{codec}"
    create_topic(admin, topic, partitions=2)
    records = [(f"k{index}".encode(), f"v{index}".encode() * 20, index % 2) for index in range(400)]
    reports = produce(broker, topic, records, **{"enable.idempotence": True, "compression.type": codec,
                                                 "linger.ms": 5})
    assert [error for error, *_ in reports if error is not None] == []
    for partition in (0, 1):
        expected = [value for _, value, chosen in records if chosen == partition]
        consumed = consume(broker, topic, partition, len(expected))
        assert [message.value() for message in consumed] == expected


def test_keyed_records_land_on_the_java_partitioners_choice(broker, admin):
    create_topic(admin, "confluent-keyed", partitions=5)
    keys = [f"user-{index}".encode() for index in range(100)]
    reports = produce(broker, "confluent-keyed", [(key, b"x", None) for key in keys],
                      partitioner="murmur2_random")
    assert len(reports) == len(keys)
    for error, partition, _, key, _ in reports:
        assert error is None
        assert partition == java_partition(key, 5), key
    # The broker stored each record where the producer said.
    for partition in range(5):
        expected = [key for key in keys if java_partition(key, 5) == partition]
        consumed = consume(broker, "confluent-keyed", partition, len(expected))
        assert [message.key() for message in consumed] == expected


def test_admin_creates_describes_and_deletes_topics(broker, admin):
    create_topic(admin, "confluent-admin", partitions=4, config={"retention.ms": "3600000"})
    metadata = admin.list_topics(timeout=DEADLINE_SECONDS)
    assert len(metadata.topics["confluent-admin"].partitions) == 4
    description = admin.describe_topics(TopicCollection(["confluent-admin"]))["confluent-admin"].result(
        timeout=DEADLINE_SECONDS)
    assert description.name == "confluent-admin"
    assert [partition.id for partition in description.partitions] == [0, 1, 2, 3]
    assert all(partition.leader.id == 1 for partition in description.partitions)

    duplicate = admin.create_topics([NewTopic("confluent-admin", num_partitions=1, replication_factor=1)])
    with pytest.raises(KafkaException) as raised:
        duplicate["confluent-admin"].result(timeout=DEADLINE_SECONDS)
    assert raised.value.args[0].name() == "TOPIC_ALREADY_EXISTS"

    admin.delete_topics(["confluent-admin"])["confluent-admin"].result(timeout=DEADLINE_SECONDS)
    deadline = time.monotonic() + DEADLINE_SECONDS
    while "confluent-admin" in admin.list_topics(timeout=DEADLINE_SECONDS).topics:
        assert time.monotonic() < deadline, "deleted topic still listed"
        time.sleep(0.1)


def test_admin_rejects_an_invalid_topic_name(admin):
    futures = admin.create_topics([NewTopic("bad/name", num_partitions=1, replication_factor=1)])
    with pytest.raises(KafkaException) as raised:
        futures["bad/name"].result(timeout=DEADLINE_SECONDS)
    # librdkafka calls Kafka's INVALID_TOPIC_EXCEPTION (17) TOPIC_EXCEPTION.
    assert raised.value.args[0].code() == KafkaError.TOPIC_EXCEPTION == 17


def test_admin_describes_and_alters_topic_configs(admin):
    create_topic(admin, "confluent-configs", config={"cleanup.policy": "compact"})
    resource = ConfigResource(ConfigResource.Type.TOPIC, "confluent-configs")
    configs = admin.describe_configs([resource])[resource].result(timeout=DEADLINE_SECONDS)
    assert configs["cleanup.policy"].value == "compact"
    assert configs["cleanup.policy"].source == ConfigSource.DYNAMIC_TOPIC_CONFIG.value
    assert configs["max.message.bytes"].value == "1048588"

    change = ConfigResource(ConfigResource.Type.TOPIC, "confluent-configs", incremental_configs=[
        ConfigEntry("retention.ms", "60000", incremental_operation=AlterConfigOpType.SET)])
    admin.incremental_alter_configs([change])[change].result(timeout=DEADLINE_SECONDS)
    configs = admin.describe_configs([resource])[resource].result(timeout=DEADLINE_SECONDS)
    assert configs["retention.ms"].value == "60000"
    assert configs["cleanup.policy"].value == "compact"


def test_admin_describes_the_broker_configs(broker, admin):
    resource = ConfigResource(ConfigResource.Type.BROKER, "1")
    configs = admin.describe_configs([resource])[resource].result(timeout=DEADLINE_SECONDS)
    assert configs["num.partitions"].value == "3"
    assert configs["log.dirs"].value == str(broker.data)


def test_admin_creates_partitions_and_producers_use_them(broker, admin):
    create_topic(admin, "confluent-grow", partitions=1)
    admin.create_partitions([NewPartitions("confluent-grow", 3)])["confluent-grow"].result(
        timeout=DEADLINE_SECONDS)
    assert len(admin.list_topics("confluent-grow", timeout=DEADLINE_SECONDS).topics["confluent-grow"].partitions) == 3
    shrink = admin.create_partitions([NewPartitions("confluent-grow", 2)])
    with pytest.raises(KafkaException) as raised:
        shrink["confluent-grow"].result(timeout=DEADLINE_SECONDS)
    assert raised.value.args[0].name() == "INVALID_PARTITIONS"
    reports = produce(broker, "confluent-grow", [(None, b"on-new-partition", 2)])
    assert reports[0][0] is None and reports[0][1] == 2
