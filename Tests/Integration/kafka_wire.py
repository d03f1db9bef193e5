"""A few Kafka requests encoded by hand, for tests that must send what no well-behaved client would:
raw frames over a plain socket, a record batch builder (magic 2), and decoders for the few
response fields the tests look at. Only non-flexible versions, so every field is a fixed-width or
INT16/INT32-length-prefixed value."""
import socket
import struct
import time

import crc32c

API_PRODUCE = 0
API_METADATA = 3
API_API_VERSIONS = 18
API_CREATE_TOPICS = 19


def string(text):
    if text is None:
        return struct.pack(">h", -1)
    data = text.encode()
    return struct.pack(">h", len(data)) + data


def nullable_bytes(data):
    if data is None:
        return struct.pack(">i", -1)
    return struct.pack(">i", len(data)) + data


def array(items):
    return struct.pack(">i", len(items)) + b"".join(items)


def request(api_key, version, correlation_id, body, client_id="raw-test"):
    """A whole frame with a v1 request header (INT16 key, INT16 version, INT32 correlation id,
    client id): the header every non-flexible request uses."""
    payload = struct.pack(">hhi", api_key, version, correlation_id) + string(client_id) + body
    return struct.pack(">i", len(payload)) + payload


def varint(value):
    zigzag = (value << 1) ^ (value >> 63)
    out = bytearray()
    while True:
        byte = zigzag & 0x7F
        zigzag >>= 7
        if zigzag:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def record_batch(values, timestamp_ms=None):
    """One uncompressed magic-2 batch of records with null keys (Kafka DefaultRecordBatch)."""
    timestamp_ms = int(time.time() * 1000) if timestamp_ms is None else timestamp_ms
    records = b""
    for delta, value in enumerate(values):
        body = b"\x00" + varint(0) + varint(delta) + varint(-1) + varint(len(value)) + value + varint(0)
        records += varint(len(body)) + body
    after_crc = (struct.pack(">hiqqqhii", 0, len(values) - 1, timestamp_ms, timestamp_ms, -1, -1, -1, len(values))
                 + records)
    crc = crc32c.crc32c(after_crc)
    after_length = struct.pack(">ibI", -1, 2, crc) + after_crc
    return struct.pack(">qi", 0, len(after_length)) + after_length


def produce_v7(topic, partition, records, acks=1, timeout_ms=30000):
    return (string(None) + struct.pack(">hi", acks, timeout_ms)
            + array([string(topic) + array([struct.pack(">i", partition) + nullable_bytes(records)])]))


def metadata_v4(topics, allow_auto_topic_creation=False):
    return array([string(topic) for topic in topics]) + struct.pack(">?", allow_auto_topic_creation)


def create_topics_v2(name, partitions=1, replication_factor=1, configs=None):
    config_entries = [string(key) + string(value) for key, value in (configs or {}).items()]
    topic = string(name) + struct.pack(">ih", partitions, replication_factor) + array([]) + array(config_entries)
    return array([topic]) + struct.pack(">i?", 30000, False)


class Reader:
    """Reads big-endian fields off a response body."""

    def __init__(self, data):
        self.data = data
        self.position = 0

    def take(self, fmt):
        (value,) = struct.unpack_from(">" + fmt, self.data, self.position)
        self.position += struct.calcsize(">" + fmt)
        return value

    def string(self):
        length = self.take("h")
        if length < 0:
            return None
        text = self.data[self.position:self.position + length].decode()
        self.position += length
        return text

    def array(self, item):
        return [item(self) for _ in range(self.take("i"))]


class RawConnection:
    """A plain socket speaking length-prefixed frames, every wait bounded by a deadline."""

    def __init__(self, bootstrap, deadline_seconds=30):
        host, port = bootstrap.rsplit(":", 1)
        self.deadline_seconds = deadline_seconds
        self.socket = socket.create_connection((host, int(port)), timeout=deadline_seconds)
        self.correlation_id = 0

    def close(self):
        self.socket.close()

    def send(self, data):
        self.socket.sendall(data)

    def call(self, api_key, version, body):
        """Sends one request; returns (correlation id, response body after the v0 header)."""
        self.correlation_id += 1
        self.send(request(api_key, version, self.correlation_id, body))
        frame = self.read_frame()
        assert frame is not None, f"connection closed instead of answering API {api_key} v{version}"
        correlation_id = struct.unpack_from(">i", frame)[0]
        assert correlation_id == self.correlation_id
        return frame[4:]

    def read_exactly(self, count):
        data = b""
        while len(data) < count:
            chunk = self.socket.recv(count - len(data))
            if not chunk:
                return None
            data += chunk
        return data

    def read_frame(self):
        """The next response frame without its size, or None when the broker closed the connection."""
        try:
            prefix = self.read_exactly(4)
            if prefix is None:
                return None
            return self.read_exactly(struct.unpack(">i", prefix)[0])
        except ConnectionResetError:
            return None

    def is_closed_by_broker(self):
        """True once the broker closes the connection (EOF or reset) within the deadline; fails if
        the broker sends anything instead."""
        try:
            data = self.socket.recv(1)
        except ConnectionResetError:
            return True
        except socket.timeout:
            return False
        assert data == b"", f"expected the connection to close, got a response starting {data!r}"
        return True
