"""The speaker's stance toward what a claim is about: the ``claimx_stance`` component.

This is the measured *baseline* until a trained, target-dependent model lands (see the README
for its figure on NewsMTSC). The target is the entity the claim mentions most (other than the
speaker), with its mentions resolved to the fullest name in the article; the stance is the
polarity that VADER (a well-kept, lexicon-based sentiment library) gives the clause around the
target's first mention, so two targets in one claim can get different stances.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .errors import ClaimxError, Errors
from .reported import CLAIMS_ATTR

TARGET_LABELS = ("PERSON", "ORG", "GPE", "NORP")
DEFAULT_STANCE_CONFIG: dict[str, Any] = {"threshold": 0.05}

_analyzer: SentimentIntensityAnalyzer | None = None


@dataclass(frozen=True)
class Stance:
    """A stance toward a target: ``support``, ``oppose`` or ``neutral``, with a score in [0, 1]."""

    label: str
    score: float


def _vader() -> SentimentIntensityAnalyzer:
    global _analyzer
    if _analyzer is None:
        _analyzer = SentimentIntensityAnalyzer()
    return _analyzer


def polarity_stance(text: str, threshold: float = 0.05) -> Stance:
    """The VADER baseline: the polarity of ``text`` as a stance.

    Args:
        text: The clause to judge.
        threshold: The absolute compound score below which the stance is neutral.

    Returns:
        ``support`` for positive, ``oppose`` for negative, else ``neutral``; the score is
        ``(1 + |compound|) / 2`` for a polar label and ``1 - |compound|`` for neutral.
    """
    compound = _vader().polarity_scores(text)["compound"]
    if compound >= threshold:
        return Stance("support", round((1 + compound) / 2, 4))
    if compound <= -threshold:
        return Stance("oppose", round((1 - compound) / 2, 4))
    return Stance("neutral", round(1 - abs(compound), 4))


def clause_around(doc: Doc, start: int, end: int, bounds: tuple[int, int]) -> str:
    """The smallest clause (a verb's subtree) that holds the target, within ``bounds``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return doc.text[bounds[0] : bounds[1]]
    tok = span.root
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    s = max(bounds[0], tok.left_edge.idx)
    e = min(bounds[1], tok.right_edge.idx + len(tok.right_edge.text))
    return doc.text[s:e] if e - s > end - start else doc.text[bounds[0] : bounds[1]]


def _canonical(doc: Doc) -> dict[str, str]:
    """Map each entity's last word to the fullest name the article gives it."""
    best: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ not in TARGET_LABELS:
            continue
        name = ent.text.removesuffix("’s").removesuffix("'s").strip()
        if not name:
            continue
        key = name.split()[-1].lower()
        if len(name) > len(best.get(key, "")):
            best[key] = name
    return best


class StanceBaseline:
    """The ``claimx_stance`` component: stance target, stance and score for every claim."""

    def __init__(self, nlp: Language, name: str, threshold: float) -> None:
        self.name = name
        self.threshold = threshold

    def __call__(self, doc: Doc) -> Doc:
        claims: list[dict[str, Any]] = doc._.get(CLAIMS_ATTR) or []
        names = _canonical(doc)
        for claim in claims:
            qs, qe = claim["quote"]
            speaker = (claim.get("speaker") or "").lower()
            mentions: list[Span] = [
                e
                for e in doc.ents
                if e.label_ in TARGET_LABELS and qs <= e.start_char and e.end_char <= qe
            ]
            counts: Counter[str] = Counter()
            first: dict[str, Span] = {}
            for ent in mentions:
                name = names.get(
                    ent.text.removesuffix("’s").removesuffix("'s").split()[-1].lower()
                    if ent.text.split()
                    else "",
                    ent.text,
                )
                if speaker and (name.lower() in speaker or speaker in name.lower()):
                    continue
                counts[name] += 1
                first.setdefault(name, ent)
            if counts:
                target = max(counts, key=lambda n: (counts[n], -first[n].start_char))
                ent = first[target]
                clause = clause_around(doc, ent.start_char, ent.end_char, (qs, qe))
            else:
                target, clause = "", doc.text[qs:qe]
            stance = polarity_stance(clause, self.threshold)
            claim["stance_target"] = target
            claim["stance"] = stance.label
            claim["stance_score"] = stance.score
        return doc


@Language.factory(
    "claimx_stance",
    default_config=DEFAULT_STANCE_CONFIG,
    requires=[f"doc._.{CLAIMS_ATTR}", "doc.ents"],
    assigns=[f"doc._.{CLAIMS_ATTR}"],
)
def make_stance_baseline(nlp: Language, name: str, threshold: float) -> StanceBaseline:
    """Build the ``claimx_stance`` component."""
    return StanceBaseline(nlp, name, threshold)


def stance_toward_many(
    items: Iterable[tuple[str, int, int]], nlp: Language | None = None, batch_size: int = 64
) -> Iterator[Stance]:
    """Judge the stance toward many targets, batched; results come in input order.

    Args:
        items: ``(text, start, end)`` triples; the target is ``text[start:end]``.
        nlp: A parsing pipeline; the default English pipeline when None.
        batch_size: Texts per batch.

    Yields:
        One :class:`Stance` per item.

    Raises:
        ClaimxError: If a target span is out of range or empty (E008).
    """
    if nlp is None:
        from .pipeline import load_base_pipeline

        nlp = load_base_pipeline()
    checked: list[tuple[str, int, int]] = []
    for text, start, end in items:
        if not (0 <= start < end <= len(text)):
            raise ClaimxError(Errors.E008.format(start=start, end=end, length=len(text)))
        checked.append((text, start, end))
    docs = nlp.pipe(((t, (s, e)) for t, s, e in checked), as_tuples=True, batch_size=batch_size)
    for doc, (start, end) in docs:
        yield polarity_stance(clause_around(doc, start, end, (0, len(doc.text))))


def stance_toward(text: str, start: int, end: int, nlp: Language | None = None) -> Stance:
    """Judge the stance of ``text`` toward the target ``text[start:end]``.

    Example:
        >>> stance_toward("Putin is losing control.", 0, 5).label
        'oppose'
    """
    return next(stance_toward_many([(text, start, end)], nlp=nlp))
