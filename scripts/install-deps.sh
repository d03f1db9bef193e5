#!/usr/bin/env bash
# Installs what the build (and, with --test, the tests) need, idempotently: a package already
# present is left alone, so a second run costs one dpkg query and one pip check.
# (libz-dev is a virtual package in Debian; zlib1g-dev is the one dpkg reports as installed.)
set -euo pipefail

build_packages=(zlib1g-dev liblz4-dev libsnappy-dev libzstd-dev pkg-config)
test_packages=(kcat librdkafka-dev mandoc zsh fish)
python_packages=(confluent-kafka kafka-python pytest python-snappy lz4 zstandard crc32c)

want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

packages=("${build_packages[@]}")
((want_tests)) && packages+=("${test_packages[@]}")

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done

if ((${#missing[@]})); then
    echo "install-deps: installing ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ((want_tests)); then
    python3 - "${python_packages[@]}" <<'PY' || python3 -m pip install -q --disable-pip-version-check "${python_packages[@]}"
import importlib.metadata, sys
missing = []
for name in sys.argv[1:]:
    try:
        importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        missing.append(name)
sys.exit(1 if missing else 0)
PY
fi
