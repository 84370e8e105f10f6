"""Property-based tests: extraction never raises and every offset indexes the text.

Texts are arbitrary Unicode mixed with quote marks, newlines and reporting words, so that
quotes, cues and speakers are actually found. Failing examples are printed by hypothesis;
paste one into ``EXAMPLES`` to keep it as a regression test.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from claimx.pipeline import _parse_text, doc_to_rows, extract_rows
from claimx.reader import article_from_text, iter_articles
from claimx.table import COLUMNS

QUOTE_MARKS = ['"', "“", "”", "«", "»", "'", "’", "‘", "„"]
PIECES = [
    *QUOTE_MARKS,
    "\n",
    "\n\n",
    "\r\n",
    " ",
    ", ",
    ". ",
    " said ",
    " says ",
    " told reporters",
    "According to ",
    " added that ",
    "He ",
    "She ",
    "Jane Doe",
    "Senator Maria Lopez",
    "the company",
    "We will win",
    " on Monday",
    " date 2024-03-21 (MENAFN- X) ",
]
TEXTS = st.lists(
    st.one_of(st.text(max_size=12), st.sampled_from(PIECES), st.sampled_from(QUOTE_MARKS)),
    max_size=40,
).map("".join)
SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
#: Texts that once broke an invariant, kept as explicit examples.
EXAMPLES = [
    "",
    '"',
    "“”",
    '"We will win," said Jane Doe.',
    "«» ” “ ' ’ \n\n“ He said",
    ' date 2024-03-21 (MENAFN- X) "Yes," she said.',
    "\x00\ud7ff\U0010ffff“ said Jane Doe”",
]


def check_rows(text: str, rows: list[dict[str, Any]], doc_id: str) -> None:
    n = len(text)
    assert [row["claim_index"] for row in rows] == list(range(len(rows)))
    for row in rows:
        assert tuple(row) == COLUMNS
        assert row["doc_id"] == doc_id
        start, end = row["quote_start"], row["quote_end"]
        assert start is not None and end is not None, row
        assert 0 <= start <= end <= n, row
        assert text[start:end] == row["quote"], row
        for part, value in (("cue", row["cue"]), ("speaker", row["speaker_mention"])):
            start, end = row[f"{part}_start"], row[f"{part}_end"]
            if start is None:
                assert end is None and value == "", row
            else:
                assert 0 <= start <= end <= n, row
                assert text[start:end] == value, row
        assert row["quote_type"] in ("direct", "indirect", "mixed")
        assert row["speaker_type"] in ("person", "organisation", "unknown")
        assert row["stance"] in ("support", "oppose", "neutral")


@pytest.mark.parametrize("text", EXAMPLES)
def test_examples(nlp: Language, text: str) -> None:
    article = article_from_text(text, "t")
    check_rows(text, doc_to_rows(nlp(_parse_text(text)), article), "t")


@SETTINGS
@given(text=TEXTS)
def test_doc_to_rows_never_raises_and_offsets_hold(nlp: Language, text: str) -> None:
    article = article_from_text(text, "t")
    rows = doc_to_rows(nlp(_parse_text(text)), article)  # raises if a component does
    check_rows(text, rows, "t")


@SETTINGS
@given(texts=st.lists(TEXTS, min_size=1, max_size=4))
@example(texts=["", "   ", '"We will win," said Jane Doe.'])
def test_extract_rows_accounts_for_every_text(nlp: Language, texts: list[str]) -> None:
    out = list(extract_rows(iter_articles(texts), nlp, batch_size=2))
    assert [article.doc_id for article, _ in out] == [f"text-{n}" for n in range(len(texts))]
    for (article, rows), text in zip(out, texts, strict=True):
        # an error here is a component that raised; its reason says which and why
        assert article.status == ("ok" if text.strip() else "empty"), article.error
        check_rows(text, rows, article.doc_id)
