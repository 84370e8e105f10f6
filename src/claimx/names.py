"""Where people's names with particles are mended: ``claimx_names``.

spaCy's small English model reads a surname's particles as anything but a name: "Ursula von
der Leyen" becomes a person "Ursula von der" and a place "Leyen", "Erik ten Hag" a person
"Erik" and the number "ten", "Sophie in 't Veld" an organisation "Sophie", and the surname
alone later ("Von der Leyen added", "ten Hag told") an organisation or nothing. The resolver
then gives the words to "Ursula von der", or to no one. This component runs after the parser
and makes each such name one person entity, its particles and given names compounds of the
surname, so that every later reader (the speaker mentions, the name clusters) sees the name
whole:

- a name in full: a given name (or a word the recogniser already calls a person), lower-case
  particles, a capitalised surname ("Erik ten Hag", "Ursula von der Leyen");
- the surname with its particles alone ("Von der Leyen", "ten Hag", "In 't Veld"), only when
  the article names a person in full with those very words at the end, so "Le Monde" or "De
  Beers" stay what they were.

The spans are found with spaCy's ``Matcher``. Which of them are names is decided by hand,
because the recogniser's labels on these words are the fault being mended.

The same component mends other cuts the recogniser makes in names:

- a person's name after a role word ("Liverpool boss Arne Slot", untagged; "Cal Fire
  spokesperson Jason Clay", one person);
- a body named for a saint ("St. Mary's Medical Center", a place "St. Mary's");
- a surname run into the body before it where a comma is missing ("In an interview with CNN
  Sanders said ...", one body "CNN Sanders");
- a body cut short ("Acme Media", tagged "Media");
- a company whose shares trade, tagged as a place or a person ("Shares of Nvidia rose").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .given_names import SURNAME_PARTICLES, gender_of_given_name
from .mentions import (
    GROUP_NOUNS,
    NETWORK_WORDS,
    NEWS_BODIES,
    NEWSPAPER_WORDS,
    OCCUPATION_NOUNS,
    ORG_LABELS,
    ORG_SUFFIXES,
    PERSON_NOUNS,
)

#: Particles of surnames ("von der Leyen", "ten Hag", "de Blasio", "bin Salman", "dos
#: Santos"): the given-name list's, lower-case inside a full name. "in 't" has its own pattern.
PARTICLES = SURNAME_PARTICLES - {"st"}

_PARTICLE = {"LOWER": {"IN": sorted(PARTICLES)}}
_IN_T = [
    {"LOWER": "in"},
    {"ORTH": {"IN": ["'", "’"]}, "OP": "?"},
    {"LOWER": {"IN": ["'t", "’t", "t"]}},
]
_SURNAME = {"IS_TITLE": True, "IS_ALPHA": True}

#: A given name, particles, a surname ("Erik ten Hag"); the same with "in 't".
_FULL = [
    [{"IS_TITLE": True, "IS_ALPHA": True}, {**_PARTICLE, "IS_LOWER": True, "OP": "+"}, _SURNAME],
    [{"IS_TITLE": True, "IS_ALPHA": True}, *_IN_T, _SURNAME],
]
#: The surname with its particles alone ("Von der Leyen", "ten Hag", "In 't Veld").
_SHORT = [[{**_PARTICLE, "OP": "+"}, _SURNAME], [*_IN_T, _SURNAME]]


def _key(span: Span) -> tuple[str, ...]:
    """A span's words, lower-cased, with an apostrophe of "'t" written one way."""
    return tuple(t.lower_.replace("’", "'") for t in span if t.text not in ("'", "’"))


def _person_start(doc: Doc, start: int) -> int:
    """Where a name opening at ``start`` really opens: further left over the given names the
    recogniser tagged with it ("Ursula Gertrud von der Leyen")."""
    while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].is_title:
        start -= 1
    return start


def _attach(span: Span) -> None:
    """Make the surname the head of its name, as the parser does for "Bill Clinton": the
    other words hang from it as compounds ("ten" had been a number modifying "said"), and it
    takes the place in the sentence of the name's word that held one ("said Sophie in 't
    Veld": "Sophie" the subject, "Veld" the object of "in"), with the words outside the name
    that hung from any of its words."""
    surname = span[-1]
    inside = range(span.start, span.end)
    roots = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    if len(roots) == 1 and roots[0] is surname and all(t.dep_ == "compound" for t in span[:-1]):
        return  # already read as one name
    top = surname if surname in roots else roots[0]
    sentence_root = top.head.i == top.i
    head, dep = top.head, top.dep_
    outside = [c for t in span[:-1] for c in t.children if c.i not in inside]
    surname.head = surname if sentence_root else head
    surname.dep_ = dep
    for tok in span[:-1]:
        tok.head = surname
        tok.dep_ = "compound"
    for child in outside:
        child.head = surname


def mend_particle_names(doc: Doc, matcher: Matcher) -> Doc:
    """Make each name with particles one person entity (see the module's docstring)."""
    found = matcher(doc, as_spans=True)
    full: list[Span] = []
    for span in found:
        if span.label_ != "FULL":
            continue
        first = span[0]
        if first.ent_type_ == "PERSON" or gender_of_given_name(first.text):
            full.append(Span(doc, _person_start(doc, span.start), span.end, "PERSON"))
    full = filter_spans(full)
    if not full:
        return doc
    tails = {_key(span[1:]) for span in full}
    names = list(full)
    taken = {i for span in full for i in range(span.start, span.end)}
    for span in found:
        if span.label_ == "SHORT" and _key(span) in tails and span.start not in taken:
            if span.end < len(doc) and doc[span.end].is_title and doc[span.end].ent_type_:
                continue  # a longer name goes on ("De Blasio Street")
            names.append(Span(doc, span.start, span.end, "PERSON"))
    names = filter_spans(names)
    _replace_ents(doc, names)
    for span in names:
        _attach(span)
    return doc


def _replace_ents(doc: Doc, spans: list[Span]) -> None:
    """Set ``spans`` as entities of ``doc``, in place of the entities they overlap."""
    cuts = {(s.start, s.end) for s in spans}
    kept = [e for e in doc.ents if not any(e.start < b and a < e.end for a, b in cuts)]
    doc.ents = filter_spans([*kept, *spans])


#: Role words written before a person's name ("Liverpool boss Arne Slot", "striker Erling
#: Haaland"): the resolver's role and occupation nouns.
_ROLES = PERSON_NOUNS | OCCUPATION_NOUNS
#: The most words a name after a role may have after its given name ("Ana Maria de Lopez").
_MORE_NAMES = 3


def _name_after(doc: Doc, start: int, tagged: str = "") -> Span | None:
    """The name opening at ``start`` that the recogniser missed: a given name, then one to three
    capitalised proper nouns, none of them in an entity (or in one with the label ``tagged``);
    else None."""
    given = doc[start]
    if not (given.is_title and given.is_alpha and gender_of_given_name(given.text)):
        return None
    end = start + 1
    while (
        end < len(doc)
        and end - start <= _MORE_NAMES
        and doc[end].is_title
        and doc[end].is_alpha
        and doc[end].pos_ == "PROPN"
    ):
        end += 1
    span = doc[start:end]
    if len(span) < 2 or any(t.ent_type_ and t.ent_type_ != tagged for t in span):
        return None  # "analyst Morgan Stanley", tagged as a body: the bank
    return Span(doc, start, end, "PERSON")


def mend_names_after_roles(doc: Doc) -> Doc:
    """Tag as a person a name written after a role word that the recogniser missed ("Liverpool
    boss Arne Slot disagreed": no entity) or ran into an organisation with its capitalised role
    ("Striker Erling Haaland", tagged as a body). The name must open with a given name that
    the given-name list knows, so "spokesman Acme Corp." is left alone. A person entity run
    over a body, its role and a name ("Cal Fire spokesperson Jason Clay") is cut in two: the
    body and the person."""
    names: list[Span] = []
    bodies: list[Span] = []
    for ent in doc.ents:
        # "Cal Fire spokesperson Jason Clay", tagged as one person: a body, its role, a name.
        roles = [t for t in ent[1:-1] if t.lower_ in _ROLES and t.is_lower and t.pos_ == "NOUN"]
        if ent.label_ != "PERSON" or len(roles) != 1:
            continue
        role = roles[0]
        before, after = doc[ent.start : role.i], doc[role.i + 1 : ent.end]
        if all(t.is_title or t.is_upper for t in before) and all(t.is_title for t in after):
            bodies.append(Span(doc, before.start, before.end, "ORG"))
            names.append(Span(doc, after.start, after.end, "PERSON"))
    for tok in doc[:-2]:
        role = tok.lower_ in _ROLES
        if role and not tok.ent_type_ and tok.pos_ in ("NOUN", "PROPN"):
            # "boss Arne Slot", "Co-Chair Jane Roe" (no entity on either)
            span = _name_after(doc, tok.i + 1)
        elif role and tok.is_title and tok.ent_type_ == "ORG" and tok.ent_iob_ == "B":
            span = _name_after(doc, tok.i + 1, tagged="ORG")
            ent = next(e for e in doc.ents if e.start == tok.i)
            span = span if span is not None and span.end == ent.end else None
        else:
            continue
        if span is not None:
            names.append(span)
    if not names:
        return doc
    names = filter_spans(names)
    _replace_ents(doc, [*names, *bodies])
    for span in names:
        _attach(span)
    return doc


#: Words that end a body's name ("the Washington Post", "Fox News", "the Judiciary Committee").
_BODY_ENDINGS = NEWSPAPER_WORDS | NETWORK_WORDS | GROUP_NOUNS | ORG_SUFFIXES


def _a_body(doc: Doc, words: Span) -> bool:
    """Whether ``words`` name a body: they end with a body's word, are a known outlet
    ("CNN"), or the article tags the same words as a body on their own elsewhere."""
    text = words.text.lower()
    if words[-1].lower_.rstrip(".") in _BODY_ENDINGS or text in NEWS_BODIES:
        return True
    return any(
        e.label_ in ORG_LABELS and e.text.lower().removeprefix("the ") == text
        for e in doc.ents
        if not e.start <= words.start < e.end
    )


def mend_surnames_run_into_bodies(doc: Doc) -> Doc:
    """Cut a body's name from a person's surname that the recogniser ran into it, as it does
    where a comma is missing: "In an interview with CNN Sanders said ..." ("CNN Sanders", one
    body) or "the editorial board of the Washington Post Trump said ...". The last word must be
    the last word of a person the article names elsewhere, and the words before it a body's
    name (:func:`_a_body`), so "Morgan Stanley" or "Hillary Rodham Clinton" stay whole. Where
    the parser made the surname the object of the preposition and left the verb after it
    without a subject, the surname becomes that subject and the body the object."""
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    surnames = {e[-1].text for e in people if e[-1].is_title}
    names_words = {t.text for e in people for t in e}
    cuts: list[tuple[Span, Span]] = []
    for ent in doc.ents:
        surname = ent[-1]
        body = ent[1:-1] if ent[0].lower_ == "the" else ent[:-1]
        if (
            len(body) == 0
            or ent.label_ == "PERSON"
            or not (surname.is_title and surname.is_alpha and surname.pos_ == "PROPN")
            or surname.text not in surnames
            # "Carly Fiorina" or "Trump Tower" tagged as a body: words of a person's name
            or any(t.text in names_words or gender_of_given_name(t.text) for t in body)
            or not _a_body(doc, body)
        ):
            continue
        cuts.append(
            (
                Span(doc, ent.start, ent.end - 1, "ORG"),
                Span(doc, surname.i, surname.i + 1, "PERSON"),
            )
        )
    if not cuts:
        return doc
    _replace_ents(doc, [span for pair in cuts for span in pair])
    for body, name in cuts:
        _subject_again(body, name[0])
    return doc


def _subject_again(body: Span, surname: Token) -> None:
    """Make ``surname`` the subject of the verb right after it, and the body's last word what
    the surname was, when the parser read "with CNN Sanders said" as one object and "said" as
    having no subject."""
    doc = surname.doc
    if surname.i + 1 >= len(doc):
        return
    verb = doc[surname.i + 1]
    if verb.dep_ in ("aux", "auxpass", "neg") and verb.head.i > verb.i:
        verb = verb.head  # "Cruz has said"
    if (
        surname.dep_ not in ("pobj", "dobj")
        or verb.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        or surname.head.i > surname.i
        or not verb.is_ancestor(surname.head)
    ):
        return
    last = body[-1]
    head, dep = surname.head, surname.dep_
    for child in list(surname.children):
        child.head = last
    last.head, last.dep_ = head, dep
    surname.head, surname.dep_ = verb, "nsubj"


def mend_bodies_cut_short(doc: Doc) -> Doc:
    """Take into a body's name the untagged capitalised proper nouns before it that the
    parser hangs on it as compounds ("Acme Media said", tagged as a body "Media"); so the body
    is not called "Media"."""
    mended: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        start = ent.start
        while start > 0 and _untagged_name_word(doc[start - 1], ent):
            start -= 1
        if start < ent.start:
            mended.append(Span(doc, start, ent.end, "ORG"))
    if mended:
        _replace_ents(doc, mended)
    return doc


def _untagged_name_word(tok: Token, ent: Span) -> bool:
    """Whether ``tok`` is a capitalised proper noun with no entity, hung on ``ent`` as a
    compound; not a given name ("Ilya Shapiro", tagged as a body "Shapiro") nor a role
    ("Representative Brooks")."""
    return (
        tok.pos_ == "PROPN"
        and not gender_of_given_name(tok.text)
        and tok.lower_ not in _ROLES
        and not tok.ent_type_
        and tok.is_title  # not a headline's capitals ("EUROPEANS ASK", tagged "ASK")
        and tok.is_alpha
        and tok.dep_ == "compound"
        and ent.start <= tok.head.i < ent.end
    )


#: Words for a company's traded stock: "shares of Nvidia", "Nvidia's stock".
_STOCK_WORDS = frozenset({"share", "stock"})


def mend_traded_companies(doc: Doc) -> Doc:
    """Tag as an organisation a name whose shares are traded ("Shares of Nvidia rose", "Acme's
    stock fell") that the recogniser tagged as a place or a person, or not at all: only a
    company has shares. A name of one or two proper nouns, as the object of "of" after the
    stock word or its possessor; not a compound before it ("U.S. stocks" are no company's)."""
    bodies: list[Span] = []
    for tok in doc:
        if tok.lemma_.lower() not in _STOCK_WORDS or tok.pos_ != "NOUN":
            continue
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [
            pobj
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        for owner in owners:
            if owner.pos_ != "PROPN" or owner.ent_type_ not in ("", "GPE", "PERSON"):
                continue
            words = [c for c in owner.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            start = words[0].i if words else owner.i
            span = Span(doc, start, owner.i + 1, "ORG")
            tagged = _ent_of(doc, owner)
            whole = tagged is None or (tagged.start, tagged.end) == (span.start, span.end)
            if len(span) <= 2 and all(t.is_title or t.is_upper for t in span) and whole:
                bodies.append(span)
    if bodies:
        _replace_ents(doc, filter_spans(bodies))
    return doc


def _ent_of(doc: Doc, tok: Token) -> Span | None:
    """The entity ``tok`` is in, or None."""
    return next((e for e in doc.ents if e.start <= tok.i < e.end), None)


#: The last words of a body named for a saint ("St. Mary's Medical Center").
_INSTITUTIONS = ["hospital", "center", "centre", "church", "cathedral", "school", "college"]
_INSTITUTIONS += ["university", "academy", "clinic", "parish", "health", "home", "infirmary"]
#: A saint's name, its possessive and a body's words ("St. Jude Children's Research Hospital"):
#: the recogniser cuts it at the possessive or tags the saint as a place.
_SAINTS = [
    [
        {"LOWER": {"IN": ["st.", "st", "saint"]}},
        {"ORTH": ".", "OP": "?"},
        {"IS_TITLE": True, "OP": "+"},
        {"ORTH": {"IN": ["'s", "’s"]}},
        {"IS_TITLE": True, "OP": "*"},
        {"ORTH": {"IN": ["'s", "’s"]}, "OP": "?"},
        {"IS_TITLE": True, "OP": "*"},
        {"LOWER": {"IN": _INSTITUTIONS}, "IS_TITLE": True},
    ]
]


def mend_saints_bodies(doc: Doc, matcher: Matcher) -> Doc:
    """Make each body named for a saint one organisation ("St. Mary's Medical Center", which
    the recogniser tags as a place "St. Mary's" and nothing)."""
    bodies = filter_spans([Span(doc, s, e, "ORG") for _, s, e in matcher(doc)])
    if bodies:
        _replace_ents(doc, bodies)
    return doc


@Language.factory("claimx_names", assigns=["doc.ents", "token.dep"])
def make_name_mender(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Build the ``claimx_names`` component (it has no settings)."""
    matcher = Matcher(nlp.vocab)
    matcher.add("FULL", _FULL)
    matcher.add("SHORT", _SHORT)
    saints = Matcher(nlp.vocab)
    saints.add("SAINT", _SAINTS)

    def mend(doc: Doc) -> Doc:
        doc = mend_particle_names(mend_saints_bodies(doc, saints), matcher)
        doc = mend_surnames_run_into_bodies(mend_names_after_roles(doc))
        return mend_bodies_cut_short(mend_traded_companies(doc))

    return mend
