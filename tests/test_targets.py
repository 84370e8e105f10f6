"""User targets (--target) and stances.csv."""

from __future__ import annotations

import csv

import pytest
from typer.testing import CliRunner

from claimx.cli import EXIT_USAGE, app
from claimx.errors import ClaimxError
from claimx.pipeline import doc_to_rows
from claimx.reader import article_from_text
from claimx.targets import STANCE_COLUMNS, parse_target, target_stance_rows


def test_parse_target_with_aliases():
    target = parse_target("Putin=Vladimir Putin, Kremlin leader")
    assert target.name == "Putin"
    assert target.aliases == ("Putin", "Vladimir Putin", "Kremlin leader")
    assert parse_target("NATO").aliases == ("NATO",)
    with pytest.raises(ClaimxError, match="E010"):
        parse_target("=Vladimir Putin")


def test_one_row_per_claim_and_mentioned_target(nlp):
    text = (
        '"Vladimir Putin is losing control of the country," said Anna Kowalski. '
        '"Europe will stand with Ukraine until the end," said Peter Hall.'
    )
    rows = doc_to_rows(nlp(text), article_from_text(text, "t"))
    targets = [parse_target("Putin=Vladimir Putin"), parse_target("Ukraine"), parse_target("Mars")]
    stances = target_stance_rows(text, rows, targets)
    assert [(s["claim_index"], s["target"], s["mention"]) for s in stances] == [
        (0, "Putin", "Vladimir Putin"),  # the longest alias is the mention
        (1, "Ukraine", "Ukraine"),
    ]
    assert stances[0]["stance"] == "oppose"
    assert all(tuple(s) == STANCE_COLUMNS for s in stances)


def test_run_writes_stances_csv(tmp_path):
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        '"Putin is losing control of the situation every day," said Anna Kowalski.',
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(app, ["run", str(corpus), "--out", str(out), "--target", "Putin"])
    assert result.exit_code == 0, result.output
    with (out / "stances.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["doc_id"], r["target"], r["stance"]) for r in rows] == [("a.txt", "Putin", "oppose")]
    bad = runner.invoke(app, ["run", str(corpus), "--out", str(out), "--target", "=x"])
    assert bad.exit_code == EXIT_USAGE
