#!/usr/bin/env python3
"""Start-up time of the tools: `ktopics --version` and `ktopics --list` against a local
kserver-start, median (and min/max) of RUNS runs each, wall clock per process. Kafka's JVM tools
take one to two seconds for the same commands.

    python3 scripts/bench-tools.py [--runs 30] [--build-dir .build/release]
"""
import argparse
import pathlib
import signal
import statistics
import subprocess
import sys
import tempfile
import time

REPO = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "Tests" / "Integration"))
from broker import Broker  # noqa: E402


def timed(command, runs):
    durations = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        durations.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise SystemExit(f"{command} exited {result.returncode}: {result.stderr}")
    return durations


def report(label, durations):
    ms = [d * 1000 for d in durations]
    print(f"{label:<40} median {statistics.median(ms):7.1f} ms   min {min(ms):7.1f}   max {max(ms):7.1f}"
          f"   ({len(ms)} runs)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--build-dir", default=str(REPO / ".build" / "release"))
    args = parser.parse_args()
    bin_dir = pathlib.Path(args.build_dir)
    ktopics = str(bin_dir / "ktopics")
    with tempfile.TemporaryDirectory() as directory:
        broker = Broker(bin_dir, pathlib.Path(directory))
        broker.format()
        broker.start()
        try:
            for index in range(10):
                subprocess.run([ktopics, "--bootstrap-server", broker.bootstrap, "--create", "--topic",
                                f"bench-{index}", "--partitions", "3"], check=True, capture_output=True)
            report("ktopics --version", timed([ktopics, "--version"], args.runs))
            report("ktopics --list (10 topics)",
                   timed([ktopics, "--bootstrap-server", broker.bootstrap, "--list"], args.runs))
            report("ktopics --describe --topic bench-0",
                   timed([ktopics, "--bootstrap-server", broker.bootstrap, "--describe", "--topic", "bench-0"],
                         args.runs))
        finally:
            broker.stop(signal.SIGKILL)


if __name__ == "__main__":
    main()
