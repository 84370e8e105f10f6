"""The README's Ray and Spark recipes (``examples/``) give the local engine's files.

Ray and Spark are not claimx dependencies: each test skips, saying why, where its engine (or
Spark's Java) is missing. ``.ci/run`` installs both, so CI runs them.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest
from snippets import write_engine_corpus
from typer.testing import CliRunner

import claimx.cli
from claimx.cli import app
from claimx.runs import RunConfig

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
OUTPUTS = ("claims.csv", "claims.parquet", "documents.csv", "stances.csv")
TARGET = "Kowalski=Anna Kowalski"


def load_example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def corpus_and_local_run(tmp_path, monkeypatch, nlp) -> tuple[Path, Path]:
    """A small folder (one empty file among them) and ``claimx run --fast`` over it."""
    corpus = tmp_path / "in"
    write_engine_corpus(corpus)
    local = tmp_path / "local"
    with monkeypatch.context() as patch:
        patch.setattr(claimx.cli, "load_pipeline", lambda model=None, fast=False: nlp)
        args = ["run", str(corpus), "--out", str(local), "--fast", "--target", TARGET]
        result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return corpus, local


def assert_same_files(out: Path, local: Path) -> None:
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (local / name).read_bytes(), name


def test_ray_recipe_gives_the_local_engine_files(tmp_path, corpus_and_local_run):
    ray = pytest.importorskip("ray", reason="Ray is not installed (pip install ray)")
    corpus, local = corpus_and_local_run
    recipe = load_example("ray_recipe")
    config = RunConfig(fast=True, targets=(TARGET,))
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        # Batches of two files over two actors: each actor writes parts for several batches.
        done = recipe.run_on_ray(corpus, tmp_path / "ray", config, actors=2, batch_size=2)
    finally:
        ray.shutdown()
    assert done == 5
    assert_same_files(tmp_path / "ray", local)


def test_spark_recipe_gives_the_local_engine_files(tmp_path, corpus_and_local_run, monkeypatch):
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install pyspark)")
    if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        pytest.skip("Spark needs a Java runtime, and none is installed")
    from pyspark.sql import SparkSession

    corpus, local = corpus_and_local_run
    recipe = load_example("spark_recipe")
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    spark = SparkSession.builder.master("local[2]").appName("claimx-test").getOrCreate()
    try:
        config = RunConfig(fast=True, targets=(TARGET,))
        done = recipe.run_on_spark(spark, corpus, tmp_path / "spark", config, partitions=3)
    finally:
        spark.stop()
    assert done == 5
    assert_same_files(tmp_path / "spark", local)
