#!/usr/bin/env bash
# `make start`: formats ./data on first use and runs the broker in the foreground.
set -euo pipefail
cd "$(dirname "$0")/.."
bin_dir="$(swift build -c release --show-bin-path)"
if [ ! -x "$bin_dir/kserver-start" ]; then
    echo "make start: the broker (kserver-start, issue 4) is not built yet; only the protocol layer exists so far." >&2
    exit 1
fi
