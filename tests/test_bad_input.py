"""Bad input never stops a run: every file gets a documents.csv row with a status and a reason.

One folder holds every kind of bad input that issue 6 lists; the CLI runs over it and every
file must be accounted for. The other tests pin down the pieces: the character limit, failing
components, named pipes, undecodable file names and paths longer than the system allows.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import logging
import os
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from typer.testing import CliRunner

from claimx.cli import EXIT_SOME_FAILED, app
from claimx.pipeline import extract_rows
from claimx.reader import MAX_CHARS, article_from_text, discover, iter_articles, read_article
from claimx.table import COLUMNS
from claimx.writers import excel_safe

runner = CliRunner()
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

#: Straight quotes and accents: the same text in every encoding claimx decodes.
ACCENTED = (
    "Zoë Müller, the café's owner, was at the meeting in Besançon. "
    '"We will rebuild the bridge before the winter," said Mayor Anna Kowalski on Monday. '
    "Müller said that the council had approved the money.\n"
)
ENCODED = {
    "utf8.txt": ACCENTED.encode("utf-8"),
    "utf8-bom.txt": codecs.BOM_UTF8 + ACCENTED.encode("utf-8"),
    "utf16-le-bom.txt": codecs.BOM_UTF16_LE + ACCENTED.encode("utf-16-le"),
    "utf16-be-bom.txt": codecs.BOM_UTF16_BE + ACCENTED.encode("utf-16-be"),
    "cp1252.txt": ACCENTED.replace('"', "\u201c", 1).replace('"', "\u201d", 1).encode("cp1252"),
    "latin1.txt": ACCENTED.encode("latin-1") + b"\x81",  # 0x81: not cp1252, so latin-1
}
DECODED = {
    name: data.decode("utf-8-sig")
    if name.startswith("utf8")
    else data[2:].decode("utf-16-le" if "le" in name else "utf-16-be")
    if name.startswith("utf16")
    else data.decode("cp1252" if name == "cp1252.txt" else "latin-1")
    for name, data in ENCODED.items()
}
NON_ENGLISH = {
    "russian.txt": "Президент заявил: «Мы победим». Министр сказал, что армия готова.",
    "chinese.txt": "“我们一定会赢，”总统说。部长表示，军队已经准备好了。",
    "arabic.txt": "قال الرئيس: «سننتصر». وأضاف الوزير أن الجيش مستعد.",
    "german.txt": "„Wir werden gewinnen“, sagte die Kanzlerin. ‚Vielleicht‘, meinte er.",
}
QUOTES = {
    "unbalanced.txt": '"We will win, said Jane Doe. "And then? « Never » ” “ ’ \'',
    "stray.txt": "” He said ” that “ it was ' fine “\n\n“ Next paragraph » «",
    "mixed.txt": '“We will «win» the ‘vote’," said Jane Doe. \'It\'s "done"’, she added.',
}


def build_bad_folder(root: Path) -> dict[str, tuple[str, str]]:
    """Write every bad input of issue 6 under ``root``; return doc_id -> (status, reason part)."""
    expected: dict[str, tuple[str, str]] = {}

    def put(doc_id: str, data: bytes, status: str, reason: str = "") -> None:
        path = root / doc_id
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[doc_id] = (status, reason)

    root.mkdir(parents=True)
    put("empty.txt", b"", "empty", "file is empty")
    put("whitespace.txt", b" \n\t\r\n  \n", "empty", "only whitespace")
    put("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "error", "PNG")
    put("archive.txt", gzip.compress(b"a zipped article " * 50), "error", "gzip")
    put("nul.txt", b"Jane said hello.\x00\x00 More text.", "error", "NUL")
    for name, data in ENCODED.items():
        put(f"encodings/{name}", data, "ok")
    put("one-line-20mb.txt", b"word " * 4_000_000, "error", "over the 5.0 MB limit")
    sentence = " ".join(["the", "minister", "said", "that", "we", "would", "win"] * 14_286)
    put("long-sentence.txt", (sentence + ".").encode(), "error", "-character limit")
    for name, text in {**QUOTES, **NON_ENGLISH}.items():
        put(name, text.encode("utf-8"), "ok")
    put("name with spaces.txt", ACCENTED.encode(), "ok")
    put("ünïcödé ✓ 名字.txt", ACCENTED.encode(), "ok")
    put("-leading-dash.txt", ACCENTED.encode(), "ok")
    put("--two-dashes.txt", ACCENTED.encode(), "ok")
    put("=formula.txt", ACCENTED.encode(), "ok")
    deep = "/".join(f"level{n:02d}" for n in range(40))
    put(f"{deep}/deep.txt", ACCENTED.encode(), "ok")

    # A file name whose bytes are not UTF-8 (Latin-1 "café"): its doc_id escapes the byte.
    os.close(os.open(os.path.join(os.fsencode(root), b"caf\xe9.txt"), os.O_CREAT | os.O_WRONLY))
    expected["caf\\xe9.txt"] = ("empty", "file is empty")

    secret = root / "no-permission.txt"
    secret.write_bytes(ACCENTED.encode())
    secret.chmod(0)
    expected["no-permission.txt"] = ("ok", "") if IS_ROOT else ("error", "permission denied")

    (root / "broken-link.txt").symlink_to(root / "gone.txt")
    expected["broken-link.txt"] = ("error", "broken symbolic link")
    (root / "self-loop.txt").symlink_to(root / "self-loop.txt")
    expected["self-loop.txt"] = ("error", "symbolic link loop")
    (root / "loop-a.txt").symlink_to(root / "loop-b.txt")
    (root / "loop-b.txt").symlink_to(root / "loop-a.txt")
    expected["loop-a.txt"] = expected["loop-b.txt"] = ("error", "symbolic link loop")
    (root / "level00" / "back-to-top").symlink_to(root)  # a folder loop: walked once
    os.mkfifo(root / "named-pipe.txt")
    expected["named-pipe.txt"] = ("error", "not a regular file (a named pipe)")
    (root / "notes.md").write_text("not a .txt file: not read")
    return expected


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_bad_input_is_accounted_for(tmp_path: Path) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    expected = build_bad_folder(corpus)
    try:
        result = runner.invoke(app, ["run", str(corpus), "--out", str(out)])
    finally:
        (corpus / "no-permission.txt").chmod(0o644)
    assert result.exit_code == EXIT_SOME_FAILED, result.output

    documents = {row["doc_id"]: row for row in read_csv(out / "documents.csv")}
    assert sorted(documents) == sorted(excel_safe(doc_id) for doc_id in expected)
    for doc_id, (status, reason) in expected.items():
        row = documents[excel_safe(doc_id)]
        assert row["status"] == status, (doc_id, row)
        assert reason in row["error"], (doc_id, row)
        assert bool(row["error"]) == (status != "ok"), (doc_id, row)

    claims = read_csv(out / "claims.csv")
    assert tuple(claims[0]) == COLUMNS
    by_doc: dict[str, list[dict[str, str]]] = {}
    for row in claims:
        by_doc.setdefault(row["doc_id"], []).append(row)
    for doc_id, row in documents.items():
        assert int(row["n_claims"]) == len(by_doc.get(doc_id, [])), doc_id

    # Every encoding decodes to the same text: the same claims, offsets into the decoded text.
    def strip_id(rows: list[dict[str, str]]) -> list[dict[str, str]]:
        return [{k: v for k, v in row.items() if k != "doc_id"} for row in rows]

    reference = strip_id(by_doc["encodings/utf8.txt"])
    assert any(row["speaker"] == "Anna Kowalski" for row in reference)
    for name, text in DECODED.items():
        rows = by_doc[f"encodings/{name}"]
        if name != "cp1252.txt":  # curly quotes there: offsets equal, quote marks differ
            assert strip_id(rows) == reference, name
        for row in rows:
            for part in ("quote", "cue", "speaker"):
                start, end = row[f"{part}_start"], row[f"{part}_end"]
                value = row["speaker_mention" if part == "speaker" else part]
                if start:
                    assert text[int(start) : int(end)] == value, (name, part, row)
    for name in ("name with spaces.txt", "ünïcödé ✓ 名字.txt", "'-leading-dash.txt"):
        assert strip_id(by_doc[name]) == reference, name


def test_limits_are_stated_in_the_reason(nlp: Language) -> None:
    long_text = "Jane Doe said that it rains. " * (MAX_CHARS // 29 + 1)
    texts = ["Jane Doe said that it rains.", long_text, '"Fine," he said.']
    out = list(extract_rows(iter_articles(texts), nlp))
    assert [article.status for article, _ in out] == ["ok", "error", "ok"]
    assert out[1][0].error == (
        f"text is {len(long_text):,} characters, over the {MAX_CHARS:,}-character limit; "
        "it was not parsed"
    )
    assert out[1][1] == []
    assert [len(rows) for _, rows in out] == [1, 0, 1]
    short = [article_from_text("Jane Doe said that it rains.", "t")]  # 28 characters
    ((article, rows),) = extract_rows(short, nlp, max_chars=27)
    assert (article.status, rows) == ("error", [])
    assert "over the 27-character limit" in article.error
    ((article, rows),) = extract_rows(short, nlp, max_chars=28)
    assert (article.status, len(rows)) == ("ok", 1)
    # A caller may change the limit, but never past nlp.max_length (spaCy would refuse).
    too_long = "x " * (nlp.max_length // 2 + 1)
    ((article, rows),) = extract_rows([article_from_text(too_long, "t")], nlp, max_chars=10**9)
    assert (article.status, rows) == ("error", [])
    assert f"over the {nlp.max_length:,}-character limit" in article.error


# --- a component that raises must not stop the run ------------------------------------------


@Language.component("test_boom")
def boom(doc: Doc) -> Doc:
    if "BOOM" in doc.text:
        raise RuntimeError("kaboom")
    return doc


class BatchBoom:
    """Like spaCy's own components: has ``pipe`` and no error handler, fails a whole batch."""

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs, batch_size: int = 128):  # type: ignore[no-untyped-def]
        for doc in docs:
            if "BOOM" in doc.text:
                raise ValueError("batch kaboom")
            yield doc


@Language.factory("test_batch_boom")
def make_batch_boom(nlp: Language, name: str) -> BatchBoom:
    return BatchBoom()


TEXTS = ["one", "two BOOM", "", "three", "four BOOM", "five", "six"]


@pytest.mark.parametrize(
    ("component", "n_process", "batch_size"),
    [
        ("test_boom", 1, 16),
        ("test_boom", 2, 2),
        ("test_batch_boom", 1, 16),
        ("test_batch_boom", 1, 1),
        ("test_batch_boom", 2, 2),
    ],
)
def test_a_failing_component_gives_error_rows(
    component: str, n_process: int, batch_size: int, caplog: pytest.LogCaptureFixture
) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(component)
    caplog.set_level(logging.DEBUG, logger="claimx")
    out = list(extract_rows(iter_articles(TEXTS), nlp, batch_size=batch_size, n_process=n_process))
    assert [article.doc_id for article, _ in out] == [f"text-{n}" for n in range(len(TEXTS))]
    statuses = [article.status for article, _ in out]
    assert statuses == ["ok", "error", "empty", "ok", "error", "ok", "ok"]
    reason = out[1][0].error
    assert reason.startswith(f"claimx could not process this text: the {component} step failed")
    assert "kaboom" in reason
    assert nlp.default_error_handler is spacy.util.raise_error  # restored afterwards
    # A component without `pipe` (all claimx ones) is caught by the error handler and nlp.pipe
    # goes on; one with `pipe` (spaCy's own) stops nlp.pipe, and the rest go one at a time.
    fell_back = any("nlp.pipe failed" in record.message for record in caplog.records)
    assert fell_back == (component == "test_batch_boom" and n_process == 1)


def test_an_error_in_the_input_iterator_is_not_swallowed(nlp: Language) -> None:
    def articles():  # type: ignore[no-untyped-def]
        yield article_from_text("Jane Doe said that it rains.", "a")
        raise RuntimeError("the caller's input broke")

    with pytest.raises(RuntimeError, match="input broke"):
        list(extract_rows(articles(), nlp))
    assert nlp.default_error_handler is spacy.util.raise_error


# --- reader pieces ----------------------------------------------------------------------------


def test_named_pipe_is_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    article = read_article("pipe.txt", fifo)  # would block forever if it were opened plainly
    assert (article.status, article.error) == ("error", "not a regular file (a named pipe)")


def test_undecodable_file_name(tmp_path: Path) -> None:
    raw = os.path.join(os.fsencode(tmp_path), b"r\xe9sum\xe9.txt")
    with open(raw, "wb") as handle:
        handle.write(b"Jane Doe said that it rains.")
    ((doc_id, path),) = discover(tmp_path)
    assert doc_id == "r\\xe9sum\\xe9.txt"
    doc_id.encode("utf-8")  # writable
    assert read_article(doc_id, path).status == "ok"


def test_path_longer_than_the_system_allows(tmp_path: Path) -> None:
    """Folders nested past PATH_MAX: the deepest is an error row, never a crash."""
    name = "n" * 200
    top = os.open(tmp_path, os.O_RDONLY)
    fds = [top]
    try:
        for _ in range(25):  # 25 * 201 characters: past Linux's 4,096
            os.mkdir(name, dir_fd=fds[-1])
            fds.append(os.open(name, os.O_RDONLY, dir_fd=fds[-1]))
        os.close(os.open("deep.txt", os.O_CREAT | os.O_WRONLY, dir_fd=fds[-1]))
    finally:
        for fd in fds:
            os.close(fd)
    (tmp_path / "ok.txt").write_text("Jane Doe said that it rains.")
    found = discover(tmp_path)
    assert found[-1][0] == "ok.txt"
    statuses = [read_article(doc_id, path) for doc_id, path in found]
    assert statuses[-1].status == "ok"
    assert [a.status for a in statuses[:-1]] == ["error"]
    assert statuses[0].error == "file name too long"


def test_the_api_warns_about_inputs_it_could_not_process(tmp_path: Path) -> None:
    import pandas as pd

    import claimx

    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    good = '"We will win," said Jane Doe.'
    with pytest.warns(claimx.ClaimxWarning, match=r"2 of 4 inputs.*text-1: text is"):
        df = claimx.extract([good, "x " * MAX_CHARS, "", binary], fast=True)
    assert df["speaker"].tolist() == ["Jane Doe"]
    documents = pd.DataFrame(df.attrs["claimx_documents"])
    assert documents["doc_id"].tolist() == ["text-0", "text-1", "text-2", "scan.txt"]
    assert documents["status"].tolist() == ["ok", "error", "empty", "error"]
    assert documents["n_claims"].tolist() == [1, 0, 0, 0]
    assert "PNG" in documents["error"].iloc[3]


def test_the_api_gives_no_warning_when_every_input_was_processed() -> None:
    import warnings

    import claimx

    with warnings.catch_warnings():
        warnings.simplefilter("error", claimx.ClaimxWarning)
        df = claimx.extract(['"We will win," said Jane Doe.', "  "], fast=True)
    assert [d["status"] for d in df.attrs["claimx_documents"]] == ["ok", "empty"]
