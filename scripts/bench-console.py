#!/usr/bin/env python3
"""Round trip of a large text file through kconsole-producer and kconsole-consumer against a local
kserver-start, with the release binaries: producer MB/s, consumer MB/s, checksum equality, and the
peak RSS of each tool (os.wait4's ru_maxrss). Figures are printed, never asserted.

    python3 scripts/bench-console.py [--size-mb 1024] [--bin-dir .build/release] [--broker-bin-dir DIR] [--keep]

Build the release binaries first (`make bench-console` does). The broker runs in a temp dir on free
ports; its data goes there too, so the disk needs room for the file twice plus the log.
"""
import argparse
import pathlib
import shutil
import signal
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "Tests" / "Integration"))

from broker import Broker  # noqa: E402
from console import consumer_args, producer_args, run_measured, sha256, write_text_file  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=int, default=1024, help="input size in MiB (default 1024)")
    parser.add_argument("--bin-dir", type=pathlib.Path, default=REPO / ".build" / "release")
    parser.add_argument("--broker-bin-dir", type=pathlib.Path, default=None,
                        help="where kserver-start and kstorage are (default: --bin-dir)")
    parser.add_argument("--batch-size", default="262144", help="kconsole-producer --batch-size (default 262144)")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir")
    options = parser.parse_args()

    work = pathlib.Path(tempfile.mkdtemp(prefix="bench-console-"))
    broker = Broker(options.broker_bin_dir or options.bin_dir, work, overrides={"num.partitions": "1"})
    try:
        source = work / "input.txt"
        lines = write_text_file(source, options.size_mb * 1024 * 1024)
        megabytes = source.stat().st_size / 1e6
        print(f"input: {megabytes:.0f} MB, {lines} lines of 1..2000 bytes")
        broker.format()
        broker.start()
        producer = run_measured(
            [options.bin_dir / "kconsole-producer",
             *producer_args(broker.bootstrap, "bench", "--timeout", "5", "--batch-size", options.batch_size)],
            stdin_path=source, timeout=3600)
        if producer.code != 0:
            print(f"producer failed ({producer.code}): {producer.error_text[-2000:]}")
            return 1
        output = work / "output.txt"
        consumer = run_measured(
            [options.bin_dir / "kconsole-consumer", *consumer_args(broker.bootstrap, "bench", lines)],
            stdout_path=output, timeout=3600)
        if consumer.code != 0:
            print(f"consumer failed ({consumer.code}): {consumer.error_text[-2000:]}")
            return 1
        same = sha256(source) == sha256(output)
        print(f"kconsole-producer: {producer.seconds:.1f} s, {megabytes / producer.seconds:.1f} MB/s, "
              f"peak RSS {producer.peak_rss_kib / 1024:.0f} MiB (--batch-size {options.batch_size} --timeout 5)")
        print(f"kconsole-consumer: {consumer.seconds:.1f} s, {megabytes / consumer.seconds:.1f} MB/s, "
              f"peak RSS {consumer.peak_rss_kib / 1024:.0f} MiB")
        print(f"checksums (sha256) {'equal' if same else 'DIFFER'}")
        return 0 if same else 1
    finally:
        broker.stop(signal.SIGTERM)
        if options.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
