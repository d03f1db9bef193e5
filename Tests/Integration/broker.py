"""Starting a real kserver-start for the integration tests: temp dir, free ports, formatted
storage, and waits on log lines with deadlines (never fixed sleeps)."""
import os
import pathlib
import signal
import socket
import subprocess
import time


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Broker:
    def __init__(self, bin_dir: pathlib.Path, directory: pathlib.Path, overrides=None):
        self.bin_dir = bin_dir
        self.directory = directory
        self.port = free_port()
        self.controller_port = free_port()
        self.data = directory / "data"
        self.config = directory / "server.properties"
        self.log_path = directory / "server.log"
        self.process = None
        properties = {
            "process.roles": "broker,controller",
            "node.id": "1",
            "controller.quorum.voters": f"1@127.0.0.1:{self.controller_port}",
            "listeners": f"PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{self.controller_port}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{self.controller_port}",
            "controller.listener.names": "CONTROLLER",
            "log.dirs": str(self.data),
            "offsets.topic.replication.factor": "1",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
        }
        properties.update(overrides or {})
        self.config.write_text("".join(f"{key}={value}\n" for key, value in properties.items()))

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def tool(self, name, *args, check=True, timeout=60):
        result = subprocess.run([str(self.bin_dir / name), *map(str, args)], capture_output=True, text=True,
                                timeout=timeout)
        if check and result.returncode != 0:
            raise AssertionError(f"{name} {args} exited {result.returncode}: {result.stderr}")
        return result

    def format(self, cluster_id="test-cluster-id"):
        return self.tool("kstorage", "format", "-t", cluster_id, "-c", self.config)

    def start(self, wait=True):
        # Only lines written by this run count when waiting.
        self.log_start = len(self.log_path.read_bytes()) if self.log_path.exists() else 0
        self.log_file = open(self.log_path, "a")
        self.process = subprocess.Popen([str(self.bin_dir / "kserver-start"), str(self.config)],
                                        stdout=self.log_file, stderr=subprocess.STDOUT)
        if wait:
            self.wait_for_log("Kafka Server started")
        return self

    def log_text(self, whole=False) -> str:
        if not self.log_path.exists():
            return ""
        data = self.log_path.read_bytes()
        return data.decode(errors="replace") if whole else data[getattr(self, "log_start", 0):].decode(errors="replace")

    def wait_for_log(self, text, deadline_seconds=60):
        deadline = time.monotonic() + deadline_seconds
        while time.monotonic() < deadline:
            if text in self.log_text():
                return
            if self.process is not None and self.process.poll() is not None:
                raise AssertionError(f"broker exited {self.process.returncode} before '{text}':\n{self.log_text()}")
            time.sleep(0.05)
        raise AssertionError(f"no '{text}' within {deadline_seconds}s:\n{self.log_text()}")

    def stop(self, sig=signal.SIGTERM, timeout=60) -> int:
        if self.process is None:
            return 0
        if self.process.poll() is None:
            self.process.send_signal(sig)
        code = self.process.wait(timeout=timeout)
        self.process = None
        self.log_file.close()
        return code


def running_broker(bin_dir: pathlib.Path, directory: pathlib.Path, overrides=None):
    """Formats and starts a broker for a pytest fixture to `yield from`; afterwards it is killed
    outright, since its data directory is temporary."""
    node = Broker(bin_dir, directory, overrides)
    node.format()
    node.start()
    try:
        yield node
    finally:
        node.stop(signal.SIGKILL)
