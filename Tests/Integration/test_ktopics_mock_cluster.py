"""ktopics against librdkafka's mock cluster, a second, independent broker implementation: it has
no admin APIs beyond Metadata, so --list and --describe must work from Metadata alone."""
import re
import subprocess

import pytest

import mock_cluster
from mock_cluster import MockCluster

pytestmark = pytest.mark.skipif(not mock_cluster.available(), reason="needs a C compiler and librdkafka-dev")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    mock = MockCluster(mock_cluster.compile_helper(tmp_path_factory.mktemp("mock-cluster")), brokers=3)
    mock.command("topic mock-orders 4 3")
    mock.command("topic mock-events 1 1")
    yield mock
    mock.stop()


def ktopics(bin_dir, cluster, *args):
    result = subprocess.run([str(bin_dir / "ktopics"), "--bootstrap-server", cluster.bootstrap, *args],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


def test_list(bin_dir, cluster):
    listed = ktopics(bin_dir, cluster, "--list").splitlines()
    assert "mock-events" in listed and "mock-orders" in listed
    assert listed == sorted(listed)
    assert ktopics(bin_dir, cluster, "--list", "--topic", "mock-o.*") == "mock-orders\n"


def test_describe(bin_dir, cluster):
    lines = ktopics(bin_dir, cluster, "--describe", "--topic", "mock-orders").splitlines()
    assert re.fullmatch(r"Topic: mock-orders(\tTopicId: [A-Za-z0-9_-]{22})?\tPartitionCount: 4\t"
                        r"ReplicationFactor: 3\tConfigs: ", lines[0]), lines[0]
    assert len(lines) == 5
    for partition, line in enumerate(lines[1:]):
        match = re.fullmatch(rf"\tTopic: mock-orders\tPartition: {partition}\tLeader: (\d)\tReplicas: (\d,\d,\d)\t"
                             r"Isr: (\d,\d,\d)\tElr: N/A\tLastKnownElr: N/A", line)
        assert match, line
        assert match.group(1) in match.group(2).split(",")
    # Every replica is in sync and every leader is a live broker.
    assert ktopics(bin_dir, cluster, "--describe", "--under-replicated-partitions", "--unavailable-partitions") == ""
