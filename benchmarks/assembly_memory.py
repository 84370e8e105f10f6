"""Peak memory of assembling a run's final files from its part files, by number of articles.

``claimx run`` writes part files as it goes and, at the end, assembles ``claims.csv``,
``claims.parquet`` and ``documents.csv`` from them (``claimx.runs.assemble``; ``claimx merge``
does the same). This script writes synthetic parts (one claim and one ``--target`` stance row
per article, through the same ``PartWriter`` a run uses; no model is loaded) for N articles and
measures the Python heap's peak during the assembly alone with ``tracemalloc``, so the figure
is the assembly's own, free of the parse. Usage::

    python benchmarks/assembly_memory.py [N ...]     # default: 10000 100000
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from claimx.reader import Article
from claimx.runs import PartWriter, RunConfig, assemble
from claimx.table import COLUMNS


def _row(doc_id: str) -> dict:
    row = dict.fromkeys(COLUMNS)
    row.update(doc_id=doc_id, claim_index=0, quote="We will win.", quote_type="direct")
    row.update(speaker="Jane Doe", speaker_type="person", stance="neutral")
    return row


def measure(n: int) -> tuple[float, float]:
    """Peak traced MiB and seconds of assembling ``n`` articles' parts."""
    config = RunConfig(targets=("Doe",))
    with tempfile.TemporaryDirectory() as tmp:
        parts, out = Path(tmp) / "parts", Path(tmp) / "out"
        writer = PartWriter(parts, config)
        for i in range(n):
            doc_id = f"news/{i:08d}-a-longer-article-name.txt"
            article = Article(doc_id, "", "2024-03-21", "Publisher", "ok", content_hash="0" * 64)
            stance = {"doc_id": doc_id, "claim_index": 0, "target": "Doe", "mention": "Doe"}
            stance |= {"stance": "neutral", "stance_score": 0.5}
            writer.add(article, [_row(doc_id)], [stance])
        writer.flush()
        tracemalloc.start()
        start = time.perf_counter()
        summary = assemble(out, [parts], fingerprint=config.fingerprint)
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        assert summary.articles == n
    return peak, seconds


def main(sizes: list[int]) -> None:
    print(f"{'articles':>10} {'peak MiB (traced)':>18} {'seconds':>8}")
    for n in sizes:
        peak, seconds = measure(n)
        print(f"{n:>10,} {peak:>18.1f} {seconds:>8.1f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 100_000])
