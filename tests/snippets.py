"""Helpers shared by the tests that run the pipeline on short, invented news snippets."""

from __future__ import annotations

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
