"""ktopics against a real kserver-start: every flag, output compared line by line with the
layouts of ../shared/tools-spec/ktopics.md, and the invalid combinations (Kafka's message and a
non-zero exit)."""
import re
import subprocess

import pytest

from broker import running_broker

WARNING_COLLISION = ("WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') "
                     "could collide. To avoid issues it is best to use either, but not both.")
TOPIC_ID = r"[A-Za-z0-9_-]{22}"


@pytest.fixture(scope="module")
def broker(bin_dir, tmp_path_factory):
    yield from running_broker(bin_dir, tmp_path_factory.mktemp("ktopics"), overrides={"num.partitions": "2"})


def ktopics(broker, *args, bootstrap=True, timeout=60):
    command = [str(broker.bin_dir / "ktopics")]
    if bootstrap:
        command += ["--bootstrap-server", broker.bootstrap]
    return subprocess.run(command + [str(arg) for arg in args], capture_output=True, text=True, timeout=timeout)


def ok(broker, *args):
    result = ktopics(broker, *args)
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


def fails_at_runtime(broker, *args, message):
    result = ktopics(broker, *args)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stdout.splitlines()[-1] == f"Error while executing topic command : {message}"
    assert " ERROR " in result.stderr
    return result


def usage_error(broker, *args, message, bootstrap=True):
    result = ktopics(broker, *args, bootstrap=bootstrap)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == message
    assert lines[1].startswith("Option") and "Description" in lines[1]
    return result


def describe_lines(broker, *args):
    return ok(broker, "--describe", *args).splitlines()


def test_create_list_describe_and_delete(broker):
    assert ok(broker, "--create", "--topic", "orders", "--partitions", "3", "--replication-factor", "1") == \
        "Created topic orders.\n"
    assert "orders" in ok(broker, "--list").splitlines()
    lines = describe_lines(broker, "--topic", "orders")
    assert re.fullmatch(rf"Topic: orders\tTopicId: {TOPIC_ID}\tPartitionCount: 3\tReplicationFactor: 1\tConfigs: ",
                        lines[0]), lines[0]
    assert lines[1:] == [f"\tTopic: orders\tPartition: {p}\tLeader: 1\tReplicas: 1\tIsr: 1\tElr: N/A\tLastKnownElr: N/A"
                         for p in range(3)] or \
        lines[1:] == [f"\tTopic: orders\tPartition: {p}\tLeader: 1\tReplicas: 1\tIsr: 1\tElr: \tLastKnownElr: "
                      for p in range(3)]
    assert ok(broker, "--delete", "--topic", "orders") == ""
    deadline_lines = ok(broker, "--list").splitlines()
    assert "orders" not in deadline_lines


def test_create_uses_broker_defaults_and_configs(broker):
    ok(broker, "--create", "--topic", "defaults")
    lines = describe_lines(broker, "--topic", "defaults")
    assert "\tPartitionCount: 2\tReplicationFactor: 1\t" in lines[0]
    ok(broker, "--create", "--topic", "configured", "--config", "retention.ms=1000", "--config",
       " cleanup.policy = compact")
    summary = describe_lines(broker, "--topic", "configured")[0]
    assert summary.endswith("\tConfigs: cleanup.policy=compact,retention.ms=1000"), summary


def test_names_with_period_or_underscore_warn(broker):
    assert ok(broker, "--create", "--topic", "with.period").splitlines() == [
        WARNING_COLLISION, "Created topic with.period."]


def test_create_existing_fails_unless_if_not_exists(broker):
    ok(broker, "--create", "--topic", "twice")
    fails_at_runtime(broker, "--create", "--topic", "twice", message="Topic 'twice' already exists.")
    assert ok(broker, "--create", "--topic", "twice", "--if-not-exists") == ""


def test_replica_assignment_on_create_and_alter(broker):
    ok(broker, "--create", "--topic", "assigned", "--replica-assignment", "1,1")
    lines = describe_lines(broker, "--topic", "assigned")
    assert "\tPartitionCount: 2\tReplicationFactor: 1\t" in lines[0]
    assert ok(broker, "--alter", "--topic", "assigned", "--partitions", "3", "--replica-assignment", "1,1,1") == ""
    assert "\tPartitionCount: 3\t" in describe_lines(broker, "--topic", "assigned")[0]


def test_alter_raises_the_partition_count_and_reports_broker_errors(broker):
    ok(broker, "--create", "--topic", "grow", "--partitions", "1")
    assert ok(broker, "--alter", "--topic", "grow", "--partitions", "4") == ""
    assert "\tPartitionCount: 4\t" in describe_lines(broker, "--topic", "grow")[0]
    fails_at_runtime(broker, "--alter", "--topic", "grow", "--partitions", "4",
                     message="Topic already has 4 partition(s).")
    fails_at_runtime(broker, "--alter", "--topic", "grow", "--partitions", "2",
                     message="The topic grow currently has 4 partition(s); 2 would not be an increase.")


def test_regex_topic_selection_and_if_exists(broker):
    for name in ("rx-a", "rx-b", "rxc"):
        ok(broker, "--create", "--topic", name, "--partitions", "1")
    assert ok(broker, "--list", "--topic", "rx-.*") == "rx-a\nrx-b\n"
    assert ok(broker, "--list", "--topic", "rx-a, rxc") == "rx-a\nrxc\n"
    # Whole-name match: "rx" alone matches nothing, and an empty selection prints one empty line.
    assert ok(broker, "--list", "--topic", "rx") == "\n"
    summaries = [line for line in describe_lines(broker, "--topic", "rx.*") if line.startswith("Topic:")]
    assert [line.split("\t")[0] for line in summaries] == ["Topic: rx-a", "Topic: rx-b", "Topic: rxc"]
    fails_at_runtime(broker, "--describe", "--topic", "missing", message="Topic 'missing' does not exist as expected")
    fails_at_runtime(broker, "--alter", "--topic", "missing", "--partitions", "3",
                     message="Topic 'missing' does not exist as expected")
    fails_at_runtime(broker, "--delete", "--topic", "missing", message="Topic 'missing' does not exist as expected")
    assert ok(broker, "--describe", "--topic", "missing", "--if-exists") == ""
    assert ok(broker, "--alter", "--topic", "missing", "--partitions", "3", "--if-exists") == ""
    assert ok(broker, "--delete", "--topic", "missing", "--if-exists") == ""
    fails_at_runtime(broker, "--list", "--topic", "rx(", message="rx( is an invalid regex.")
    assert ok(broker, "--delete", "--topic", "rx.*") == ""
    assert [n for n in ok(broker, "--list").splitlines() if n.startswith("rx")] == []


def test_internal_topics_are_listed_unless_excluded(broker):
    # kcat-free way to get __consumer_offsets: create it as a client would not; use the admin path.
    listed = ok(broker, "--list").splitlines()
    excluded = ok(broker, "--list", "--exclude-internal").splitlines()
    assert all(not name.startswith("__consumer_offsets") for name in excluded)
    assert set(excluded) <= set(listed)
    assert listed == sorted(listed)


def test_describe_by_topic_id(broker):
    ok(broker, "--create", "--topic", "by-id", "--partitions", "1")
    summary = describe_lines(broker, "--topic", "by-id")[0]
    topic_id = re.search(rf"TopicId: ({TOPIC_ID})", summary).group(1)
    lines = describe_lines(broker, "--topic-id", topic_id)
    assert lines[0] == summary
    assert lines[1] == "\tTopic: by-id\tPartition: 0\tLeader: 1\tReplicas: 1\tIsr: 1\tElr: N/A\tLastKnownElr: N/A"
    fails_at_runtime(broker, "--describe", "--topic-id", "AAAAAAAAAAAAAAAAAAAAAQ",
                     message="TopicId 'AAAAAAAAAAAAAAAAAAAAAQ' does not exist as expected")
    both = ktopics(broker, "--describe", "--if-exists", "--topic", "whatever", "--topic-id", topic_id)
    assert both.returncode == 0
    assert both.stdout.splitlines()[0] == ("Only topic id will be used when both --topic and --topic-id are "
                                           "specified and topicId is not Uuid.ZERO_UUID")
    assert both.stdout.splitlines()[1] == summary


def test_partition_filters_and_topics_with_overrides(broker):
    ok(broker, "--create", "--topic", "filtered", "--partitions", "2")
    ok(broker, "--create", "--topic", "overridden", "--partitions", "1", "--config", "min.insync.replicas=1")
    # A healthy single-broker cluster: nothing under-replicated, unavailable or under min ISR.
    for flag in ("--under-replicated-partitions", "--unavailable-partitions", "--under-min-isr-partitions"):
        assert ok(broker, "--describe", "--topic", "filtered", flag) == ""
    # ISR size 1 == min.insync.replicas 1: every partition, without the summary line.
    assert describe_lines(broker, "--topic", "filtered", "--at-min-isr-partitions") == [
        f"\tTopic: filtered\tPartition: {p}\tLeader: 1\tReplicas: 1\tIsr: 1\tElr: N/A\tLastKnownElr: N/A"
        for p in range(2)]
    lines = describe_lines(broker, "--topic", "filtered|overridden", "--topics-with-overrides")
    assert len(lines) == 1 and lines[0].startswith("Topic: overridden\t")
    assert lines[0].endswith("\tConfigs: min.insync.replicas=1")


def test_partition_size_limit_per_response_is_accepted(broker):
    ok(broker, "--create", "--topic", "paged", "--partitions", "3")
    assert len(describe_lines(broker, "--topic", "paged", "--partition-size-limit-per-response", "1")) == 4


def test_command_config_is_read(broker, tmp_path):
    config = tmp_path / "admin.properties"
    config.write_text("bootstrap.servers=127.0.0.1:1\nclient.id=ktopics-test\n")
    # --bootstrap-server wins over the file's bootstrap.servers.
    ok(broker, "--create", "--topic", "via-config", "--command-config", config)
    assert "via-config" in ok(broker, "--list", "--command-config", config).splitlines()
    absent = ktopics(broker, "--list", "--command-config", tmp_path / "absent.properties")
    assert absent.returncode == 1
    assert absent.stdout.startswith("Error while executing topic command : ")
    assert "absent.properties" in absent.stdout


def test_delete_config_is_deprecated_and_ignored(broker):
    result = ktopics(broker, "--list", "--delete-config", "retention.ms")
    assert result.returncode == 0
    assert result.stderr.splitlines()[0] == ("delete-config option is no longer supported and deprecated since "
                                             "version 4.0. The config will be fully removed in future releases.")


@pytest.mark.parametrize("args,message", [
    (["--create", "--topic", "bad-rf", "--replication-factor", "0"],
     "The replication factor must be between 1 and 32767 inclusive"),
    (["--create", "--topic", "bad-rf", "--replication-factor", "40000"],
     "The replication factor must be between 1 and 32767 inclusive"),
    (["--create", "--topic", "bad-p", "--partitions", "0"], "The partitions must be greater than 0"),
    (["--create", "--topic", "bad-c", "--config", "retention.ms"],
     'requirement failed: Invalid topic config: all configs to be added must be in the format "key=val".'),
    (["--create", "--topic", "bad-c", "--config", "nope=1"], "Unknown topic config name: nope"),
    (["--create", "--topic", "bad-c", "--config", "retention.ms=abc"],
     "Invalid value abc for configuration retention.ms: Not a number of type LONG"),
    (["--create", "--topic", "bad-a", "--replica-assignment", "1:1"],
     "Partition replica lists may not contain duplicate entries: 1"),
    (["--create", "--topic", "bad-a", "--replica-assignment", "1,1:2"],
     "Partition 1 has different replication factor: [1, 2]"),
    (["--create", "--topic", "bad-a", "--replica-assignment", "1,x"], 'For input string: "x"'),
    (["--create", "--topic", "rf-too-big", "--replication-factor", "3"],
     "Unable to replicate the partition 3 time(s): The target replication factor of 3 cannot be reached because "
     "only 1 broker(s) are registered."),
    (["--create", "--topic", "a b"],
     "Topic name is invalid: 'a b' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'"),
])
def test_create_errors(broker, args, message):
    fails_at_runtime(broker, *args, message=message)


@pytest.mark.parametrize("args,message", [
    ([], "Command must include exactly one action: --list, --describe, --create, --alter or --delete"),
    (["--list", "--delete"], "Command must include exactly one action: --list, --describe, --create, --alter or --delete"),
    (["--describe", "--if-exists"], "--topic or --topic-id is required to describe a topic"),
    (["--create"], 'Missing required argument "[topic]"'),
    (["--alter", "--topic", "t"], 'Missing required argument "[partitions]"'),
    (["--alter", "--topic", "t", "--partitions", "2", "--config", "a=b"],
     'Option combination "[[bootstrap-server], [config]]" can\'t be used with option "[alter]" '
     "(To alter topic configurations, the kafka-configs tool can be used.)"),
    (["--list", "--partitions", "2"], 'Option "[partitions]" can\'t be used with option "[list]"'),
    (["--alter", "--topic", "t", "--partitions", "2", "--replication-factor", "1"],
     'Option "[replication-factor]" can\'t be used with option "[alter]"'),
    (["--create", "--topic", "t", "--replica-assignment", "1", "--partitions", "1"],
     'Option "[replica-assignment]" can\'t be used with option "[partitions]"'),
    (["--describe", "--under-replicated-partitions", "--topics-with-overrides"],
     'Option "[under-replicated-partitions]" can\'t be used with option "[topics-with-overrides]"'),
    (["--list", "--unavailable-partitions"], 'Option "[unavailable-partitions]" can\'t be used with option "[list]"'),
    (["--list", "--topics-with-overrides"], 'Option "[topics-with-overrides]" can\'t be used with option "[list]"'),
    (["--list", "--if-exists"], 'Option "[if-exists]" can\'t be used with option "[list]"'),
    (["--delete", "--topic", "t", "--if-not-exists"], 'Option "[if-not-exists]" can\'t be used with option "[delete]"'),
    (["--create", "--topic", "t", "--exclude-internal"],
     'Option "[exclude-internal]" can\'t be used with option "[create]"'),
])
def test_invalid_combinations_print_usage(broker, args, message):
    usage_error(broker, *args, message=message)


def test_no_arguments_help_version_and_parse_errors(broker):
    usage_error(broker, message="Create, delete, describe, or change a topic.", bootstrap=False)
    usage_error(broker, "--help", message="This tool helps to create, delete, describe, or change a topic.",
                bootstrap=False)
    version = ktopics(broker, "--version", bootstrap=False)
    assert (version.returncode, version.stdout) == (0, "4.0.0\n")
    missing = ktopics(broker, "--list", bootstrap=False)
    assert (missing.returncode, missing.stderr) == (1, "--bootstrap-server must be specified\n")
    zookeeper = ktopics(broker, "--zookeeper", "localhost:2181", "--list", bootstrap=False)
    assert (zookeeper.returncode, zookeeper.stderr) == (1, "zookeeper is not a recognized option\n")
    bad_int = ktopics(broker, "--create", "--topic", "t", "--partitions", "many")
    assert (bad_int.returncode, bad_int.stderr) == (1, "Cannot parse argument 'many' of option partitions\n")
    no_value = ktopics(broker, "--list", "--topic")
    assert (no_value.returncode, no_value.stderr) == (1, "Option topic requires an argument\n")
