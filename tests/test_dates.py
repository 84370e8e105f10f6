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


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # With no article date, a full date still dates its claim; a weekday cannot.
        ("On March 3, 2019, Jane Doe said the dam was safe.", "2019-03-03"),
        ("Jane Doe said on Monday that the dam was safe.", ""),
    ],
)
def test_a_claim_with_no_article_date(nlp, text, date):
    article = replace(article_from_text(text, "t"), date=None)
    (row,) = doc_to_rows(nlp(text), article)
    assert row["date"] == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Dam declared safe\nPublished November 5th, 2025\n\nJane Doe said it.", "2025-11-05"),
        ("Dam declared safe\nBy Jane Roe | Nov. 5, 2025 at 3:14 p.m. EST\n\nText.", "2025-11-05"),
        ("WASHINGTON, Nov. 5, 2025 (Reuters) - Jane Doe said the dam, built in 1950, was safe "
         "and would stay open for the rest of the year.", "2025-11-05"),
        ("Dam declared safe\n5 November 2025\n\nText.", "2025-11-05"),
        # Guards: a date in the prose of a lede is what the story tells; a day that does not
        # exist is no date; a date below the top of the text is not the article's.
        ("On March 3, 2019, the senator said the dam was safe.", None),
        ("Dam declared safe\nFeb. 30, 2025\n\nText.", None),
        ("Dam\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nNov. 5, 2025", None),
    ],
)  # fmt: skip
def test_an_article_date_printed_at_the_top_of_the_text(text, date):
    # A folder of plain news texts, with no date in the file names, had no dates at all.
    assert article_from_text(text, "t").date == date
