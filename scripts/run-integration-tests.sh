#!/usr/bin/env bash
# Runs the pytest suite under Tests/Integration against the binaries in .build/debug.
# pytest's exit code 5 ("no tests collected") is a failure here: a suite that runs nothing is a bug.
set -euo pipefail
cd "$(dirname "$0")/.."
export KAFKA_BUILD_DIR="${KAFKA_BUILD_DIR:-$(swift build --show-bin-path)}"
python3 -m pytest -q Tests/Integration "$@"
