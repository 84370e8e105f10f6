"""Tests for claimx.evaluate: gold loading, span normalisation, scoring and the errors CSV."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from claimx.errors import ClaimxError
from claimx.evaluate import (
    ROLES,
    EvalReport,
    gold_to_claims,
    load_gold,
    normalise_span,
    run_evaluation,
    score,
    write_errors,
)
from claimx.table import COLUMNS, OFFSET_COLUMNS

# Invented sentences; the gold quote pieces include their quote marks, as PolNeAR's do.
DOC_ONE = (
    "\u201cWe will win,\u201d said Jane Roe. \u201cThe polls are wrong.\u201d\n"
    "Mayor Bob Stone said the budget was fine.\n"
)
DOC_TWO = "Nothing was said here.\n"

Offsets = tuple[int, int]


def _find(text: str, needle: str, occurrence: int = 0) -> Offsets:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


# Gold offsets (as annotated) and the offsets claimx would predict (quote marks outside).
QUOTE_1_GOLD = _find(DOC_ONE, "\u201cWe will win,\u201d")
QUOTE_2_GOLD = _find(DOC_ONE, "\u201cThe polls are wrong.\u201d")
QUOTE_1 = _find(DOC_ONE, "We will win,")
QUOTE_2 = _find(DOC_ONE, "The polls are wrong.")
SAID_1 = _find(DOC_ONE, "said")
SAID_2 = _find(DOC_ONE, "said", 1)
JANE = _find(DOC_ONE, "Jane Roe")
MAYOR = _find(DOC_ONE, "Mayor Bob Stone")
BOB = _find(DOC_ONE, "Bob Stone")
BUDGET_GOLD = _find(DOC_ONE, "the budget was fine.")
BUDGET = _find(DOC_ONE, "the budget was fine")


def _t(tid: str, label: str, text: str, *pieces: Offsets) -> str:
    offsets = ";".join(f"{s} {e}" for s, e in pieces)
    covered = " ".join(text[s:e] for s, e in pieces)
    return f"{tid}\t{label} {offsets}\t{covered}"


ALICE_ANN = "\n".join(
    [
        _t("T1", "Content", DOC_ONE, QUOTE_1_GOLD, QUOTE_2_GOLD),
        _t("T2", "Cue", DOC_ONE, SAID_1),
        _t("T3", "Source", DOC_ONE, JANE),
        _t("T4", "Attribution", DOC_ONE, SAID_1),
        "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
        _t("T5", "Source", DOC_ONE, MAYOR),
        _t("T6", "Cue", DOC_ONE, SAID_2),
        _t("T7", "Content", DOC_ONE, BUDGET_GOLD),
        _t("T8", "Attribution", DOC_ONE, SAID_2),
        _t("T9", "Discuss", DOC_ONE, BUDGET_GOLD),
        "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
        "A1\tNegated E2",
        "R1\tRelated Arg1:T1 Arg2:T7",
        "#1\tAnnotatorNotes T1\ta note",
        "",
    ]
)
# A second annotator, sorted after "alice": must be ignored.
ZED_ANN = _t("T1", "Source", DOC_ONE, _find(DOC_ONE, "Roe")) + "\n"


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    """A tiny PolNeAR-style gold folder: doc_one has two annotators, doc_two none."""
    root = tmp_path / "gold"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "doc_one.txt").write_text(DOC_ONE, encoding="utf-8")
    (root / "text" / "doc_two.txt").write_text(DOC_TWO, encoding="utf-8")
    (root / "attributions" / "doc_one_zed.ann").write_text(ZED_ANN, encoding="utf-8")
    (root / "attributions" / "doc_one_alice.ann").write_text(ALICE_ANN, encoding="utf-8")
    return root


def _claims(*rows: dict[str, Any]) -> pd.DataFrame:
    """Build a claims table; each row gives doc_id and (start, end) tuples or None."""
    records = []
    for i, row in enumerate(rows):
        record: dict[str, Any] = dict.fromkeys(COLUMNS)
        record["doc_id"] = row.get("doc_id", "doc_one.txt")
        record["claim_index"] = i
        for name in ("quote", "cue", "speaker"):
            start, end = row.get(name) or (pd.NA, pd.NA)
            record[f"{name}_start"], record[f"{name}_end"] = start, end
        records.append(record)
    frame = pd.DataFrame(records, columns=list(COLUMNS))
    for column in OFFSET_COLUMNS:
        frame[column] = frame[column].astype("Int64")
    return frame


def _perfect_rows() -> list[dict[str, Any]]:
    return [
        {"quote": QUOTE_1, "cue": SAID_1, "speaker": JANE},
        {"quote": QUOTE_2, "cue": SAID_1, "speaker": JANE},
        {"quote": BUDGET, "cue": SAID_2, "speaker": MAYOR},
    ]


def _figures(report: EvalReport, role: str, kind: str = "exact") -> tuple[float, float, float]:
    s = getattr(report.roles[role], kind)
    return s.p, s.r, s.f1


def test_load_gold_uses_first_sorted_annotator(gold_dir: Path) -> None:
    gold = load_gold(gold_dir)
    assert list(gold) == ["doc_one.txt", "doc_two.txt"]
    one = gold["doc_one.txt"]
    assert one.annotation_file is not None
    assert one.annotation_file.name == "doc_one_alice.ann"
    assert one.content == [(QUOTE_1_GOLD, QUOTE_2_GOLD), (BUDGET_GOLD,)]
    assert one.source == [(JANE,), (MAYOR,)]
    assert one.cue == [(SAID_1,), (SAID_2,)]
    assert len(one.attributions) == 2
    assert one.attributions[1].source == (MAYOR,)
    two = gold["doc_two.txt"]
    assert two.annotation_file is None
    assert (two.content, two.source, two.cue) == ([], [], [])


def test_missing_gold_folders_raise_e007(tmp_path: Path) -> None:
    with pytest.raises(ClaimxError, match="E007"):
        load_gold(tmp_path / "nowhere")
    (tmp_path / "half" / "text").mkdir(parents=True)
    with pytest.raises(ClaimxError, match="E007"):
        load_gold(tmp_path / "half")


def test_normalise_span_trims_quotes_and_merges_pieces() -> None:
    text = "\u201cHello, world,\u201d she said. \u201cBye.\u201d"
    with_marks = normalise_span(text, [(0, 15)])
    without_marks = normalise_span(text, [(1, 14)])
    assert with_marks == without_marks == ((1, 13),)
    # Pieces separated only by quote marks, spaces and punctuation are merged.
    assert normalise_span(text, [(0, 3), (3, 15)]) == ((1, 13),)
    # A piece that is only punctuation is dropped; a span made only of it is kept as is.
    assert normalise_span(text, [(1, 6), (24, 25)]) == ((1, 6),)
    assert normalise_span(text, [(24, 25)]) == ((24, 25),)
    assert normalise_span(text, [(15, 16)]) == ()


def test_perfect_prediction_scores_100(gold_dir: Path) -> None:
    report = score(load_gold(gold_dir), _claims(*_perfect_rows()))
    for role in ROLES:
        assert _figures(report, role) == (100.0, 100.0, 100.0)
        assert _figures(report, role, "overlap") == (100.0, 100.0, 100.0)
        assert report.roles[role].exact.n_gold == 2
        assert report.roles[role].exact.n_pred == 2
    assert report.errors == []


def test_quote_marks_included_or_not_match_the_same(gold_dir: Path) -> None:
    rows = _perfect_rows()
    rows[0]["quote"] = QUOTE_1_GOLD  # quote marks included this time
    report = score(load_gold(gold_dir), _claims(*rows))
    assert _figures(report, "content") == (100.0, 100.0, 100.0)


def test_split_quote_needs_a_shared_cue(gold_dir: Path) -> None:
    rows = _perfect_rows()
    rows[1]["cue"] = None  # the second half is now an attribution of its own
    rows[1]["speaker"] = None
    report = score(load_gold(gold_dir), _claims(*rows))
    # Predicted contents: "We will win", "The polls are wrong", "the budget was fine".
    # Exact: 1 of 3 predicted right, 1 of 2 gold found.
    assert _figures(report, "content") == (33.3, 50.0, 40.0)
    # Overlap: every prediction lies inside gold (P 100); the split gold content (11 + 19
    # chars) is covered 19/30 by its best prediction, the budget fully: R = (19/30 + 1) / 2
    # = 49/60, F1 = 2 * 49/60 / (1 + 49/60) = 98/109.
    assert _figures(report, "content", "overlap") == (100.0, 81.7, 89.9)
    # Source and cue are unaffected (deduplicated as sets).
    assert _figures(report, "source") == (100.0, 100.0, 100.0)
    assert _figures(report, "cue") == (100.0, 100.0, 100.0)


def test_wrong_spans_lower_the_scores(gold_dir: Path) -> None:
    rows = _perfect_rows()
    rows[2]["speaker"] = BOB  # "Bob Stone" for gold "Mayor Bob Stone"
    rows.append({"doc_id": "doc_two.txt", "quote": (0, 21)})  # doc_two has no gold
    rows.append({"doc_id": "elsewhere.txt", "quote": (0, 5), "cue": (6, 9)})  # not gold: ignored
    report = score(load_gold(gold_dir), _claims(*rows))
    assert _figures(report, "source") == (50.0, 50.0, 50.0)
    # Overlap: "Bob Stone" lies inside gold (P 100); gold covered 9/15 (R = (1 + 0.6) / 2).
    assert _figures(report, "source", "overlap") == (100.0, 80.0, 88.9)
    assert _figures(report, "content") == (66.7, 100.0, 80.0)
    assert _figures(report, "cue") == (100.0, 100.0, 100.0)
    kinds = {(e.doc_id, e.role, e.kind, e.text) for e in report.errors}
    assert kinds == {
        ("doc_one.txt", "source", "miss", "Mayor Bob Stone"),
        ("doc_one.txt", "source", "false_alarm", "Bob Stone"),
        ("doc_two.txt", "content", "false_alarm", "Nothing was said here"),
    }


def test_no_predictions_are_all_misses_and_csv(gold_dir: Path, tmp_path: Path) -> None:
    report = score(load_gold(gold_dir), _claims())
    for role in ROLES:
        assert _figures(report, role) == (0.0, 0.0, 0.0)
        assert report.roles[role].exact.n_gold == 2
    path = write_errors(report, tmp_path / "out" / "errors.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 6
    assert {row["kind"] for row in rows} == {"miss"}
    assert [row["role"] for row in rows] == ["content"] * 2 + ["cue"] * 2 + ["source"] * 2
    first = rows[0]
    start_1, start_2 = QUOTE_1[0], QUOTE_2[0]
    assert first["span"] == f"{start_1}-{start_1 + 11};{start_2}-{start_2 + 19}"
    assert first["text"] == "We will win \u2026 The polls are wrong"


def test_report_dict_and_table(gold_dir: Path) -> None:
    report = score(load_gold(gold_dir), _claims(*_perfect_rows()))
    data = report.to_dict()
    assert data["roles"]["cue"]["overlap"]["f1"] == 100.0
    assert data["roles"]["source"]["exact"]["n_gold"] == 2
    table = report.to_table()
    assert table.row_count == 3
    assert len(table.columns) == 9


def test_run_evaluation_calls_extractor(gold_dir: Path, tmp_path: Path) -> None:
    calls: list[tuple[list[Path], Path]] = []

    def extract(paths: list[Path], root: Path) -> pd.DataFrame:
        calls.append((paths, root))
        return _claims(*_perfect_rows())

    errors_path = tmp_path / "errors.csv"
    report = run_evaluation(gold_dir, extract, errors_path)
    assert calls == [
        ([gold_dir / "text" / "doc_one.txt", gold_dir / "text" / "doc_two.txt"], gold_dir / "text")
    ]
    assert _figures(report, "content") == (100.0, 100.0, 100.0)
    assert errors_path.read_text(encoding="utf-8").splitlines() == ["doc_id,role,kind,span,text"]


def test_gold_to_claims_round_trip(gold_dir: Path) -> None:
    gold = load_gold(gold_dir)
    report = score(gold, gold_to_claims(gold))
    for role in ROLES:
        assert _figures(report, role) == (100.0, 100.0, 100.0)


POLNEAR_DEV = Path(__file__).resolve().parents[1].parent / "shared/data/polnear/dev"


@pytest.mark.slow
@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason=f"PolNeAR dev gold not found at {POLNEAR_DEV}")
def test_polnear_dev_gold_scores_itself_100() -> None:
    gold = load_gold(POLNEAR_DEV)
    assert len(gold) == 84
    # Every T line's offsets point at its text in the UTF-8 text (no offset quirks).
    for doc in gold.values():
        assert doc.annotation_file is not None
        for line in doc.annotation_file.read_text(encoding="utf-8").splitlines():
            if line.startswith("T"):
                _, label_offsets, covered = line.split("\t")
                pieces = label_offsets.split(" ", 1)[1].split(";")
                spans = [tuple(map(int, piece.split())) for piece in pieces]
                assert " ".join(doc.text[s:e] for s, e in spans) == covered
    claims = gold_to_claims(gold)
    report = score(gold, claims)
    # Content is 100 too: gold_to_claims emits each discontinuous content as rows sharing its
    # cue and source (no two dev attributions share both), and contents no E line references
    # as cue-less rows of their own.
    for role in ROLES:
        assert _figures(report, role) == (100.0, 100.0, 100.0), role
        assert _figures(report, role, "overlap") == (100.0, 100.0, 100.0), role
    assert report.errors == []
