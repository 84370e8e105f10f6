"""Tests for claimx.writers: CSV safety, the three output files, dtypes and atomicity."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from claimx.errors import ClaimxError
from claimx.reader import Article, article_from_text
from claimx.table import CLAIMS_SCHEMA, COLUMNS, DOCUMENT_COLUMNS
from claimx.writers import OutputWriter, claims_frame, excel_safe, read_claims

OUTPUTS = ("claims.csv", "claims.parquet", "documents.csv")


def make_row(doc_id: str = "a.txt", index: int = 0, **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "doc_id": doc_id,
        "claim_index": index,
        "quote": "We will win",
        "quote_start": 10,
        "quote_end": 21,
        "quote_type": "direct",
        "cue": "said",
        "cue_start": 23,
        "cue_end": 27,
        "speaker_mention": "Kholod",
        "speaker_start": 28,
        "speaker_end": 34,
        "speaker": "Kholod",
        "speaker_type": "person",
        "organisation": None,
        "organisation_source": None,
        "date": "2024-03-21",
        "stance": "support",
        "stance_target": "volunteers",
        "stance_score": 0.123456,
    }
    row.update(changes)
    return row


def ok_article(doc_id: str = "a.txt") -> Article:
    return Article(doc_id, "text", "2024-03-21", "UkrinForm", "ok")


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-5", "'-5"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_excel_safe(value: str, expected: str) -> None:
    assert excel_safe(value) == expected


def test_three_files_with_headers_and_values(tmp_path: Path) -> None:
    out = tmp_path / "out" / "nested"
    rows = [
        make_row(quote="=HYPERLINK(1)", speaker="-Dash", claim_index=0),
        make_row(
            claim_index=1,
            quote='line\nbreak, "quoted"',
            quote_start=-5,  # numbers are never neutralised, even negative ones
            cue=None,
            cue_start=None,
            cue_end=None,
            stance_score=None,
            date=None,
        ),
    ]
    with OutputWriter(out) as writer:
        writer.add(ok_article(), rows)
        writer.add(Article("-bad.txt", "", None, None, "error", "binary file (PNG image)"), [])
        writer.add(article_from_text("   ", "text-0"), [])
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)  # no temp files left

    claims = read_csv(out / "claims.csv")
    assert claims[0] == list(COLUMNS)
    first = dict(zip(COLUMNS, claims[1], strict=True))
    assert first["quote"] == "'=HYPERLINK(1)"
    assert first["speaker"] == "'-Dash"
    assert first["claim_index"] == "0"
    assert first["stance_score"] == "0.1235"
    assert first["organisation"] == ""
    second = dict(zip(COLUMNS, claims[2], strict=True))
    assert second["quote"] == 'line\nbreak, "quoted"'
    assert second["quote_start"] == "-5"
    assert second["cue"] == second["cue_start"] == second["stance_score"] == ""
    assert b"\r\n" not in (out / "claims.csv").read_bytes()

    documents = read_csv(out / "documents.csv")
    assert documents[0] == list(DOCUMENT_COLUMNS)
    assert documents[1:] == [
        ["'-bad.txt", "error", "0", "", "", "binary file (PNG image)"],
        ["a.txt", "ok", "2", "2024-03-21", "UkrinForm", ""],
        ["text-0", "empty", "0", "", "", "file has only whitespace"],
    ]

    table = pq.read_table(out / "claims.parquet")
    assert table.schema.equals(CLAIMS_SCHEMA)
    assert table.column("quote").to_pylist() == ["=HYPERLINK(1)", 'line\nbreak, "quoted"']
    assert table.column("cue_start").to_pylist() == [23, None]

    summary = writer.summary
    assert (summary.articles, summary.claims, summary.speakers, summary.errors) == (3, 2, 2, 1)
    assert summary.empty == 1


def test_excel_safe_off(tmp_path: Path) -> None:
    with OutputWriter(tmp_path, excel_safe=False) as writer:
        writer.add(ok_article(), [make_row(quote="=1+1")])
    assert read_csv(tmp_path / "claims.csv")[1][COLUMNS.index("quote")] == "=1+1"


def test_row_groups_flush(tmp_path: Path) -> None:
    with OutputWriter(tmp_path, flush_rows=2) as writer:
        for n in range(5):
            writer.add(ok_article(f"{n}.txt"), [make_row(f"{n}.txt")])
    parquet = pq.ParquetFile(tmp_path / "claims.parquet")
    assert parquet.metadata.num_row_groups == 3
    assert parquet.metadata.num_rows == 5
    assert len(read_csv(tmp_path / "claims.csv")) == 6


def test_read_claims_dtypes(tmp_path: Path) -> None:
    with OutputWriter(tmp_path) as writer:
        writer.add(ok_article(), [make_row(), make_row(index=1, cue_start=None, date="")])
    frame = read_claims(tmp_path)
    assert list(frame.columns) == list(COLUMNS)
    assert isinstance(frame["quote_type"].dtype, pd.CategoricalDtype)
    assert list(frame["quote_type"].cat.categories) == ["direct", "indirect", "mixed"]
    assert list(frame["speaker_type"].cat.categories) == ["person", "organisation", "unknown"]
    assert list(frame["stance"].cat.categories) == ["support", "oppose", "neutral"]
    assert frame["cue_start"].dtype == "Int64"
    assert frame["cue_start"].isna().tolist() == [False, True]
    assert frame["date"].dtype == "datetime64[ns]"
    assert frame["date"].tolist()[0] == pd.Timestamp("2024-03-21")
    assert frame["date"].isna().tolist() == [False, True]
    assert frame["stance_score"].dtype == "float64"
    assert frame["stance_score"][0] == pytest.approx(0.123456)  # full precision in Parquet


def test_claims_frame_matches_read_claims(tmp_path: Path) -> None:
    rows = [make_row(), make_row(index=1, quote_type="indirect", speaker_start=None)]
    with OutputWriter(tmp_path) as writer:
        writer.add(ok_article(), rows)
    pd.testing.assert_frame_equal(claims_frame(rows), read_claims(tmp_path))


def test_zero_rows(tmp_path: Path) -> None:
    with OutputWriter(tmp_path) as writer:
        writer.add(article_from_text("", "text-0"), [])
    assert read_csv(tmp_path / "claims.csv") == [list(COLUMNS)]
    frame = read_claims(tmp_path)
    assert frame.empty
    assert list(frame.columns) == list(COLUMNS)
    pd.testing.assert_frame_equal(frame, claims_frame([]))
    assert frame["quote_start"].dtype == "Int64"
    assert frame["date"].dtype == "datetime64[ns]"
    assert writer.summary.claims == 0


def test_claims_frame_rejects_unknown_category() -> None:
    with pytest.raises(ValueError, match="quote_type"):
        claims_frame([make_row(quote_type="shouted")])


def test_add_rejects_wrong_keys(tmp_path: Path) -> None:
    row = make_row()
    del row["stance"]
    with pytest.raises(ValueError, match="missing \\['stance'\\]"), OutputWriter(tmp_path) as w:
        w.add(ok_article(), [row])
    assert list(tmp_path.iterdir()) == []


def test_out_dir_is_a_file(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_text("x")
    with pytest.raises(ClaimxError, match=r"\[E003\]"):
        OutputWriter(path)


def test_exception_leaves_previous_outputs(tmp_path: Path) -> None:
    with OutputWriter(tmp_path) as writer:
        writer.add(ok_article("old.txt"), [make_row("old.txt")])
    before = {name: (tmp_path / name).read_bytes() for name in OUTPUTS}

    with pytest.raises(RuntimeError, match="boom"), OutputWriter(tmp_path, flush_rows=1) as w:
        w.add(ok_article("new.txt"), [make_row("new.txt"), make_row("new.txt", 1)])
        raise RuntimeError("boom")

    assert {name: (tmp_path / name).read_bytes() for name in OUTPUTS} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(OUTPUTS)
    assert read_claims(tmp_path)["doc_id"].tolist() == ["old.txt"]


def test_parquet_schema_is_typed(tmp_path: Path) -> None:
    with OutputWriter(tmp_path) as writer:
        writer.add(ok_article(), [make_row(quote_start=None)])
    schema = pq.read_schema(tmp_path / "claims.parquet")
    assert schema.field("quote_start").type == pa.int64()
    assert schema.field("stance_score").type == pa.float64()
    assert schema.field("quote").type == pa.string()


def test_temporary_files_of_killed_runs_are_removed(tmp_path: Path) -> None:
    dead = tmp_path / ".claims.csv.tmp-999999999-0"  # above any Linux pid_max: never alive
    dead.write_text("partial")
    dead_parquet = tmp_path / ".claims.parquet.tmp-999999999-0"
    dead_parquet.write_bytes(b"PAR1")
    live = tmp_path / f".documents.csv.tmp-{os.getppid()}-0"  # a run going on beside this one
    live.write_text("in progress")
    other = tmp_path / ".claims.csv.notes"
    other.write_text("not ours")
    with OutputWriter(tmp_path) as writer:
        writer.add(ok_article(), [make_row()])
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == sorted([*OUTPUTS, live.name, other.name])
