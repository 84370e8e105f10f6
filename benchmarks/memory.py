"""Peak memory (RSS) of a whole ``claimx run`` over 1,000 and over 10,000 articles.

Generates distinct short news articles (each with its own names and numbers, so the spaCy
string store meets new strings all the time), runs ``claimx run`` on each corpus in a fresh
subprocess (parts, assembly and the final files included) and reads the subprocess's peak RSS
(``resource.getrusage(RUSAGE_SELF).ru_maxrss`` in the run's process; with
``--n-process`` above 1 the spaCy worker processes are not counted). Prints both peaks and
the growth.
Usage::

    python benchmarks/memory.py [--sizes 1000 10000] [--n-process 1] [--keep DIR] [--fast]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Maria", "Peter", "Anna", "Omar", "Lena", "Ivan", "Chen", "Sara", "Tom", "Aisha"]
LAST = ["Lopez", "Hall", "Kowalski", "Haddad", "Berg", "Petrov", "Wei", "Cohen", "Brown", "Diallo"]
ORGS = ["the ministry", "Exxon", "the city council", "the union", "the central bank"]


def article(i: int) -> str:
    name = f"{FIRST[i % 10]} {LAST[(i // 10) % 10]}{'' if i < 100 else '-' + format(i, 'x')}"
    org = ORGS[i % len(ORGS)]
    surname = name.split()[-1]
    return "\n\n".join(
        [
            f" date 2024-03-{1 + i % 28:02d} (MENAFN- Wire) {name}, a spokesperson for {org}, "
            f"spoke on Monday about project Q{i * 7919 % 1000003}.",
            f"“We will not accept plan number {i},” said {name}. “It costs {i * 31} dollars.”",
            f"{surname} added that {org} would appeal decision D-{i} before the court.",
            f"According to {org}, the vote on item {i * 13} was postponed until next week.",
        ]
    )


def write_corpus(root: Path, n: int) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"a{i:06d}.txt").write_text(article(i), encoding="utf-8")


def peak_rss_mb(corpus: Path, out: Path, n_process: int, fast: bool) -> tuple[float, float]:
    code = (
        "import resource, sys\n"
        "from claimx.cli import app\n"
        "try:\n    app(sys.argv[1:])\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    command = [sys.executable, "-c", code, "run", str(corpus), "--out", str(out)]
    command += ["--n-process", str(n_process)] + (["--fast"] if fast else [])
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    own = int(result.stdout.strip().splitlines()[-1]) / 1024  # KiB -> MiB (Linux)
    return own, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[1000, 10000])
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--keep", type=Path, default=None, help="Folder to keep corpora in.")
    parser.add_argument("--fast", action="store_true", help="claimx run --fast (no tagger)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        peaks = []
        for n in args.sizes:
            corpus = root / f"corpus-{n}"
            if not corpus.exists():
                write_corpus(corpus, n)
            peak, seconds = peak_rss_mb(corpus, root / f"out-{n}", args.n_process, args.fast)
            peaks.append(peak)
            print(
                f"{n:>6} articles: peak RSS {peak:.0f} MiB ({seconds:.0f} s, "
                f"{n / seconds:.1f} articles/s)",
                flush=True,
            )
        growth = 100 * (peaks[1] - peaks[0]) / peaks[0]
        print(f"growth {args.sizes[0]} -> {args.sizes[1]}: {growth:+.1f}%")


if __name__ == "__main__":
    main()
