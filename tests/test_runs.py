"""Resumable and sharded runs: part files, resume, --force, --limit, --shard and merge."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import claimx.cli
from claimx.cli import EXIT_USAGE, app
from claimx.runs import (
    PARTS_DIR,
    RunConfig,
    load_manifest,
    parse_shard,
    process_items,
    select_files,
    shard_of,
)

runner = CliRunner()
OUTPUTS = ("claims.csv", "claims.parquet", "documents.csv")
TARGET = "Kowalski=Anna Kowalski"


@pytest.fixture(autouse=True)
def _shared_pipeline(monkeypatch, nlp):
    """The CLI reuses the session's pipeline instead of loading the model for every run."""
    monkeypatch.setattr(claimx.cli, "load_pipeline", lambda model=None, fast=False: nlp)


def write_corpus(root: Path, n: int = 6) -> None:
    root.mkdir(parents=True)
    names = ["Anna Kowalski", "Peter Hall", "Omar Haddad"]
    for i in range(n):
        name = names[i % 3]
        (root / f"doc-{i:02d}.txt").write_text(
            f" date 2024-05-{1 + i:02d} (MENAFN- Wire) “Plan {i} will fail,” said {name}. "
            f"{name.split()[-1]} added that Anna Kowalski had been warned about plan {i}.",
            encoding="utf-8",
        )
    (root / "empty.txt").write_text("  \n", encoding="utf-8")


def run_cli(*args: str) -> str:
    result = runner.invoke(app, ["run", *args])
    assert result.exit_code == 0, result.output
    return result.output


def outputs(out: Path, names=OUTPUTS) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in names if (out / name).exists()}


def test_parse_shard_and_shard_of_split_every_file_once():
    assert parse_shard("2/3") == (2, 3)
    for bad in ("0/3", "4/3", "x", "1/0", "1-3"):
        with pytest.raises(ValueError):
            parse_shard(bad)
    found = [(f"d{i}.txt", Path(f"d{i}.txt")) for i in range(200)]
    shards = [select_files(found, (i, 4)) for i in range(1, 5)]
    assert sorted(f for s in shards for f in s) == sorted(found)  # each file in one shard
    assert all(30 < len(s) < 70 for s in shards)
    assert shard_of("a/b.txt", 7) == shard_of("a/b.txt", 7)
    assert select_files(found, None, limit=3) == found[:3]


def test_resume_skips_done_articles_and_gives_the_uninterrupted_files(tmp_path, nlp):
    corpus = tmp_path / "in"
    write_corpus(corpus)
    reference = tmp_path / "reference"
    run_cli(str(corpus), "--out", str(reference), "--target", TARGET)
    names = (*OUTPUTS, "stances.csv")
    assert (reference / "stances.csv").read_text().count("\n") > 1
    assert (reference / PARTS_DIR).is_dir()  # parts stay, so a later run can skip done files
    again = run_cli(str(corpus), "--out", str(reference), "--target", TARGET)
    assert "resumed: 7 of 7 articles were already done" in again

    # A run that stopped after three articles: their parts are on disk, no final files.
    out = tmp_path / "out"
    config = RunConfig(targets=(TARGET,), part_docs=2)
    files = sorted(corpus.glob("*.txt"))
    items = [(p.name, str(p), None) for p in files[:3]]
    [summary] = process_items(items, out / PARTS_DIR, config, nlp=nlp)
    assert summary["processed"] == 3 and len(summary["parts"]) == 2
    assert set(load_manifest(out / PARTS_DIR, config.fingerprint)) == {p.name for p in files[:3]}

    output = run_cli(str(corpus), "--out", str(out), "--target", TARGET)
    assert "resumed: 3 of 7 articles were already done" in output
    assert outputs(out, names) == outputs(reference, names)
    assert sorted(p.name for p in out.iterdir()) == sorted((*names, PARTS_DIR))


def test_changed_file_is_redone_and_force_redoes_all(tmp_path, nlp):
    corpus = tmp_path / "in"
    write_corpus(corpus, n=3)
    out = tmp_path / "out"
    config = RunConfig(part_docs=10)
    files = sorted(corpus.glob("*.txt"))
    process_items([(p.name, str(p), None) for p in files], out / PARTS_DIR, config, nlp=nlp)
    (corpus / "doc-01.txt").write_text("“Changed,” said Lena Berg.", encoding="utf-8")
    output = run_cli(str(corpus), "--out", str(out))
    assert "resumed: 3 of 4" in output  # doc-01.txt changed: redone
    claims = (out / "claims.csv").read_text(encoding="utf-8")
    assert "Lena Berg" in claims and "Plan 1 will fail" not in claims

    reference = tmp_path / "reference"
    run_cli(str(corpus), "--out", str(reference))
    assert outputs(out) == outputs(reference)

    process_items([(p.name, str(p), None) for p in files], out / PARTS_DIR, config, nlp=nlp)
    output = run_cli(str(corpus), "--out", str(out), "--force")
    assert "resumed" not in output
    assert outputs(out) == outputs(reference)


def test_limit_processes_the_first_files(tmp_path):
    corpus = tmp_path / "in"
    write_corpus(corpus)
    out = tmp_path / "out"
    run_cli(str(corpus), "--out", str(out), "--limit", "2")
    documents = (out / "documents.csv").read_text(encoding="utf-8").splitlines()
    assert [line.split(",")[0] for line in documents[1:]] == ["doc-00.txt", "doc-01.txt"]


def test_shards_merge_into_the_unsharded_files(tmp_path):
    corpus = tmp_path / "in"
    write_corpus(corpus, n=8)
    names = (*OUTPUTS, "stances.csv")
    reference = tmp_path / "reference"
    run_cli(str(corpus), "--out", str(reference), "--target", TARGET)

    out = tmp_path / "out"
    counts = []
    for i in (1, 2, 3):
        run_cli(str(corpus), "--out", str(out), "--shard", f"{i}/3", "--target", TARGET)
        shard_dir = out / f"shard-{i}-of-3"
        assert (shard_dir / PARTS_DIR).is_dir()  # kept for merge
        counts.append((shard_dir / "documents.csv").read_text().count("\n") - 1)
    assert sum(counts) == 9 and all(counts)
    result = runner.invoke(app, ["merge", str(out)])
    assert result.exit_code == 0, result.output
    assert outputs(out, names) == outputs(reference, names)

    # Shards gathered from separate machines' folders merge the same way, into --out.
    merged = tmp_path / "merged"
    args = [str(out / f"shard-{i}-of-3") for i in (3, 1, 2)]
    result = runner.invoke(app, ["merge", *args, "--out", str(merged)])
    assert result.exit_code == 0, result.output
    assert outputs(merged, names) == outputs(reference, names)


def test_merge_without_parts_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["merge", str(tmp_path)])
    assert result.exit_code == EXIT_USAGE
    assert "No part files" in result.output


def test_bad_shard_or_engine_is_a_usage_error(tmp_path):
    corpus = tmp_path / "in"
    write_corpus(corpus, n=1)
    for args in (["--shard", "3/2"], ["--engine", "spark"]):
        result = runner.invoke(app, ["run", str(corpus), "--out", str(tmp_path / "o"), *args])
        assert result.exit_code == EXIT_USAGE
