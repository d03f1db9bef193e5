"""Shared fixtures for the integration tests: where the built binaries are."""
import os
import pathlib

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def bin_dir() -> pathlib.Path:
    return pathlib.Path(os.environ.get("KAFKA_BUILD_DIR", REPO / ".build" / "debug"))
