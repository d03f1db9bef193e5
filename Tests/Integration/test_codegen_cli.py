"""kafka-codegen as `make regenerate` runs it: real binary, real spec directory."""
import filecmp
import pathlib
import subprocess

from conftest import REPO

SPEC = REPO.parent / "shared" / "kafka-spec"


def run_codegen(bin_dir, *args):
    return subprocess.run([str(bin_dir / "kafka-codegen"), *map(str, args)], capture_output=True, text=True, timeout=120)


def test_regenerating_into_an_empty_directory_reproduces_the_committed_files(bin_dir, tmp_path):
    library, tests = tmp_path / "lib", tmp_path / "tests"
    result = run_codegen(bin_dir, SPEC, library, tests)
    assert result.returncode == 0, result.stderr
    for produced, committed in [(library, REPO / "Sources/KafkaProtocol/Generated"),
                                (tests, REPO / "Tests/KafkaProtocolTests/Generated")]:
        names = sorted(p.name for p in produced.glob("*.swift"))
        assert names == sorted(p.name for p in committed.glob("*.swift"))
        match, mismatch, errors = filecmp.cmpfiles(produced, committed, names, shallow=False)
        assert not mismatch and not errors
        assert len(match) > 200


def test_stale_generated_files_are_removed(bin_dir, tmp_path):
    library = tmp_path / "lib"
    library.mkdir()
    (library / "RemovedMessage.swift").write_text("// stale\n")
    (library / "notes.txt").write_text("kept: not generated\n")
    assert run_codegen(bin_dir, SPEC, library).returncode == 0
    assert not (library / "RemovedMessage.swift").exists()
    assert (library / "notes.txt").exists()


def test_a_broken_spec_is_reported_with_its_file_and_a_non_zero_exit(bin_dir, tmp_path):
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "BadRequest.json").write_text(
        '{ "apiKey": 1000, "type": "request", "name": "BadRequest", "validVersions": "0",'
        ' "flexibleVersions": "none", "fields": [ { "name": "X", "type": "int33", "versions": "0+" } ] }')
    result = run_codegen(bin_dir, specs, tmp_path / "out")
    assert result.returncode != 0
    assert "BadRequest.json" in result.stderr and "int33" in result.stderr
    assert result.stderr.count("\n") == 1


def test_usage_errors_exit_2(bin_dir):
    result = run_codegen(bin_dir)
    assert result.returncode == 2
    assert result.stderr.startswith("usage: kafka-codegen")
