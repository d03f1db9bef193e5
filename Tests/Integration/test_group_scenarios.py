"""Group scenarios issue 6 asks for, against a real kserver-start: three confluent-kafka members
split a 6-partition topic and read every record exactly once, a SIGKILLed member's partitions move
to the survivors within the session timeout, and a static member restarted within its session
timeout gets its partitions back without a rebalance. Members run as subprocesses
(group_member.py) so they can be killed without leaving the group. Every wait has a deadline."""
import pathlib
import signal
import subprocess
import sys
import threading
import time

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

import group_wire
from broker import running_broker
from kafka_wire import RawConnection

MEMBER_SCRIPT = pathlib.Path(__file__).with_name("group_member.py")
SESSION_TIMEOUT_MS = 6000


@pytest.fixture()
def broker(bin_dir, tmp_path):
    yield from running_broker(bin_dir, tmp_path, overrides={
        "group.initial.rebalance.delay.ms": "0", "offsets.topic.num.partitions": "5", "num.partitions": "1"})


def wait_until(predicate, what, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"not within {seconds}s: {what}")


class Member:
    """A group_member.py process and what it printed so far, read by a thread of its own."""

    def __init__(self, broker, group, topic, instance_id=None):
        args = [sys.executable, str(MEMBER_SCRIPT), broker.bootstrap, group, topic, str(SESSION_TIMEOUT_MS)]
        if instance_id is not None:
            args.append(instance_id)
        self.lock = threading.Lock()
        self.assignment = None  # None until the first assign
        self.assigns = 0
        self.revokes = 0
        self.records = []  # (partition, offset, key, value)
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
        self.reader = threading.Thread(target=self.read, daemon=True)
        self.reader.start()

    def read(self):
        for line in self.process.stdout:
            kind, _, rest = line.rstrip("\n").partition(" ")
            with self.lock:
                if kind == "assign":
                    self.assigns += 1
                    self.assignment = {int(p) for p in rest.split(",") if p}
                elif kind == "revoke":
                    self.revokes += 1
                    self.assignment = set()
                elif kind == "record":
                    partition, offset, key, value = rest.split(" ")
                    self.records.append((int(partition), int(offset), key, value))

    def snapshot(self):
        with self.lock:
            return (set(self.assignment) if self.assignment is not None else None, self.assigns, self.revokes,
                    list(self.records))

    def kill(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self.reader.join(timeout=30)


@pytest.fixture()
def members():
    started = []
    yield started
    for member in started:
        member.kill()


def create_topic(broker, name, partitions):
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    admin.create_topics([NewTopic(name, partitions, 1)])[name].result(timeout=30)
    wait_until(lambda: name in admin.list_topics(timeout=10).topics, f"topic {name} visible", 30)


def produce(broker, topic, first, count, partitions):
    """Records key{i}/value{i} for i in first..<first+count, round robin over the partitions."""
    producer = Producer({"bootstrap.servers": broker.bootstrap})
    for index in range(first, first + count):
        producer.produce(topic, key=f"key{index}".encode(), value=f"value{index}".encode(),
                         partition=index % partitions)
    assert producer.flush(30) == 0
    return {(f"key{index}", f"value{index}") for index in range(first, first + count)}


def consumed(group):
    return [(key, value) for member in group for key, value in
            ((record[2], record[3]) for record in member.snapshot()[3])]


def balanced(group, partitions, each):
    assignments = [member.snapshot()[0] for member in group]
    if any(assignment is None or len(assignment) != each for assignment in assignments):
        return False
    union = set().union(*assignments)
    return union == set(range(partitions)) and sum(map(len, assignments)) == partitions


def test_three_members_split_six_partitions_and_survivors_take_a_killed_members_partitions(broker, members):
    create_topic(broker, "six", 6)
    group = [Member(broker, "six-group", "six") for _ in range(3)]
    members.extend(group)
    wait_until(lambda: balanced(group, 6, 2), "each of three members holds two of the six partitions", 30)

    expected = produce(broker, "six", 0, 60, 6)
    wait_until(lambda: len(consumed(group)) >= 60, "all 60 records consumed", 30)
    records = consumed(group)
    assert sorted(records) == sorted(expected), "every record exactly once, keys and values intact"
    # Each member read only from its own two partitions.
    for member in group:
        assignment, _, _, seen = member.snapshot()
        assert {record[0] for record in seen} <= assignment

    victim, survivors = group[0], group[1:]
    victim_partitions = victim.snapshot()[0]
    killed_at = time.monotonic()
    victim.kill()  # no LeaveGroup: the coordinator must notice through the session timeout
    wait_until(lambda: balanced(survivors, 6, 3), "the survivors hold all six partitions, three each",
               SESSION_TIMEOUT_MS / 1000 + 6)
    moved_after = time.monotonic() - killed_at
    assert moved_after < SESSION_TIMEOUT_MS / 1000 + 6
    assert victim_partitions <= set().union(*(member.snapshot()[0] for member in survivors))

    before = [len(member.snapshot()[3]) for member in survivors]

    def after_kill():
        return [(record[2], record[3]) for member, skip in zip(survivors, before)
                for record in member.snapshot()[3][skip:]]

    later = produce(broker, "six", 60, 60, 6)
    wait_until(lambda: len(after_kill()) >= 60, "the 60 later records consumed by the survivors", 30)
    # Committed offsets carried over: nothing old is read again and nothing new twice.
    assert sorted(after_kill()) == sorted(later)
    print(f"partitions moved {moved_after:.2f}s after the SIGKILL (session timeout {SESSION_TIMEOUT_MS} ms)")


def test_static_member_restarted_within_its_session_timeout_keeps_its_partitions_without_a_rebalance(
        broker, members):
    create_topic(broker, "static", 4)
    dynamic = Member(broker, "static-group", "static")
    members.append(dynamic)
    wait_until(lambda: dynamic.snapshot()[0] == {0, 1, 2, 3}, "the first member holds all partitions", 30)
    static = Member(broker, "static-group", "static", instance_id="static-1")
    members.append(static)
    wait_until(lambda: balanced([dynamic, static], 4, 2), "two members hold two partitions each", 30)
    static_partitions = static.snapshot()[0]
    _, assigns, revokes, _ = dynamic.snapshot()

    restarted_at = time.monotonic()
    static.kill()
    again = Member(broker, "static-group", "static", instance_id="static-1")
    members.append(again)
    wait_until(lambda: again.snapshot()[0] is not None, "the restarted static member is assigned", 30)
    assert time.monotonic() - restarted_at < SESSION_TIMEOUT_MS / 1000, "restart was not within the session timeout"
    assert again.snapshot()[0] == static_partitions

    # Both keep consuming their own partitions; the other member was never revoked or reassigned.
    expected = produce(broker, "static", 0, 40, 4)
    wait_until(lambda: len(consumed([dynamic, again])) >= 40, "40 records consumed", 30)
    assert sorted(consumed([dynamic, again])) == sorted(expected)
    assert {record[0] for record in again.snapshot()[3]} == static_partitions
    assignment, assigns_now, revokes_now, _ = dynamic.snapshot()
    assert (assigns_now, revokes_now) == (assigns, revokes), "the other member saw a rebalance"
    assert assignment == {0, 1, 2, 3} - static_partitions
    assert again.snapshot()[1:3] == (1, 0)


def joined_member(connection, group, metadata=b"", instance_id=None):
    """A member through Kafka's two-step first join (MEMBER_ID_REQUIRED, then the join proper) and
    SyncGroup, so the group is Stable. Returns (member id, generation)."""
    error, _, _, _, member_id, _ = group_wire.join_group(connection, group, protocols=(("range", metadata),),
                                                         instance_id=instance_id)
    assert error == group_wire.MEMBER_ID_REQUIRED and member_id
    error, generation, protocol, leader, joined_id, members = group_wire.join_group(
        connection, group, member_id=member_id, protocols=(("range", metadata),), instance_id=instance_id)
    assert (error, protocol, leader, joined_id) == (group_wire.NONE, "range", member_id, member_id)
    assert [(member, data) for member, _, data in members] == [(member_id, metadata)]
    error, assignment = group_wire.sync_group(connection, group, generation, member_id, [(member_id, b"plan")])
    assert (error, assignment) == (group_wire.NONE, b"plan")
    return member_id, generation


def test_bad_group_requests_get_kafkas_error_codes_and_the_group_keeps_working(broker):
    create_topic(broker, "bad", 2)
    connection = RawConnection(broker.bootstrap)
    try:
        for group in ("ghost", "bad-group", "big-group"):
            wait_until(lambda: group_wire.find_coordinator(connection, group)[0] == group_wire.NONE,
                       f"a coordinator for {group}", 30)
        # Unknown group: heartbeats name no member of it, commits under a generation have none to
        # match (Kafka answers ILLEGAL_GENERATION below OffsetCommit v9), fetches find no offset.
        assert group_wire.heartbeat(connection, "ghost", 1, "someone") == group_wire.UNKNOWN_MEMBER_ID
        assert group_wire.offset_commit(connection, "ghost", 3, "someone", "bad", {0: 5}) == {
            0: group_wire.ILLEGAL_GENERATION}
        assert group_wire.offset_fetch(connection, "ghost", "bad", [0, 1]) == (
            group_wire.NONE, {0: (-1, group_wire.NONE), 1: (-1, group_wire.NONE)})

        # The empty group id is invalid everywhere.
        assert group_wire.join_group(connection, "")[0] == group_wire.INVALID_GROUP_ID
        assert group_wire.heartbeat(connection, "", 1, "someone") == group_wire.INVALID_GROUP_ID
        assert group_wire.offset_commit(connection, "", -1, "", "bad", {0: 1}) == {0: group_wire.INVALID_GROUP_ID}

        # A join with no protocol type or no protocols at all cannot form a group.
        assert group_wire.join_group(connection, "bad-group", protocol_type="")[0] == \
            group_wire.INCONSISTENT_GROUP_PROTOCOL
        assert group_wire.join_group(connection, "bad-group", protocols=())[0] == \
            group_wire.INCONSISTENT_GROUP_PROTOCOL

        # Protocol metadata is opaque to the coordinator: garbage is kept and handed back verbatim.
        garbage = bytes(range(256)) * 64
        member_id, generation = joined_member(connection, "bad-group", metadata=garbage)

        # Joins that do not match the Stable group's protocol type or protocols are refused.
        assert group_wire.join_group(connection, "bad-group", protocol_type="connect")[0] == \
            group_wire.INCONSISTENT_GROUP_PROTOCOL
        assert group_wire.join_group(connection, "bad-group", protocols=(("roundrobin", b""),))[0] == \
            group_wire.INCONSISTENT_GROUP_PROTOCOL

        # Stale or future generations and unknown members.
        for wrong in (generation - 1, generation + 1):
            assert group_wire.offset_commit(connection, "bad-group", wrong, member_id, "bad", {0: 1}) == {
                0: group_wire.ILLEGAL_GENERATION}
            assert group_wire.heartbeat(connection, "bad-group", wrong, member_id) == group_wire.ILLEGAL_GENERATION
        assert group_wire.offset_commit(connection, "bad-group", generation, "nobody", "bad", {0: 1}) == {
            0: group_wire.UNKNOWN_MEMBER_ID}
        assert group_wire.heartbeat(connection, "bad-group", generation, "nobody") == group_wire.UNKNOWN_MEMBER_ID
        # Commit metadata above offset.metadata.max.bytes (4096) is refused per partition.
        assert group_wire.offset_commit(connection, "bad-group", generation, member_id, "bad", {0: 1},
                                        metadata="m" * 5000) == {0: group_wire.OFFSET_METADATA_TOO_LARGE}
        # None of it disturbed the member: it still heartbeats and commits under its generation.
        assert group_wire.heartbeat(connection, "bad-group", generation, member_id) == group_wire.NONE
        assert group_wire.offset_commit(connection, "bad-group", generation, member_id, "bad", {0: 1, 1: 0}) == {
            0: group_wire.NONE, 1: group_wire.NONE}
        assert group_wire.offset_fetch(connection, "bad-group", "bad", [0, 1]) == (
            group_wire.NONE, {0: (1, group_wire.NONE), 1: (0, group_wire.NONE)})

        # Oversize (1 MiB) metadata in a group of its own: the join is answered, but the group record
        # holding it exceeds message.max.bytes, and like Kafka (appendGroupMetadataErrorToResponseError)
        # the SyncGroup says UNKNOWN_SERVER_ERROR. The member leaves and the group takes a normal one.
        oversize = b"\xa5" * (1 << 20)
        error, _, _, _, big_id, _ = group_wire.join_group(connection, "big-group", protocols=(("range", oversize),))
        assert error == group_wire.MEMBER_ID_REQUIRED
        error, big_generation, _, leader, _, members = group_wire.join_group(
            connection, "big-group", member_id=big_id, protocols=(("range", oversize),))
        assert (error, leader, [data for _, _, data in members]) == (group_wire.NONE, big_id, [oversize])
        assert group_wire.sync_group(connection, "big-group", big_generation, big_id, [(big_id, b"plan")])[0] == \
            group_wire.UNKNOWN_SERVER_ERROR
        assert group_wire.leave_group(connection, "big-group", big_id) == (group_wire.NONE, [group_wire.NONE])
        small_id, _ = joined_member(connection, "big-group", metadata=b"small")
        assert group_wire.leave_group(connection, "big-group", small_id) == (group_wire.NONE, [group_wire.NONE])
        assert group_wire.leave_group(connection, "bad-group", member_id) == (group_wire.NONE, [group_wire.NONE])
    finally:
        connection.close()

    # Afterwards a normal consumer joins the group, resumes from the raw member's commits and commits.
    produce(broker, "bad", 0, 6, 2)
    member = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "bad-group", "auto.offset.reset": "earliest",
                       "enable.auto.commit": False, "session.timeout.ms": SESSION_TIMEOUT_MS})
    try:
        member.subscribe(["bad"])
        seen = []
        deadline = time.monotonic() + 30
        while len(seen) < 5:  # partition 0 resumes at 1 (two records left), partition 1 at 0 (three)
            assert time.monotonic() < deadline, f"only {seen} consumed within 30s"
            message = member.poll(0.1)
            if message is not None and message.error() is None:
                seen.append((message.partition(), message.offset()))
        assert sorted(seen) == [(0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]
        member.commit(asynchronous=False)
        committed = member.committed([TopicPartition("bad", 0), TopicPartition("bad", 1)], timeout=30)
        assert sorted((tp.partition, tp.offset) for tp in committed) == [(0, 3), (1, 3)]
    finally:
        member.close()
