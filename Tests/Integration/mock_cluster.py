"""librdkafka's mock cluster (Tests/MockCluster/mock_cluster.c) for the integration tests: compiled
with cc into a temp dir once per session, started as a child, driven by one command per line."""
import pathlib
import select
import shutil
import subprocess
import time

SOURCE = pathlib.Path(__file__).resolve().parents[1] / "MockCluster" / "mock_cluster.c"


def available() -> bool:
    return shutil.which("cc") is not None and pathlib.Path("/usr/include/librdkafka/rdkafka_mock.h").exists()


def compile_helper(directory: pathlib.Path) -> pathlib.Path:
    output = directory / "mock_cluster"
    result = subprocess.run(["cc", str(SOURCE), "-o", str(output), "-lrdkafka"], capture_output=True, text=True,
                            timeout=120)
    if result.returncode != 0:
        raise AssertionError(f"compiling mock_cluster.c failed: {result.stderr}")
    return output


class MockCluster:
    def __init__(self, executable: pathlib.Path, brokers: int = 1):
        self.process = subprocess.Popen([str(executable), str(brokers)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, bufsize=1)
        self.bootstrap = self._line(20)

    def _line(self, seconds: float) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.process.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if ready:
                line = self.process.stdout.readline()
                if not line:
                    break
                return line.strip()
        raise AssertionError("the mock cluster did not answer in time")

    def command(self, line: str):
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        answer = self._line(20)
        assert answer == "ok", f"mock cluster: '{line}' answered '{answer}'"

    def stop(self):
        self.process.stdin.close()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
