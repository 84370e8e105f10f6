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

The same component mends the entities around a possessive (:func:`split_owned_names`): the
recogniser reads "Fox News' Jake Tapper" as one organisation, or "Megyn Kelly" after "Fox
News'" as a work of art, so the person and her employer were lost.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .given_names import gender_of_given_name

#: The right single quotation mark, which news sites use as an apostrophe.
CURLY_APOSTROPHE = "\u2019"

#: The marks of a possessive, as the tokenizer splits them off a name.
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", CURLY_APOSTROPHE})

#: How many words a person's name after an owner may have ("Jake Tapper", "Mary Ann Doe Roe").
MAX_NAME_WORDS = 4


def mark_possessives(doc: Doc) -> Doc:
    """Relabel "Xs’ noun" as a possessive: the name ``poss``, the apostrophe ``POS``. The
    parser sometimes has the name ``poss`` already; the apostrophe's tag is mended then too."""
    for tok in doc:
        if tok.text == CURLY_APOSTROPHE + "s" and tok.dep_ == "case":
            tok.tag_ = "POS"  # "the Washington Post’s Jane Doe": the tagger may give NNP
            continue
        if tok.text != CURLY_APOSTROPHE or tok.dep_ not in ("case", "punct") or tok.i == 0:
            continue
        owner = doc[tok.i - 1]
        if tok.head.i != owner.i or not owner.text.endswith("s") or owner.whitespace_:
            continue
        if owner.dep_ in ("nmod", "compound", "amod") and owner.head.i > tok.i:
            owner.dep_ = "poss"
        elif (owned := _owned_sibling(doc, owner, tok)) is not None:
            owner.head = owned  # "Fox News’ Jake Tapper said", parsed as two subjects
            owner.dep_ = "poss"
        if owner.dep_ == "poss":
            tok.tag_ = "POS"  # what the tagger gives a straight apostrophe there
    return doc


def _owned_sibling(doc: Doc, owner: Token, mark: Token) -> Token | None:
    """The name after the apostrophe when the parser hung it and the owner's name from the
    same word ("Fox News’ Jake Tapper said": "News" and "Tapper" both taken as arguments of
    "said"): the name the owner owns. None otherwise; a closing quote after a quoted word is
    followed by no name ("the ‘deplorables’ said")."""
    if mark.i + 1 >= len(doc) or owner.pos_ != "PROPN":
        return None
    owned = doc[mark.i + 1]
    while owned.dep_ == "compound" and owned.head.i > owned.i:
        owned = owned.head  # the head of "Jake Tapper"
    same = owned.head.i == owner.head.i and owned.i != owner.i
    return owned if same and owned.pos_ == "PROPN" else None


def _possessive_mark(doc: Doc, i: int) -> bool:
    """Whether token ``i`` marks a possessive: tagged so, or an apostrophe written right after
    a word ending in "s" (the tagger may read a curly one as a closing quote)."""
    if i == 0 or doc[i].text not in POSSESSIVE_MARKS:
        return False
    tok, before = doc[i], doc[i - 1]
    after_s = tok.text in ("'", CURLY_APOSTROPHE) and before.text.endswith("s")
    return tok.tag_ == "POS" or tok.dep_ == "case" or (after_s and not before.whitespace_)


def _person_name(words: Span) -> bool:
    """Whether ``words`` read as a person's name: two to :data:`MAX_NAME_WORDS` capitalised
    words, the first a given name of one gender ("Jake Tapper"; not "Investors Service")."""
    return (
        2 <= len(words) <= MAX_NAME_WORDS
        and all(t.text[:1].isupper() and t.is_alpha for t in words)
        and gender_of_given_name(words[0].text) != ""
    )


def split_owned_names(doc: Doc) -> Doc:
    """Mend the entities of "Fox News' Jake Tapper": the recogniser reads the owner and the
    person as one organisation, or the person as another kind of name (a work of art). The
    owner keeps its label, the name after the possessive becomes a person, so that the
    resolver finds the person and gives them the owner as organisation, as it does for "CNN's
    Jake Tapper". Only a name that opens with a given name of one gender is split off, so
    "McDonald's Corp." and "Moody's Investors Service" stay whole."""
    ents = list(doc.ents)
    mended: list[Span] = []
    changed = False
    for ent in ents:
        inner = [i for i in range(ent.start + 1, ent.end - 1) if _possessive_mark(doc, i)]
        if ent.label_ != "PERSON" and inner and _person_name(doc[inner[-1] + 1 : ent.end]):
            mark = inner[-1]
            mended.append(Span(doc, ent.start, mark, ent.label))
            mended.append(Span(doc, mark + 1, ent.end, "PERSON"))
            changed = True
            continue
        before = mended[-1] if mended else None
        if (
            ent.label_ != "PERSON"
            and before is not None
            and before.end == ent.start
            and _possessive_mark(doc, before.end - 1)
            and _person_name(ent)
        ):
            mended.append(Span(doc, ent.start, ent.end, "PERSON"))  # "Fox News'" + "Megyn Kelly"
            changed = True
            continue
        mended.append(ent)
    if changed:
        doc.ents = mended
    return doc


def mend_possessives(doc: Doc) -> Doc:
    """The component: possessive marks first, then the names around them."""
    return split_owned_names(mark_possessives(doc))


@Language.factory("claimx_possessives", assigns=["token.dep", "token.tag", "doc.ents"])
def make_possessive_marker(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Build the ``claimx_possessives`` component (it has no settings)."""
    return mend_possessives
