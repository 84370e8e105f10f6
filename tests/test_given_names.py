"""The given-name gender table and its builder."""

from __future__ import annotations

from pathlib import Path

from claimx.given_names import build, gender_of_given_name, given_name_genders


def test_the_shipped_table_knows_one_gender_names_only():
    assert len(given_name_genders()) > 4000
    assert gender_of_given_name("Cathy") == "f"
    assert gender_of_given_name("DONALD") == "m"
    assert gender_of_given_name("Leslie") == ""  # about as many men as women
    assert gender_of_given_name("Zzyzx") == ""


def test_build_keeps_names_of_one_gender_by_share(tmp_path: Path):
    (tmp_path / "dist.male.first").write_text(
        "JAMES          3.318  3.318      1\nKIM            0.010  3.328      2\n", "ascii"
    )
    (tmp_path / "dist.female.first").write_text(
        "MARY           2.629  2.629      1\nKIM            0.080  2.709      2\n"
        "JAMES          0.020  2.729      3\n",
        "ascii",
    )
    out = tmp_path / "names.tsv"
    assert build(tmp_path, out) == 2  # KIM is 89% female: below the 95% share
    assert out.read_text().splitlines() == [
        "name\tgender\tshare",
        "JAMES\tm\t0.994",
        "MARY\tf\t1.000",
    ]
