#!/usr/bin/env bash
# `make install PREFIX=... [BUILD_DIR=...]`: release binaries in PREFIX/bin with Kafka-named
# symlinks (kafka-topics.sh -> ktopics, from bin/'s aliases), man pages in PREFIX/share/man/man1,
# and completions where bash-completion, zsh and fish look for them. BUILD_DIR (default: a fresh
# release build) lets a test install the debug binaries without building again.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:?usage: install.sh PREFIX [BUILD_DIR]}
build_dir=${2:-}
if [ -z "$build_dir" ]; then
    swift build -c release
    build_dir=$(swift build -c release --show-bin-path)
fi

bin="$prefix/bin"
man="$prefix/share/man/man1"
bash_dir="$prefix/share/bash-completion/completions"
zsh_dir="$prefix/share/zsh/site-functions"
fish_dir="$prefix/share/fish/vendor_completions.d"
mkdir -p "$bin" "$man" "$bash_dir" "$zsh_dir" "$fish_dir"

# The tools are the launchers in bin/ (every regular file not starting with a dot or "kafka-").
for launcher in bin/*; do
    tool=$(basename "$launcher")
    [ -L "$launcher" ] && continue
    if [ -x "$build_dir/$tool" ]; then
        install -m 0755 "$build_dir/$tool" "$bin/$tool"
    else
        echo "install: skipping $tool (not built in $build_dir)" >&2
    fi
done
for alias in bin/kafka-*.sh; do
    tool=$(readlink "$alias")
    name=$(basename "$alias")
    [ -x "$bin/$tool" ] || continue
    ln -sfn "$tool" "$bin/$name"
    [ -f "completions/bash/$tool" ] && ln -sfn "$tool" "$bash_dir/$name"
    [ -f "completions/fish/$tool.fish" ] && ln -sfn "$tool.fish" "$fish_dir/$name.fish"
done
install -m 0644 man/man1/*.1 "$man/"
install -m 0644 completions/bash/* "$bash_dir/"
install -m 0644 completions/zsh/_* "$zsh_dir/"
install -m 0644 completions/fish/*.fish "$fish_dir/"
echo "installed into $prefix"
