"""Consumer groups end to end against a real kserver-start: our KafkaConsumer (through the
kgroup-consumer-probe helper) in groups with confluent-kafka and kafka-python consumers, and the
kconsumer-groups tool's output checked line by line. Every wait has a deadline."""
import queue
import re
import signal
import subprocess
import threading
import time

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from broker import Broker


@pytest.fixture(scope="module")
def broker(bin_dir, tmp_path_factory):
    node = Broker(bin_dir, tmp_path_factory.mktemp("groups"),
                  overrides={"group.initial.rebalance.delay.ms": "0", "num.partitions": "1",
                             "offsets.topic.num.partitions": "5"})
    node.format()
    node.start()
    if not broker_has_group_coordinator(node):
        node.stop(signal.SIGKILL)
        pytest.skip("this kserver-start has no group coordinator yet (ListGroups unsupported)")
    yield node
    node.stop(signal.SIGKILL)


def broker_has_group_coordinator(node) -> bool:
    """Whether the broker answers ListGroups (its group handlers exist)."""
    result = node.tool("kconsumer-groups", "--bootstrap-server", node.bootstrap, "--list", check=False)
    return result.returncode == 0 and "Error:" not in result.stdout


def wait_until(predicate, what, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"not within {seconds}s: {what}")


def create_topic(broker, name, partitions):
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    admin.create_topics([NewTopic(name, partitions, 1)])[name].result(timeout=30)
    wait_until(lambda: name in admin.list_topics(timeout=10).topics, f"topic {name} visible")


def produce(broker, topic, values, partition=None):
    producer = Producer({"bootstrap.servers": broker.bootstrap})
    for value in values:
        if partition is None:
            producer.produce(topic, value=value.encode())
        else:
            producer.produce(topic, value=value.encode(), partition=partition)
    assert producer.flush(30) == 0


class Probe:
    """Our KafkaConsumer in a group: lines `assigned ...`, `record T P O V`, `closed`."""

    def __init__(self, broker, group, topics, *properties):
        self.process = subprocess.Popen(
            [str(broker.bin_dir / "kgroup-consumer-probe"), broker.bootstrap, group, topics,
             "session.timeout.ms=6000", "heartbeat.interval.ms=500", "auto.offset.reset=earliest",
             "fetch.max.wait.ms=100", *properties],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.lines = queue.Queue()
        self.assignment = None
        self.assignment_changes = 0
        self.records = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def drain(self):
        while True:
            try:
                line = self.lines.get_nowait()
            except queue.Empty:
                return
            if line.startswith("assigned"):
                self.assignment = sorted(filter(None, line[len("assigned "):].split(",")))
                self.assignment_changes += 1
            elif line.startswith("record "):
                _, topic, partition, offset, value = line.split(" ", 4)
                self.records.append((topic, int(partition), int(offset), value))
            elif line == "closed":
                self.closed = True

    def wait_assignment(self, count, seconds=30):
        def check():
            self.drain()
            return self.assignment is not None and len(self.assignment) == count
        wait_until(check, f"probe assigned {count} partitions (has {self.assignment})", seconds)
        return self.assignment

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.drain()


def confluent_consumer(broker, group, **extra):
    config = {"bootstrap.servers": broker.bootstrap, "group.id": group, "auto.offset.reset": "earliest",
              "session.timeout.ms": 6000, "heartbeat.interval.ms": 500}
    config.update(extra)
    return Consumer(config)


def groups_tool(broker, *args):
    return broker.tool("kconsumer-groups", "--bootstrap-server", broker.bootstrap, *args, check=False)


def test_our_consumer_and_confluent_share_a_group_and_read_everything(broker):
    topic = "mixed-confluent"
    create_topic(broker, topic, 4)
    produce(broker, topic, [f"v{index}" for index in range(40)])
    probe = Probe(broker, "mixed-c", topic, "partition.assignment.strategy=range")
    probe.wait_assignment(4)
    other = confluent_consumer(broker, "mixed-c", **{"partition.assignment.strategy": "range"})
    other.subscribe([topic])
    seen = []
    def settled():
        message = other.poll(0.1)
        if message is not None and message.error() is None:
            seen.append(message.value().decode())
        probe.drain()
        return len(other.assignment()) == 2 and probe.assignment is not None and len(probe.assignment) == 2
    wait_until(settled, "both members hold two partitions", 60)
    ours = {f"{topic}-{tp.partition}" for tp in other.assignment()}
    assert ours.isdisjoint(probe.assignment)
    def everything():
        message = other.poll(0.1)
        if message is not None and message.error() is None:
            seen.append(message.value().decode())
        probe.drain()
        return {value for *_, value in probe.records} | set(seen) >= {f"v{index}" for index in range(40)}
    wait_until(everything, "every record read by one of the two")
    other.close()
    probe.close()


def test_kafka_python_consumer_joins_a_group_with_ours(broker):
    from kafka import KafkaConsumer
    topic = "mixed-python"
    create_topic(broker, topic, 2)
    probe = Probe(broker, "mixed-p", topic, "partition.assignment.strategy=roundrobin,range")
    probe.wait_assignment(2)
    other = KafkaConsumer(topic, bootstrap_servers=broker.bootstrap, group_id="mixed-p",
                          auto_offset_reset="earliest", session_timeout_ms=6000, heartbeat_interval_ms=500)
    def settled():
        other.poll(timeout_ms=100)
        probe.drain()
        return len(other.assignment()) == 1 and probe.assignment is not None and len(probe.assignment) == 1
    wait_until(settled, "one partition each", 60)
    other.close()
    probe.close()


def test_a_departing_member_hands_its_partitions_over(broker):
    topic = "handover"
    create_topic(broker, topic, 4)
    first = Probe(broker, "handover-g", topic)
    second = Probe(broker, "handover-g", topic)
    wait_until(lambda: (first.drain(), second.drain()) and first.assignment and second.assignment
               and len(first.assignment) == 2 and len(second.assignment) == 2, "2 + 2", 60)
    first.close()
    second.wait_assignment(4, seconds=30)
    second.close()


def test_commits_are_resumed_by_the_next_member(broker):
    topic = "resume"
    create_topic(broker, topic, 1)
    produce(broker, topic, [f"r{index}" for index in range(10)])
    probe = Probe(broker, "resume-g", topic, "probe.commit=sync", "enable.auto.commit=false")
    wait_until(lambda: probe.drain() or len(probe.records) >= 10, "first ten records")
    probe.close()
    produce(broker, topic, [f"r{index}" for index in range(10, 13)])
    again = Probe(broker, "resume-g", topic)
    wait_until(lambda: again.drain() or len(again.records) >= 3, "the three new records")
    assert [value for *_, value in again.records][:3] == ["r10", "r11", "r12"]
    again.close()


def describe_lines(broker, *args):
    result = groups_tool(broker, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout.split("\n")


def test_kconsumer_groups_list_describe_and_lag(broker):
    topic = "described"
    create_topic(broker, topic, 2)
    produce(broker, topic, ["a", "b", "c"], partition=0)
    produce(broker, topic, ["d"], partition=1)
    probe = Probe(broker, "described-g", topic, "probe.commit=sync", "enable.auto.commit=false",
                  "client.id=probe-client")
    probe.wait_assignment(2)
    wait_until(lambda: probe.drain() or len(probe.records) >= 4, "four records")

    listed = groups_tool(broker, "--list")
    assert "described-g" in listed.stdout.splitlines()

    state = describe_lines(broker, "--list", "--state")
    assert state[0] == "GROUP                     STATE               "
    assert "described-g               Stable              " in state

    # Offsets view: committed everything, so lag 0; then two more records make lag 2 on p0.
    def offsets_view():
        lines = describe_lines(broker, "--describe", "--group", "described-g")
        rows = [line for line in lines if line.startswith("described-g")]
        return lines if len(rows) == 2 and all(re.split(r" +", row)[5] == "0" for row in rows) else None
    lines = wait_until(offsets_view, "offsets view with lag 0")
    assert lines[0] == ""
    assert lines[1].startswith("GROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG ")
    assert lines[-1] == ""
    row0 = re.split(r" +", lines[2])
    assert row0[:6] == ["described-g", topic, "0", "3", "3", "0"]
    assert row0[7:] == ["/127.0.0.1", "probe-client"]
    member_id = row0[6]

    probe.close()
    produce(broker, topic, ["e", "f"], partition=0)
    lines = wait_until(lambda: (lambda l: l if any(re.split(r" +", x)[5:6] == ["2"] for x in l if x.startswith("described-g")) else None)(
        describe_lines(broker, "--describe", "--group", "described-g")), "lag 2 after producing")
    rows = [re.split(r" +", line) for line in lines if line.startswith("described-g")]
    assert rows == [["described-g", topic, "0", "3", "5", "2", "-", "-", "-"],
                    ["described-g", topic, "1", "1", "1", "0", "-", "-", "-"]]
    result = groups_tool(broker, "--describe", "--group", "described-g")
    assert "\nConsumer group 'described-g' has no active members.\n" in result.stderr

    members = groups_tool(broker, "--describe", "--group", "described-g", "--members")
    assert members.stdout == ""
    state_view = describe_lines(broker, "--describe", "--group", "described-g", "--state")
    assert re.split(r" +", state_view[2]) == ["described-g", f"127.0.0.1:{broker.port}", "(1)", "Empty", "0"]

    missing = groups_tool(broker, "--describe", "--group", "no-such-group")
    assert missing.stdout == "\nError: Consumer group 'no-such-group' does not exist.\n"
    assert member_id


def test_kconsumer_groups_reset_offsets(broker, tmp_path):
    topic = "resets"
    create_topic(broker, topic, 2)
    produce(broker, topic, [f"x{index}" for index in range(6)], partition=0)
    produce(broker, topic, [f"y{index}" for index in range(4)], partition=1)
    plan = groups_tool(broker, "--reset-offsets", "--group", "reset-g", "--topic", topic, "--to-earliest", "--dry-run")
    assert plan.returncode == 0, plan.stderr
    assert plan.stdout.split("\n") == [
        "",
        "GROUP                          TOPIC                          PARTITION  NEW-OFFSET     ",
        "reset-g                        resets                         0          0              ",
        "reset-g                        resets                         1          0              ",
        ""]
    executed = groups_tool(broker, "--reset-offsets", "--group", "reset-g", "--topic", f"{topic}:0", "--to-offset", "4",
                           "--execute")
    assert executed.returncode == 0, executed.stderr
    assert "reset-g                        resets                         0          4              " in executed.stdout
    shifted = groups_tool(broker, "--reset-offsets", "--group", "reset-g", "--all-topics", "--shift-by", "-1",
                          "--dry-run", "--export")
    assert shifted.stdout == "resets,0,3\n\n"
    clamped = groups_tool(broker, "--reset-offsets", "--group", "reset-g", "--topic", f"{topic}:1", "--to-offset", "99",
                          "--dry-run")
    assert "New offset (99) is higher than latest offset for topic partition resets-1. Value will be set to 4" in clamped.stderr
    csv = tmp_path / "plan.csv"
    csv.write_text("resets,0,2\nresets,1,1\n")
    from_file = groups_tool(broker, "--reset-offsets", "--group", "reset-g", "--from-file", str(csv), "--execute")
    assert from_file.returncode == 0, from_file.stderr
    described = describe_lines(broker, "--describe", "--group", "reset-g")
    rows = [re.split(r" +", line)[:6] for line in described if line.startswith("reset-g")]
    assert rows == [["reset-g", topic, "0", "2", "6", "4"], ["reset-g", topic, "1", "1", "4", "3"]]
    latest = groups_tool(broker, "--reset-offsets", "--group", "reset-g", "--all-topics", "--to-latest", "--dry-run",
                         "--export")
    assert latest.stdout == "resets,0,6\nresets,1,4\n\n"

    probe = Probe(broker, "reset-active", topic)
    probe.wait_assignment(2)
    refused = groups_tool(broker, "--reset-offsets", "--group", "reset-active", "--all-topics", "--to-earliest",
                          "--dry-run")
    assert ("\nError: Assignments can only be reset if the group 'reset-active' is inactive, but the current state is "
            "Stable.\n") in refused.stdout
    probe.close()


def test_kconsumer_groups_delete_and_delete_offsets(broker):
    topic = "deletions"
    create_topic(broker, topic, 1)
    assert groups_tool(broker, "--reset-offsets", "--group", "del-g", "--topic", topic, "--to-earliest",
                       "--execute").returncode == 0
    deleted_offsets = groups_tool(broker, "--delete-offsets", "--group", "del-g", "--topic", topic)
    assert deleted_offsets.stdout.split("\n") == [
        f"Request succeed for deleting offsets with topic {topic} group del-g",
        "",
        "TOPIC                          PARTITION       STATUS         ",
        "deletions                      0               Successful     ",
        ""]
    deleted = groups_tool(broker, "--delete", "--group", "del-g")
    assert deleted.stdout == "Deletion of requested consumer groups ('del-g') was successful.\n"
    again = groups_tool(broker, "--delete", "--group", "del-g")
    assert again.stdout.split("\n")[:3] == [
        "", "Error: Deletion of some consumer groups failed:",
        "* Group 'del-g' could not be deleted due to: java.util.concurrent.ExecutionException: "
        "org.apache.kafka.common.errors.GroupIdNotFoundException: The group id does not exist."]


def test_a_static_member_that_restarts_in_time_gets_its_partitions_back_without_a_rebalance(broker):
    topic = "static"
    create_topic(broker, topic, 4)
    first = Probe(broker, "static-g", topic, "group.instance.id=static-1", "session.timeout.ms=20000")
    first.wait_assignment(4)
    other = Probe(broker, "static-g", topic)
    wait_until(lambda: (first.drain(), other.drain()) and first.assignment and other.assignment
               and len(first.assignment) == 2 and len(other.assignment) == 2, "2 + 2", 60)
    kept = first.assignment
    changes = other.assignment_changes
    first.close()  # a static member sends no LeaveGroup
    again = Probe(broker, "static-g", topic, "group.instance.id=static-1", "session.timeout.ms=20000")
    assert again.wait_assignment(2) == kept
    other.drain()
    # The dynamic member kept its two partitions throughout (no change was ever reported).
    assert other.assignment_changes == changes
    assert len(other.assignment) == 2
    again.close()
    other.close()


def test_kconsumer_groups_members_verbose_and_list_type(broker):
    topic = "members-view"
    create_topic(broker, topic, 3)
    probe = Probe(broker, "members-g", topic, "client.id=members-client")
    probe.wait_assignment(3)
    lines = describe_lines(broker, "--describe", "--group", "members-g", "--members", "--verbose")
    assert lines[0] == ""
    assert re.split(r" +", lines[1]) == ["GROUP", "CONSUMER-ID", "HOST", "CLIENT-ID", "#PARTITIONS", "ASSIGNMENT"]
    row = re.split(r" +", lines[2])
    assert row[0] == "members-g"
    assert row[2:] == ["/127.0.0.1", "members-client", "3", f"{topic}(0,1,2)"]
    assert lines[3:] == [""]
    typed = describe_lines(broker, "--list", "--type", "--state")
    assert re.split(r" +", typed[0].strip()) == ["GROUP", "TYPE", "STATE"]
    assert any(re.split(r" +", line.strip()) == ["members-g", "Classic", "Stable"] for line in typed)
    everything = describe_lines(broker, "--describe", "--all-groups", "--state")
    groups = [line.split(" ")[0] for line in everything if line and not line.startswith("GROUP")]
    assert groups == sorted(groups) and "members-g" in groups
    probe.close()
