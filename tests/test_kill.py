"""A run killed with SIGKILL leaves the previous complete outputs or none, never a partial file.

``claimx run`` is started as a real process over ~40 generated articles and killed part-way
(after it has written some part files), once on an empty --out and twice on an --out that holds
a previous run's outputs. A rerun then resumes (skips the articles already in part files) and
gives byte for byte what an uninterrupted run gives, with no duplicate and no lost row, and
clears the killed runs' part and temporary files.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

OUTPUTS = ("claims.csv", "claims.parquet", "documents.csv")
NAMES = ["Maria Lopez", "Peter Hall", "Anna Kowalski", "Omar Haddad", "Lena Berg"]
ORGS = ["the ministry", "Exxon", "the city council", "the union", "the central bank"]


def write_articles(root: Path, n: int = 40) -> None:
    root.mkdir(parents=True)
    for i in range(n):
        name, org = NAMES[i % len(NAMES)], ORGS[i % len(ORGS)]
        surname = name.split()[-1]
        paragraphs = [
            f" date 2024-03-{1 + i % 28:02d} (MENAFN- Wire) {name}, a spokesperson for {org}, "
            f"spoke on Monday.",
            f"“We will not accept plan number {i},” said {name}. “It costs too much.”",
            f"{surname} added that {org} would appeal the decision before the court.",
            f"According to {org}, the vote was postponed until next week.",
            f"“This is a disaster for article {i},” {surname} told reporters on Friday.",
        ]
        body = "\n\n".join(paragraphs * 3)
        (root / f"article-{i:02d}.txt").write_text(body, encoding="utf-8")


def start_run(corpus: Path, out: Path) -> subprocess.Popen[bytes]:
    code = "from claimx.cli import main; main()"
    command = [sys.executable, "-c", code, "run", str(corpus), "--out", str(out)]
    command += ["--part-size", "4"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(proc: subprocess.Popen[bytes]) -> str:
    _stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr.decode(errors="replace")
    return stderr.decode(errors="replace")


def parts(out: Path) -> list[Path]:
    return sorted((out / ".claimx-parts").glob("part-*.parquet"))


def kill_part_way(proc: subprocess.Popen[bytes], out: Path, after_parts: int) -> None:
    """SIGKILL the run as soon as it has written ``after_parts`` new part files.

    Counting parts rather than sleeping keeps the test independent of the machine's speed: a
    run of 40 articles in parts of 4 is always killed part-way.
    """
    deadline = time.monotonic() + 120
    before = set(parts(out))
    while len(set(parts(out)) - before) < after_parts:
        assert proc.poll() is None, proc.communicate()[1].decode(errors="replace")
        assert time.monotonic() < deadline, "the run never wrote enough parts"
        time.sleep(0.002)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS if (out / name).exists()}


def test_sigkill_leaves_previous_outputs_or_none(tmp_path: Path) -> None:
    corpus, small = tmp_path / "corpus", tmp_path / "small"
    write_articles(corpus)
    write_articles(small, n=3)

    reference = tmp_path / "reference"
    finish(start_run(corpus, reference))
    expected = outputs(reference)
    assert expected[OUTPUTS[0]].count(b"\n") > 100

    # An empty --out, killed part-way: still no outputs at all.
    fresh = tmp_path / "fresh"
    kill_part_way(start_run(corpus, fresh), fresh, after_parts=2)
    assert outputs(fresh) == {}
    assert all(path.name.startswith(".") for path in fresh.iterdir())
    # ...and the killed run wrote nothing outside --out, not even temporary files.
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "corpus",
        "fresh",
        "reference",
        "small",
    ]

    # An --out with a previous run's outputs, killed twice: those outputs, byte for byte.
    out = tmp_path / "out"
    finish(start_run(small, out))
    previous = outputs(out)
    assert sorted(previous) == sorted(OUTPUTS)
    for after_parts in (1, 3):
        kill_part_way(start_run(corpus, out), out, after_parts)
        assert outputs(out) == previous
    assert parts(out), "the killed runs left no part files to resume from"

    # A rerun resumes: it skips what the killed runs finished, and gives what an uninterrupted
    # run gives, byte for byte, with no duplicate and no lost row; it clears the leftovers.
    stderr = finish(start_run(corpus, out))
    assert "resumed:" in stderr and "articles were already done" in stderr
    assert outputs(out) == expected
    assert sorted(path.name for path in out.iterdir()) == sorted((*OUTPUTS, ".claimx-parts"))
    lines = outputs(out)["claims.csv"].decode().splitlines()
    keys = [tuple(line.split(",")[:2]) for line in lines[1:]]
    assert len(keys) == len(set(keys))


def test_sigkill_then_rerun_on_fresh_out_equals_uninterrupted_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_articles(corpus, n=40)
    reference = tmp_path / "reference"
    finish(start_run(corpus, reference))
    out = tmp_path / "out"
    kill_part_way(start_run(corpus, out), out, after_parts=2)
    assert outputs(out) == {}
    done_before = len(parts(out))
    assert done_before >= 1
    stderr = finish(start_run(corpus, out))
    assert "resumed:" in stderr
    assert outputs(out) == outputs(reference)  # claims.csv, claims.parquet, documents.csv
