"""Where direct quotes are found: the ``claimx_quotes`` component.

Direct quotes are found by a small scanner over the characters rather than by spaCy's tokens or
textacy's ``direct_quotations``. It is written by hand because news quoting needs things those
tools do not do: textacy raises on an odd number of quote marks, and neither handles a quote that
runs over several paragraphs (no closing mark at a paragraph's end, a reopening mark at the next)
or nests “curly” quotes inside "straight" ones. The scanner never raises.

Each found quote is a ``(start, end)`` character span that excludes its enclosing marks. Spans that
look like scare quotes, titles or nicknames are dropped here; the attribution component decides
the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from .doc_text import text_of

#: Span group holding the direct quotes that claimx keeps as claim candidates.
QUOTES_KEY = "claimx_quotes"
#: Doc extension holding the same quotes as plain ``[start, end]`` character offsets.
QUOTE_OFFSETS_ATTR = "claimx_quote_offsets"
#: Doc extension holding every quoted fragment, claim-like or not (for mixed quotes).
FRAGMENTS_ATTR = "claimx_quoted_fragments"

OPENERS = {"“": "”", "«": "»", "„": "”", "‟": "”"}
CLOSERS = {"”", "»"}
STRAIGHT = '"'

DEFAULT_QUOTES_CONFIG = {"min_words": 4}

#: Words that stay lower case inside a title ("Gone with the Wind").
_TITLE_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "upon",
        "with",
    ]
)
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_SPEECH_END = re.compile(r"[,.!?…:;—–-]\s*$")

for _attr in (QUOTE_OFFSETS_ATTR, FRAGMENTS_ATTR):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)


@dataclass(frozen=True)
class QuoteSpan:
    """A direct quote: character offsets of its words, enclosing marks outside."""

    start: int
    end: int


def _next_paragraph_reopens(text: str, pos: int) -> int | None:
    """If a paragraph break at ``pos`` is followed by a reopening quote mark, return its index."""
    i = pos
    n = len(text)
    while i < n and text[i] in " \t\r\n":
        i += 1
    if i < n and (text[i] in OPENERS or text[i] == STRAIGHT) and "\n" in text[pos:i]:
        return i
    return None


def scan_quotes(text: str) -> list[QuoteSpan]:
    """Find the top-level double-quoted spans in ``text``.

    Handles straight and curly double quotes and guillemets, nested quotes (an inner quote of
    another style, or curly inside curly), and news-style quotes that run over paragraphs. An
    unclosed quote ends at its paragraph's end. Never raises.

    Args:
        text: The article text.

    Returns:
        Spans of quoted words, in text order, enclosing marks excluded.
    """
    spans: list[QuoteSpan] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        # A closing mark that starts a paragraph is a mistyped opener ("”Fear. I am afraid…”").
        misused = ch == "”" and (i == 0 or text[i - 1] == "\n") and i + 1 < n
        if not (ch in OPENERS or ch == STRAIGHT or misused):
            i += 1
            continue
        if ch == STRAIGHT and (i + 1 >= n or text[i + 1].isspace()):
            i += 1  # a straight mark followed by space does not open a quote
            continue
        start = i + 1
        closer = STRAIGHT if ch == STRAIGHT else OPENERS.get(ch, "”")
        depth = 0
        j = start
        end: int | None = None
        while j < n:
            c = text[j]
            if c == "\n":
                reopen = _next_paragraph_reopens(text, j)
                if reopen is not None and depth == 0:
                    j = reopen + 1  # the quote goes on in the next paragraph
                    continue
                end = j  # unclosed: the quote ends with its paragraph
                break
            if c == closer and depth == 0 and (closer != STRAIGHT or j > start):
                end = j
                break
            if c in OPENERS or (c == STRAIGHT and closer != STRAIGHT):
                # An inner quote of another style, or a nested curly opener.
                if c == STRAIGHT:
                    depth = 0 if depth else 1
                else:
                    depth += 1
            elif c in CLOSERS and depth > 0:
                depth -= 1
            j += 1
        if end is None:
            end = n
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(QuoteSpan(s, e))
        i = end + 1
    return spans


def is_claim_like(text: str, span: QuoteSpan, min_words: int) -> bool:
    """Tell a quoted claim from a scare quote, a title or a nickname.

    A quote is claim-like when it has at least ``min_words`` words and is not all in title case
    (a title such as "The Art of the Deal"), or when it is shorter but ends with the punctuation
    of speech (``"No," he said.``).
    """
    body = text[span.start : span.end]
    words = _WORD.findall(body)
    if not words:
        return False
    ends_like_speech = bool(_SPEECH_END.search(body))
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    titled = content and all(w[0].isupper() for w in content)
    if len(words) < min_words:
        if titled and len(content) >= 2 and body.rstrip()[-1] == ",":
            return False  # a title before a comma: on "Meet the Press," she said
        return ends_like_speech and len(words) >= 1 and body.rstrip()[-1] in ",.!?…"
    return not (titled and not ends_like_speech and len(words) < 12)


class QuoteFinder:
    """The ``claimx_quotes`` component: finds direct quotes and keeps the claim-like ones."""

    def __init__(self, nlp: Language, name: str, min_words: int) -> None:
        self.name = name
        self.min_words = min_words

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        found = scan_quotes(text)
        kept = [q for q in found if is_claim_like(text, q, self.min_words)]
        spans: list[Span] = []
        for q in kept:
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[QUOTES_KEY] = spans
        doc._.set(QUOTE_OFFSETS_ATTR, [[q.start, q.end] for q in kept])
        doc._.set(FRAGMENTS_ATTR, [[q.start, q.end] for q in found])
        return doc


@Language.factory(
    "claimx_quotes",
    default_config=DEFAULT_QUOTES_CONFIG,
    assigns=["doc.spans", f"doc._.{QUOTE_OFFSETS_ATTR}", f"doc._.{FRAGMENTS_ATTR}"],
)
def make_quote_finder(nlp: Language, name: str, min_words: int) -> QuoteFinder:
    """Build the ``claimx_quotes`` component."""
    return QuoteFinder(nlp, name, min_words)
