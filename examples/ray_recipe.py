"""Run claimx on Ray Data: ``map_batches`` with a callable class, then merge the parts.

    pip install claimx ray
    python examples/ray_recipe.py INPUT OUT [--fast] [--actors N]

Each actor loads the pipeline once (in its constructor) and calls
:func:`claimx.runs.process_items`, the same plain function as ``claimx run`` and its Dask
engine; the parts land in ``OUT/.claimx-parts`` and :func:`claimx.runs.assemble` (what
``claimx merge OUT`` runs) writes the final files. On a cluster, INPUT and OUT must be on a
file system every node sees. Ray is not a claimx dependency: this is a recipe, tested by
``tests/test_recipes.py`` where Ray is installed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
import ray

from claimx.reader import discover
from claimx.runs import PARTS_DIR, RunConfig, assemble, cached_pipeline, process_items


class ClaimxPartition:
    """One Ray actor: the pipeline loads once, then each batch of files becomes part files."""

    def __init__(self, parts_dir: str, config: RunConfig):
        self.parts_dir, self.config = parts_dir, config
        cached_pipeline(config.model, config.fast)  # load the model once per actor

    def __call__(self, batch: pd.DataFrame) -> pd.DataFrame:
        items = [(d, p, None) for d, p in zip(batch["doc_id"], batch["path"], strict=True)]
        [summary] = process_items(items, self.parts_dir, self.config)
        return pd.DataFrame({"processed": [summary["processed"]]})


def run_on_ray(
    input_dir: Path, out: Path, config: RunConfig, actors: int = 2, batch_size: int = 64
) -> int:
    """Extract every file under ``input_dir`` on Ray, then assemble ``out``; articles done."""
    parts_dir = out / PARTS_DIR
    files = [{"doc_id": d, "path": str(p)} for d, p in discover(input_dir)]
    done = (
        ray.data.from_items(files)
        .map_batches(
            ClaimxPartition,
            fn_constructor_args=(str(parts_dir), config),
            batch_size=batch_size,
            batch_format="pandas",
            compute=ray.data.ActorPoolStrategy(size=actors),
        )
        .to_pandas()
    )
    assemble(out, [parts_dir], fingerprint=config.fingerprint)
    return int(done["processed"].sum())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--fast", action="store_true", help="the rules alone, no tagger")
    parser.add_argument("--actors", type=int, default=2)
    args = parser.parse_args()
    ray.init(num_cpus=args.actors)
    n = run_on_ray(args.input, args.out, RunConfig(fast=args.fast), actors=args.actors)
    print(f"{n} articles extracted; final files in {args.out}")


if __name__ == "__main__":
    main()
