"""Time of each pipeline component, one after another, over the same texts.

Runs every component of ``load_pipeline`` (spaCy's and claimx's) over all the texts, one
component at a time, so each one's time is its own; the background threads that overlap the
models with the parse in a real run are not used here (see ``throughput.py`` for that). Prints
seconds per component for each of ``--rounds`` rounds. Usage::

    python benchmarks/components.py [FOLDER] [--fast] [--rounds 2]

FOLDER defaults to ../shared/data/polnear/dev/text.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from claimx.pipeline import load_pipeline
from claimx.reader import iter_articles

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/data/polnear/dev/text"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--fast", action="store_true", help="leave out the attribution tagger")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    texts = [a.text for a in iter_articles(args.folder) if a.status == "ok"]
    nlp = load_pipeline(fast=args.fast)
    print(f"{len(texts)} articles; components: {', '.join(nlp.pipe_names)}")
    for n in range(1, args.rounds + 1):
        docs = [nlp.make_doc(text) for text in texts]
        times: dict[str, float] = {}
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            times[name] = time.perf_counter() - start
        cells = " ".join(f"{k}={v:.2f}" for k, v in times.items())
        print(f"round {n}: total {sum(times.values()):.2f} s; {cells}")


if __name__ == "__main__":
    main()
