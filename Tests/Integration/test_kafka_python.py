"""kafka-python against a real kserver-start: producer (acks 1 and all, keyed, compressed), consumer
with assign, and the admin client (create, describe, delete topics; configs; partitions)."""
import time

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import ConfigResource, ConfigResourceType, NewPartitions, NewTopic
from kafka.errors import InvalidPartitionsError, TopicAlreadyExistsError
from kafka.partitioner.default import murmur2

from broker import running_broker

DEADLINE_SECONDS = 30


@pytest.fixture(scope="module")
def broker(bin_dir, tmp_path_factory):
    yield from running_broker(bin_dir, tmp_path_factory.mktemp("kafka-python"), overrides={"num.partitions": "2"})


@pytest.fixture(scope="module")
def admin(broker):
    client = KafkaAdminClient(bootstrap_servers=broker.bootstrap, request_timeout_ms=DEADLINE_SECONDS * 1000)
    yield client
    client.close()


def consume(broker, topic, partition, count):
    consumer = KafkaConsumer(bootstrap_servers=broker.bootstrap, enable_auto_commit=False,
                             consumer_timeout_ms=1000)
    consumer.assign([TopicPartition(topic, partition)])
    consumer.seek_to_beginning()
    found = []
    deadline = time.monotonic() + DEADLINE_SECONDS
    try:
        while len(found) < count and time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=500).values():
                found.extend(batch)
    finally:
        consumer.close()
    return found


@pytest.mark.parametrize("acks,codec", [(1, None), ("all", "gzip"), (1, "lz4"), ("all", "zstd")])
def test_records_produced_are_consumed_back(broker, admin, acks, codec):
    topic = f"python-{acks}-{codec}"
    admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, acks=acks, compression_type=codec, linger_ms=5)
    futures = [producer.send(topic, value=f"record {index}".encode(), key=b"k", partition=0) for index in range(300)]
    producer.flush(DEADLINE_SECONDS)
    offsets = [future.get(timeout=DEADLINE_SECONDS).offset for future in futures]
    producer.close()
    assert offsets == list(range(300))
    consumed = consume(broker, topic, 0, 300)
    assert [record.value for record in consumed] == [f"record {index}".encode() for index in range(300)]
    assert [record.offset for record in consumed] == list(range(300))


def test_keyed_records_land_on_the_java_partitioners_choice(broker, admin):
    admin.create_topics([NewTopic("python-keyed", num_partitions=4, replication_factor=1)])
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap)
    keys = [f"account-{index}".encode() for index in range(60)]
    metadata = [producer.send("python-keyed", key=key, value=b"v").get(timeout=DEADLINE_SECONDS) for key in keys]
    producer.close()
    for key, sent in zip(keys, metadata):
        assert sent.partition == (murmur2(key) & 0x7FFFFFFF) % 4
    for partition in range(4):
        expected = [key for key in keys if (murmur2(key) & 0x7FFFFFFF) % 4 == partition]
        assert [record.key for record in consume(broker, "python-keyed", partition, len(expected))] == expected


def test_admin_creates_lists_describes_and_deletes_topics(admin):
    admin.create_topics([NewTopic("python-admin", num_partitions=3, replication_factor=1,
                                  topic_configs={"segment.bytes": "1048576"})])
    assert "python-admin" in admin.list_topics()
    (description,) = admin.describe_topics(["python-admin"])
    assert description["error_code"] == 0
    assert sorted(partition["partition_index"] for partition in description["partitions"]) == [0, 1, 2]
    with pytest.raises(TopicAlreadyExistsError):
        admin.create_topics([NewTopic("python-admin", num_partitions=1, replication_factor=1)])
    admin.delete_topics(["python-admin"], timeout_ms=DEADLINE_SECONDS * 1000)
    deadline = time.monotonic() + DEADLINE_SECONDS
    while "python-admin" in admin.list_topics():
        assert time.monotonic() < deadline, "deleted topic still listed"
        time.sleep(0.1)


def test_admin_describes_and_alters_configs(admin):
    admin.create_topics([NewTopic("python-configs", num_partitions=1, replication_factor=1,
                                  topic_configs={"retention.bytes": "123456"})])
    resource = ConfigResource(ConfigResourceType.TOPIC, "python-configs")
    modified = admin.describe_configs([resource])["topic"]["python-configs"]
    assert list(modified) == ["retention.bytes"]
    assert modified["retention.bytes"]["value"] == "123456"
    assert modified["retention.bytes"]["config_source"] == "DYNAMIC_TOPIC_CONFIG"
    everything = admin.describe_configs([resource], config_filter="all")["topic"]["python-configs"]
    assert everything["cleanup.policy"]["value"] == "delete"
    assert everything["cleanup.policy"]["config_source"] == "DEFAULT_CONFIG"
    # Both AlterConfigs (which replaces every dynamic value) and IncrementalAlterConfigs.
    for incremental, value in [(False, "654321"), (True, "777")]:
        admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, "python-configs",
                                            configs={"retention.bytes": value})], incremental=incremental)
        modified = admin.describe_configs([resource])["topic"]["python-configs"]
        assert modified["retention.bytes"]["value"] == value


def test_admin_creates_partitions(admin):
    admin.create_topics([NewTopic("python-grow", num_partitions=1, replication_factor=1)])
    admin.create_partitions({"python-grow": NewPartitions(total_count=4)})
    (description,) = admin.describe_topics(["python-grow"])
    assert len(description["partitions"]) == 4
    with pytest.raises(InvalidPartitionsError):
        admin.create_partitions({"python-grow": NewPartitions(total_count=2)})
