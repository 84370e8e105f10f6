"""Where claimx's time goes beyond the parse: the c/a gap split into its parts.

On the same texts, in turns (``--repeat`` rounds, each run keeps its median), it times:

* (a) a bare ``nlp.pipe`` with the spaCy model claimx uses;
* (fast) ``extract_rows`` without the attribution tagger (the rules alone);
* (cached) ``extract_rows`` with the tagger component on, but its spans taken from a cache
  filled before the timing: the merge of the tagger's spans with the rules' claims, with no
  tagging work beside it;
* (full) ``extract_rows`` with every component, as ``claimx run`` does (the tagger works in a
  background thread while spaCy parses);
* (a + tagger elsewhere) the bare parse again while another process runs the tagger over the
  texts in a loop: how much the tagger on the second core slows the parse by itself;
* (a + Python loop elsewhere) the same with a plain Python loop in the other process instead:
  a busy second core that does no vector arithmetic, for comparison.

All runs give the same claims: the cache holds the tagger's own output. Usage::

    python benchmarks/tagger_overlap.py [FOLDER] [--limit N] [--repeat N]

FOLDER defaults to ../shared/data/polnear/dev/text.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import time
from pathlib import Path

from claimx import attribution_model
from claimx.pipeline import extract_rows, load_base_pipeline, load_pipeline
from claimx.reader import iter_articles

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/data/polnear/dev/text"


def _tag_forever(texts: list[str], stop) -> None:  # type: ignore[no-untyped-def]
    model = attribution_model.get_model()
    while not stop.is_set():
        for text in texts:
            if stop.is_set():
                return
            model.spans(text)


def _count_forever(stop) -> None:  # type: ignore[no-untyped-def]
    while not stop.is_set():
        total = 0
        for i in range(100_000):
            total += i


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()

    articles = [a for a in iter_articles(args.folder) if a.status == "ok"]
    if args.limit:
        articles = articles[: args.limit]
    texts = [a.text for a in articles]
    print(f"{len(texts)} articles")
    base, fast, full = load_base_pipeline(), load_pipeline(fast=True), load_pipeline()
    model = full.get_pipe("claimx_attribution")._model()
    tagger = type(model)
    real_spans = tagger.spans
    cache = {text: model.spans(text) for text in texts}

    def bare() -> None:
        for _ in base.pipe(texts, batch_size=args.batch_size):
            pass

    def claims(nlp) -> int:  # type: ignore[no-untyped-def]
        return sum(len(rows) for _, rows in extract_rows(articles, nlp, args.batch_size))

    def cached() -> int:
        tagger.spans = lambda self, text: cache[text]  # type: ignore[method-assign]
        try:
            return claims(full)
        finally:
            tagger.spans = real_spans  # type: ignore[method-assign]

    def busy_neighbour(tagging: bool) -> None:
        context = mp.get_context("fork")
        stop = context.Event()
        work = (_tag_forever, (texts, stop)) if tagging else (_count_forever, (stop,))
        worker = context.Process(target=work[0], args=work[1])
        worker.start()
        time.sleep(2.0)  # let it load the model and start tagging
        try:
            bare()
        finally:
            stop.set()
            worker.join()

    runs = {
        "a: bare nlp.pipe": bare,
        "fast: rules alone": lambda: claims(fast),
        "cached: merge, no tagging": cached,
        "full: claimx": lambda: claims(full),
        "a + tagger elsewhere": lambda: busy_neighbour(True),
        "a + Python loop elsewhere": lambda: busy_neighbour(False),
    }
    assert cached() == claims(full), "the cached spans gave other claims"  # and warms up
    bare()  # warm-up of the bare parse too
    times: dict[str, list[float]] = {name: [] for name in runs}
    for round_ in range(args.repeat):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
        print(f"round {round_ + 1}: " + ", ".join(f"{n} {t[-1]:.2f} s" for n, t in times.items()))
    a = statistics.median(times["a: bare nlp.pipe"])
    for name, seconds in times.items():
        median = statistics.median(seconds)
        print(
            f"{name:28s} {median:7.2f} s {1000 * median / len(texts):7.1f} ms/article"
            f"   a/this {a / median:.2f}"
        )


if __name__ == "__main__":
    main()
