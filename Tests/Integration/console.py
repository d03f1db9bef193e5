"""Running kconsole-producer and kconsole-consumer from the integration tests: argument lists,
bounded waits, and peak memory of a finished child (os.wait4's ru_maxrss)."""
import hashlib
import os
import pathlib
import random
import subprocess
import time


class ToolRun:
    """The outcome of one tool process: exit code, output, and peak resident set size in KiB."""

    def __init__(self, code, stdout, stderr, peak_rss_kib=0, seconds=0.0):
        self.code = code
        self.stdout = stdout
        self.stderr = stderr
        self.peak_rss_kib = peak_rss_kib
        self.seconds = seconds

    @property
    def text(self) -> str:
        return self.stdout.decode(errors="replace")

    @property
    def error_text(self) -> str:
        return self.stderr.decode(errors="replace")

    def __repr__(self):
        return f"ToolRun(code={self.code}, stdout={self.stdout[:300]!r}, stderr={self.stderr[:2000]!r})"


def run_tool(bin_dir: pathlib.Path, name: str, *args, input_bytes: bytes = b"", timeout: float = 90) -> ToolRun:
    """Runs a tool to completion with `input_bytes` on stdin."""
    started = time.monotonic()
    result = subprocess.run([str(bin_dir / name), *map(str, args)], input=input_bytes, capture_output=True,
                            timeout=timeout)
    return ToolRun(result.returncode, result.stdout, result.stderr, seconds=time.monotonic() - started)


def run_measured(argv, stdin_path=None, stdout_path=None, timeout: float = 1800) -> ToolRun:
    """Runs a process with files as stdin/stdout and reports its own peak RSS (not the test's)."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    stdout = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    stderr_path = pathlib.Path(str(stdout_path or stdin_path or "/tmp/run") + f".{os.getpid()}.stderr")
    stderr = open(stderr_path, "wb")
    started = time.monotonic()
    try:
        process = subprocess.Popen([str(part) for part in argv], stdin=stdin, stdout=stdout, stderr=stderr)
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid == process.pid:
                break
            if time.monotonic() > deadline:
                process.kill()
                os.wait4(process.pid, 0)
                raise AssertionError(f"{argv[0]} did not finish within {timeout}s")
            time.sleep(0.02)
        # The Popen object must not reap the child again.
        process.returncode = os.waitstatus_to_exitcode(status)
    finally:
        for handle in (stdin, stdout, stderr):
            if hasattr(handle, "close"):
                handle.close()
    seconds = time.monotonic() - started
    error = stderr_path.read_bytes()
    stderr_path.unlink()
    # Linux reports ru_maxrss in KiB.
    return ToolRun(process.returncode, b"", error, peak_rss_kib=usage.ru_maxrss, seconds=seconds)


def producer_args(broker_bootstrap: str, topic: str, *extra):
    return ["--bootstrap-server", broker_bootstrap, "--topic", topic, *extra]


def consumer_args(broker_bootstrap: str, topic: str, count: int, *extra):
    """Arguments that read `count` records from the beginning of partition 0 and then stop; the
    long timeout only bounds a failure (a short --timeout-ms made earlier tests flaky)."""
    return ["--bootstrap-server", broker_bootstrap, "--topic", topic, "--partition", "0", "--offset", "earliest",
            "--max-messages", str(count), "--timeout-ms", "30000", *extra]


def write_text_file(path, size: int) -> int:
    """Lines of printable text of varied length (no \\r: it ends a line too); returns the line count."""
    generator = random.Random(42)
    alphabet = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-_/\t"
    block = bytes(generator.choice(alphabet) for _ in range(1 << 16))
    written = 0
    count = 0
    with open(path, "wb") as handle:
        while written < size:
            length = generator.randint(1, 2000)
            start = generator.randint(0, len(block) - length)
            line = block[start:start + length] + b"\n"
            handle.write(line)
            written += len(line)
            count += 1
    return count


def sha256(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
