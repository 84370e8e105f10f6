"""Stance predictions per second with the packaged model (a script that prints figures).

Usage::

    python benchmarks/stance_speed.py [FILE.jsonl] [--batch-size N] [--repeat N] [--threads N]

FILE defaults to ``../shared/data/newsmtsc/devtest_mt.jsonl`` (1,476 targets). Times
``claimx.stance_toward_many`` over every target after one warm-up batch, and prints
predictions/s for each repeat and the median. Run it on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "newsmtsc" / "devtest_mt.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--threads", type=int, default=0, help="onnxruntime threads (0: all)")
    args = parser.parse_args()

    from claimx import stance_model
    from claimx.stance import stance_backend, stance_toward_many
    from claimx.stance_eval import load_items

    if stance_backend() != "model":
        raise SystemExit("no stance model in models/stance: run `claimx train-stance` first")
    if args.threads:
        stance_model._loaded[stance_model._model_dir().resolve()] = stance_model.StanceModel.load(
            threads=args.threads
        )
    items = [(t, s, e) for t, s, e, _ in load_items(args.file)]
    list(stance_toward_many(items[: args.batch_size], batch_size=args.batch_size))  # warm-up
    rates = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        n = sum(1 for _ in stance_toward_many(items, batch_size=args.batch_size))
        rates.append(n / (time.perf_counter() - started))
        print(f"{n} predictions in {n / rates[-1]:.2f} s: {rates[-1]:.0f}/s")
    size = (stance_model._model_dir() / stance_model.MODEL_FILE).stat().st_size / 1e6
    print(
        f"median {statistics.median(rates):.0f} predictions/s "
        f"(batch {args.batch_size}, {os.cpu_count()} CPUs, model {size:.1f} MB, {args.file.name})"
    )


if __name__ == "__main__":
    main()
