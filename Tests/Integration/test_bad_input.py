"""Bad input against a real kserver-start: each case gets Kafka's error code or a closed
connection, and a second client that was connected throughout keeps being served after every case."""
import random
import signal
import struct

import pytest

import kafka_wire as wire
from broker import Broker

MAX_REQUEST_BYTES = 300_000
UNSUPPORTED_VERSION = 35
INVALID_TOPIC_EXCEPTION = 17
MESSAGE_TOO_LARGE = 10
NONE = 0


@pytest.fixture(scope="module")
def broker(bin_dir, tmp_path_factory):
    node = Broker(bin_dir, tmp_path_factory.mktemp("bad-input"),
                  overrides={"socket.request.max.bytes": str(MAX_REQUEST_BYTES), "num.partitions": "1"})
    node.format()
    node.start()
    setup = wire.RawConnection(node.bootstrap)
    for name, configs in [("healthy", {}), ("small-records", {"max.message.bytes": "1000"})]:
        reader = wire.Reader(setup.call(wire.API_CREATE_TOPICS, 2, wire.create_topics_v2(name, configs=configs)))
        reader.take("i")
        (topic,) = reader.array(lambda r: (r.string(), r.take("h"), r.string()))
        assert topic[1] == NONE, topic
    setup.close()
    yield node
    node.stop(signal.SIGKILL)


@pytest.fixture(scope="module")
def witness(broker):
    """A connection opened before the first bad case and used after each one."""
    connection = wire.RawConnection(broker.bootstrap)
    yield connection
    connection.close()


@pytest.fixture
def bad(broker, witness):
    """A fresh connection for the bad input; afterwards the witness must still be served."""
    connection = wire.RawConnection(broker.bootstrap, deadline_seconds=20)
    yield connection
    connection.close()
    check_still_served(witness)
    newcomer = wire.RawConnection(broker.bootstrap)
    check_still_served(newcomer)
    newcomer.close()


def check_still_served(connection):
    reader = wire.Reader(connection.call(wire.API_API_VERSIONS, 0, b""))
    assert reader.take("h") == NONE
    produced = produce(connection, "healthy", [b"still working"])
    assert produced[1] == NONE and produced[2] >= 0, produced


def produce(connection, topic, values, acks=1):
    """Produce v7 of one batch; returns (partition, error code, base offset)."""
    body = connection.call(wire.API_PRODUCE, 7, wire.produce_v7(topic, 0, wire.record_batch(values), acks=acks))
    reader = wire.Reader(body)
    (topic_answer,) = reader.array(
        lambda r: (r.string(), r.array(lambda p: (p.take("i"), p.take("h"), p.take("q"), p.take("q"), p.take("q")))))
    return topic_answer[1][0][:3]


def metadata_topics(connection, topics, auto_create):
    reader = wire.Reader(connection.call(wire.API_METADATA, 4, wire.metadata_v4(topics, auto_create)))
    reader.take("i")
    reader.array(lambda r: (r.take("i"), r.string(), r.take("i"), r.string()))
    reader.string()
    reader.take("i")

    def topic(r):
        error, name, _ = r.take("h"), r.string(), r.take("?")
        r.array(lambda p: (p.take("h"), p.take("i"), p.take("i"), p.array(lambda x: x.take("i")),
                           p.array(lambda x: x.take("i"))))
        return name, error

    return dict(reader.array(topic))


def test_a_frame_larger_than_socket_request_max_bytes_closes_the_connection(bad):
    bad.send(struct.pack(">i", MAX_REQUEST_BYTES + 1) + b"\x00" * 1000)
    assert bad.is_closed_by_broker()


def test_a_negative_frame_size_closes_the_connection(bad):
    bad.send(struct.pack(">i", -5))
    assert bad.is_closed_by_broker()


def test_a_frame_too_short_for_a_request_header_closes_the_connection(bad):
    bad.send(struct.pack(">i", 3) + b"\x00\x12\x00")
    assert bad.is_closed_by_broker()


def test_a_request_whose_body_is_cut_short_closes_the_connection(bad):
    whole = wire.request(wire.API_CREATE_TOPICS, 2, 1, wire.create_topics_v2("cut-short"))
    payload = whole[4:-12]
    bad.send(struct.pack(">i", len(payload)) + payload)
    assert bad.is_closed_by_broker()


def test_a_client_that_hangs_up_mid_frame_does_not_disturb_others(bad):
    whole = wire.request(wire.API_METADATA, 4, 1, wire.metadata_v4(["healthy"]))
    bad.send(whole[: len(whole) // 2])
    bad.close()


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_random_bytes_close_the_connection(bad, seed):
    generator = random.Random(seed)
    noise = bytes(generator.getrandbits(8) for _ in range(4096))
    # Keep the size prefix within bounds for half of the cases, so the garbage reaches the header parser.
    if seed % 2 == 0:
        noise = struct.pack(">i", 4092) + noise[4:]
    bad.send(noise)
    assert bad.is_closed_by_broker()


def test_an_unknown_api_key_closes_the_connection(bad):
    bad.send(wire.request(999, 0, 1, b""))
    assert bad.is_closed_by_broker()


def test_an_api_versions_request_at_an_unknown_version_gets_v0_with_the_supported_ranges(bad):
    bad.send(wire.request(wire.API_API_VERSIONS, 99, 7, b"\x00garbage the broker must not parse"))
    frame = bad.read_frame()
    reader = wire.Reader(frame)
    assert reader.take("i") == 7
    assert reader.take("h") == UNSUPPORTED_VERSION
    ranges = {key: (low, high) for key, low, high in reader.array(lambda r: (r.take("h"), r.take("h"), r.take("h")))}
    assert ranges[wire.API_API_VERSIONS] == (0, 4)
    assert ranges[wire.API_PRODUCE][0] <= 7 <= ranges[wire.API_PRODUCE][1]
    assert reader.position == len(frame), "a v0 response has nothing after the api keys"
    # The connection stays usable: the client now retries at a version the broker speaks.
    assert wire.Reader(bad.call(wire.API_API_VERSIONS, 0, b"")).take("h") == NONE


def test_another_api_at_an_unsupported_version_closes_the_connection(bad):
    bad.send(wire.request(wire.API_METADATA, 99, 1, b""))
    assert bad.is_closed_by_broker()


@pytest.mark.parametrize("name", ["", ".", "..", "has space", "slash/name", "a" * 250, "ünïcode"])
def test_creating_a_topic_with_an_invalid_name_gets_invalid_topic_exception(bad, name):
    reader = wire.Reader(bad.call(wire.API_CREATE_TOPICS, 2, wire.create_topics_v2(name)))
    reader.take("i")
    (answer,) = reader.array(lambda r: (r.string(), r.take("h"), r.string()))
    assert answer[0] == name
    assert answer[1] == INVALID_TOPIC_EXCEPTION, answer


def test_metadata_auto_creation_of_an_invalid_name_gets_invalid_topic_exception(bad):
    topics = metadata_topics(bad, ["bad name!"], auto_create=True)
    assert topics == {"bad name!": INVALID_TOPIC_EXCEPTION}


def test_a_batch_over_max_message_bytes_gets_message_too_large(bad):
    assert produce(bad, "small-records", [b"x" * 2000])[1] == MESSAGE_TOO_LARGE
    # A batch within the limit on the same connection is accepted.
    assert produce(bad, "small-records", [b"x" * 100])[1] == NONE


def test_a_failing_produce_with_acks_0_closes_the_connection(bad):
    # With acks=0 there is no response to carry the error, so Kafka closes the connection to tell
    # the producer (KafkaApis.handleProduceRequest: closeConnection).
    bad.send(wire.request(wire.API_PRODUCE, 7, 1, wire.produce_v7("small-records", 0,
                                                                   wire.record_batch([b"y" * 2000]), acks=0)))
    assert bad.is_closed_by_broker()


def test_a_successful_produce_with_acks_0_gets_no_response_and_keeps_the_connection(bad):
    bad.send(wire.request(wire.API_PRODUCE, 7, 1, wire.produce_v7("healthy", 0, wire.record_batch([b"z"]), acks=0)))
    # The next answer on the connection is the ApiVersions one (correlation id 2), not a produce response.
    bad.correlation_id = 1
    assert wire.Reader(bad.call(wire.API_API_VERSIONS, 0, b"")).take("h") == NONE
