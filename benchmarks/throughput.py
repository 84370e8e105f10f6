"""Throughput of claimx against a bare spaCy parse and textacy's direct_quotations.

Prints articles/s and words/s for (a) a bare ``nlp.pipe`` with the spaCy model claimx uses,
(b) the same plus textacy's ``direct_quotations`` (when textacy is installed: ``pip install
-e ".[bench]"``), and (c) ``claimx.pipeline.extract_rows`` with every component, and the ratios
c/a and c/b. Usage::

    python benchmarks/throughput.py [FOLDER] [--limit N] [--n-process N] [--repeat N] [--fast]

``--fast`` runs (c) without the trained attribution tagger (``claimx run --fast``).

FOLDER defaults to ../shared/data/polnear/dev/text.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from claimx.pipeline import extract_rows, load_base_pipeline, load_pipeline
from claimx.reader import iter_articles

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/data/polnear/dev/text"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; each run keeps its median")
    parser.add_argument("--fast", action="store_true", help="(c) without the attribution tagger")
    args = parser.parse_args()

    articles = [a for a in iter_articles(args.folder) if a.status == "ok"]
    if args.limit:
        articles = articles[: args.limit]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles, {words} words, n_process={args.n_process}, fast={args.fast}")

    base = load_base_pipeline()
    full = load_pipeline(fast=args.fast)
    kwargs = {"batch_size": args.batch_size, "n_process": args.n_process}
    # Warm up on every text once: the first pass over a corpus also grows the vocabulary and
    # string store, which would otherwise be charged to whichever run goes first.
    for nlp in (base, full):
        for _ in nlp.pipe(texts, batch_size=args.batch_size):
            pass

    try:
        from textacy.extract import direct_quotations
    except ImportError:
        direct_quotations = None
        print("textacy is not installed: (b) skipped")

    def bare() -> None:
        for _ in base.pipe(texts, **kwargs):
            pass

    def with_textacy() -> None:
        failures = 0
        for doc in base.pipe(texts, **kwargs):
            try:
                list(direct_quotations(doc))
            except Exception:  # textacy raises on unbalanced quote marks
                failures += 1
        print(f"  textacy raised on {failures} of {len(texts)} articles")

    def claimx() -> None:
        n_claims = sum(len(rows) for _article, rows in extract_rows(articles, full, **kwargs))
        print(f"  claimx found {n_claims} claims")

    runs = {"a: bare nlp.pipe": bare, "b: nlp.pipe + textacy": with_textacy, "c: claimx": claimx}
    if direct_quotations is None:
        del runs["b: nlp.pipe + textacy"]
    # The three runs take turns, --repeat times, and each keeps its median: a shared machine's
    # noise then falls on all three alike instead of on whichever ran during a busy moment.
    times: dict[str, list[float]] = {name: [] for name in runs}
    for round_ in range(args.repeat):
        print(f"round {round_ + 1} of {args.repeat}")
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
            print(f"  {name}: {times[name][-1]:.2f} s")
    results = {name: statistics.median(seconds) for name, seconds in times.items()}

    for name, seconds in results.items():
        print(f"{name:24s} {len(texts) / seconds:8.1f} articles/s {words / seconds:10.0f} words/s")
    a = results["a: bare nlp.pipe"]
    c = results["c: claimx"]
    print(f"c/a throughput ratio: {a / c:.2f}")
    if "b: nlp.pipe + textacy" in results:
        print(f"c/b throughput ratio: {results['b: nlp.pipe + textacy'] / c:.2f}")


if __name__ == "__main__":
    main()
