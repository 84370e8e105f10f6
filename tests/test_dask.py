"""The Dask engine: a LocalCluster of two worker processes gives the local engine's files."""

from __future__ import annotations

import os

import pytest
from snippets import write_engine_corpus
from typer.testing import CliRunner

import claimx.cli
from claimx.cli import app
from claimx.runs import PARTS_DIR

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

runner = CliRunner()
OUTPUTS = ("claims.csv", "claims.parquet", "documents.csv", "stances.csv")


def test_dask_local_cluster_gives_the_local_engine_rows(tmp_path, monkeypatch, nlp_tagged):
    corpus = tmp_path / "in"
    write_engine_corpus(corpus)
    target = ["--target", "Kowalski=Anna Kowalski"]

    local = tmp_path / "local"
    with monkeypatch.context() as patch:  # the local run reuses the session's pipeline
        patch.setattr(claimx.cli, "load_pipeline", lambda model=None, fast=False: nlp_tagged)
        result = runner.invoke(app, ["run", str(corpus), "--out", str(local), *target])
    assert result.exit_code == 0, result.output

    out = tmp_path / "dask"
    args = ["run", str(corpus), "--out", str(out), "--engine", "dask", "--workers", "2"]
    # --shard 1/1 keeps the part files, so the test can see which processes wrote them.
    args += ["--part-size", "1", "--shard", "1/1", *target]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    run_dir = out / "shard-1-of-1"
    for name in OUTPUTS:
        assert (run_dir / name).read_bytes() == (local / name).read_bytes(), name
    writers = {p.name.split("-")[2] for p in (run_dir / PARTS_DIR).glob("part-*.parquet")}
    assert writers and str(os.getpid()) not in writers  # written by the worker processes


def test_dask_reports_each_partition_as_it_finishes(tmp_path):
    from claimx.dask_engine import run_dask
    from claimx.reader import discover
    from claimx.runs import RunConfig

    corpus = tmp_path / "in"
    write_engine_corpus(corpus)
    items = [(doc_id, str(path), None) for doc_id, path in discover(corpus)]
    done: list[int] = []
    results = run_dask(
        items,
        tmp_path / "parts",
        RunConfig(fast=True),
        workers=2,
        npartitions=3,
        on_partition=done.append,
    )
    assert sorted(done) == [1, 2, 2]  # five articles in three partitions, each counted once
    assert sum(r["processed"] for r in results) == len(items) == 5
