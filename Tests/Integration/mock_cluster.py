"""librdkafka's mock cluster (an independent Kafka implementation) as a pytest helper: compiles
Tests/MockCluster/mock_cluster.c with `cc -lrdkafka` into a temp dir, starts it, and reads its
bootstrap address from the first line of its output."""
import pathlib
import select
import subprocess
import time

SOURCE = pathlib.Path(__file__).resolve().parents[1] / "MockCluster" / "mock_cluster.c"


class MockCluster:
    def __init__(self, directory: pathlib.Path, brokers=3):
        binary = directory / "mock_cluster"
        subprocess.run(["cc", str(SOURCE), "-o", str(binary), "-lrdkafka"], check=True, capture_output=True)
        self.process = subprocess.Popen([str(binary), str(brokers)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True, bufsize=1)
        self.bootstrap = self._read_line(deadline_seconds=30)

    def _read_line(self, deadline_seconds=10) -> str:
        deadline = time.monotonic() + deadline_seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.process.stdout], [], [], 0.1)
            if ready:
                line = self.process.stdout.readline()
                if not line:
                    raise AssertionError(f"mock cluster exited {self.process.poll()}")
                return line.strip()
        raise AssertionError(f"no output from the mock cluster within {deadline_seconds}s")

    def command(self, text: str):
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()
        answer = self._read_line()
        assert answer == "ok", f"{text}: {answer}"

    def stop(self):
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
