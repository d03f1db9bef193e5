"""Group coordinator requests encoded by hand (non-flexible versions only), for tests that send what
no well-behaved client would: JoinGroup v5, SyncGroup v3, Heartbeat v3, LeaveGroup v3,
OffsetCommit v7 and OffsetFetch v5, with decoders for their responses."""
import struct

from kafka_wire import Reader, array, nullable_bytes, string

API_OFFSET_COMMIT = 8
API_OFFSET_FETCH = 9
API_JOIN_GROUP = 11
API_HEARTBEAT = 12
API_LEAVE_GROUP = 13
API_SYNC_GROUP = 14

UNKNOWN_SERVER_ERROR = -1
NONE = 0
OFFSET_METADATA_TOO_LARGE = 12
ILLEGAL_GENERATION = 22
INCONSISTENT_GROUP_PROTOCOL = 23
INVALID_GROUP_ID = 24
UNKNOWN_MEMBER_ID = 25
MEMBER_ID_REQUIRED = 79


def nullable_string_field(reader):
    length = reader.take("h")
    if length < 0:
        return None
    reader.position -= 2
    return reader.string()


def bytes_field(reader):
    length = reader.take("i")
    if length < 0:
        return None
    data = reader.data[reader.position:reader.position + length]
    reader.position += length
    return data


def join_group(connection, group, member_id="", protocol_type="consumer", protocols=(("range", b""),),
               instance_id=None, session_timeout_ms=30000, rebalance_timeout_ms=30000):
    """Returns (error, generation, protocol name, leader, member id, [member ids])."""
    body = (string(group) + struct.pack(">ii", session_timeout_ms, rebalance_timeout_ms) + string(member_id)
            + string(instance_id) + string(protocol_type)
            + array([string(name) + nullable_bytes(metadata) for name, metadata in protocols]))
    reader = Reader(connection.call(API_JOIN_GROUP, 5, body))
    reader.take("i")  # throttle
    error, generation = reader.take("h"), reader.take("i")
    protocol_name, leader, member = nullable_string_field(reader), reader.string(), reader.string()
    members = reader.array(lambda r: (r.string(), nullable_string_field(r), bytes_field(r)))
    return error, generation, protocol_name, leader, member, members


def sync_group(connection, group, generation, member_id, assignments=()):
    """Returns (error, assignment bytes)."""
    body = (string(group) + struct.pack(">i", generation) + string(member_id) + string(None)
            + array([string(member) + nullable_bytes(data) for member, data in assignments]))
    reader = Reader(connection.call(API_SYNC_GROUP, 3, body))
    reader.take("i")
    return reader.take("h"), bytes_field(reader)


def heartbeat(connection, group, generation, member_id):
    body = string(group) + struct.pack(">i", generation) + string(member_id) + string(None)
    reader = Reader(connection.call(API_HEARTBEAT, 3, body))
    reader.take("i")
    return reader.take("h")


def leave_group(connection, group, member_id):
    """Returns (top-level error, [member errors])."""
    body = string(group) + array([string(member_id) + string(None)])
    reader = Reader(connection.call(API_LEAVE_GROUP, 3, body))
    reader.take("i")
    error = reader.take("h")
    return error, reader.array(lambda r: (r.string(), nullable_string_field(r), r.take("h"))[2])


def offset_commit(connection, group, generation, member_id, topic, offsets, metadata=""):
    """offsets: {partition: offset}. Returns {partition: error}."""
    partitions = [struct.pack(">iqi", partition, offset, -1) + string(metadata)
                  for partition, offset in sorted(offsets.items())]
    body = (string(group) + struct.pack(">i", generation) + string(member_id) + string(None)
            + array([string(topic) + array(partitions)]))
    reader = Reader(connection.call(API_OFFSET_COMMIT, 7, body))
    reader.take("i")
    result = {}
    for _ in range(reader.take("i")):
        reader.string()
        for _ in range(reader.take("i")):
            partition, error = reader.take("i"), reader.take("h")
            result[partition] = error
    return result


def offset_fetch(connection, group, topic, partitions):
    """Returns (top-level error, {partition: (offset, error)})."""
    body = string(group) + array([string(topic) + array([struct.pack(">i", p) for p in partitions])])
    reader = Reader(connection.call(API_OFFSET_FETCH, 5, body))
    reader.take("i")
    result = {}
    for _ in range(reader.take("i")):
        reader.string()
        for _ in range(reader.take("i")):
            partition, offset, _epoch = reader.take("i"), reader.take("q"), reader.take("i")
            nullable_string_field(reader)
            result[partition] = (offset, reader.take("h"))
    return reader.take("h"), result


API_FIND_COORDINATOR = 10
COORDINATOR_NOT_AVAILABLE = 15


def find_coordinator(connection, group):
    """FindCoordinator v2 for a group: returns (error, node id). The first one makes the broker create
    __consumer_offsets, as a real client's would."""
    reader = Reader(connection.call(API_FIND_COORDINATOR, 2, string(group) + struct.pack(">b", 0)))
    reader.take("i")
    error = reader.take("h")
    nullable_string_field(reader)
    return error, reader.take("i")
