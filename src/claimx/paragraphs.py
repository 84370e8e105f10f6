"""Where sentences are split at paragraph breaks: the ``claimx_paragraphs`` component.

A blank line in a news text ends a paragraph, a headline or a dateline, so it always ends a
sentence. spaCy's parser does not know that: on PolNeAR dev it runs 265 of 3,193 sentences
over a blank line ("Lawmaker urges retaliation on Russia ... \\n\\nRep. Adam Schiff said ..."),
which puts a headline and a body's speaker in one sentence. This component runs before the
parser and marks the first word after a blank line as a sentence start; the parser keeps
marks set before it. Written here because spaCy's own splitters (``sentencizer``, ``senter``)
replace the parser's sentences rather than constrain them, and neither looks at blank lines.
A single line break is left to the parser: hard-wrapped text has one inside its sentences.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from .doc_text import text_of


def mark_paragraphs(doc: Doc) -> Doc:
    """Mark the first non-space token after a blank line as the start of a sentence."""
    text = text_of(doc)
    end = None  # where the last non-space token ended
    for tok in doc:
        if tok.is_space:
            continue
        # Between two words there is only whitespace: two line breaks make a blank line.
        if end is not None and text.count("\n", end, tok.idx) >= 2:
            tok.is_sent_start = True
        end = tok.idx + len(tok.text)
    return doc


@Language.factory("claimx_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_marker(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Build the ``claimx_paragraphs`` component (it has no settings)."""
    return mark_paragraphs
