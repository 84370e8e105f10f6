"""The notebook API: ``claimx.extract`` returns the claims table as a pandas DataFrame."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import pandas as pd
from spacy.language import Language

from .errors import ClaimxWarning, Errors
from .pipeline import extract_rows, load_pipeline
from .reader import iter_articles
from .writers import claims_frame, document_row


@lru_cache(maxsize=4)
def _cached_pipeline(model: str | None, fast: bool) -> Language:
    return load_pipeline(model, fast)


def extract(
    texts_or_paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    fast: bool = False,
) -> pd.DataFrame:
    """Extract the claims of texts, files or folders as a DataFrame.

    A ``str`` is a text (numbered ``text-0``, ``text-1``, ...); pass a ``pathlib.Path`` for a
    file or a folder (read recursively for ``*.txt``).

    Args:
        texts_or_paths: A text, a path, or an iterable of them.
        model: An installed spaCy pipeline; the default is ``en_core_web_sm`` or its re-upload.
        batch_size: Texts per batch.
        n_process: Worker processes.
        fast: Leave out the trained attribution tagger: the rules alone, faster (about 0.8-0.9 of a
            bare parse's speed on two cores, against 0.65-0.8) and less accurate (see the
            README's quality table).

    Returns:
        The claims table, with exactly the columns of ``claimx.table.COLUMNS``. The texts of
        the articles with claims are kept in ``df.attrs["claimx_texts"]`` (by ``doc_id``), so
        that ``claimx.highlight(df)`` can show them highlighted. ``df.attrs["claimx_documents"]``
        holds one record per input with the columns of ``documents.csv`` (``doc_id, status,
        n_claims, date, publisher, error``; ``pd.DataFrame(df.attrs["claimx_documents"])``).

    Warns:
        ClaimxWarning: when a ``str`` names an existing file or folder (it is still read as a
            text: pass a ``pathlib.Path`` to read the file); and when some input could not be
            processed (an unreadable or binary file, a text over the length limit, a component
            that failed on it): such an input has no claim rows, and its reason is in
            ``df.attrs["claimx_documents"]``. Empty inputs are recorded there with status
            ``empty`` and give no warning.

    Example:
        >>> import claimx
        >>> df = claimx.extract('"We will win," said Jane Doe.')
        >>> df.loc[0, "speaker"]
        'Jane Doe'
    """
    nlp = _cached_pipeline(model, fast)
    rows = []
    texts: dict[str, str] = {}
    documents: list[dict[str, Any]] = []
    for article, article_rows in extract_rows(
        iter_articles(texts_or_paths), nlp, batch_size=batch_size, n_process=n_process
    ):
        rows.extend(article_rows)
        documents.append(document_row(article, len(article_rows)))
        if article_rows:
            texts[article.doc_id] = article.text
    frame = claims_frame(rows)
    # The texts of the articles with claims, for claimx.highlight (a notebook's view).
    frame.attrs["claimx_texts"] = texts
    # Plain records, not a DataFrame: pandas compares attrs with == when it concatenates.
    frame.attrs["claimx_documents"] = documents
    _warn_about_failures(documents)
    return frame


def _warn_about_failures(documents: list[dict[str, Any]]) -> None:
    """One warning that names the first input that failed and counts the others."""
    failed = [d for d in documents if d["status"] == "error"]
    if failed:
        more = f"; and {len(failed) - 1} more" if len(failed) > 1 else ""
        message = Errors.W013.format(
            n=len(failed),
            total=len(documents),
            first=failed[0]["doc_id"],
            reason=failed[0]["error"],
            more=more,
        )
        warnings.warn(message, ClaimxWarning, stacklevel=3)
