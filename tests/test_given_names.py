"""The given-name gender table and its builder."""

from __future__ import annotations

import gzip
from pathlib import Path

from claimx.given_names import build, english_words, gender_of_given_name, given_name_genders


def test_the_shipped_table_knows_one_gender_names_only():
    assert len(given_name_genders()) > 4000
    assert gender_of_given_name("Cathy") == "f"
    assert gender_of_given_name("DONALD") == "m"
    assert gender_of_given_name("Leslie") == ""  # about as many men as women
    assert gender_of_given_name("Zzyzx") == ""


def _census(tmp_path: Path) -> None:
    (tmp_path / "dist.male.first").write_text(
        "JAMES          3.318  3.318      1\nKIM            0.010  3.328      2\n", "ascii"
    )
    (tmp_path / "dist.female.first").write_text(
        "MARY           2.629  2.629      1\nKIM            0.080  2.709      2\n"
        "JAMES          0.020  2.729      3\n",
        "ascii",
    )


def test_build_keeps_names_of_one_gender_by_share(tmp_path: Path):
    _census(tmp_path)
    out = tmp_path / "names.tsv"
    assert build(tmp_path, out) == 2  # KIM is 89% female: below the 95% share
    assert out.read_text().splitlines() == [
        "name\tgender\tshare\tsource",
        "JAMES\tm\t0.994\tcensus",
        "MARY\tf\t1.000\tcensus",
    ]


def test_build_adds_the_names_only_the_ssa_counts_give(tmp_path: Path):
    _census(tmp_path)
    ssa = tmp_path / "counts.csv.gz"
    with gzip.open(ssa, "wt", encoding="utf-8") as handle:
        handle.write(
            "first_name,sex,count,year_of_birth\n"
            "barack,m,150,1961\nbarack,m,60,2009\n"  # 210 boys over two years
            "mary,m,5000,1950\n"  # the Census lists decide the names they hold
            "zuri,f,40,2000\n"  # too few babies to say
            "supreme,m,300,1990\n"  # an English word, not a given name
            "vander,m,500,1930\n"  # a surname particle ("Vander Plaats")
        )
    out = tmp_path / "names.tsv"
    assert build(tmp_path, out, ssa=ssa, words=frozenset({"supreme"})) == 3
    assert out.read_text().splitlines()[1:] == [
        "BARACK\tm\t1.000\tssa",
        "JAMES\tm\t0.994\tcensus",
        "MARY\tf\t1.000\tcensus",
    ]


def test_the_shipped_table_has_rarer_names_but_no_words():
    assert gender_of_given_name("Barack") == "m"
    assert gender_of_given_name("Vladimir") == "m"
    assert gender_of_given_name("Washington") == ""  # an SSA name, and an English word
    assert gender_of_given_name("Vander") == ""


def test_english_words_come_from_the_pipelines_lemmatizer_tables():
    words = english_words()
    assert {"court", "supreme", "washington"} <= words
    assert "barack" not in words and "lachlan" not in words
