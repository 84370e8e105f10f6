"""Speed-up of ``--n-process 2`` over ``--n-process 1`` on the same articles.

Times :func:`claimx.pipeline.extract_rows` (every component, trained models included) over the
same texts with one worker process and with ``N`` (starting the worker processes and loading
the model in them is inside the timing, as in a real run), checks that the rows are identical,
and prints articles/s for each and the speed-up. Usage::

    python benchmarks/parallel.py [FOLDER] [--limit 200] [--n-process 2]

FOLDER defaults to ../shared/data/polnear/train/text (840 articles; the first 200 are used).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from claimx.pipeline import extract_rows, load_pipeline
from claimx.reader import iter_articles

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/data/polnear/train/text"


def timed(articles, nlp, n_process: int, batch_size: int) -> tuple[float, list]:
    start = time.perf_counter()
    rows = [r for _a, rs in extract_rows(articles, nlp, batch_size, n_process) for r in rs]
    return time.perf_counter() - start, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--fast", action="store_true", help="without the attribution tagger")
    args = parser.parse_args()

    articles = [a for a in iter_articles(args.folder) if a.status == "ok"]
    if args.limit:
        articles = articles[: args.limit]
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words} words")
    nlp = load_pipeline(fast=args.fast)
    list(extract_rows(articles[:4], nlp))  # warm up

    one, rows_one = timed(articles, nlp, 1, args.batch_size)
    many, rows_many = timed(articles, nlp, args.n_process, args.batch_size)
    assert rows_one == rows_many, "rows differ between n_process=1 and n_process=N"
    print(f"n_process=1: {one:.1f} s, {len(articles) / one:.2f} articles/s")
    print(f"n_process={args.n_process}: {many:.1f} s, {len(articles) / many:.2f} articles/s")
    print(f"speed-up: {one / many:.2f}x ({len(rows_one)} claim rows, identical)")


if __name__ == "__main__":
    main()
