#!/usr/bin/env bash
# `make start`: a single-node broker on localhost:9092 with its data under ./data. Formats ./data
# on first use (as `kstorage format` would by hand), then runs the broker in the foreground.
set -euo pipefail
cd "$(dirname "$0")/.."
bin_dir="$(swift build -c release --show-bin-path)"
config=config/server.properties
if [ ! -f data/meta.properties ]; then
    "$bin_dir/kstorage" format --cluster-id "$("$bin_dir/kstorage" random-uuid)" --config "$config"
fi
exec "$bin_dir/kserver-start" "$config"
