"""klog-dump on segment files written by an independent writer: kafka-python's record builders.

The expected lines follow ../shared/tools-spec/klog-dump.md; CRCs and sizes are read from the bytes
kafka-python wrote, so a disagreement in either direction shows up as a mismatch.
"""
import json
import struct
import subprocess

import pytest

from conftest import REPO

default_records = pytest.importorskip("kafka.record.default_records")
legacy_records = pytest.importorskip("kafka.record.legacy_records")

SEGMENT = "00000000000000000000.log"
GZIP = 1


def klog_dump(bin_dir, *args):
    return subprocess.run([str(bin_dir / "klog-dump"), *map(str, args)], capture_output=True, text=True, timeout=60)


def v2_batch(records, base_offset=0, compression=0, producer_id=-1, producer_epoch=-1, base_sequence=-1):
    builder = default_records.DefaultRecordBatchBuilder(
        magic=2, compression_type=compression, is_transactional=0, producer_id=producer_id,
        producer_epoch=producer_epoch, base_sequence=base_sequence, batch_size=1 << 20)
    for offset, (timestamp, key, value, headers) in enumerate(records):
        builder.append(offset, timestamp=timestamp, key=key, value=value, headers=headers)
    data = bytearray(builder.build())
    # The base offset is outside the CRC; brokers assign it, so patch it in as a broker would.
    struct.pack_into(">q", data, 0, base_offset)
    return bytes(data)


def crc_of_v2(batch):
    return struct.unpack_from(">I", batch, 17)[0]


def test_an_uncompressed_batch_from_kafka_python_dumps_as_kafka_prints_it(bin_dir, tmp_path):
    batch = v2_batch([
        (1700000000123, b"foo", b"hello", [("h1", b"a"), ("h2", b"b")]),
        (1700000000124, None, b"world", []),
        (1700000000125, b"k", None, []),
    ])
    (tmp_path / SEGMENT).write_bytes(batch + b"\0\0\0")
    result = klog_dump(bin_dir, "--files", tmp_path / SEGMENT, "--print-data-log")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"Dumping {tmp_path / SEGMENT}",
        "Log starting offset: 0",
        "baseOffset: 0 lastOffset: 2 count: 3 baseSequence: -1 lastSequence: -1 producerId: -1 producerEpoch: -1 "
        "partitionLeaderEpoch: 0 isTransactional: false isControl: false deleteHorizonMs: OptionalLong.empty "
        f"position: 0 CreateTime: 1700000000125 size: {len(batch)} magic: 2 compresscodec: none "
        f"crc: {crc_of_v2(batch)} isvalid: true",
        "| offset: 0 CreateTime: 1700000000123 keySize: 3 valueSize: 5 sequence: -1 headerKeys: [h1,h2] "
        "key: foo payload: hello",
        "| offset: 1 CreateTime: 1700000000124 keySize: -1 valueSize: 5 sequence: -1 headerKeys: [] payload: world",
        "| offset: 2 CreateTime: 1700000000125 keySize: 1 valueSize: -1 sequence: -1 headerKeys: [] key: k",
        f"Found 3 invalid bytes at the end of {SEGMENT}",
    ]
    assert result.stderr == ""


def test_a_gzip_idempotent_batch_shows_codec_producer_and_sequences(bin_dir, tmp_path):
    # kafka-python keeps a batch uncompressed when gzip would not make it smaller: repetitive values.
    first = v2_batch([(1700000000000 + i, None, b"v" * 200, []) for i in range(3)],
                     compression=GZIP, producer_id=42, producer_epoch=1, base_sequence=10)
    second = v2_batch([(1700000000100, b"x", b"y", [])], base_offset=3)
    (tmp_path / SEGMENT).write_bytes(first + second)
    result = klog_dump(bin_dir, "--files", tmp_path / SEGMENT, "--deep-iteration")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[2] == (
        "baseOffset: 0 lastOffset: 2 count: 3 baseSequence: 10 lastSequence: 12 producerId: 42 producerEpoch: 1 "
        "partitionLeaderEpoch: 0 isTransactional: false isControl: false deleteHorizonMs: OptionalLong.empty "
        f"position: 0 CreateTime: 1700000000002 size: {len(first)} magic: 2 compresscodec: gzip "
        f"crc: {crc_of_v2(first)} isvalid: true")
    assert lines[3:6] == [
        f"| offset: {i} CreateTime: {1700000000000 + i} keySize: -1 valueSize: 200 sequence: {10 + i} headerKeys: []"
        for i in range(3)]
    assert lines[6].startswith("baseOffset: 3 lastOffset: 3 count: 1 ")
    assert f" position: {len(first)} " in lines[6]
    assert len(lines) == 8
    assert result.stderr == ""


def test_a_legacy_magic_1_segment_from_kafka_python(bin_dir, tmp_path):
    builder = legacy_records.LegacyRecordBatchBuilder(magic=1, compression_type=0, batch_size=1 << 20)
    builder.append(0, timestamp=1600000000000, key=b"foo", value=b"hello")
    builder.append(1, timestamp=1600000000001, key=None, value=b"bye")
    data = bytes(builder.build())
    (tmp_path / SEGMENT).write_bytes(data)
    first_size = 12 + struct.unpack_from(">i", data, 8)[0]
    crc0 = struct.unpack_from(">I", data, 12)[0]
    crc1 = struct.unpack_from(">I", data, first_size + 12)[0]
    result = klog_dump(bin_dir, "--files", tmp_path / SEGMENT, "--print-data-log")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[2:] == [
        f"offset: 0 position: 0 CreateTime: 1600000000000 size: {first_size} magic: 1 compresscodec: none "
        f"crc: {crc0} isvalid: true",
        f"| offset: 0 CreateTime: 1600000000000 keySize: 3 valueSize: 5 isValid: true crc: {crc0}}} "
        "key: foo payload: hello",
        f"offset: 1 position: {first_size} CreateTime: 1600000000001 size: {len(data) - first_size} magic: 1 "
        f"compresscodec: none crc: {crc1} isvalid: true",
        f"| offset: 1 CreateTime: 1600000000001 keySize: -1 valueSize: 3 isValid: true crc: {crc1}}} payload: bye",
    ]


def test_json_mode_lines_parse_and_carry_the_same_facts(bin_dir, tmp_path):
    batch = v2_batch([(1700000000123, b"foo", b"hello", [("h1", b"a")])])
    (tmp_path / SEGMENT).write_bytes(batch)
    result = klog_dump(bin_dir, "--files", tmp_path / SEGMENT, "--print-data-log", "--json")
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["type"] for o in objects] == ["file", "segment", "batch", "record"]
    assert objects[2]["crc"] == crc_of_v2(batch) and objects[2]["isValid"] is True
    assert objects[2]["size"] == len(batch)
    assert objects[3]["key"] == "foo" and objects[3]["payload"] == "hello" and objects[3]["headerKeys"] == ["h1"]


def test_a_torn_batch_header_is_a_one_line_error_naming_file_and_position(bin_dir, tmp_path):
    batch = v2_batch([(1, b"k", b"v", [])])
    (tmp_path / SEGMENT).write_bytes(batch + struct.pack(">qi", 1, 3) + b"\0" * 10)
    result = klog_dump(bin_dir, "--files", tmp_path / SEGMENT)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"Found record size 3 smaller than minimum record overhead (14) in file {tmp_path / SEGMENT} "
        f"at position {len(batch)}."]
    assert len(result.stdout.splitlines()) == 3


def test_missing_files_prints_usage_and_exits_1(bin_dir):
    result = klog_dump(bin_dir, "--deep-iteration")
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == 'Missing required argument "[files]"'
    assert "--files <String: file1, file2, ...>" in result.stderr


def test_the_json_field_version_table_is_current():
    import generate_json_field_versions as generator
    committed = REPO / "Sources" / "KafkaTools" / "LogDump" / "JSONFieldVersions.swift"
    assert generator.generate(generator.SPEC) == committed.read_text()
