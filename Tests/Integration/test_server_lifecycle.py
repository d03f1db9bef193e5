"""kserver-start and kstorage as processes: formatting, refusal of unformatted dirs, clean and
unclean shutdowns, configuration errors."""
import signal
import subprocess

import pytest

from broker import Broker


@pytest.fixture
def broker(bin_dir, tmp_path):
    node = Broker(bin_dir, tmp_path)
    yield node
    node.stop(signal.SIGKILL)


def test_an_unformatted_directory_is_refused_with_kafkas_message(broker):
    broker.start(wait=False)
    code = broker.process.wait(timeout=60)
    assert code == 1
    assert f"No `meta.properties` found in {broker.data}" in broker.log_text()
    assert "Exiting Kafka due to fatal exception during startup." in broker.log_text()


def test_format_then_start_then_sigterm_leaves_a_clean_shutdown_marker(broker):
    result = broker.format()
    assert result.stdout == f"Formatting metadata directory {broker.data} with metadata.version 4.0-IV0.\n"
    broker.start()
    assert "[KafkaRaftServer nodeId=1] Kafka Server started (kafka.server.KafkaRaftServer)" in broker.log_text()
    assert broker.stop() == 0
    assert (broker.data / ".kafka_cleanshutdown").exists()
    assert (broker.data / "__cluster_metadata-0" / "00000000000000000000.log").exists()
    # A second start replays the metadata written by the first (broker registration).
    broker.start()
    assert "Replayed the metadata log up to offset -1" not in broker.log_text()
    assert broker.stop() == 0


def test_a_node_killed_with_sigkill_starts_again(broker):
    broker.format()
    broker.start()
    broker.stop(signal.SIGKILL)
    assert not (broker.data / ".kafka_cleanshutdown").exists()
    broker.start()
    assert broker.stop() == 0


def test_formatting_twice_needs_ignore_formatted(broker):
    broker.format()
    again = broker.tool("kstorage", "format", "-t", "test-cluster-id", "-c", broker.config, check=False)
    assert again.returncode == 1
    assert again.stderr.strip() == (f"Log directory {broker.data} is already formatted. Use --ignore-formatted to "
                                    "ignore this directory and format the others.")
    ignored = broker.tool("kstorage", "format", "-t", "test-cluster-id", "-c", broker.config, "--ignore-formatted")
    assert ignored.stdout == "All of the log directories are already formatted.\n"
    info = broker.tool("kstorage", "info", "-c", broker.config)
    assert info.stdout.startswith(f"Found log directory:\n  {broker.data}\n\nFound metadata: {{cluster.id=test-cluster-id, ")


def test_an_invalid_property_is_named_and_exits_1(bin_dir, tmp_path):
    node = Broker(bin_dir, tmp_path, overrides={"num.partitions": "many"})
    result = subprocess.run([str(bin_dir / "kserver-start"), str(node.config)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 1
    assert "Invalid value many for configuration num.partitions: Not a number of type INT" in result.stdout


def test_random_uuid_prints_a_kafka_uuid(bin_dir):
    result = subprocess.run([str(bin_dir / "kstorage"), "random-uuid"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0
    assert len(result.stdout.strip()) == 22 and not result.stdout.startswith("-")
