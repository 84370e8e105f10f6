"""The speaker's stance toward what a claim is about: the ``claimx_stance`` component.

The target is the entity the claim mentions most (other than the speaker), with its mentions
resolved to the fullest name in the article. The stance toward it comes from the trained,
target-dependent model in ``models/stance`` (all-MiniLM-L6-v2 fine-tuned on NewsMTSC, run with
onnxruntime; see :mod:`claimx.stance_model` and ``models/stance/MODEL_CARD.md``), which reads the
sentence of the target's first mention (within the claim) with that mention marked.

**Fallback**: when the model's files (or onnxruntime/tokenizers) are missing, or with
``backend="vader"``, the stance is the measured VADER baseline instead: the polarity of the
clause around the target (macro-F1 51.2 on NewsMTSC devtest_mt, against the model's 75.1).
A claim that mentions no target gets VADER's polarity of the whole claim either way.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from . import stance_model
from .doc_text import text_of
from .errors import ClaimxError, Errors
from .reported import CLAIMS_ATTR

TARGET_LABELS = ("PERSON", "ORG", "GPE", "NORP")
#: ``backend``: ``auto`` (the model when its files are there, else VADER), ``model`` or ``vader``.
DEFAULT_STANCE_CONFIG: dict[str, Any] = {"threshold": 0.05, "backend": "auto"}
BACKENDS = ("auto", "model", "vader")

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


def stance_backend(backend: str = "auto", model_dir: Path | None = None) -> str:
    """Which judge ``backend`` resolves to: ``model`` or ``vader``.

    ``auto`` picks the trained model when its files are there and VADER otherwise; ``model``
    insists on the model.

    Raises:
        ValueError: If ``backend`` is not one of ``auto``, ``model``, ``vader``.
        FileNotFoundError: If ``backend`` is ``model`` and the model cannot be loaded.
    """
    if backend not in BACKENDS:
        raise ValueError(f"stance backend {backend!r} is not one of {', '.join(BACKENDS)}")
    if backend == "vader":
        return "vader"
    if stance_model.model_available(model_dir):
        return "model"
    if backend == "model":
        raise FileNotFoundError(
            f"no stance model in {model_dir or 'models/stance'} (model.onnx, tokenizer.json, "
            "config.json) or onnxruntime/tokenizers not installed; rebuild it with "
            "`claimx train-stance` or use backend='vader'"
        )
    return "vader"


def _from_probability(label: str, probability: float) -> Stance:
    return Stance(label, round(probability, 4))


def clause_around(doc: Doc, start: int, end: int, bounds: tuple[int, int]) -> str:
    """The smallest clause (a verb's subtree) that holds the target, within ``bounds``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return text_of(doc)[bounds[0] : bounds[1]]
    tok = span.root
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    s = max(bounds[0], tok.left_edge.idx)
    e = min(bounds[1], tok.right_edge.idx + len(tok.right_edge.text))
    text = text_of(doc)
    return text[s:e] if e - s > end - start else text[bounds[0] : bounds[1]]


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


LABEL_PRIORITY = {"PERSON": 3, "ORG": 2, "NORP": 1, "GPE": 0}
#: Names of one country, so that "America" is the U.S. speaker's own side.
COUNTRY_ALIASES = {
    "america": "us",
    "u.s.": "us",
    "us": "us",
    "united states": "us",
    "u.s": "us",
    "the united states": "us",
    "washington": "us",
    "russia": "russia",
    "russian federation": "russia",
    "the russian federation": "russia",
    "kremlin": "russia-government",
    "moscow": "russia-government",
    "britain": "uk",
    "u.k.": "uk",
    "united kingdom": "uk",
    "uk": "uk",
}


def _alias(name: str) -> set[str]:
    """Comparable keys of a name: itself (casefolded) and its country alias, if any."""
    key = name.casefold().strip()
    return {key, COUNTRY_ALIASES.get(key, key)}


def _own_side(claim: dict[str, Any]) -> set[str]:
    """The speaker, their organisation and the country in it, as comparable keys."""
    keys: set[str] = set()
    for field in ("speaker", "organisation"):
        value = (claim.get(field) or "").strip()
        if not value:
            continue
        keys |= _alias(value)
        keys |= {
            COUNTRY_ALIASES[w.casefold()] for w in value.split() if w.casefold() in COUNTRY_ALIASES
        }
        keys |= {w.casefold() for w in value.split() if len(w) > 3 and w[0].isupper()}
    return keys


def _target_phrase(ent: Span, names: dict[str, str]) -> tuple[str, int, int] | None:
    """The target an entity mention stands for, with its character span.

    A name resolves to its fullest form ("Putin" -> "Vladimir Putin"). A nationality used as an
    adjective stands for its noun phrase ("Russian society"), unless that phrase is a subject
    (usually the speaker's own side: "Russian volunteer units ... intend").
    """
    if (
        ent.label_ == "NORP"
        and ent.root.dep_ in ("amod", "compound")
        and ent.root.head.pos_
        in (
            "NOUN",
            "PROPN",
        )
    ):
        head = ent.root.head
        if head.dep_ in ("nsubj", "nsubjpass"):
            return None
        left = min([ent.start, *[c.i for c in head.lefts if c.dep_ in ("amod", "compound")]])
        span = ent.doc[left : head.i + 1]
        return span.text, span.start_char, span.end_char
    base = ent.text.removesuffix("’s").removesuffix("'s").strip()
    if not base:
        return None
    name = names.get(base.split()[-1].lower(), base)
    return name, ent.start_char, ent.end_char


class StanceBaseline:
    """The ``claimx_stance`` component: stance target, stance and score for every claim."""

    def __init__(self, nlp: Language, name: str, threshold: float, backend: str = "auto") -> None:
        self.name = name
        self.threshold = threshold
        self.backend = stance_backend(backend)

    def __call__(self, doc: Doc) -> Doc:
        pending = self._prepare(doc)
        if pending:
            self._assign(pending, stance_model.get_model().predict([item for _, item in pending]))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Like calling the component on each Doc, with the model overlapping the parse.

        Each Doc's targets are judged in one background thread while the Docs after it are
        parsed (onnxruntime releases the GIL), up to ``batch_size`` Docs ahead: on two cores
        the model's time is almost all hidden behind the parse (``benchmarks/throughput.py``).
        Each Doc is still judged alone, exactly as by ``__call__``: int8 results depend on which
        inputs share a run, so pooling targets across Docs would make the output depend on
        ``batch_size`` and ``n_process``. Like spaCy's own components with a ``pipe``, an
        exception here stops the stream (``extract_rows`` then redoes the Docs one by one).
        """
        if self.backend != "model":
            yield from map(self, docs)
            return
        # One onnxruntime thread: the parse keeps the other core busy.
        model = stance_model.get_model(threads=1)
        window: deque[tuple[Doc, list[Any], Future[list[tuple[str, float]]] | None]] = deque()
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimx-stance") as pool:
            for doc in docs:
                pending = self._prepare(doc)
                items = [item for _, item in pending]
                window.append((doc, pending, pool.submit(model.predict, items) if items else None))
                while len(window) > max(1, batch_size):
                    yield self._finish(*window.popleft())
            while window:
                yield self._finish(*window.popleft())

    def _finish(
        self, doc: Doc, pending: list[Any], future: Future[list[tuple[str, float]]] | None
    ) -> Doc:
        if future is not None:
            self._assign(pending, future.result())
        return doc

    @staticmethod
    def _assign(
        pending: list[tuple[dict[str, Any], tuple[str, int, int]]],
        predictions: list[tuple[str, float]],
    ) -> None:
        for (claim, _), (label, prob) in zip(pending, predictions, strict=True):
            claim["stance"] = label
            claim["stance_score"] = round(prob, 4)

    def _prepare(self, doc: Doc) -> list[tuple[dict[str, Any], tuple[str, int, int]]]:
        """Choose every claim's target; judge with VADER now, or return the model's inputs."""
        claims: list[dict[str, Any]] = doc._.get(CLAIMS_ATTR) or []
        names = _canonical(doc)
        text, ents = text_of(doc), [e for e in doc.ents if e.label_ in TARGET_LABELS]
        pending: list[tuple[dict[str, Any], tuple[str, int, int]]] = []
        for claim in claims:
            qs, qe = claim["quote"]
            own = _own_side(claim)
            counts: Counter[str] = Counter()
            first: dict[str, tuple[int, int, Span]] = {}
            for ent in ents:
                if not (qs <= ent.start_char and ent.end_char <= qe):
                    continue
                target = _target_phrase(ent, names)
                if target is None or _alias(target[0]) & own:
                    continue  # the speaker's own side is not what the claim is about
                name, start, end = target
                counts[name] += 1
                first.setdefault(name, (start, end, ent))
            claim["stance_target"] = ""
            if counts:
                # Most mentioned; then people and organisations before places; then earliest.
                target = max(
                    counts,
                    key=lambda n: (counts[n], LABEL_PRIORITY[first[n][2].label_], -first[n][0]),
                )
                t_start, t_end, ent = first[target]
                claim["stance_target"] = target
                if self.backend == "model":
                    sent = ent.sent
                    s, e = max(qs, sent.start_char), min(qe, sent.end_char)
                    item = (text[s:e], t_start - s, t_end - s)
                    pending.append((claim, item))
                    continue
                clause = clause_around(doc, t_start, t_end, (qs, qe))
            else:
                clause = text[qs:qe]
            stance = polarity_stance(clause, self.threshold)
            claim["stance"] = stance.label
            claim["stance_score"] = stance.score
        return pending


@Language.factory(
    "claimx_stance",
    default_config=DEFAULT_STANCE_CONFIG,
    requires=[f"doc._.{CLAIMS_ATTR}", "doc.ents"],
    assigns=[f"doc._.{CLAIMS_ATTR}"],
)
def make_stance_baseline(
    nlp: Language, name: str, threshold: float, backend: str
) -> StanceBaseline:
    """Build the ``claimx_stance`` component."""
    return StanceBaseline(nlp, name, threshold, backend)


def stance_toward_many(
    items: Iterable[tuple[str, int, int]],
    nlp: Language | None = None,
    batch_size: int = 256,
    backend: str = "auto",
    model_dir: Path | None = None,
) -> Iterator[Stance]:
    """Judge the stance toward many targets, batched; results come in input order.

    Args:
        items: ``(text, start, end)`` triples; the target is ``text[start:end]``.
        nlp: A parsing pipeline for the VADER fallback; the default English pipeline when None
            (not loaded at all when the model judges).
        batch_size: Targets per batch.
        backend: ``auto`` (the trained model when its files are there, else VADER), ``model``
            or ``vader``; see :func:`stance_backend`.
        model_dir: A folder holding the model (default: the packaged ``models/stance``).

    Yields:
        One :class:`Stance` per item; ``.score`` is the model's probability for ``.label``.

    Raises:
        ClaimxError: If a target span is out of range or empty (E008). Spans are checked
            batch by batch, before that batch is judged.
        ValueError, FileNotFoundError: See :func:`stance_backend`.
    """
    judge = stance_backend(backend, model_dir)
    batch: list[tuple[str, int, int]] = []
    for text, start, end in items:
        if not (0 <= start < end <= len(text)):
            raise ClaimxError(Errors.E008.format(start=start, end=end, length=len(text)))
        batch.append((text, start, end))
        if len(batch) >= batch_size:
            yield from _judge(batch, judge, nlp, batch_size, model_dir)
            batch = []
    if batch:
        yield from _judge(batch, judge, nlp, batch_size, model_dir)


def _judge(
    batch: list[tuple[str, int, int]],
    judge: str,
    nlp: Language | None,
    batch_size: int,
    model_dir: Path | None,
) -> Iterator[Stance]:
    if judge == "model":
        model = stance_model.get_model(model_dir)
        for label, prob in model.predict(batch):
            yield _from_probability(label, prob)
        return
    if nlp is None:
        from .pipeline import load_base_pipeline

        nlp = load_base_pipeline()
    docs = nlp.pipe(((t, (s, e)) for t, s, e in batch), as_tuples=True, batch_size=batch_size)
    for doc, (start, end) in docs:
        yield polarity_stance(clause_around(doc, start, end, (0, len(text_of(doc)))))


def stance_toward(
    text: str,
    start: int,
    end: int,
    nlp: Language | None = None,
    backend: str = "auto",
    model_dir: Path | None = None,
) -> Stance:
    """Judge the stance of ``text`` toward the target ``text[start:end]``.

    Example:
        >>> stance_toward("Putin is losing control.", 0, 5).label
        'oppose'
    """
    return next(
        stance_toward_many([(text, start, end)], nlp=nlp, backend=backend, model_dir=model_dir)
    )
