"""CLI tests through Typer's CliRunner, on folders the tests write themselves."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from claimx.cli import EXIT_SOME_FAILED, EXIT_USAGE, app
from claimx.table import COLUMNS, DOCUMENT_COLUMNS

runner = CliRunner()


def _write_corpus(root: Path) -> None:
    (root / "nested").mkdir(parents=True)
    (root / "a.txt").write_text(
        ' date 2024-05-02 (MENAFN- Example) "The river will flood the lower town by Friday," '
        "said Mayor Anna Kowalski.",
        encoding="utf-8",
    )
    (root / "nested" / "b 2024-01-15.txt").write_text(
        "Peter Hall said that the factory would close in June.", encoding="utf-8"
    )
    (root / "empty.txt").write_text("   \n", encoding="utf-8")


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_help_lists_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("run", "eval", "eval-stance", "train-cues", "train-parties"):
        assert command in result.output


def test_run_writes_three_files(tmp_path):
    corpus, out = tmp_path / "in", tmp_path / "out"
    _write_corpus(corpus)
    result = runner.invoke(app, ["run", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    claims = _read_csv(out / "claims.csv")
    assert tuple(claims[0].keys()) == COLUMNS
    by_doc = {row["doc_id"]: row for row in claims}
    assert by_doc["a.txt"]["speaker"] == "Anna Kowalski"
    assert by_doc["a.txt"]["date"] == "2024-05-02"
    assert by_doc["nested/b 2024-01-15.txt"]["speaker"] == "Peter Hall"
    assert by_doc["nested/b 2024-01-15.txt"]["date"] == "2024-01-15"
    documents = _read_csv(out / "documents.csv")
    assert tuple(documents[0].keys()) == DOCUMENT_COLUMNS
    status = {row["doc_id"]: row["status"] for row in documents}
    assert status == {"a.txt": "ok", "empty.txt": "empty", "nested/b 2024-01-15.txt": "ok"}
    parquet = pd.read_parquet(out / "claims.parquet")
    assert list(parquet.columns) == list(COLUMNS)
    assert len(parquet) == len(claims)


def test_run_reports_failed_files_and_goes_on(tmp_path):
    corpus, out = tmp_path / "in", tmp_path / "out"
    _write_corpus(corpus)
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    result = runner.invoke(app, ["run", str(corpus), "--out", str(out)])
    assert result.exit_code == EXIT_SOME_FAILED
    documents = {row["doc_id"]: row for row in _read_csv(out / "documents.csv")}
    assert documents["image.txt"]["status"] == "error"
    assert "PNG" in documents["image.txt"]["error"]
    assert len(_read_csv(out / "claims.csv")) == 2


def test_run_refuses_missing_input_and_file_out(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "nope")])
    assert result.exit_code == EXIT_USAGE
    assert "E002" in result.output
    corpus = tmp_path / "in"
    _write_corpus(corpus)
    out_file = tmp_path / "out.txt"
    out_file.write_text("keep me", encoding="utf-8")
    result = runner.invoke(app, ["run", str(corpus), "--out", str(out_file)])
    assert result.exit_code == EXIT_USAGE
    assert out_file.read_text(encoding="utf-8") == "keep me"


def test_date_from_overrides_article_date(tmp_path):
    corpus, out = tmp_path / "in", tmp_path / "out"
    _write_corpus(corpus)
    dates = tmp_path / "dates.csv"
    dates.write_text("doc_id,date\na.txt,2020-02-02\n", encoding="utf-8")
    result = runner.invoke(app, ["run", str(corpus), "--out", str(out), "--date-from", str(dates)])
    assert result.exit_code == 0, result.output
    rows = {row["doc_id"]: row for row in _read_csv(out / "claims.csv")}
    assert rows["a.txt"]["date"] == "2020-02-02"


def _write_varied_corpus(root: Path) -> None:
    """A few articles with every kind of claim, and the sample article."""
    _write_corpus(root)
    sample = Path(__file__).resolve().parents[1] / "data" / "raw"
    for path in sample.glob("*.txt"):
        (root / path.name).write_bytes(path.read_bytes())
    for n in range(6):
        (root / f"gen-{n}.txt").write_text(
            f"“Article {n} will change nothing,” said Senator Maria Lopez on Tuesday. "
            f"According to the ministry, the plan costs {n + 2} million euros. "
            "Lopez added that she was “deeply worried” about the vote. "
            f"A spokesman for Exxon said the company would appeal. {'Filler text. ' * n}",
            encoding="utf-8",
        )


def test_claims_csv_is_byte_identical_whatever_n_process_and_batch_size(tmp_path):
    corpus = tmp_path / "in"
    _write_varied_corpus(corpus)
    outputs = {}
    for n_process, batch_size in ((1, 16), (2, 16), (1, 1), (2, 1)):
        out = tmp_path / f"out-{n_process}-{batch_size}"
        args = ["run", str(corpus), "--out", str(out), "--n-process", str(n_process)]
        result = runner.invoke(app, [*args, "--batch-size", str(batch_size)])
        assert result.exit_code == 0, result.output
        outputs[n_process, batch_size] = (
            (out / "claims.csv").read_bytes(),
            (out / "documents.csv").read_bytes(),
        )
    reference = outputs[1, 16]
    assert reference[0].count(b"\n") > 20  # claims from every article, not an empty table
    for key, value in outputs.items():
        assert value == reference, key


def _snapshot(root: Path, skip: Path) -> dict[str, tuple[int, bytes]]:
    return {
        str(path): (path.lstat().st_mode, path.read_bytes() if path.is_file() else b"")
        for path in sorted(root.rglob("*"))
        if skip not in path.parents and path != skip
    }


def test_run_writes_nothing_outside_out(tmp_path, monkeypatch):
    corpus, out = tmp_path / "in", tmp_path / "deep" / "out"
    _write_corpus(corpus)
    (corpus / "bad.txt").write_bytes(b"\x1f\x8b\x08\x00gzip")
    monkeypatch.chdir(tmp_path)  # a stray relative write would land here
    before = _snapshot(tmp_path, out)
    result = runner.invoke(app, ["run", str(corpus), "--out", str(out)])
    assert result.exit_code == EXIT_SOME_FAILED
    after = _snapshot(tmp_path, out)
    assert after.keys() - before.keys() == {str(tmp_path / "deep")}  # --out's new parent
    del after[str(tmp_path / "deep")]
    assert after == before
    assert sorted(p.name for p in out.iterdir()) == sorted(
        (".claimx-parts", "claims.csv", "claims.parquet", "documents.csv")
    )


def test_run_refuses_out_that_exists_as_a_file_or_cannot_be_made(tmp_path):
    corpus = tmp_path / "in"
    _write_corpus(corpus)
    existing = tmp_path / "claims.csv"
    existing.write_text("not a folder", encoding="utf-8")
    result = runner.invoke(app, ["run", str(corpus), "--out", str(existing)])
    assert result.exit_code == EXIT_USAGE
    assert "E003" in result.output
    assert existing.read_text(encoding="utf-8") == "not a folder"
    result = runner.invoke(app, ["run", str(corpus), "--out", str(existing / "sub")])
    assert result.exit_code == EXIT_USAGE  # a plain message, not a traceback
    assert "cannot be written" in result.output
    assert not isinstance(result.exception, OSError)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv", "in"]


def test_run_without_a_model_leaves_no_files(tmp_path):
    corpus, out = tmp_path / "in", tmp_path / "out"
    _write_corpus(corpus)
    out.mkdir()
    result = runner.invoke(app, ["run", str(corpus), "--out", str(out), "--model", "no_such"])
    assert result.exit_code == EXIT_USAGE
    assert "E001" in result.output
    assert list(out.iterdir()) == []  # no temporary files left behind


def test_train_parties_writes_a_lexicon_leaving_out_excluded_articles(tmp_path):
    corpus = tmp_path / "text"
    corpus.mkdir()
    for n in range(4):
        (corpus / f"a{n}.txt").write_text(
            f'"Article {n} matters," said Republican Sen. Jane Roe of Ohio.\n', encoding="utf-8"
        )
    gold = tmp_path / "gold.tsv"
    gold.write_text("doc_id\tsource_start\na3.txt\t0\n", encoding="utf-8")
    out = tmp_path / "parties.tsv"
    args = ["train-parties", str(corpus), "--out", str(out), "--min-articles", "3"]
    result = runner.invoke(app, [*args, "--exclude", str(gold)])
    assert result.exit_code == 0, result.output
    rows = _read_csv_tsv(out)
    assert [(r["name"], r["party"], r["articles"]) for r in rows] == [
        ("Jane Roe", "Republican Party", "3")
    ]


def _read_csv_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))
