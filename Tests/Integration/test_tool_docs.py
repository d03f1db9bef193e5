"""The generated man pages and shell completions, and `make install`: pages lint clean with
mandoc, the bash completion function answers with COMPREPLY (options, files, topic names from the
cache, without waiting for an absent broker), zsh and fish accept the files, and the install
layout is where each shell and man look."""
import os
import signal
import pathlib
import shutil
import subprocess
import time

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
PAGES = sorted((REPO / "man" / "man1").glob("*.1"))
BASH = sorted((REPO / "completions" / "bash").iterdir())
TOOLS = [page.stem for page in PAGES]


def test_every_tool_has_a_page_completions_and_a_launcher():
    assert "ktopics" in TOOLS and "klog-dump" in TOOLS
    for tool in TOOLS:
        assert (REPO / "completions" / "bash" / tool).is_file()
        assert (REPO / "completions" / "zsh" / f"_{tool}").is_file()
        assert (REPO / "completions" / "fish" / f"{tool}.fish").is_file()
        assert os.access(REPO / "bin" / tool, os.X_OK)


@pytest.mark.skipif(shutil.which("mandoc") is None, reason="mandoc not installed")
@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_man_pages_lint_without_warnings(page):
    result = subprocess.run(["mandoc", "-T", "lint", "-W", "warning", str(page)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "" and result.stderr == "", result.stdout + result.stderr


def complete(tool, words, env=None):
    """Sources the tool's bash completion, sets COMP_WORDS/COMP_CWORD for `words` (the last is
    the word being completed) and prints COMPREPLY, one entry per line."""
    function = "_kafka_swift_" + tool.replace("-", "_")
    script = (f"source {REPO / 'completions' / 'bash' / tool}\n"
              f"COMP_WORDS=({' '.join(repr(word) for word in words)})\n"
              f"COMP_CWORD={len(words) - 1}\n"
              f"{function}\n"
              'printf "%s\\n" "${COMPREPLY[@]}"\n')
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env, timeout=30)
    assert result.returncode == 0, result.stderr
    return [line for line in result.stdout.splitlines() if line]


def test_bash_completes_options_and_subcommands():
    assert complete("ktopics", ["ktopics", "--to"]) == ["--topic", "--topic-id", "--topics-with-overrides"]
    assert "--bootstrap-server" in complete("ktopics", ["ktopics", ""])
    assert complete("kstorage", ["kstorage", "f"]) == ["format"]
    assert complete("ktopics", ["ktopics", "--partitions", ""]) == []


def test_bash_completes_files_for_file_arguments(tmp_path):
    (tmp_path / "admin.properties").write_text("")
    replies = complete("ktopics", ["ktopics", "--command-config", str(tmp_path / "adm")])
    assert replies == [str(tmp_path / "admin.properties")]


def test_bash_topic_names_come_from_the_cache_and_never_block(tmp_path):
    cache = tmp_path / "cache"
    env = dict(os.environ, KAFKA_SWIFT_CACHE_DIR=str(cache), KAFKA_SWIFT_COMPLETION_TIMEOUT="2")
    # No broker listens on port 1: the first Tab returns at once with nothing, and the background
    # refresh gives up within its timeout.
    started = time.monotonic()
    assert complete("ktopics", ["ktopics", "--bootstrap-server", "127.0.0.1:1", "--topic", ""], env=env) == []
    assert time.monotonic() - started < 1.5
    cache.mkdir(exist_ok=True)
    (cache / "topics-127.0.0.1_1").write_text("orders\nevents\norders-dlq\n")
    assert complete("ktopics", ["ktopics", "--bootstrap-server=127.0.0.1:1", "--topic", "ord"], env=env) == \
        ["orders", "orders-dlq"]


def test_bash_refreshes_the_cache_from_a_live_broker(tmp_path, bin_dir):
    from broker import Broker
    (tmp_path / "broker").mkdir()
    node = Broker(bin_dir, tmp_path / "broker")
    node.format()
    node.start()
    try:
        subprocess.run([str(bin_dir / "ktopics"), "--bootstrap-server", node.bootstrap, "--create", "--topic",
                        "completed-topic"], check=True, capture_output=True, timeout=60)
        cache = tmp_path / "cache"
        env = dict(os.environ, KAFKA_SWIFT_CACHE_DIR=str(cache), PATH=f"{bin_dir}:{os.environ['PATH']}")
        words = ["ktopics", "--bootstrap-server", node.bootstrap, "--topic", "comp"]
        complete("ktopics", words, env=env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and complete("ktopics", words, env=env) != ["completed-topic"]:
            time.sleep(0.1)
        assert complete("ktopics", words, env=env) == ["completed-topic"]
    finally:
        node.stop(signal.SIGKILL)


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh not installed")
@pytest.mark.parametrize("tool", TOOLS)
def test_zsh_completion_parses(tool):
    result = subprocess.run(["zsh", "-n", str(REPO / "completions" / "zsh" / f"_{tool}")], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh not installed")
def test_zsh_completes_options():
    script = (f"autoload -U compinit && compinit -u -D\n"
              f"fpath=({REPO / 'completions' / 'zsh'} $fpath)\n"
              "autoload -U _ktopics\n"
              "whence -w _ktopics\n")
    result = subprocess.run(["zsh", "-f", "-c", script], capture_output=True, text=True, timeout=30)
    assert "_ktopics: function" in result.stdout, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish not installed")
@pytest.mark.parametrize("tool", TOOLS)
def test_fish_completion_parses_and_completes(tool):
    path = REPO / "completions" / "fish" / f"{tool}.fish"
    result = subprocess.run(["fish", "--no-execute", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    result = subprocess.run(["fish", "--no-config", "-c", f"source {path}; complete -C '{tool} --'"],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert "--help" in result.stdout


def test_make_install_puts_everything_in_place(tmp_path, bin_dir):
    prefix = tmp_path / "prefix"
    result = subprocess.run(["make", "--no-print-directory", "install", f"PREFIX={prefix}", f"BUILD_DIR={bin_dir}"],
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for tool in TOOLS:
        if (bin_dir / tool).exists():
            assert os.access(prefix / "bin" / tool, os.X_OK)
        assert (prefix / "share" / "man" / "man1" / f"{tool}.1").is_file()
        assert (prefix / "share" / "bash-completion" / "completions" / tool).is_file()
        assert (prefix / "share" / "zsh" / "site-functions" / f"_{tool}").is_file()
        assert (prefix / "share" / "fish" / "vendor_completions.d" / f"{tool}.fish").is_file()
    alias = prefix / "bin" / "kafka-topics.sh"
    assert alias.is_symlink() and os.readlink(alias) == "ktopics"
    version = subprocess.run([str(alias), "--version"], capture_output=True, text=True)
    assert version.stdout == "4.0.0\n"
    assert os.readlink(prefix / "share" / "bash-completion" / "completions" / "kafka-topics.sh") == "ktopics"


def test_launcher_runs_the_binary(bin_dir):
    env = dict(os.environ, KAFKA_BUILD_DIR=str(bin_dir))
    for name in ("ktopics", "kafka-topics.sh"):
        result = subprocess.run([str(REPO / "bin" / name), "--version"], capture_output=True, text=True, env=env)
        assert (result.returncode, result.stdout) == (0, "4.0.0\n")
