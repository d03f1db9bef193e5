#!/usr/bin/env python3
"""Writes Sources/KafkaTools/LogDump/JSONFieldVersions.swift from ../shared/kafka-spec.

Kafka's generated JsonConverters (generator/.../JsonConverterGenerator.java) write a field only at
the versions that carry it, and a tagged field only when it differs from its default. The Swift
types in KafkaProtocol/Generated expose their fields (by reflection) but not those versions, so
this script lists, for every data and metadata record spec, the fields that are not simply
"present at every version, untagged". Usage: generate_json_field_versions.py [SPEC_DIR] [OUTPUT]
"""
import json
import pathlib
import re
import sys

REPO = pathlib.Path(__file__).resolve().parents[2]
SPEC = REPO.parent / "shared" / "kafka-spec"
OUTPUT = REPO / "Sources" / "KafkaTools" / "LogDump" / "JSONFieldVersions.swift"
MAX = 32767


def strip_comments(text):
    """Drops // comments outside strings."""
    out, in_string, escape, i = [], False, False, 0
    while i < len(text):
        c = text[i]
        if in_string:
            out.append(c)
            if escape:
                escape = False
            elif c == "\\":
                escape = True
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
            out.append(c)
        elif text.startswith("//", i):
            while i < len(text) and text[i] != "\n":
                i += 1
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


def parse_versions(text):
    if text is None or text == "none":
        return None
    if text.endswith("+"):
        return (int(text[:-1]), MAX)
    if "-" in text:
        low, high = text.split("-")
        return (int(low), int(high))
    return (int(text), int(text))


def camel(name):
    return name[0].lower() + name[1:]


def walk(message, struct, fields, valid, rows):
    for field in fields:
        versions = parse_versions(field.get("versions"))
        tagged = parse_versions(field.get("taggedVersions"))
        if versions is not None:
            versions = (max(versions[0], valid[0]), min(versions[1], valid[1]))
        if versions != valid or tagged is not None:
            rows.append((message, struct, camel(field["name"]), versions, tagged))
        if "fields" in field:
            inner = re.sub(r"^\[\]", "", field["type"])
            walk(message, inner, field["fields"], valid, rows)


def generate(spec_dir):
    rows = []
    for path in sorted(spec_dir.glob("*/*.json")):
        spec = json.loads(strip_comments(path.read_text()))
        if spec.get("type") not in ("data", "metadata"):
            continue
        valid = parse_versions(spec["validVersions"])
        walk(spec["name"], spec["name"], spec.get("fields", []), valid, rows)
        for common in spec.get("commonStructs", []):
            walk(spec["name"], common["name"], common["fields"], valid, rows)
    lines = [
        "// generated from ../shared/kafka-spec by Tests/Integration/generate_json_field_versions.py, do not edit",
        "",
        "/// The fields of data and metadata records that Kafka's JSON converters do not write at every",
        "/// version: those added or removed at some version, and tagged ones (written only when not",
        "/// default). Keyed `<message>/<struct>.<field>`; `versions` nil = never present.",
        "enum JSONFieldVersions {",
        "    struct Entry: Sendable {",
        "        let versions: ClosedRange<Int16>?",
        "        let taggedVersions: ClosedRange<Int16>?",
        "    }",
        "",
        "    static let table: [String: Entry] = [",
    ]

    def swift_range(r):
        return "nil" if r is None else f"{r[0]}...{r[1]}"

    for message, struct, field, versions, tagged in rows:
        lines.append(f'        "{message}/{struct}.{field}":')
        lines.append(f"            Entry(versions: {swift_range(versions)}, taggedVersions: {swift_range(tagged)}),")
    lines += ["    ]", "}", ""]
    return "\n".join(lines)


def main():
    spec_dir = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else SPEC
    output = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else OUTPUT
    output.write_text(generate(spec_dir))


if __name__ == "__main__":
    main()
