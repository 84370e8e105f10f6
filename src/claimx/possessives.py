"""Where a plural possessive written with a curly apostrophe is mended: ``claimx_possessives``.

News sites print "Sanders’ campaign manager" with a right single quotation mark. spaCy's small
English model tags that mark as a closing quote (``''``), and its parser then attaches the name
as a nominal modifier (``nmod``) of the noun instead of its possessor (``poss``), marking the
quote as the name's ``case`` or ``punct``. Every reader of possessors in claimx
(``organisations.py``, ``speakers.py``, ``reported.py``) then misses the owner: "Jeff Weaver,
Sanders’ campaign manager" had no organisation, where "Sanders' campaign manager" (a straight
apostrophe) gives Sanders campaign. This component runs after the parser and relabels that
one pattern: a word ending in "s", followed at once by a curly apostrophe that the parser
hung from it, the word modifying a noun after the apostrophe (a closing quote after a quoted
word, "the ‘deplorables’ said", has no such noun). Written by hand because the fault is the
small model's reading of one character; no spaCy setting or tokenizer exception changes how
the parser attaches the name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

#: The right single quotation mark, which news sites use as an apostrophe.
CURLY_APOSTROPHE = "\u2019"


def mark_possessives(doc: Doc) -> Doc:
    """Relabel "Xs’ noun" as a possessive: the name ``poss``, the apostrophe ``POS``. The
    parser sometimes has the name ``poss`` already; the apostrophe's tag is mended then too."""
    for tok in doc:
        if tok.text != CURLY_APOSTROPHE or tok.dep_ not in ("case", "punct") or tok.i == 0:
            continue
        owner = doc[tok.i - 1]
        if tok.head.i != owner.i or not owner.text.endswith("s") or owner.whitespace_:
            continue
        if owner.dep_ in ("nmod", "compound", "amod") and owner.head.i > tok.i:
            owner.dep_ = "poss"
        if owner.dep_ == "poss":
            tok.tag_ = "POS"  # what the tagger gives a straight apostrophe there
    return doc


@Language.factory("claimx_possessives", assigns=["token.dep", "token.tag"])
def make_possessive_marker(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Build the ``claimx_possessives`` component (it has no settings)."""
    return mark_possessives
