#!/usr/bin/env python3
"""Independent implementations the Swift tests check KafkaProtocol's codecs and murmur2 against.

Run by Tests/KafkaProtocolTests/Compression*Tests.swift and Murmur2Tests.swift through Foundation's
Process. Needs python-snappy, lz4, zstandard and kafka-python (scripts/install-deps.sh --test).

  codec_crosscheck.py compress DIR     compress each job of DIR/manifest.json with Python
  codec_crosscheck.py decompress DIR   decompress each job of DIR/manifest.json with Python
  codec_crosscheck.py murmur2 KEYS OUT COUNT...
      KEYS holds one hex-encoded key per line (an empty line is the empty key); OUT gets one line
      per key: the Java-signed murmur2 hash, then the partition for each partition COUNT.

A manifest is a JSON list of {"codec", "variant", "input", "output"}; file names are relative to
DIR. Any mismatch with the expected format raises, which exits non-zero with a traceback on stderr.
"""

import gzip
import json
import os
import struct
import sys

import lz4.frame
import snappy
import zstandard
from kafka.codec import snappy_decode, snappy_encode
from kafka.partitioner.default import murmur2

XERIAL_MAGIC = b"\x82SNAPPY\x00"
XERIAL_BLOCK = 32 * 1024


def split3(data):
    """Splits data into three pieces (some may be empty) for multi-member / multi-frame variants."""
    first, second = len(data) // 3, 2 * len(data) // 3
    return data[:first], data[first:second], data[second:]


# --- xxHash32, written from the xxHash specification, for old Kafka's LZ4 header checksum ---

P1, P2, P3, P4, P5 = 0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1
MASK = 0xFFFFFFFF


def rotl(value, bits):
    return ((value << bits) | (value >> (32 - bits))) & MASK


def xxh32(data, seed=0):
    length, offset = len(data), 0
    if length >= 16:
        lanes = [(seed + P1 + P2) & MASK, (seed + P2) & MASK, seed, (seed - P1) & MASK]
        while length - offset >= 16:
            for lane in range(4):
                (word,) = struct.unpack_from("<I", data, offset + 4 * lane)
                lanes[lane] = (rotl((lanes[lane] + word * P2) & MASK, 13) * P1) & MASK
            offset += 16
        acc = (rotl(lanes[0], 1) + rotl(lanes[1], 7) + rotl(lanes[2], 12) + rotl(lanes[3], 18)) & MASK
    else:
        acc = (seed + P5) & MASK
    acc = (acc + length) & MASK
    while length - offset >= 4:
        (word,) = struct.unpack_from("<I", data, offset)
        acc = (rotl((acc + word * P3) & MASK, 17) * P4) & MASK
        offset += 4
    while offset < length:
        acc = (rotl((acc + data[offset] * P5) & MASK, 11) * P1) & MASK
        offset += 1
    acc ^= acc >> 15
    acc = (acc * P2) & MASK
    acc ^= acc >> 13
    acc = (acc * P3) & MASK
    acc ^= acc >> 16
    return acc


assert xxh32(b"") == 0x02CC5D05, "xxh32 self-check"
assert xxh32(b"abc") == 0x32D153FF, "xxh32 self-check"


def lz4_legacy_kafka(data):
    """An LZ4 frame as Kafka 0.8/0.9 wrote it: independent 64 KiB blocks, no content size, and the
    header checksum wrongly computed over the magic number as well (KAFKA-3160)."""
    frame = bytearray(lz4.frame.compress(
        data, block_linked=False, store_size=False, block_size=lz4.frame.BLOCKSIZE_MAX64KB))
    assert frame[4] & 0x09 == 0, "no content size or dictionary id expected"
    correct = (xxh32(bytes(frame[4:6])) >> 8) & 0xFF
    assert frame[6] == correct, "lz4 wrote a header checksum xxh32 disagrees with"
    frame[6] = (xxh32(bytes(frame[0:6])) >> 8) & 0xFF
    assert frame[6] != correct, "pick data whose legacy checksum differs"
    return bytes(frame)


def lz4_legacy_kafka_with_size_and_dictionary(data):
    """The same wrong checksum over a longer descriptor (content size, unless the data is empty,
    and a dictionary id no dictionary backs), so the checksum covers more than 16 bytes."""
    frame = lz4.frame.compress(data, block_linked=False, store_size=True, block_size=lz4.frame.BLOCKSIZE_MAX64KB)
    descriptor_end = 14 if frame[4] & 0x08 else 6
    assert frame[4] & 0x01 == 0, "no dictionary id expected"
    header = bytearray(frame[:descriptor_end])
    header[4] |= 0x01
    header += struct.pack("<I", 0x5EED)
    header.append((xxh32(bytes(header)) >> 8) & 0xFF)
    return bytes(header) + frame[descriptor_end + 1:]


# --- Python -> Swift: compress with independent implementations ---

def xerial_with_little_endian_versions(data):
    """xerial framing as some producers (Redpanda) write it: version fields little-endian, and
    here 8 KiB blocks to show the reader does not assume 32 KiB."""
    out = [XERIAL_MAGIC, struct.pack("<ii", 1, 1)]
    for start in range(0, len(data), 8192):
        block = snappy.compress(data[start:start + 8192])
        out += [struct.pack(">i", len(block)), block]
    return b"".join(out)


def zstd_without_content_size(data):
    compressor = zstandard.ZstdCompressor(write_content_size=False).compressobj()
    return compressor.compress(data) + compressor.flush()


COMPRESSORS = {
    ("gzip", "default"): gzip.compress,
    ("gzip", "level1"): lambda data: gzip.compress(data, compresslevel=1),
    ("gzip", "members"): lambda data: b"".join(gzip.compress(piece) for piece in split3(data)),
    ("snappy", "raw"): snappy.compress,
    ("snappy", "xerial"): lambda data: snappy_encode(data, xerial_compatible=True),
    ("snappy", "xerial-little-endian-versions"): xerial_with_little_endian_versions,
    ("snappy", "xerial-concatenated"): lambda data: b"".join(
        snappy_encode(piece, xerial_compatible=True) for piece in split3(data)),
    ("lz4", "default"): lz4.frame.compress,
    ("lz4", "kafka"): lambda data: lz4.frame.compress(
        data, block_linked=False, store_size=False, block_size=lz4.frame.BLOCKSIZE_MAX64KB),
    ("lz4", "checksums-4mb-hc"): lambda data: lz4.frame.compress(
        data, content_checksum=True, block_checksum=True, block_size=lz4.frame.BLOCKSIZE_MAX4MB,
        compression_level=9),
    ("lz4", "concatenated"): lambda data: b"".join(lz4.frame.compress(piece) for piece in split3(data)),
    ("lz4", "legacy-kafka"): lz4_legacy_kafka,
    ("lz4", "legacy-kafka-size-and-dictionary"): lz4_legacy_kafka_with_size_and_dictionary,
    ("zstd", "default"): lambda data: zstandard.ZstdCompressor().compress(data),
    ("zstd", "no-content-size"): zstd_without_content_size,
    ("zstd", "level19-checksum"): lambda data: zstandard.ZstdCompressor(level=19, write_checksum=True).compress(data),
    ("zstd", "concatenated"): lambda data: b"".join(
        zstandard.ZstdCompressor().compress(piece) for piece in split3(data)),
}


# --- Swift -> Python: decompress, checking the exact format Kafka's Java client writes ---

def gunzip(data):
    assert data[:3] == b"\x1f\x8b\x08", "gzip header"
    return gzip.decompress(data)


def unsnappy_xerial(data):
    """Parses snappy-java's framed stream strictly, then checks kafka-python agrees."""
    assert data[:16] == XERIAL_MAGIC + struct.pack(">ii", 1, 1), "xerial header"
    blocks, offset = [], 16
    while offset < len(data):
        (length,) = struct.unpack_from(">i", data, offset)
        block = data[offset + 4:offset + 4 + length]
        assert 0 < length == len(block), "block length"
        blocks.append(snappy.uncompress(block))
        offset += 4 + length
    assert all(len(block) == XERIAL_BLOCK for block in blocks[:-1]), "32 KiB blocks"
    assert not blocks or 0 < len(blocks[-1]) <= XERIAL_BLOCK, "last block"
    result = b"".join(blocks)
    if len(data) > 16:  # kafka-python only recognises the framing when a block follows the header
        assert snappy_decode(data) == result, "kafka-python disagrees"
    return result


def unlz4_kafka(data):
    """Checks the frame descriptor Kafka's Lz4BlockOutputStream writes: version 1, independent
    blocks, no checksums, no content size (FLG 0x60), 64 KiB blocks (BD 0x40)."""
    assert struct.unpack_from("<I", data)[0] == 0x184D2204, "lz4 frame magic"
    assert data[4] == 0x60 and data[5] == 0x40, "FLG %#x BD %#x" % (data[4], data[5])
    return lz4.frame.decompress(data)


def unzstd(data):
    parameters = zstandard.get_frame_parameters(data)
    assert parameters.content_size == zstandard.CONTENTSIZE_UNKNOWN or parameters.content_size >= 0
    with zstandard.ZstdDecompressor().stream_reader(data, read_across_frames=True) as reader:
        return reader.read()


DECOMPRESSORS = {
    "gzip": gunzip,
    "snappy": unsnappy_xerial,
    "lz4": unlz4_kafka,
    "zstd": unzstd,
}


def run_manifest(directory, table):
    with open(os.path.join(directory, "manifest.json")) as manifest:
        jobs = json.load(manifest)
    for job in jobs:
        with open(os.path.join(directory, job["input"]), "rb") as source:
            data = source.read()
        try:
            result = table(job)(data)
        except Exception as error:
            raise RuntimeError("job %r failed" % (job,)) from error
        with open(os.path.join(directory, job["output"]), "wb") as target:
            target.write(result)


def murmur2_vectors(keys_path, output_path, counts):
    lines = []
    with open(keys_path) as keys:
        for line in keys.read().split("\n"):
            key = bytes.fromhex(line)
            unsigned = murmur2(key)
            signed = unsigned - (1 << 32) if unsigned >= (1 << 31) else unsigned
            # kafka-python's DefaultPartitioner: idx &= 0x7fffffff; idx %= len(partitions)
            lines.append(" ".join([str(signed)] + [str((unsigned & 0x7FFFFFFF) % n) for n in counts]))
    with open(output_path, "w") as output:
        output.write("\n".join(lines))


def main(arguments):
    command = arguments[0]
    if command == "compress":
        run_manifest(arguments[1], lambda job: COMPRESSORS[(job["codec"], job["variant"])])
    elif command == "decompress":
        run_manifest(arguments[1], lambda job: DECOMPRESSORS[job["codec"]])
    elif command == "murmur2":
        murmur2_vectors(arguments[1], arguments[2], [int(count) for count in arguments[3:]])
    else:
        raise SystemExit("unknown command %r" % command)


if __name__ == "__main__":
    main(sys.argv[1:])
