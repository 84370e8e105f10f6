"""A Doc's text, read once per Doc.

spaCy's ``Doc.text`` is not stored: each read joins the text of every token, which makes a
Python object per token (about a millisecond for a news article). claimx's components read a
Doc's text many times (every claim's quote type, every stance target), so they all go through
:func:`text_of`, which keeps it in ``doc.user_data`` after the first read. A Doc's text never
changes once it is made.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "claimx.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, computed on the first call for each Doc and kept in ``doc.user_data``."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
