"""Tests for claimx.reader: discovery, decoding, bad files, dates and inputs."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import os
import warnings
from pathlib import Path

import pytest

from claimx.errors import ClaimxError, ClaimxWarning
from claimx.reader import (
    MAX_BYTES,
    Article,
    article_from_text,
    discover,
    iter_articles,
    load_date_overrides,
    read_article,
)

SAMPLE = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "raw"
    / "ukrinform-2024-03-21-russian-volunteer-units.txt"
)
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def read(path: Path, **kwargs: object) -> Article:
    return read_article(path.name, path, **kwargs)  # type: ignore[arg-type]


# --- decoding ---------------------------------------------------------------------------------


def test_utf8(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Café said “hi”.\r\nNext line.".encode())
    article = read(path)
    assert article.status == "ok"
    assert article.error == ""
    assert article.encoding == "utf-8"
    assert article.text == "Café said “hi”.\r\nNext line."  # \r\n kept: offsets index this
    assert article.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    assert article.path == path


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Héllo".encode())
    article = read(path)
    assert (article.status, article.text, article.encoding) == ("ok", "Héllo", "utf-8")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "wide.txt"
    data = "He said “no” — Ω.".encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path.write_bytes(data)
    article = read(path)
    assert article.status == "ok"
    assert article.text == "He said “no” — Ω."
    assert article.encoding is not None and article.encoding.startswith(codec[:6])


def test_cp1252_curly_quotes(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes(b"He said \x93hello\x94 \x96 twice.")
    article = read(path)
    assert article.status == "ok"
    assert article.encoding == "cp1252"
    assert article.text == "He said “hello” – twice."


def test_latin1_fallback(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"caf\xe9 \x81")  # 0x81 is undefined in cp1252
    article = read(path)
    assert (article.status, article.encoding, article.text) == ("ok", "latin-1", "café \x81")


def test_empty_and_whitespace(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b" \n\t\r\n ")
    assert (read(empty).status, read(empty).error) == ("empty", "file is empty")
    article = read(blank)
    assert (article.status, article.error, article.text) == (
        "empty",
        "file has only whitespace",
        " \n\t\r\n ",
    )


# --- bad files --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (PNG_HEADER, "binary file (PNG image)"),
        (gzip.compress(b"hello"), "binary file (gzip archive)"),
        (b"%PDF-1.7\n", "binary file (PDF document)"),
        (b"PK\x03\x04rest", "binary file (ZIP archive)"),
        (b"\xff\xd8\xff\xe0", "binary file (JPEG image)"),
        (b"GIF89a", "binary file (GIF image)"),
        (b"text\x00with NUL", "binary file (contains NUL bytes)"),
    ],
)
def test_binary_files(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bin.txt"
    path.write_bytes(data)
    article = read(path)
    assert (article.status, article.error, article.text) == ("error", reason, "")
    assert article.content_hash == hashlib.sha256(data).hexdigest()


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2_000)
    article = read(path, max_bytes=1_000)
    assert article.status == "error"
    assert article.error == "file is 0.0 MB, over the 0.0 MB limit"
    with path.open("r+b") as handle:
        handle.truncate(20_000_000)  # sparse: cheap
    article = read(path)
    assert article.error == "file is 20.0 MB, over the 5.0 MB limit"
    assert MAX_BYTES == 5_000_000
    path.write_bytes(b"a" * 1_000)
    assert read(path, max_bytes=1_000).status == "ok"  # the limit itself is allowed


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "broken.txt"
    link.symlink_to(tmp_path / "missing.txt")
    article = read(link)
    assert article.status == "error"
    assert article.error.startswith("broken symbolic link")
    assert "missing.txt" in article.error


def test_symlink_loop_file(tmp_path: Path) -> None:
    link = tmp_path / "loop.txt"
    link.symlink_to(link)
    article = read(link)
    assert article.status == "error"
    assert "symbolic link loop" in article.error


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "dir.txt"
    folder.mkdir()
    article = read(folder)
    assert (article.status, article.error) == ("error", "is a directory")


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root can read a chmod 000 file, so permission errors cannot be tested",
)
def test_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("hidden")
    path.chmod(0)
    try:
        article = read(path)
    finally:
        path.chmod(0o644)
    assert (article.status, article.error) == ("error", "permission denied")


# --- dates and publishers ---------------------------------------------------------------------


def test_sample_header() -> None:
    article = read_article(SAMPLE.name, SAMPLE)
    assert article.status == "ok"
    assert (article.date, article.publisher) == ("2024-03-21", "UkrinForm")
    assert article.text.startswith(" date 2024-03-21 (MENAFN- UkrinForm) ")


@pytest.mark.parametrize(
    ("text", "date", "publisher"),
    [
        (" date 2024-03-21 (MENAFN- UkrinForm) Body", "2024-03-21", "UkrinForm"),
        ("\n  date 2023-12-01 (MENAFN-  Reuters ) Body", "2023-12-01", "Reuters"),
        ("date 2022-01-05\nBody", "2022-01-05", None),
        ("date 2024-02-30 (MENAFN- X) impossible date", None, None),
        ("The date 2024-03-21 is not a header", None, None),
        ("date 2024-03-210 (MENAFN- X)", None, None),
    ],
)
def test_header_dates(text: str, date: str | None, publisher: str | None) -> None:
    article = article_from_text(text, "text-0")
    assert (article.date, article.publisher) == (date, publisher)
    assert article.text == text


def test_dates_from_file_names(tmp_path: Path) -> None:
    polnear = tmp_path / "breitbart_2016-09-12_some-slug.txt"
    polnear.write_text("No header here.")
    dashed = tmp_path / "ukrinform-2024-03-21-slug.txt"
    dashed.write_text("No header here.")
    bogus = tmp_path / "report-2024-13-40.txt"
    bogus.write_text("No header here.")
    assert (read(polnear).date, read(polnear).publisher) == ("2016-09-12", "breitbart")
    assert (read(dashed).date, read(dashed).publisher) == ("2024-03-21", None)
    assert (read(bogus).date, read(bogus).publisher) == (None, None)


def test_header_beats_name_and_override_beats_both(tmp_path: Path) -> None:
    path = tmp_path / "cnn_2016-01-01_x.txt"
    path.write_text(" date 2020-05-05 (MENAFN- AFP) Body")
    article = read(path)
    assert (article.date, article.publisher) == ("2020-05-05", "AFP")
    article = read(path, date_overrides={path.name: "1999-12-31"})
    assert (article.date, article.publisher) == ("1999-12-31", "AFP")


def test_error_rows_keep_name_date(tmp_path: Path) -> None:
    path = tmp_path / "fox_2016-10-10_img.txt"
    path.write_bytes(PNG_HEADER)
    article = read(path)
    assert (article.status, article.date, article.publisher) == ("error", "2016-10-10", "fox")


def test_load_date_overrides(tmp_path: Path) -> None:
    path = tmp_path / "dates.csv"
    path.write_text("doc_id,date,note\na.txt, 2024-01-02 ,x\nsub/b.txt,2023-12-31,\n")
    assert load_date_overrides(path) == {"a.txt": "2024-01-02", "sub/b.txt": "2023-12-31"}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("doc_id,when\na.txt,2024-01-02\n", "no date column"),
        ("doc_id,date\na.txt,02/01/2024\n", "line 2 has the date '02/01/2024'"),
        ("doc_id,date\na.txt,2024-02-30\n", "not a real YYYY-MM-DD date"),
        ("doc_id,date\n,2024-02-03\n", "empty doc_id"),
        ("doc_id,date\na.txt,2024-02-03\na.txt,2024-02-04\n", "second, different date"),
    ],
)
def test_load_date_overrides_errors(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "dates.csv"
    path.write_text(content)
    with pytest.raises(ClaimxError, match=r"\[E006\]") as info:
        load_date_overrides(path)
    assert reason in str(info.value)


def test_load_date_overrides_missing_or_binary(tmp_path: Path) -> None:
    with pytest.raises(ClaimxError, match=r"\[E006\].*no such file"):
        load_date_overrides(tmp_path / "nope.csv")
    path = tmp_path / "bin.csv"
    path.write_bytes(b"doc_id,date\n\xff\xfe\x00")
    with pytest.raises(ClaimxError, match=r"\[E006\].*not a UTF-8 CSV"):
        load_date_overrides(path)


# --- discovery --------------------------------------------------------------------------------


def make_tree(root: Path) -> None:
    (root / "nested" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text("A")
    (root / "file with spaces.txt").write_text("spaces")
    (root / "ünïcödé.txt").write_text("unicode")
    (root / "-dash.txt").write_text("dash")
    (root / "notes.md").write_text("ignored")
    (root / "nested" / "b.txt").write_text("B")
    (root / "nested" / "deeper" / "c.TXT").write_text("C")
    (root / "broken.txt").symlink_to(root / "gone.txt")
    (root / "nested" / "loop").symlink_to(root)  # a folder linking to its ancestor


def test_discover_tree(tmp_path: Path) -> None:
    make_tree(tmp_path)
    found = discover(tmp_path)
    ids = [doc_id for doc_id, _ in found]
    assert ids == sorted(ids)
    assert ids == [
        "-dash.txt",
        "a.txt",
        "broken.txt",
        "file with spaces.txt",
        "nested/b.txt",
        "nested/deeper/c.TXT",
        "ünïcödé.txt",
    ]
    assert all(path == tmp_path / doc_id for doc_id, path in found)


def test_discover_follows_symlinked_folder_once(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text("X")
    root = tmp_path / "root"
    root.mkdir()
    (root / "link").symlink_to(other)
    (root / "link2").symlink_to(other)  # the same real folder again: not listed twice
    assert [doc_id for doc_id, _ in discover(root)] == ["link/x.txt"]


def test_discover_file_and_missing(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("x")
    assert discover(path) == [("one.txt", path)]
    with pytest.raises(ClaimxError, match=r"\[E002\]"):
        discover(tmp_path / "missing")


# --- iter_articles ----------------------------------------------------------------------------


def test_iter_articles_mixed(tmp_path: Path) -> None:
    make_tree(tmp_path / "corpus")
    single = tmp_path / "single_2016-09-12_x.txt"
    single.write_text("Single file.")
    articles = list(
        iter_articles(
            ["first text", tmp_path / "corpus", "a.txt", single],
            date_overrides={"nested/b.txt": "2001-02-03"},
        )
    )
    ids = [article.doc_id for article in articles]
    assert ids[0] == "text-0"
    assert ids[-2:] == ["text-1", "single_2016-09-12_x.txt"]
    assert articles[-2].text == "a.txt"  # a str is always a text, never a path
    by_id = {article.doc_id: article for article in articles}
    assert by_id["nested/b.txt"].date == "2001-02-03"
    assert by_id["broken.txt"].status == "error"
    assert by_id["-dash.txt"].text == "dash"
    assert by_id["single_2016-09-12_x.txt"].date == "2016-09-12"


def test_iter_articles_single_inputs(tmp_path: Path) -> None:
    (article,) = iter_articles(" date 2024-03-21 (MENAFN- UkrinForm) Body")
    assert (article.doc_id, article.date, article.status, article.path) == (
        "text-0",
        "2024-03-21",
        "ok",
        None,
    )
    assert article.content_hash == hashlib.sha256(article.text.encode()).hexdigest()
    (blank,) = iter_articles(["   "])
    assert blank.status == "empty"
    path = tmp_path / "f.txt"
    path.write_text("x")
    assert [a.doc_id for a in iter_articles(path)] == ["f.txt"]


@pytest.mark.parametrize("bad", [42, b"bytes", [1], ["ok", None]])
def test_iter_articles_bad_types(bad: object) -> None:
    with pytest.raises(ClaimxError, match=r"\[E005\]"):
        iter_articles(bad)  # type: ignore[arg-type]


def test_iter_articles_missing_path_raises_early(tmp_path: Path) -> None:
    with pytest.raises(ClaimxError, match=r"\[E002\]"):
        iter_articles([tmp_path / "missing"])


def test_a_text_naming_an_existing_file_warns_and_stays_a_text(tmp_path: Path):
    path = tmp_path / "article.txt"
    path.write_text('"We will win," said Jane Doe.', encoding="utf-8")
    with pytest.warns(ClaimxWarning, match=r"W014.*pathlib\.Path"):
        articles = list(iter_articles(str(path)))
    assert [a.text for a in articles] == [str(path)]  # read as the text it is, never lost
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an ordinary text gives no warning
        list(iter_articles(['"We will win," said Jane Doe.', "no such file.txt"]))
