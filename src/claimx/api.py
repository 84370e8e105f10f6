"""The notebook API: ``claimx.extract`` returns the claims table as a pandas DataFrame."""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache

import pandas as pd
from spacy.language import Language

from .pipeline import extract_rows, load_pipeline
from .reader import iter_articles
from .writers import claims_frame


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
        fast: Leave out the trained attribution tagger: the rules alone, faster (5.9 against
            5.0 articles/s on two cores) and less accurate (see the README's quality table).

    Returns:
        The claims table, with exactly the columns of ``claimx.table.COLUMNS``. The texts of
        the articles with claims are kept in ``df.attrs["claimx_texts"]`` (by ``doc_id``), so
        that ``claimx.highlight(df)`` can show them highlighted.

    Example:
        >>> import claimx
        >>> df = claimx.extract('"We will win," said Jane Doe.')
        >>> df.loc[0, "speaker"]
        'Jane Doe'
    """
    nlp = _cached_pipeline(model, fast)
    rows = []
    texts: dict[str, str] = {}
    for article, article_rows in extract_rows(
        iter_articles(texts_or_paths), nlp, batch_size=batch_size, n_process=n_process
    ):
        rows.extend(article_rows)
        if article_rows:
            texts[article.doc_id] = article.text
    frame = claims_frame(rows)
    # The texts of the articles with claims, for claimx.highlight (a notebook's view).
    frame.attrs["claimx_texts"] = texts
    return frame
