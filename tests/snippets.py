"""Helpers shared by the tests that run the pipeline on short, invented news snippets."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from claimx.pipeline import doc_to_rows
from claimx.reader import article_from_text


def claims_of(nlp: Language, text: str) -> list[dict]:
    """The claims table rows of one snippet."""
    return doc_to_rows(nlp(text), article_from_text(text, "t"))


def one(rows: list[dict], fragment: str) -> dict:
    """The only row whose quote holds ``fragment`` (fails the test otherwise)."""
    found = [r for r in rows if fragment in r["quote"]]
    assert len(found) == 1, f"expected one claim holding {fragment!r}, got {rows}"
    return found[0]


#: A small folder of invented articles (one empty) for the engine tests (Dask, Ray, Spark).
ENGINE_CORPUS = (
    "“The bridge will be rebuilt by spring,” said Mayor Anna Kowalski.",
    "Peter Hall, a spokesman for Exxon, said that the plant would close in June.",
    "According to the union, Anna Kowalski broke her promise. “We are angry,” Omar Haddad "
    "told reporters.",
    "",
    "“Prices will rise,” the central bank warned on Monday.",
)


def write_engine_corpus(root: Path) -> None:
    """Write :data:`ENGINE_CORPUS` under ``root`` as ``news-0.txt`` ... ``news-4.txt``."""
    root.mkdir(parents=True)
    for i, text in enumerate(ENGINE_CORPUS):
        (root / f"news-{i}.txt").write_text(text, encoding="utf-8")
