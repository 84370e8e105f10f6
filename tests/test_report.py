"""`claimx report`: a self-contained HTML page from a run's outputs."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from claimx.cli import EXIT_USAGE, app
from claimx.highlight import DISPLACY_COLORS
from claimx.report import build_report

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw"
runner = CliRunner()


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run")
    result = runner.invoke(app, ["run", str(SAMPLE), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def page(sample_run: Path) -> str:
    result = runner.invoke(app, ["report", str(sample_run), "--input", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    return (sample_run / "report.html").read_text(encoding="utf-8")


def test_report_has_overview_table_and_articles(page: str):
    assert "<!DOCTYPE html>" in page
    # the overview numbers: 1 article, 9 claims, 3 speakers
    assert "<b>1</b>articles" in page and "<b>9</b>claims" in page and "<b>3</b>speakers" in page
    # three matplotlib charts, inlined as SVG
    for chart in ("chart-speakers", "chart-stance", "chart-time"):
        figure = re.search(rf'<figure id="{chart}">(.*?)</figure>', page, re.S)
        assert figure and "<svg" in figure.group(1) and "Matplotlib" in figure.group(1)
    # the claims table: nine rows, each an anchor with the filterable values
    rows = re.findall(r'<tr id="claim-0-(\d+)" data-speaker="([^"]*)"', page)
    assert [int(i) for i, _ in rows] == list(range(9))
    assert [s for _, s in rows].count("Kholod") == 6
    for name in ("speaker", "organisation", "type", "stance"):
        assert f'data-filter="{name}"' in page
    assert '<option value="Siberian Battalion">' in page


def test_report_highlights_with_displacy_and_links_claims(page: str):
    article = page[page.index('id="doc-0"') :]
    # displaCy span markup with the claimx colours from the spacy_displacy_colors entry point
    for label, colour in DISPLACY_COLORS.items():
        assert f"background: {colour}" in article
        assert label in article
    # every quote links to its row in the table
    for index in range(9):
        assert f'href="#claim-0-{index}">#{index}</a>' in article
    assert "Kholod" in article and "Antony Blinken" in article


def test_report_is_self_contained(page: str):
    # no network: no src/href to http(s), no CDN, and a CSP that forbids loading anything
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(http" not in page
    assert "default-src 'none'" in page
    # plotly's or any other bundle is not needed: the page stays small
    assert len(page.encode()) < 1_000_000


def test_report_without_texts_or_claims(tmp_path: Path, sample_run: Path):
    # the input folder is missing: the report says so and still has the table and charts
    summary = build_report(sample_run, tmp_path / "r.html", input_dir=tmp_path / "nowhere")
    assert summary.claims == 9 and summary.missing_texts == 1
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "was not found under" in page and page.count('<tr id="claim-') == 9
    # a run with no claims gives a page with no charts and no rows, not an error
    empty = tmp_path / "empty"
    empty.mkdir()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("The weather was mild on Tuesday.", encoding="utf-8")
    assert runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(empty)]).exit_code == 0
    assert pd.read_parquet(empty / "claims.parquet").empty
    result = runner.invoke(app, ["report", str(empty), "--html", str(tmp_path / "e.html")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "e.html").read_text(encoding="utf-8")
    assert "No named speakers." in page and '<tr id="claim-' not in page


def test_report_escapes_text(tmp_path: Path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "x.txt").write_text(
        '"<script>alert(1)</script> & more," said Jane <b>Doe</b> of Acme.', encoding="utf-8"
    )
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(source), "--out", str(out)]).exit_code == 0
    build_report(out, input_dir=source)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


def test_report_needs_a_run(tmp_path: Path):
    result = runner.invoke(app, ["report", str(tmp_path)])
    assert result.exit_code == EXIT_USAGE
    assert "claims.parquet" in result.output


def test_report_marks_organisations_from_the_party_lexicon(tmp_path: Path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "x.txt").write_text(
        'The Republican primary is near. "We will win," Donald Trump said.\n\n'
        '"Prices will rise," said Mary Smith, a spokeswoman for Exxon.',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(source), "--out", str(out)]).exit_code == 0
    claims = pd.read_csv(out / "claims.csv", keep_default_na=False)
    sources = dict(zip(claims.speaker, claims.organisation_source, strict=True))
    assert sources == {"Donald Trump": "lexicon", "Mary Smith": "article"}
    build_report(out, input_dir=source)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert re.search(r'<span class="known" title="[^"]*">Republican Party</span>', page)
    assert "Exxon</td>" in page and not re.search(r'class="known"[^>]*>Exxon', page)
