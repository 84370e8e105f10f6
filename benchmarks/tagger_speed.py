"""Time of the attribution tagger alone, per article, on one core.

Runs ``AttributionModel.spans`` (tokenise, window, ONNX forward, decode) over PolNeAR dev texts
with one onnxruntime thread, and prints milliseconds per article and word pieces per article.
Usage::

    python benchmarks/tagger_speed.py [FOLDER] [--limit 40] [--model-dir DIR ...]

``--model-dir`` may be given several times to compare tagger folders in one run (timings taken
in different runs on this machine differ by 10% or more). FOLDER defaults to
../shared/data/polnear/dev/text.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from claimx.attribution_model import AttributionModel, token_windows, tokenize
from claimx.reader import iter_articles

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/data/polnear/dev/text"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the median is printed")
    parser.add_argument("--model-dir", type=Path, action="append", default=None)
    args = parser.parse_args()

    texts = [a.text for a in iter_articles(args.folder) if a.status == "ok"][: args.limit]
    for folder in args.model_dir or [None]:
        model = AttributionModel.load(folder, threads=1)
        window = int(model.config.get("window", 0))
        stride = int(model.config.get("stride", 0))
        pieces = [len(tokenize(model.tokenizer, t)[0]) for t in texts]
        fed = sum(e - s + 2 for n in pieces for s, e in token_windows(n, window - 2, stride))
        model.spans(texts[0])  # warm up
        rounds = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            for text in texts:
                model.spans(text)
            rounds.append((time.perf_counter() - started) / len(texts))
        print(
            f"{folder or 'packaged model'}: window {window}, stride {stride}: "
            f"{1000 * statistics.median(rounds):.0f} ms/article over {len(texts)} articles "
            f"({sum(pieces) / len(texts):.0f} word pieces, {fed / len(texts):.0f} fed to the "
            f"encoder with the overlap)"
        )


if __name__ == "__main__":
    main()
