"""`claimx show` (Rich table / JSON) and the notebook view (`claimx.highlight`)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language
from typer.testing import CliRunner

import claimx
from claimx.cli import EXIT_USAGE, app

SAMPLE_FILE = next((Path(__file__).resolve().parents[1] / "data" / "raw").glob("*.txt"))
runner = CliRunner()


def test_show_prints_a_table_for_a_file():
    result = runner.invoke(app, ["show", str(SAMPLE_FILE)])
    assert result.exit_code == 0, result.output
    assert "9 claims" in result.output
    assert "Kholod" in result.output and "Siberian Battalion" in result.output
    assert "Antony Blinken" in result.output


def test_show_says_when_an_organisation_is_the_party_lexicons():
    text = 'As the Republican primary got closer, "We will win," Donald Trump said.'
    result = runner.invoke(app, ["show", text])
    assert result.exit_code == 0, result.output
    assert "Republican Party*" in result.output and "the party lexicon's" in result.output
    result = runner.invoke(app, ["show", str(SAMPLE_FILE)])
    assert "Siberian Battalion" in result.output and "party lexicon" not in result.output


def test_show_json_for_a_text():
    result = runner.invoke(app, ["show", '"We will win," said Jane Doe.', "--json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert len(records) == 1
    assert records[0]["speaker"] == "Jane Doe"
    assert records[0]["quote"] == "We will win,"
    assert records[0]["quote_type"] == "direct"
    assert records[0]["date"] is None and isinstance(records[0]["quote_start"], int)
    assert list(records[0]) == list(claimx.COLUMNS)


def test_show_table_keeps_brackets_and_missing_file_is_an_error():
    result = runner.invoke(app, ["show", '"We will [b]win[/b]," said Jane Doe.'])
    assert result.exit_code == 0 and "[b]win[/b]" in result.output
    assert runner.invoke(app, ["show", "no-such-file.txt"]).exit_code == EXIT_USAGE
    result = runner.invoke(app, ["show", "The weather was mild on Tuesday."])
    assert result.exit_code == 0 and "No claims found." in result.output


def test_extract_types_and_texts():
    df = claimx.extract(SAMPLE_FILE)
    for column in ("quote_type", "speaker_type", "stance"):
        assert isinstance(df[column].dtype, pd.CategoricalDtype)
    for column in ("quote_start", "quote_end", "cue_start", "speaker_end"):
        assert df[column].dtype == pd.Int64Dtype()
    assert pd.api.types.is_datetime64_any_dtype(df["date"])
    assert set(df.attrs["claimx_texts"]) == {SAMPLE_FILE.name}


def test_highlight_dataframe_renders_in_notebooks():
    df = claimx.extract(SAMPLE_FILE)
    view = claimx.highlight(df)
    markup = view._repr_html_()
    assert markup.count("QUOTE") >= 9 and "SPEAKER" in markup and "CUE" in markup
    assert markup.count("<tr id=") == 9
    assert "9 claims" in repr(view)
    # a frame without texts (e.g. from read_claims) still renders, and says what is missing
    bare = df.copy()
    bare.attrs = {}
    assert "not available" in claimx.highlight(bare).html
    texts = {SAMPLE_FILE.name: SAMPLE_FILE.read_text(encoding="utf-8")}
    assert "QUOTE" in claimx.highlight(bare, texts=texts).html


def test_highlight_doc(nlp: Language):
    doc = nlp('"We will win," said Jane Doe of Acme.')
    markup = claimx.highlight(doc)._repr_html_()
    assert "QUOTE" in markup and "Jane Doe" in markup
    with pytest.raises(TypeError):
        claimx.highlight(42)
