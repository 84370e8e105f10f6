"""Run claimx on Spark: ``mapInPandas`` over the file list, then merge the parts.

    pip install claimx pyspark        # Spark needs a Java runtime
    python examples/spark_recipe.py INPUT OUT [--fast] [--partitions N] [--master URL]

Each Python worker process loads the pipeline once (:func:`claimx.runs.cached_pipeline`) and
calls :func:`claimx.runs.process_items`, the same plain function as ``claimx run`` and its Dask
engine; the parts land in ``OUT/.claimx-parts`` and :func:`claimx.runs.assemble` (what
``claimx merge OUT`` runs) writes the final files. On a cluster, INPUT and OUT must be on a
file system every node sees. Spark is not a claimx dependency: this is a recipe, tested by
``tests/test_recipes.py`` where pyspark and Java are installed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
from pyspark.sql import SparkSession

from claimx.reader import discover
from claimx.runs import PARTS_DIR, RunConfig, assemble, process_items


def claimx_partition(parts_dir: str, config: RunConfig):
    """The function ``mapInPandas`` runs on each partition's batches of ``(doc_id, path)``."""

    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for pdf in batches:
            items = [(d, p, None) for d, p in zip(pdf["doc_id"], pdf["path"], strict=True)]
            [summary] = process_items(items, parts_dir, config)
            yield pd.DataFrame({"processed": [summary["processed"]]})

    return run


def run_on_spark(
    spark: SparkSession, input_dir: Path, out: Path, config: RunConfig, partitions: int = 2
) -> int:
    """Extract every file under ``input_dir`` with Spark, then assemble ``out``; articles done."""
    parts_dir = out / PARTS_DIR
    rows = [(d, str(p)) for d, p in discover(input_dir)]
    done = (
        spark.createDataFrame(rows, "doc_id string, path string")
        .repartition(partitions)
        .mapInPandas(claimx_partition(str(parts_dir), config), "processed long")
        .collect()
    )
    assemble(out, [parts_dir], fingerprint=config.fingerprint)
    return sum(row.processed for row in done)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--fast", action="store_true", help="the rules alone, no tagger")
    parser.add_argument("--partitions", type=int, default=2)
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()
    # Local workers run this interpreter (the one claimx is installed in), not `python3`.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = SparkSession.builder.master(args.master).appName("claimx").getOrCreate()
    try:
        config = RunConfig(fast=args.fast)
        n = run_on_spark(spark, args.input, args.out, config, args.partitions)
    finally:
        spark.stop()
    print(f"{n} articles extracted; final files in {args.out}")


if __name__ == "__main__":
    main()
