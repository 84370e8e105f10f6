"""When a claim was made: the ``claimx_dates`` component and date resolution.

The component links a claim to a date expression that modifies its cue ("said on Thursday",
"told reporters last week"). Resolution against the article date happens when rows are built,
because the article date is input metadata rather than text. Relative expressions are parsed
with ``dateparser``; weekday names are resolved here because news uses "on Thursday" for the
most recent Thursday *including* the publication day, where ``dateparser`` picks the week before.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .reader import FULL_DATE, iso_date
from .reported import CLAIMS_ATTR

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR_ONLY = re.compile(r"^\D*\d{4}\D*$")
_VAGUE = re.compile(r"\b(years?|decades?|centur(y|ies)|ago|recent|former|past)\b", re.I)


class ClaimDater:
    """The ``claimx_dates`` component: the date expression tied to each claim's cue."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        claims: list[dict[str, Any]] = doc._.get(CLAIMS_ATTR) or []
        date_ents = [e for e in doc.ents if e.label_ == "DATE"]
        for claim in claims:
            claim["date_text"] = None
            cue = claim.get("cue")
            if not cue or not date_ents:
                continue
            span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
            if span is None:
                continue
            verb = span.root
            verb_sent = verb.sent
            qs, qe = claim["quote"]
            for ent in date_ents:
                if qs <= ent.start_char < qe or not verb_sent.start <= ent.start < verb_sent.end:
                    continue
                # The date's phrase must hang off the cue verb ("said on Thursday"), within
                # three links, or more through prepositions alone ("In a statement on March 3,
                # X said"; not "X, who was elected in 2019, said").
                tok, steps = ent.root, 0
                while tok.head.i != tok.i and tok.i != verb.i and steps < 6:
                    if steps >= 3 and tok.dep_ not in ("prep", "pobj"):
                        break
                    tok, steps = tok.head, steps + 1
                if tok.i == verb.i:
                    claim["date_text"] = ent.text
                    break
        return doc


@lru_cache(maxsize=4096)
def resolve_date(expression: str | None, article_date: str | None) -> str | None:
    """Resolve a date expression against the article date.

    Args:
        expression: A date expression such as "Thursday", "last week" or "March 3", or None.
        article_date: The article's ISO date, or None.

    Returns:
        The ISO date of the expression, or ``article_date`` when the expression is missing,
        vague or cannot be resolved (or resolves after the article date). With no article
        date, only a full date ("March 3, 2024") resolves.
    """
    if not expression:
        return article_date
    if not article_date:
        return _full_date(expression)
    base = dt.date.fromisoformat(article_date)
    text = expression.strip().lower()
    if _YEAR_ONLY.match(text) or _VAGUE.search(text):
        return article_date
    for i, day in enumerate(WEEKDAYS):
        if re.search(rf"\b{day}\b", text) and "last" not in text and "next" not in text:
            return (base - dt.timedelta(days=(base.weekday() - i) % 7)).isoformat()
    import dateparser  # imported lazily: it is only needed when a claim has a date expression

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if parsed is None or parsed.date() > base:
        return article_date
    return parsed.date().isoformat()


def _full_date(expression: str) -> str | None:
    """The ISO date of an expression that states day, month and year ("March 3, 2024", "3
    March 2024"): it needs no article date to resolve. None for anything else."""
    match = FULL_DATE.search(expression)
    return iso_date(match) if match else None


@Language.factory(
    "claimx_dates",
    requires=[f"doc._.{CLAIMS_ATTR}", "doc.ents"],
    assigns=[f"doc._.{CLAIMS_ATTR}"],
)
def make_claim_dater(nlp: Language, name: str) -> ClaimDater:
    """Build the ``claimx_dates`` component."""
    return ClaimDater(nlp, name)
