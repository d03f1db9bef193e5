# Entry points for people and CI. Every target installs what it needs first (idempotently), so a
# fresh clone needs nothing but `make start` or `make test`.
SHELL := /bin/bash
SWIFT ?= swift
SPEC ?= ../shared/kafka-spec
PREFIX ?= /usr/local

.PHONY: deps test-deps build build-release test unit-test integration-test start regenerate bench bench-broker bench-console clean install docs bench-tools

deps:
	@bash scripts/install-deps.sh

test-deps:
	@bash scripts/install-deps.sh --test

build: deps
	$(SWIFT) build

build-release: deps
	$(SWIFT) build -c release

# Unit tests (Swift Testing) then the integration tests (pytest) that drive real binaries.
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory integration-test

integration-test: test-deps
	@bash scripts/run-integration-tests.sh

# Starts a single-node broker on localhost:9092 with its data under ./data.
start: build-release
	@bash scripts/start.sh

# Rebuilds Sources/KafkaProtocol/Generated from a directory of Kafka's JSON message specs:
#   make regenerate SPEC=/path/to/kafka/clients/src/main/resources/common/message/..
regenerate:
	$(SWIFT) run kafka-codegen $(SPEC) Sources/KafkaProtocol/Generated Tests/KafkaProtocolTests/Generated

bench: build-release
	$(SWIFT) run -c release kprotocol-bench

# Release binaries, man pages and completions under PREFIX (BUILD_DIR=dir installs an existing build).
install:
	@bash scripts/install.sh "$(PREFIX)" "$(BUILD_DIR)"

# Regenerates man/ and completions/ from the tools' option declarations (a unit test checks them).
docs:
	$(SWIFT) run kafka-docgen

# Start-up time of ktopics --version and --list against a local broker (release binaries).
bench-tools: build-release
	python3 scripts/bench-tools.py

# 1 GB through kconsole-producer and kconsole-consumer: MB/s, checksums, peak RSS (SIZE_MB=... to change).
SIZE_MB ?= 1024
bench-console: build-release test-deps
	python3 scripts/bench-console.py --size-mb $(SIZE_MB) --bin-dir "$$($(SWIFT) build -c release --show-bin-path)"

# kserver-start (release build, writing to a temp dir) against librdkafka's in-memory mock cluster:
# 1 KiB records, acks=1, for 10 s each, then consumed back; prints MB/s and the ratio.
#   make bench-broker BENCH_ARGS="--seconds 20 --partitions 3"
bench-broker: build-release test-deps
	python3 scripts/bench-broker.py --bin-dir "$$($(SWIFT) build -c release --show-bin-path)" $(BENCH_ARGS)

clean:
	$(SWIFT) package clean
