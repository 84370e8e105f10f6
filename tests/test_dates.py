"""When a claim was made: the date expression tied to its cue, resolved against the article's."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claimx.pipeline import doc_to_rows
from claimx.reader import article_from_text

ARTICLE_DATE = "2024-03-21"  # a Thursday


def claim_date(nlp, text: str) -> str:
    article = replace(article_from_text(text, "t"), date=ARTICLE_DATE)
    (row,) = doc_to_rows(nlp(text), article)
    return row["date"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Jane Doe said on Monday that the dam was safe.", "2024-03-18"),
        # News means the publication day itself by its weekday.
        ('"The dam is safe," Jane Doe said Thursday.', "2024-03-21"),
        ("Jane Doe said yesterday that the dam was safe.", "2024-03-20"),
        # A date in a phrase that hangs off the cue through prepositions (session 6).
        ("In a statement on March 3, Jane Doe said the dam was safe.", "2024-03-03"),
        (
            "In an interview with a radio station on Tuesday, Jane Doe said the dam was safe.",
            "2024-03-19",
        ),
        # A date in a clause about the speaker is not the claim's: the article's date stands.
        ("Jane Doe, who was elected on Monday, said the dam was safe.", ARTICLE_DATE),
    ],
)
def test_the_date_of_a_claim(nlp, text, date):
    assert claim_date(nlp, text) == date
