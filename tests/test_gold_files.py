"""The hand-made speaker gold files: offsets and names only, pointing into the corpus."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from claimx.evaluate_speakers import load_speaker_gold

GOLD = Path(__file__).resolve().parents[1] / "models" / "gold"
FILES = ["polnear_dev_speakers.tsv", "polnear_dev_speakers_heldout.tsv"]
#: Every gold file, the train sets included.
ALL_FILES = sorted(p.name for p in GOLD.glob("*.tsv"))
COLUMNS = [
    "doc_id",
    "source_start",
    "source_end",
    "speaker",
    "organisation",
    "speaker_type",
    "note",
    "stated_organisation",  # what the article itself states (session 17's audit)
]


def test_every_gold_file_is_checked() -> None:
    assert len(ALL_FILES) >= 7 and set(FILES) <= set(ALL_FILES)


@pytest.mark.parametrize("name", ALL_FILES)
def test_gold_holds_only_offsets_and_names(name: str) -> None:
    with (GOLD / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == COLUMNS
    assert len(rows) > 300
    for row in rows[1:]:
        assert len(row) == len(COLUMNS), row
        assert int(row[1]) < int(row[2])
        assert row[5] in ("person", "organisation", "unknown")
        # names, not sentences: nothing long enough to be copied article text
        assert all(len(value) <= 120 for value in (*row[3:5], row[7])), row


def test_heldout_and_development_articles_do_not_overlap() -> None:
    dev, held = (load_speaker_gold(GOLD / name) for name in FILES)
    assert {g.doc_id for g in dev}.isdisjoint({g.doc_id for g in held})


@pytest.mark.parametrize("name", ALL_FILES)
def test_gold_offsets_fall_inside_their_articles(name: str, shared_data: Path) -> None:
    split = "train" if name.startswith("polnear_train") else "dev"
    texts = shared_data / "polnear" / split / "text"
    for g in load_speaker_gold(GOLD / name):
        text = (texts / g.doc_id).read_text(encoding="utf-8")
        assert 0 <= g.start < g.end <= len(text)
        assert text[g.start : g.end].strip(), g


def test_no_article_is_in_two_gold_files() -> None:
    seen: dict[str, str] = {}
    for name in ALL_FILES:
        for doc_id in {g.doc_id for g in load_speaker_gold(GOLD / name)}:
            assert doc_id not in seen, (doc_id, seen.get(doc_id), name)
            seen[doc_id] = name
