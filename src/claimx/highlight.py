"""Highlighted articles: quotes, cues and speakers drawn with spaCy's displaCy span style.

Used by the HTML report (:mod:`claimx.report`) and in notebooks (:func:`highlight`). The claimx
label colours are registered with spaCy through the ``spacy_displacy_colors`` entry point
(``DISPLACY_COLORS`` below), so ``displacy.render(..., style="span")`` knows them everywhere.

This module is imported by spaCy's entry-point loading, so it imports nothing heavy at the top.
"""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd

from .table import COLUMNS

#: displaCy colours of the claimx span labels (the ``spacy_displacy_colors`` entry point).
DISPLACY_COLORS: dict[str, str] = {
    "QUOTE": "#ffd966",
    "CUE": "#8fc9f2",
    "SPEAKER": "#a8dd95",
}

_WORD = re.compile(r"\S+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _registered_colors() -> dict[str, str]:
    """The colours to pass to displaCy: none when the entry point already registers them."""
    from spacy.util import registry

    try:
        if "claimx" in registry.displacy_colors.get_all():
            return {}
    except Exception:  # a broken third-party entry point must not break the view
        pass
    return dict(DISPLACY_COLORS)


def _int(value: Any) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _spans_of(claims: pd.DataFrame, link: Callable[[int], str] | None) -> list[dict[str, Any]]:
    """Character spans (start, end, label, kb_id, kb_url) of one document's claims."""
    spans: list[dict[str, Any]] = []
    for row in claims.itertuples(index=False):
        index = int(row.claim_index)
        url = link(index) if link else ""
        for label, start, end, kb_id in (
            ("QUOTE", row.quote_start, row.quote_end, f"#{index}"),
            ("CUE", row.cue_start, row.cue_end, ""),
            ("SPEAKER", row.speaker_start, row.speaker_end, row.speaker or ""),
        ):
            s, e = _int(start), _int(end)
            if s is None or e is None or e <= s:
                continue
            if label == "SPEAKER" and str(kb_id) == str(row.speaker_mention or ""):
                kb_id = ""  # the mention already is the resolved name
            spans.append(
                {
                    "start": s,
                    "end": e,
                    "label": label,
                    # displaCy puts kb_id and kb_url into the markup as they are: escape them.
                    "kb_id": html.escape(str(kb_id)) if url or label == "SPEAKER" else "",
                    "kb_url": html.escape(url or "#", quote=True),
                }
            )
    return spans


def offsets_match(text: str, claims: pd.DataFrame) -> bool:
    """Whether every claim's quote is at its offsets in ``text`` (the text the run read)."""
    for row in claims.itertuples(index=False):
        start, end = _int(row.quote_start), _int(row.quote_end)
        if start is None or end is None or text[start:end] != row.quote:
            return False
    return True


def render_article(
    text: str,
    claims: pd.DataFrame,
    *,
    link: Callable[[int], str] | None = None,
) -> str:
    """Render one article as displaCy span markup, paragraph by paragraph.

    Each paragraph is one ``displacy.render(..., style="span", manual=True)`` call, so the
    article keeps its paragraphs; a span over several paragraphs is drawn in each of them.

    Args:
        text: The article text the claims' offsets index.
        claims: That article's rows of the claims table.
        link: ``claim_index -> URL``; QUOTE labels (``QUOTE #3``) and speaker names link there.

    Returns:
        HTML (a ``<div>`` per paragraph).
    """
    from spacy import displacy

    spans = _spans_of(claims, link)
    options = {"colors": _registered_colors()}
    parts: list[str] = []
    paragraph_start = 0
    breaks = [*_PARAGRAPH_BREAK.finditer(text), None]
    for match in breaks:
        paragraph_end = match.start() if match else len(text)
        chunk = text[paragraph_start:paragraph_end]
        if chunk.strip():
            parts.append(_render_paragraph(chunk, paragraph_start, spans, options, displacy))
        if match:
            paragraph_start = match.end()
    return '<div class="claimx-article">' + "".join(parts) + "</div>"


def _render_paragraph(
    chunk: str, offset: int, spans: list[dict[str, Any]], options: dict[str, Any], displacy: Any
) -> str:
    end_of_chunk = offset + len(chunk)
    local = [
        {
            **s,
            "start": max(s["start"], offset) - offset,
            "end": min(s["end"], end_of_chunk) - offset,
        }
        for s in spans
        if s["start"] < end_of_chunk and s["end"] > offset
    ]
    # Tokens: the words, cut again at every span boundary so that spans align with tokens.
    cuts = sorted({b for s in local for b in (s["start"], s["end"])})
    token_starts: list[int] = []
    tokens: list[str] = []
    for word in _WORD.finditer(chunk):
        start = word.start()
        for cut in (c for c in cuts if word.start() < c < word.end()):
            tokens.append(chunk[start:cut])
            token_starts.append(start)
            start = cut
        tokens.append(chunk[start : word.end()])
        token_starts.append(start)
    token_ends = [s + len(t) for s, t in zip(token_starts, tokens, strict=True)]
    manual_spans = []
    for s in local:
        covered = [
            i
            for i, (a, b) in enumerate(zip(token_starts, token_ends, strict=True))
            if a < s["end"] and b > s["start"]
        ]
        if covered:
            manual_spans.append(
                {
                    "start_token": covered[0],
                    "end_token": covered[-1] + 1,
                    "label": s["label"],
                    "kb_id": s["kb_id"],
                    "kb_url": s["kb_url"],
                }
            )
    return displacy.render(
        {"text": chunk, "tokens": tokens, "spans": manual_spans},
        style="span",
        manual=True,
        options=options,
        jupyter=False,
    )


class Highlight:
    """Highlighted articles with their claims; renders itself in Jupyter (``_repr_html_``).

    Build it with :func:`highlight`. ``html`` is the markup; :meth:`save` writes a page.
    """

    def __init__(self, claims: pd.DataFrame, texts: Mapping[str, str]) -> None:
        self.claims = claims
        self.texts = dict(texts)
        self._prefix = "claimx-" + uuid.uuid4().hex[:8]

    @property
    def html(self) -> str:
        """The highlighted articles, each followed by a small table of its claims."""
        from .report import claims_table_html

        parts = [f'<div class="claimx-highlight" id="{self._prefix}">']
        if self.claims.empty:
            parts.append("<p>No claims.</p>")
        for doc_no, (doc_id, claims) in enumerate(self.claims.groupby("doc_id", sort=False)):
            claims = claims.sort_values("claim_index")
            parts.append(f"<h4>{html.escape(str(doc_id))}</h4>")

            def link(index: int, doc_no: int = doc_no) -> str:
                return f"#{self._prefix}-{doc_no}-{index}"

            text = self.texts.get(str(doc_id))
            if text is None:
                parts.append(
                    "<p><em>The article text is not available: pass "
                    "<code>texts={doc_id: text}</code> to see it highlighted.</em></p>"
                )
            elif not offsets_match(text, claims):
                parts.append(
                    "<p><em>The text does not match the claims' offsets (the file changed "
                    "since the run?): not highlighted.</em></p>"
                )
            else:
                parts.append(render_article(text, claims, link=link))
            parts.append(
                claims_table_html(
                    claims,
                    row_id=lambda r, doc_no=doc_no: f"{self._prefix}-{doc_no}-{int(r.claim_index)}",
                    table_id=f"{self._prefix}-table-{doc_no}",
                )
            )
        parts.append("</div>")
        return "".join(parts)

    def _repr_html_(self) -> str:
        return self.html

    def save(self, path: str) -> None:
        """Write the view as a standalone HTML page."""
        from pathlib import Path

        Path(path).write_text(
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>claimx</title></head>'
            f"<body>{self.html}</body></html>",
            encoding="utf-8",
        )

    def __repr__(self) -> str:
        n_docs = self.claims["doc_id"].nunique() if not self.claims.empty else 0
        return f"<claimx.Highlight: {len(self.claims)} claims in {n_docs} article(s)>"


def highlight(obj: Any, texts: Mapping[str, str] | None = None) -> Highlight:
    """The highlighted view of a claims DataFrame or an annotated spaCy Doc.

    In Jupyter the result renders as the articles with quotes, cues and speakers highlighted
    (displaCy span style), each followed by its claims table.

    Args:
        obj: A claims DataFrame (from :func:`claimx.extract`, whose texts it keeps in
            ``df.attrs["claimx_texts"]``, or from :func:`claimx.read_claims`), or a Doc that
            went through the claimx components.
        texts: Article texts by ``doc_id``; needed for a DataFrame that does not carry them
            (e.g. from ``read_claims``).

    Returns:
        A :class:`Highlight`.
    """
    if isinstance(obj, pd.DataFrame):
        known = dict(obj.attrs.get("claimx_texts") or {})
        known.update(texts or {})
        return Highlight(obj, known)
    from spacy.tokens import Doc

    if isinstance(obj, Doc):
        from .pipeline import doc_to_rows
        from .reader import article_from_text
        from .writers import claims_frame

        doc_id = str(obj.user_data.get("claimx_doc_id", "doc"))
        frame = claims_frame(doc_to_rows(obj, article_from_text(obj.text, doc_id)))
        return Highlight(frame, {doc_id: obj.text})
    raise TypeError(f"expected a claims DataFrame or a spaCy Doc, got {type(obj).__name__}")


def display(obj: Any, texts: Mapping[str, str] | None = None) -> None:
    """Show :func:`highlight`'s view now in IPython/Jupyter; outside IPython, print its repr."""
    view = highlight(obj, texts)
    try:
        from IPython.display import display as ipython_display
    except ImportError:  # pragma: no cover - outside IPython there is nothing to show in
        print(repr(view))
        return
    ipython_display(view)


def _html_formatter(obj: Any) -> str | None:
    """IPython's HTML formatter for Docs and claims DataFrames (other frames as usual)."""
    if isinstance(obj, pd.DataFrame):
        if tuple(obj.columns) != COLUMNS:
            return obj._repr_html_()  # type: ignore[operator]  # any other frame: unchanged
        if obj.attrs.get("claimx_texts"):
            return highlight(obj).html
        return obj._repr_html_()  # type: ignore[operator]
    if obj.has_extension("claimx_claims") and obj._.get("claimx_claims") is not None:
        return highlight(obj).html
    return None


def register_notebook_display() -> bool:
    """In IPython/Jupyter, show annotated Docs and claims DataFrames as the highlighted view.

    Uses IPython's documented ``display_formatter.formatters["text/html"].for_type`` hook,
    so neither spaCy nor pandas is patched; ``import claimx`` calls it. Returns whether an
    IPython shell was found.
    """
    import sys

    ipython_module = sys.modules.get("IPython")
    shell = ipython_module.get_ipython() if ipython_module is not None else None  # type: ignore[attr-defined]
    if shell is None:
        return False
    from spacy.tokens import Doc

    formatter = shell.display_formatter.formatters["text/html"]
    formatter.for_type(Doc, _html_formatter)
    formatter.for_type(pd.DataFrame, _html_formatter)
    return True
