"""Where claims are attributed: the ``claimx_reported`` component.

It finds reported speech (a reporting verb with a clausal complement, "according to X",
"X called Y Z", belief cues such as "is convinced that") and ties every direct quote from
``claimx_quotes`` to its cue and speaker mention. The result is a list of plain claim records in
``doc._.claimx_claims`` (character offsets only, so Docs stay serialisable for
``nlp.pipe(n_process=...)`` and ``DocBin``), plus span groups for display.

The rules read spaCy's dependency parse; the cue lexicon below is the reporting vocabulary of
news (the lemmas that PolNeAR's annotators marked most often as cues).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .cues import cue_keys, load_lexicon
from .doc_text import text_of
from .mentions import GROUP_NOUNS, PERSON_NOUNS, is_bare_title
from .quotes import FRAGMENTS_ATTR, QUOTE_OFFSETS_ATTR

#: Doc extension holding the claim records (list of plain dicts).
CLAIMS_ATTR = "claimx_claims"
#: Span groups for display: claim contents, cues and speaker mentions.
CONTENT_KEY = "claimx_content"
CUES_KEY = "claimx_cues"
SOURCES_KEY = "claimx_sources"

#: Reporting verbs (lemmas) that introduce speech or belief in news.
SPEECH_VERBS: frozenset[str] = frozenset(
    [
        "say",
        "tell",
        "add",
        "state",
        "claim",
        "argue",
        "warn",
        "note",
        "explain",
        "announce",
        "insist",
        "suggest",
        "report",
        "write",
        "declare",
        "assert",
        "contend",
        "maintain",
        "acknowledge",
        "admit",
        "concede",
        "confirm",
        "deny",
        "reveal",
        "disclose",
        "stress",
        "emphasize",
        "emphasise",
        "reiterate",
        "repeat",
        "recall",
        "remark",
        "comment",
        "observe",
        "point",
        "predict",
        "promise",
        "pledge",
        "vow",
        "urge",
        "tweet",
        "post",
        "testify",
        "allege",
        "complain",
        "caution",
        "conclude",
        "continue",
        "describe",
        "indicate",
        "estimate",
        "ask",
        "reply",
        "respond",
        "answer",
        "agree",
        "disagree",
        "believe",
        "think",
        "feel",
        "know",
        "expect",
        "hope",
        "fear",
        "worry",
        "doubt",
        "suspect",
        "find",
        "show",
        "suggest",
        "accuse",
        "criticize",
        "criticise",
        "charge",
        "blame",
        "praise",
        "dismiss",
        "reject",
        "insist",
        "propose",
        "recommend",
        "demand",
        "threaten",
        "boast",
        "predict",
        "signal",
        "mention",
        "reckon",
        "guess",
        "wonder",
        "question",
        "counter",
        "retort",
        "quip",
        "joke",
        "muse",
        "concur",
        "object",
        "protest",
        "lament",
        "acknowledge",
        "affirm",
        "announce",
        "brief",
        "inform",
        "notify",
        "underline",
        "underscore",
        "highlight",
    ]
)
#: Verbs whose object is the thing said, so a clause need not follow ("he called X Y").
NAMING_VERBS: frozenset[str] = frozenset({"call", "label", "describe", "brand", "dub", "term"})
#: Adjectives that make belief cues with a copula ("is convinced that").
BELIEF_ADJECTIVES: frozenset[str] = frozenset(
    {
        "convinced",
        "sure",
        "confident",
        "certain",
        "adamant",
        "aware",
        "hopeful",
        "optimistic",
        "worried",
        "concerned",
        "afraid",
        "skeptical",
        "sceptical",
        "clear",
    }
)
#: Nouns of documents: "according to a statement signed by X" is X's claim.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    [
        "statement",
        "report",
        "study",
        "poll",
        "survey",
        "letter",
        "document",
        "memo",
        "analysis",
        "data",
        "figure",
        "release",
        "record",
        "filing",
        "tweet",
        "post",
        "interview",
        "article",
        "estimate",
        "complaint",
        "lawsuit",
        "indictment",
        "ruling",
        "transcript",
        "email",
        "message",
        "video",
        "speech",
        "account",
        "source",
    ]
)
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
#: Verb forms that end a sentence as its reporting clause ("..., records show.").
POSTPOSED_CUES = frozenset(
    {
        "said",
        "says",
        "show",
        "shows",
        "showed",
        "found",
        "finds",
        "suggest",
        "suggests",
        "indicate",
        "indicates",
        "reported",
        "reports",
        "added",
        "noted",
        "wrote",
        "argued",
    }
)
#: Verbs of aspect: with an infinitive they say when something happens, not that it is said.
ASPECTUAL_VERBS = frozenset({"continue", "begin", "start", "keep", "stop", "cease", "resume"})
#: Prepositions that carry on what a cue verb says of its object ("accused X of Y").
OBJECT_PREPS = frozenset({"of", "for", "about", "over", "against", "as", "with", "to", "in", "on"})
#: Dependents that join a cue when written right before its verb (PolNeAR's convention).
CUE_LEFT_DEPS = frozenset({"aux", "auxpass", "advmod", "neg"})
_EDGE_PUNCT = set(",.:;!?\"'“”‘’«»()[]—–- \n\t")

DEFAULT_REPORTED_CONFIG: dict[str, Any] = {
    "max_floating_gap": 2,
    "cue_lexicon": "default",
    "cue_min_hits": 3,
    "cue_min_precision": 0.3,
}

if not Doc.has_extension(CLAIMS_ATTR):
    Doc.set_extension(CLAIMS_ATTR, default=None)


def _trim(text: str, start: int, end: int, keep_end: str = "") -> tuple[int, int]:
    """Trim whitespace and edge punctuation from a character span; a closing bracket stays
    when its opening bracket is inside ("Rep. Gwen Moore (D-Wis.)"), and so does a last
    character in ``keep_end``."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        if text[end - 1] == ")" and text.count("(", start, end) > text.count(")", start, end - 1):
            break
        if text[end - 1] in keep_end:
            break
        end -= 1
    return start, end


def _trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a claim's content, keeping a closing question or exclamation mark: it is part of
    what was said (PolNeAR's convention: "asked, Who will win?")."""
    start, end = _trim(text, start, end, keep_end="?!")
    rest = text[end : end + 3].lstrip(" \"'”’")
    if start < end and rest[:1] in ("?", "!"):
        end = text.index(rest[0], end) + 1  # the parse hangs the mark on the cue verb
    return start, end


#: A dash closing a line, as in a transcript turn cut off by the next speaker ("to get —.").
_INTERRUPTED = re.compile(r"[ \t\u00a0]*[—–]+[ \t.\"”]*(?:\n|$)")


def _trim_turn(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a transcript turn like a content, but keep a dash that closes its line: the turn
    was interrupted, and the dash says so (PolNeAR keeps it too)."""
    start, end = _trim_content(text, start, end)
    if start < end and (m := _INTERRUPTED.match(text, end)) is not None:
        end = end + len(m.group().rstrip(' \t."”\n'))
    return start, end


def _subtree_chars(tokens: Iterable[Token]) -> tuple[int, int]:
    toks = sorted(tokens, key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _inside(pos: int, spans: list[list[int]]) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, non-overlapping)."""
    return _enclosing(pos, spans) is not None


def _enclosing(pos: int, spans: list[list[int]]) -> int | None:
    """The index of the span of ``spans`` (sorted, non-overlapping) that holds ``pos``: a
    binary search, since it is asked for every token."""
    k = bisect_right(spans, [pos, float("inf")]) - 1
    return k if k >= 0 and spans[k][0] <= pos < spans[k][1] else None


#: Verbs whose passive participle, opening a clause, makes its subject the one addressed, not
#: the speaker ("Asked whether ..., Doe said"). Not a feeling's: in "Angered by the ruling, Doe
#: sued", Doe is the one angered.
_ADDRESSED_VERBS = frozenset({"ask", "question", "press", "quiz", "tell", "challenge"})


#: Words that open a clause set against a claim ("..., while he warned that ...").
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})


def _passive_participle(verb: Token) -> bool:
    """A cue written as a passive participle that opens its clause: "Asked whether he would
    run, Biden said ...", "Pressed on the deal, Roe said ...", or follows its verb after
    "when" ("Roe replied when asked whether ..."): its subject is the one asked.
    And "As reported by the Tribune, ...", whose reporter is named after "by"; a bare "As
    reported, Jane Doe said ..." leaves the claims Doe's."""
    lemma = verb.lemma_.lower()
    return (
        (lemma in _ADDRESSED_VERBS or (lemma == "report" and _agent(verb) is not None))
        and verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and (verb.i < verb.head.i or any(c.lower_ in _WHEN_MARKS for c in verb.children))
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


#: Words that open a participle clause after its verb: "Roe replied when asked whether ...".
#: Not "as": "Doe said ..., as reported by the Tribune" leaves the claim Doe's.
_WHEN_MARKS = frozenset({"when", "after", "if", "once"})


def _quoted_as(verb: Token) -> bool:
    """ "Doe was quoted by the Tribune as saying ...", "was cited by Reuters as saying": the
    subject of the passive speaks, and the one after "by" only reports it."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and prep.lower_ == "as"
        and prep.head.lemma_.lower() in ("quote", "cite")
        and any(c.dep_ == "nsubjpass" for c in prep.head.children)
    )


def _only_a_comma_before(name: Token, before: Token) -> bool:
    """Whether only punctuation, a comma among it, comes between the phrase of the subject
    ``before`` and a name ("co-author, Jim Doe"; "Cruz,'' Robert Shrum"), not words ("poll
    showed ...; Ohio Gov. John Kasich")."""
    between = name.doc[before.right_edge.i + 1 : name.left_edge.i]
    return any(t.text == "," for t in between) and all(t.is_punct for t in between)


def _audience(participle: Token) -> Token | None:
    """The one a cue after "when asked" tells, who is the one asking: "Doe told the Standard
    when asked whether ...", "Doe told reporters when asked about ...". None when the verb
    before it is no "tell" or the participle opens the sentence ("Asked whether ..., Doe
    said")."""
    verb = participle.head
    if participle.i < verb.i or verb.lemma_.lower() != "tell":
        return None
    return next(
        (c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < participle.i), None
    )


def _agent(verb: Token) -> Token | None:
    """The one a passive verb's "by" phrase names ("reported by the Tribune"), or None."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def title_glued_to(first: Token, name: Token) -> bool:
    """Whether the words from ``first`` up to ``name`` are one title written before the name
    with a hyphen in it ("Co-CEO", "Vice-Chair"), which the parser cut into subjects."""
    between = first.doc[first.i : name.i]
    return (
        not first.ent_type_
        and any(t.text == "-" and not t.whitespace_ for t in between)
        and all(t.is_alpha or t.text == "-" for t in between)
    )


def _subject(verb: Token) -> Token | None:
    """The subject of a cue verb, climbing through conjunctions, xcomp and participles."""
    seen = 0
    tok: Token | None = verb
    while tok is not None and seen < 4:
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PUNCT"]
        if subjects:
            # "Sens. Jon Doe and Jim Roe said", parsed with two subjects: the names, not "Sens".
            # "Her co-author, Jim Doe, agreed", parsed with the role and the name as subjects:
            # the name, which the role describes.
            named = [c for c in subjects[1:] if c.ent_type_ == "PERSON"]
            described = (
                bool(named)
                and subjects[0].pos_ == "NOUN"
                and _only_a_comma_before(named[0], subjects[subjects.index(named[0]) - 1])
            )
            # "Co-CEO Jim Doe said", its hyphen read apart: "Co", "-" and "Doe" as subjects.
            glued = bool(named) and title_glued_to(subjects[0], named[0])
            if named and (is_bare_title(subjects[0]) or described or glued):
                return named[0]
            return subjects[0]
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i != tok.i:
            # "X argued that Y would help, saying Z": the participle belongs to the cue whose
            # claim the parser hung it on, so the subject is that cue's.
            tok = tok.head
            while tok.dep_ == "ccomp" and tok.head.i != tok.i:
                tok = tok.head
        elif tok.dep_ in ("conj", "xcomp", "advcl", "ccomp") and tok.head.i != tok.i:
            # "..., adding that" / "went on to say": the subject is the head's.
            if tok.dep_ == "ccomp" and tok.tag_ not in ("VBG",):
                return None
            tok = tok.head
        elif (
            tok.dep_ == "pcomp"
            and tok.head.lower_ in ("by", "as")
            and tok.head.head.i != tok.head.i
        ):
            # "distanced himself by saying that", "was quoted as saying": the subject of the
            # verb the phrase hangs from
            tok = tok.head.head
        elif tok.dep_ == "acl" and tok.head.i != tok.i:
            return None
        elif tok.dep_ == "ROOT":
            return _subject_hung_on_opening(tok)
        else:
            return None
        seen += 1
    return None


def _subject_hung_on_opening(verb: Token) -> Token | None:
    """A subject the parser hung, as an appositive, on the last noun of an opening phrase:
    "Speaking on BBC Radio 4, the health secretary, Jim Roe, said ...", with "the health
    secretary" read as an appositive of "Radio 4". Only a role noun or a person's name, set off
    by a comma right before the verb, inside a phrase that opens the sentence before it."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    opening = [c for c in verb.lefts if c.dep_ in ("advcl", "prep")]
    if not opening:
        return None
    tok = doc[verb.i - 2]
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    if tok.dep_ != "appos":
        return None
    # The first of a chain of appositives ("the health secretary, Jim Roe") that follows a
    # word which is neither a role nor a person (the programme, the place).
    while tok.head.dep_ == "appos" and _names_someone(tok.head):
        tok = tok.head
    inside = any(c.left_edge.i <= tok.i <= c.right_edge.i for c in opening)
    return tok if inside and _names_someone(tok) and not _names_someone(tok.head) else None


def _names_someone(tok: Token) -> bool:
    """A role noun or a person's name."""
    return (tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_NOUNS) or tok.ent_type_ == "PERSON"


#: Verbs of plain saying, the only cues read after "which" or "that" (:func:`_relative`).
_SAYING_VERBS = frozenset(
    {"say", "tell", "announce", "warn", "claim", "argue", "insist", "state", "declare"}
    | {"allege", "deny", "confirm", "add"}
)


def _relative(subj: Token) -> bool:
    """ "which" or "that" as the subject of a relative clause of saying on a body or person
    ("Acme, which said it would ...", "a union that says ..."): the speaker is that noun. Other
    cues after them are mostly no attribution ("tax returns that showed", "price tags that seem
    to ...")."""
    verb, noun = subj.head, subj.head.head
    between = subj.doc[subj.i + 1 : verb.i]
    return (
        subj.lower_ in ("which", "that")
        and verb.dep_ == "relcl"
        and verb.lemma_.lower() in _SAYING_VERBS
        # a clause said, right after the pronoun: not "which did not announce as much
        # stimulus", nor "which she said represented ..."
        and any(c.dep_ == "ccomp" for c in verb.children)
        and all(t.dep_ in ("aux", "advmod", "neg") for t in between)
        and (
            noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or noun.lemma_.lower() in PERSON_NOUNS | GROUP_NOUNS
        )
    )


def _mention(text: str, head: Token, quotes: list[list[int]]) -> tuple[int, int]:
    """The speaker mention for a subject token: its subtree, unless that crosses a quote.

    A relative clause on the head ("Mr. Obama, who understood ...") and a trailing date
    ("a panel in 2001") are left out, as PolNeAR's annotators do.
    """
    cut = [
        c
        for c in head.rights
        if c.dep_ == "relcl"
        or (c.dep_ == "prep" and any(t.ent_type_ == "DATE" for t in c.children))
    ]
    end_i = min([c.left_edge.i for c in cut], default=head.right_edge.i + 1)
    toks = [t for t in head.subtree if t.i < end_i]
    start, end = _subtree_chars(toks)
    # A mention never reaches back over a paragraph break (a headline, a dateline).
    start = max(start, text.rfind("\n", start, head.idx) + 1)
    if any(s < end and start < e for s, e in quotes):
        start, end = head.idx, head.idx + len(head.text)
        for child in head.lefts:
            if child.dep_ in ("compound", "det", "amod", "poss", "nmod"):
                start = min(start, _subtree_chars(child.subtree)[0])
    return _trim(text, start, end)


def _as_clause(verb: Token) -> bool:
    """A verb in an "as" clause hung on another ("As Jane Doe said, ...")."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children
    )


def _as_put_it(verb: Token) -> bool:
    """ "As Jane Doe put it": "put it" in an "as" clause reports what she said."""
    return (
        verb.lemma_.lower() == "put"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    )


def _cue_span(verb: Token, prep: Token | None = None) -> tuple[int, int]:
    """The cue: the verb with its particle ("pointed out") or preposition ("called for")."""
    toks = [verb, *[c for c in verb.children if c.dep_ == "prt"]]
    if _as_put_it(verb):
        toks += [c for c in verb.children if c.dep_ == "dobj"]  # "put it"
    if prep is not None:
        toks.append(prep)
    # Auxiliaries written right before the verb belong to the cue ("has said", "is calling").
    first = _aux_start(verb)
    toks.extend(verb.doc[first : verb.i])
    head = verb.head
    if verb.dep_ == "xcomp" and head.i == first - 1 and head.pos_ in ("VERB", "AUX"):
        # "began to see", "chose not to believe": the verb the infinitive completes is part
        # of the cue.
        return _cue_start(head), _subtree_chars(toks)[1]
    return _subtree_chars(toks)


def _aux_start(verb: Token) -> int:
    """The index of the first of the auxiliaries (and negations, adverbs) written right before
    a verb, or the verb's own index."""
    left = {c.i for c in verb.children if c.dep_ in CUE_LEFT_DEPS}
    i = verb.i
    while i - 1 >= 0 and i - 1 in left:
        i -= 1
    return i


def _reports_own_content(
    verb: Token, opening: Token, q: list[int], quotes: list[list[int]]
) -> bool:
    """Whether a reporting verb in the sentence after a quote reports content of its own, so
    is not the quote's cue: a clause with a subject or a "that" it governs outside any quote
    ('"It will take years." Jim Roe said shelters were full.'), or "according to" opening
    that sentence ('According to Acme, the storm will weaken'). Only for a quote whose own
    sentence has no subject outside it: in 'Doe called it "a disgrace." Doe said the vote
    was rigged.' the quote is Doe's all the same. A verb that governs part of the quote, or
    one in the quote's own sentence, is the quote's."""
    sent = verb.sent
    if sent.start_char < q[1] or any(q[0] <= c.idx < q[1] for c in verb.children):
        return False
    if any(t.dep_ in ("nsubj", "nsubjpass") and not _inside(t.idx, quotes) for t in opening.sent):
        return False
    if verb.lower_ == "according":
        return verb.i == sent.start
    return any(
        c.dep_ == "ccomp"
        and c.idx > q[1]
        and not _inside(c.idx, quotes)
        and any(g.dep_ in ("nsubj", "nsubjpass", "expl") or g.lower_ == "that" for g in c.children)
        for c in verb.children
    )


def _that_clause_in_prep(verb: Token) -> list[Token]:
    """A "that" clause the parser hung inside a prepositional phrase after the verb, where it is
    the verb's content: "said in a report that ...", "said in a joint statement that ...",
    "said in a report released Tuesday that ..." (the clause read as the noun's or the
    participle's, or as a relative clause whose "that" the tagger still took for a
    conjunction). Also past a phrase of whom it was said to: "wrote in a note to clients that
    ...", the clause read as the clients' (not when the verb has an object: "wrote a letter to
    a student that the committee praised")."""
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    for prep in verb.children:
        if prep.i < verb.i:
            continue
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for tok in prep.subtree:
                if tok.dep_ in ("ccomp", "acl", "relcl") and any(
                    c.dep_ == "mark" and c.lower_ == "that" and c.i < tok.i for c in tok.children
                ):
                    return [tok]
        if prep.dep_ in ("dative", "prep") and prep.lower_ == "to" and not has_object:
            # Only to an audience ("to clients", "to reporters"): "responding to the news that
            # ...", "referring to reports that ..." give the news's content, not the verb's.
            for audience in (c for c in prep.children if c.dep_ == "pobj"):
                if audience.lemma_.lower() not in AUDIENCE_NOUNS:
                    continue
                for tok in audience.children:
                    if tok.dep_ in ("acl", "relcl") and any(
                        c.lower_ == "that" and c.tag_ == "IN" and c.i < tok.i for c in tok.children
                    ):
                        return [tok]
    return []


#: Gatherings a claim is told to ("told a briefing that ...", "told a rally that ...").
AUDIENCE_EVENTS = frozenset(
    {"briefing", "conference", "rally", "meeting", "hearing", "summit", "forum", "gathering"}
)
#: Those a claim is told to, after "to" ("wrote in a note to clients that ...").
AUDIENCE_NOUNS = frozenset(
    {"client", "reporter", "supporter", "investor", "shareholder", "member", "employee"}
    | {"staff", "customer", "voter", "lawmaker", "colleague", "journalist", "audience", "crowd"}
)
#: Either, as the object of "told" ("told a briefing that ...", "told reporters that ...").
_TOLD_TO = AUDIENCE_NOUNS | AUDIENCE_EVENTS


def _cue_start(verb: Token) -> int:
    """Where a verb's cue starts: the verb, or the auxiliaries written right before it."""
    return verb.doc[_aux_start(verb)].idx


class ReportedSpeechFinder:
    """The ``claimx_reported`` component: cues, contents and speaker mentions of claims."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        max_floating_gap: int,
        cue_lexicon: str,
        cue_min_hits: int,
        cue_min_precision: float,
    ) -> None:
        self.name = name
        self.max_floating_gap = max_floating_gap
        #: The learned cue lexicon; None falls back to the hand-written SPEECH_VERBS.
        self.lexicon = load_lexicon(cue_lexicon, cue_min_hits, cue_min_precision)

    # -- indirect speech ----------------------------------------------------------------------
    def _indirect(self, doc: Doc, text: str, quotes: list[list[int]]) -> list[dict[str, Any]]:
        claims: list[dict[str, Any]] = []
        for tok in doc:
            if _inside(tok.idx, quotes):
                continue
            lemma = tok.lemma_.lower()
            claim = None
            if lemma == "accord" and tok.lower_ == "according":
                claim = self._according(doc, text, tok, quotes)
            elif tok.pos_ == "VERB" and lemma in NAMING_VERBS:
                claim = self._naming_verb(doc, text, tok, quotes)
            if claim is None and (tok.pos_ == "ADJ" or tok.lower_ in BELIEF_ADJECTIVES):
                if self._is_cue(tok) or tok.lower_ in BELIEF_ADJECTIVES:
                    claim = self._belief(doc, text, tok, quotes)
            elif claim is None and tok.pos_ in ("VERB", "AUX"):
                prep = self._cue_prep(tok)
                if prep is not None or self._is_cue(tok) or _as_put_it(tok):
                    claim = self._speech_verb(doc, text, tok, quotes, prep)
            if claim is not None:
                claims.append(claim)
        return claims

    def _is_cue(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        if self.lexicon is None:
            return lemma in SPEECH_VERBS
        return self.lexicon.is_cue(lemma)

    def _cue_prep(self, verb: Token) -> Token | None:
        """The preposition of a verb + preposition cue ("called for"), if the lexicon has one
        that is a better cue than the verb alone."""
        if self.lexicon is None:
            return None
        for key, toks in cue_keys(verb):
            if len(toks) == 2 and self.lexicon.is_cue(key):
                hits, total = self.lexicon.entries[key]
                v_hits, v_total = self.lexicon.entries.get(key.split()[0], (0, 1))
                if hits / total > v_hits / max(1, v_total):
                    return toks[1]
        return None

    def _speech_verb(
        self, doc: Doc, text: str, verb: Token, quotes: list[list[int]], prep: Token | None = None
    ) -> dict | None:
        comps = [c for c in verb.children if c.dep_ == "ccomp"]
        if len(comps) > 1:
            # "Voters said X, and three-quarters said Y": a later clause with its own subject
            # and cue is an attribution of its own that the parser hung on this cue.
            comps = [
                c
                for c in comps
                if c is comps[0]
                or not (self._is_cue(c) and any(d.dep_ in SUBJECT_DEPS for d in c.children))
            ]
        if prep is not None:
            comps = [c for c in prep.children if c.dep_ == "pobj"] or comps
        comps = comps or _that_clause_in_prep(verb)
        parenthetical = False
        if not comps and _as_clause(verb) and (_as_put_it(verb) or self._is_cue(verb)):
            # "As Jane Doe said, the dam is safe", "As Doe put it, ...": the claim is the clause
            # the "as" clause is hung on.
            comps, parenthetical = [verb.head], True
        if not comps and self.lexicon is not None:
            # Learned cues also take an infinitive ("wants to") or an object ("criticized X").
            comps = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
            if comps and verb.lemma_.lower() in ASPECTUAL_VERBS:
                return None  # "support continues to grow": aspect, not speech
            comps = comps or [c for c in verb.children if c.dep_ == "dobj"]
        if not comps and verb.dep_ == "parataxis" and verb.lemma_.lower() in SPEECH_VERBS:
            # "To prevent problems, he said, officials should be vigilant": the claim is the
            # clause the parenthetical cue interrupts.
            comps, parenthetical = [verb.head], True
        if not comps:
            return None
        # "Asked whether he would run, Biden said ...": the one the main clause names was asked;
        # the asker goes unnamed, as PolNeAR's annotators leave such a claim without a source.
        asked = _passive_participle(verb)
        # "As reported by the Tribune, ...": the agent; "Doe told the Standard when asked
        # whether ...": the one told asked (PolNeAR's source).
        subj = (_agent(verb) or _audience(verb)) if asked else _subject(verb)
        if subj is None and not asked:
            return None
        if subj is not None and subj.lower_ in ("it", "which", "that") and not _relative(subj):
            return None
        comp = comps[-1]
        toks = list(comp.subtree)
        trailing = [
            t
            for t in toks
            if t.dep_ == "advcl"
            and t.tag_ == "VBG"
            and t.i > comp.i
            and self._is_cue(t)
            and t.i > 0
            and t.nbor(-1).text == ","
        ]
        if trailing:
            # "argued that Y would help, saying Z": the participle is a claim of its own.
            toks = [t for t in toks if t.i < trailing[0].i - 1]
        contrasted = [
            t
            for t in toks
            if t.dep_ == "advcl"
            and t.i > comp.i
            and self._is_cue(t)
            and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in t.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        ]
        if contrasted:
            # "She said the talks went well, while he warned that ...": his claim is his own.
            toks = [t for t in toks if t.i < contrasted[0].left_edge.i]
        if comp.dep_ == "xcomp":
            # "urged Trump to make the debate a game-changer": the object is part of the claim.
            obj = [c for c in verb.children if c.dep_ == "dobj" and c.i < comp.i]
            if obj:
                toks += list(obj[-1].subtree)
        elif comp.dep_ in ("dobj", "pobj"):
            # "voiced concern that X": the claim is the clause, not the noun it completes.
            clause = [
                c
                for c in comp.children
                if c.dep_ in ("ccomp", "acl")
                and c.i > comp.i
                and any(t.lower_ == "that" and t.dep_ == "mark" for t in c.children)
            ]
            if not clause and comp.lemma_.lower() in _TOLD_TO:
                # "told a briefing that the talks would go on", the clause read as a relative
                # clause on the audience: it is what was told.
                clause = [
                    c
                    for c in comp.children
                    if c.dep_ == "relcl"
                    and c.i > comp.i
                    and any(t.lower_ == "that" and t.dep_ != "nsubj" for t in c.children)
                    and any(t.dep_ in ("nsubj", "nsubjpass") for t in c.children)
                ]
            if clause:
                toks = list(clause[0].subtree)
            elif comp.dep_ == "dobj":
                # "accused Smith of lying", "praised her stance on trade": what is said of the
                # object goes on in the verb's prepositional phrases after it.
                toks += [
                    t
                    for c in verb.children
                    if c.dep_ == "prep"
                    and c.i > comp.i
                    and c.lower_ in OBJECT_PREPS
                    and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
                    for t in c.subtree
                ]
                toks = sorted(toks, key=lambda t: t.i)
        according = [t for t in toks if t.i > comp.i and _according_source(t) is not None]
        if according:
            # "Doe said the plant would close, according to the Tribune": who reported the
            # claim is not part of it.
            toks = [t for t in toks if t.i < according[0].left_edge.i]
        if parenthetical:
            # The side of the cue that holds the interrupted clause's verb.
            if comp.i > verb.i:
                toks = [t for t in toks if t.i > verb.right_edge.i] or toks
            else:
                toks = [t for t in toks if t.i < verb.left_edge.i] or toks
        # Include the complementiser and nothing from the speaker's side.
        start, end = _subtree_chars(toks)
        if subj is None:
            return {
                "content": list(_trim_content(text, start, end)),
                "cue": list(_cue_span(verb, prep)),
                "speaker": None,
                "speaker_head": None,
                "unnamed_source": True,
                "asked": True,
            }
        subj_start, subj_end = _subtree_chars(subj.subtree)
        if subj_start < end and start < subj_end:
            return None
        return {
            "content": list(_trim_content(text, start, end)),
            "cue": list(_cue_span(verb, prep)),
            "speaker": list(_mention(text, subj, quotes)),
            "speaker_head": subj.i,
            "quoted_as": _quoted_as(verb),
            "asked": asked,
        }

    def _naming_verb(
        self, doc: Doc, text: str, verb: Token, quotes: list[list[int]]
    ) -> dict | None:
        obj = [c for c in verb.children if c.dep_ == "dobj"]
        pred = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp")]
        if not obj and pred and pred[0].dep_ == "oprd" and pred[0].i > verb.i:
            # 'called her "third-rate"': the small parser folds the object into the complement.
            obj = [pred[0]]
        if not obj:
            return None
        if not pred:
            # "called the results ... predetermined": the small parser often hangs the object
            # complement off the object as a participle; "described X as Y" uses "as".
            last = [*obj[0].children][-1:] if obj[0].n_rights else []
            pred = [c for c in last if c.dep_ in ("acl", "amod") and c.tag_ in ("VBN", "VBD", "JJ")]
            pred += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
        if not pred:
            return None
        subj = _subject(verb)
        if subj is None:
            return None
        start, end = _subtree_chars([*obj[0].subtree, *pred[0].subtree])
        return {
            "content": list(_trim_content(text, start, end)),
            "cue": list(_cue_span(verb)),
            "speaker": list(_mention(text, subj, quotes)),
            "speaker_head": subj.i,
        }

    def _belief(self, doc: Doc, text: str, adj: Token, quotes: list[list[int]]) -> dict | None:
        comps = [c for c in adj.children if c.dep_ in ("ccomp", "xcomp")]
        passive = adj.dep_ != "acomp"  # "is convinced" parsed as a passive verb
        cop = next((c for c in adj.children if c.dep_ == "auxpass"), adj) if passive else adj.head
        if not comps and not passive:
            comps = [c for c in cop.children if c.dep_ == "ccomp" and c.i > adj.i]
        if not comps:
            return None
        subj = next((c for c in (adj if passive else cop).children if c.dep_ in SUBJECT_DEPS), None)
        if subj is None or subj.pos_ not in ("PROPN", "PRON", "NOUN"):
            return None
        start, end = _subtree_chars(comps[0].subtree)
        return {
            "content": list(_trim_content(text, start, end)),
            "cue": list(_subtree_chars([cop, adj])),
            "speaker": list(_mention(text, subj, quotes)),
            "speaker_head": subj.i,
        }

    def _according(self, doc: Doc, text: str, acc: Token, quotes: list[list[int]]) -> dict | None:
        found = _according_source(acc)
        if found is None:
            return None
        to, source = found
        sent = acc.sent
        phrase = [*acc.subtree] if acc.head.i != acc.i else [acc, *to.subtree]
        p_start, p_end = _subtree_chars(phrase)
        if acc.dep_ == "ROOT":
            # "That's according to X": the claim is the previous sentence.
            prev = doc[sent.start - 1].sent if sent.start > 0 else None
            if prev is None:
                return None
            start, end = prev.start_char, prev.end_char
        else:
            start, end = sent.start_char, sent.end_char
            if p_start <= start + 1:
                start = p_end
            elif p_end >= _trim(text, start, end)[1] - 1:
                end = p_start
            else:
                start = max(start, p_end) if p_start - start < end - p_end else start
        content = _trim_content(text, start, end)
        if content[1] <= content[0]:
            return None
        return {
            "content": list(content),
            "cue": list(_subtree_chars([acc, to])),
            "speaker": list(_mention(text, source, quotes)),
            "speaker_head": source.i,
            "according": acc.i,
        }

    # -- direct quotes ------------------------------------------------------------------------
    def _cue_near_quote(
        self, doc: Doc, text: str, starts: list[int], q: list[int], quotes: list[list[int]]
    ) -> Token | None:
        """The reporting verb in the sentence around a quote: after it first, then before.

        A verb in the next sentence that reports content of its own is not the quote's
        ('"It will take years." Jim Roe said shelters were full.': the quote has no cue, and
        continues the speaker before it, while Roe keeps his own claim).
        """
        if not len(doc):
            return None
        opening = doc[max(bisect_right(starts, q[0]) - 1, 0)]  # the token holding the mark
        i = bisect_left(starts, q[1])  # the first token at or after the closing mark
        while i < len(doc) and (doc[i].is_punct or doc[i].is_space):
            i += 1  # past the closing mark: '?” Clinton said.' may be a sentence of its own
        if i < len(doc) and "\n" not in text[q[1] : doc[i].idx]:
            end_tok = doc[i]
            for tok in doc[end_tok.i : end_tok.sent.end]:
                if _inside(tok.idx, quotes):
                    break
                if tok.pos_ in ("VERB", "AUX") and (
                    tok.lemma_.lower() in SPEECH_VERBS or self._is_cue(tok)
                ):
                    if not _reports_own_content(tok, opening, q, quotes):
                        return tok
                    break
        sent = opening.sent
        before = [t for t in doc[sent.start : opening.i] if not _inside(t.idx, quotes)]
        if not before and sent.start > 0:
            prev = doc[sent.start - 1].sent
            if prev.text.rstrip().endswith(":"):
                before = [t for t in prev if not _inside(t.idx, quotes)]
        for tok in reversed(before):
            if tok.pos_ in ("VERB", "AUX") and (
                tok.lemma_.lower() in SPEECH_VERBS or self._is_cue(tok) or _as_put_it(tok)
            ):
                return tok
        return None

    def _direct(self, doc: Doc, text: str, quotes: list[list[int]]) -> list[dict[str, Any]]:
        claims = []
        starts = [t.idx for t in doc] if quotes else []  # token offsets, for binary search
        for q in quotes:
            verb = self._cue_near_quote(doc, text, starts, q, quotes)
            claim: dict[str, Any] = {
                "content": list(q),
                "cue": None,
                "speaker": None,
                "speaker_head": None,
                "direct": True,
            }
            if verb is not None:
                subj = _subject(verb)
                claim["cue"] = list(_cue_span(verb))
                if subj is None and (according := _according_source(verb)) is not None:
                    # '"We will win," according to Jane Roe.': the cue has no subject.
                    to, subj = according
                    claim["cue"] = list(_subtree_chars([verb, to]))
                if subj is not None:
                    claim["speaker"] = list(_mention(text, subj, quotes))
                    claim["speaker_head"] = subj.i
            else:
                claim.update(_dash_signature(doc, text, q[1]))
            claims.append(claim)
        return claims

    def _postposed(
        self, doc: Doc, text: str, quotes: list[list[int]], found: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """A reporting clause at the end of a sentence that the parser missed ("X grew by half,
        fundraising documents show."): the words after the last comma are a short noun phrase
        and a verb form of a cue; the claim is what comes before the comma."""
        claims = []
        cues = {c["cue"][0] for c in found if c.get("cue")}
        for sent in doc.sents:
            toks = [t for t in sent if not t.is_space]
            while toks and toks[-1].is_punct:
                toks.pop()
            if len(toks) < 6:
                continue
            verb = toks[-1]
            if verb.lower_ not in POSTPOSED_CUES or verb.idx in cues or _inside(verb.idx, quotes):
                continue
            commas = [t for t in toks[:-1] if t.text == ","]
            if not commas:
                continue
            comma = commas[-1]
            source = doc[comma.i + 1 : verb.i]
            if not 1 <= len(source) <= 6 or not any(t.pos_ in ("NOUN", "PROPN") for t in source):
                continue
            if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in source):
                continue
            content = _trim_content(text, toks[0].idx, comma.idx)
            if content[1] - content[0] < 10:
                continue
            head = source.root
            claims.append(
                {
                    "content": list(content),
                    "cue": [verb.idx, verb.idx + len(verb.text)],
                    "speaker": [source.start_char, source.end_char],
                    "speaker_head": head.i,
                }
            )
        return claims

    def _colon_lines(
        self, doc: Doc, text: str, quotes: list[list[int]]
    ) -> tuple[list[dict[str, Any]], dict[int, list[dict[str, Any]]]]:
        """Transcript and headline attributions: "WALLACE: Let's start…", "Poll: Voters…".

        Returns the lines outside quotes, and the turns of each quoted transcript by the index
        of its quote in ``quotes``.

        A labelled line inside a quote counts only when its paragraph reopens the quote with a
        mark of its own and the same quote holds another such line: a transcript quoted
        paragraph by paragraph (``"WALLACE: …`` / ``"PENCE: …``), which the quote scanner
        reads as one quote. Each such turn runs to the next turn in that quote, over the
        paragraphs between, less closing stage directions ("(CROSSTALK)").
        """
        claims = []
        quoted: dict[int, list[dict[str, Any]]] = {}
        for m in _COLON_LINE.finditer(text):
            label = m["name"].casefold().replace("’", "'")
            within = _enclosing(m.start("name"), quotes)
            if label in NOT_SPEAKERS or (within is None) == bool(m["mark"]):
                continue  # in a quote, only a line that reopens it; a lone mark opens a title
            head = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
            if head is not None and any(t.pos_ in ("VERB", "AUX") for t in head):
                continue  # a headline's own clause ("FIX IS IN: ..."), not a name
            content = _trim_turn(text, m.start("content"), m.end("content"))
            if head is None or content[1] <= content[0] or _ADDRESS.match(m["content"].strip()):
                continue
            claim = {
                "content": list(content),
                "cue": [m.start("cue"), m.end("cue")],
                "speaker": [m.start("name"), m.end("name")],
                "speaker_head": head.root.i,
                "direct": True,  # verbatim speech, though without quote marks
                "label": True,  # the speaker is named by a line label, not in a sentence
            }
            if within is None:
                claims.append(claim)
            else:
                claim["line_start"] = m.start()
                quoted.setdefault(within, []).append(claim)
        # One quoted "Title: subtitle" is not a transcript: it takes two turns.
        transcripts = {k: turns for k, turns in quoted.items() if len(turns) >= 2}
        for k, turns in transcripts.items():
            ends = [t["line_start"] for t in turns[1:]] + [quotes[k][1]]
            for turn, end in zip(turns, ends, strict=True):
                end = _before_stage_directions(text, turn["content"][0], end)
                turn["content"] = list(_trim_turn(text, turn["content"][0], end))
        return claims, transcripts

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        quotes: list[list[int]] = sorted(doc._.get(QUOTE_OFFSETS_ATTR) or [])
        fragments: list[list[int]] = doc._.get(FRAGMENTS_ATTR) or []
        direct = self._direct(doc, text, quotes)
        lines, transcripts = self._colon_lines(doc, text, quotes)
        direct = _split_quoted_transcripts(text, quotes, direct, transcripts)
        for line in lines:
            # A transcript line that is itself a quote gives that quote its speaker.
            same = [d for d in direct if line["content"][0] <= d["content"][0] < line["content"][1]]
            if same:
                for d in same:
                    if d["cue"] is None:
                        d.update(
                            cue=line["cue"],
                            speaker=line["speaker"],
                            speaker_head=line["speaker_head"],
                            label=True,
                        )
            else:
                direct.append(line)
        indirect = self._indirect(doc, text, quotes)
        indirect += self._postposed(doc, text, quotes, indirect)
        claims: list[dict[str, Any]] = list(direct)
        for claim in indirect:
            s, e = claim["content"]
            inner = [q for q in quotes if s <= q[0] and q[1] <= e + 1]
            covered = sum(q[1] - q[0] for q in inner)
            lead = text[s : min(q[0] for q in inner)] if inner else ""
            if inner and covered >= 0.8 * max(1, e - s) and not any(ch.isalnum() for ch in lead):
                # The complement is the direct quote: give the quote this cue and speaker.
                for d in direct:
                    if d["content"] in inner and d["cue"] is None:
                        d.update(
                            cue=claim["cue"],
                            speaker=claim["speaker"],
                            speaker_head=claim["speaker_head"],
                        )
                continue
            if any(c["cue"] == claim["cue"] and c["content"] not in inner for c in claims):
                continue  # the cue is taken (and the quotes inside keep their claims)
            if inner:
                # Quoted fragments inside reported speech: one mixed claim, not direct ones.
                claims = [c for c in claims if c["content"] not in inner]
            claim["direct"] = False
            claim["mixed"] = any(s <= f[0] < e for f in fragments)
            claims.append(claim)
        for claim in claims:
            _mark_passed_on(doc, claim, claims)
        # A claim whose cue lies inside another claim's content is nested ("X said that Y
        # wants Z"): it is part of what X claims, not a claim of its own. But a claim that
        # "according to" passes on is a claim of its own as well ("Doe said the plant would
        # close, according to the Tribune": the Tribune's claim, and Doe's).
        claims = [
            c
            for c in claims
            if c.get("direct")
            or c.get("passed_on")
            or not any(
                o is not c and o["content"][0] <= c["cue"][0] < o["content"][1] for o in claims
            )
        ]
        claims.sort(key=lambda c: (c["content"][0], c["content"][1]))
        self._floating(text, claims)
        records = []
        for c in claims:
            qtype = "direct" if c.get("direct") else ("mixed" if c.get("mixed") else "indirect")
            records.append(
                {
                    "quote": c["content"],
                    "quote_type": qtype,
                    "cue": c["cue"],
                    "speaker_mention": c["speaker"],
                    "speaker_head": c["speaker_head"],
                    "continues": c.get("continues"),
                    "label": c.get("label", False),
                    # Passed on by "according to X": its content is inside X's.
                    "passed_on": c.get("passed_on", False),
                    # The cue's speaker goes unnamed ("Asked whether ..., Doe said").
                    "unnamed_source": c.get("unnamed_source", False),
                    # "Doe was quoted by the Tribune as saying ...": Doe speaks.
                    "quoted_as": c.get("quoted_as", False),
                }
            )
        set_claims(doc, records)
        return doc

    def _floating(self, text: str, claims: list[dict[str, Any]]) -> None:
        """A direct quote with no cue continues the previous claim's speaker, if it is near."""
        for i, c in enumerate(claims):
            if c["speaker"] is not None or not c.get("direct") or i == 0:
                continue
            j = i - 1
            while j > 0 and claims[j].get("asked"):
                j -= 1  # '"A," she said when asked whether ... "B."': B is hers, not the asker's
            prev = claims[j]
            gap = text[prev["content"][1] : c["content"][0]]
            if "\n" not in gap and c["cue"] is None and prev.get("direct") and prev["cue"]:
                # '"A," said X. "B."': one attribution split around its cue.
                c.update(
                    cue=prev["cue"], speaker=prev["speaker"], speaker_head=prev["speaker_head"]
                )
                continue
            if gap.count("\n\n") + gap.count("\n") // 2 <= self.max_floating_gap and (
                prev["speaker"] is not None or prev.get("continues") is not None
            ):
                c["continues"] = j


#: A paragraph that is only a bracketed stage direction: "(CROSSTALK)", "[LAUGHTER]".
_STAGE_DIRECTION = re.compile(r"\n[ \t]*[\"“]?[ \t]*[(\[][^()\[\]\n]*[)\]][ .\t\n\"”]*$")


def _before_stage_directions(text: str, start: int, end: int) -> int:
    """``end`` moved back over the bracketed stage directions that close ``text[start:end]``."""
    while (m := _STAGE_DIRECTION.search(text, start, end)) is not None and m.start() > start:
        end = m.start()
    return end


def _split_quoted_transcripts(
    text: str,
    quotes: list[list[int]],
    direct: list[dict[str, Any]],
    transcripts: dict[int, list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """Replace each quoted transcript's direct quote by its turns (``_colon_lines``); the
    words before its first turn, if any, stay a direct quote of their own."""
    if not transcripts:
        return direct
    kept = []
    for claim in direct:
        k = _enclosing(claim["content"][0], quotes)
        if k is None or k not in transcripts:
            kept.append(claim)
            continue
        s, e = _trim_content(text, claim["content"][0], transcripts[k][0]["line_start"])
        if any(ch.isalnum() for ch in text[s:e]):
            kept.append({**claim, "content": [s, e]})
    return kept + [turn for turns in transcripts.values() for turn in turns]


#: "NAME: words" at the start of a line, as in transcripts and headlines.
_COLON_LINE = re.compile(
    r"^[ \t]*(?P<mark>[\"“]?)"  # a transcript quoted paragraph by paragraph reopens each one
    r"(?P<name>[A-Z][\w.’'-]*(?:[ \t][A-Z][\w.’'-]*){0,3})(?P<cue>:)[ \t\u00a0]+"
    r"(?P<content>\S[^\n]*)$",
    re.MULTILINE,
)
#: Line labels that are not speakers.
NOT_SPEAKERS = frozenset(
    {
        "update",
        "note",
        "photo",
        "photos",
        "related",
        "watch",
        "read",
        "source",
        "sources",
        "video",
        "editor's note",
        "correction",
        "disclosure",
        "caption",
        "credit",
        "image",
        "getty",
        "tags",
        # series and section labels of news sites ("The Latest: ...", AP's live pages)
        "the latest",
        "latest",
        "breaking",
        "breaking news",
        "exclusive",
        "analysis",
        "opinion",
        "editorial",
        "live",
        "live updates",
        "fact check",
        "excerpt",
        "transcript",
        "recap",
        # contact and byline lines
        "byline",
        "by",
        "email",
        "e-mail",
        "twitter",
        "facebook",
        "instagram",
        "follow",
        "contact",
        "phone",
        "website",
    }
)
#: A line's whole content that is an address, not speech: "@handle", "desk@example.com", a URL.
_ADDRESS = re.compile(r"^(?:@\w+|\S+@\S+\.\w+|(?:https?://|www\.)\S+)[.,;]?$")
#: '"…" ― Ana Ruiz': a dash and a name closing a quote's line.
_DASH_SIGNATURE = re.compile(
    r"[\s\u00a0]*(?P<cue>[―—]|--)[\s\u00a0]*(?P<name>[A-Z][^\n]{0,60}?)"
    r"[\s\u00a0.]*$",
    re.MULTILINE,
)


def _dash_signature(doc: Doc, text: str, quote_end: int) -> dict[str, Any]:
    """Cue and speaker of a quote signed with a dash and a name on the same line."""
    close = quote_end
    while close < len(text) and text[close] in "\"”»’',.":
        close += 1
    m = _DASH_SIGNATURE.match(text, close)
    if m is None:
        return {}
    head = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
    if head is None:
        return {}
    return {
        "cue": [m.start("cue"), m.end("cue")],
        "speaker": [m.start("name"), m.end("name")],
        "speaker_head": head.root.i,
    }


def _document_author(noun: Token) -> Token | None:
    """For "a statement signed by X" or "a Reuters report", the author X of a document noun."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "acl":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        if child.dep_ in ("poss", "compound") and child.ent_type_ in ("ORG", "PERSON", "GPE"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _mark_passed_on(doc: Doc, claim: dict[str, Any], claims: list[dict[str, Any]]) -> None:
    """Mark the claims an "according to" claim passes on in its content ("Doe said the plant
    would close, according to the Tribune"): those made with a verb of speech, in the active
    voice, with a clause for its content, that governs the "according" phrase, by a speaker
    who is not a share of a poll's respondents ("51 percent said ..., according to the poll"
    is the poll's finding; so are "Doe was told ..." and "Doe praised the plan ..." the
    Tribune's alone)."""
    acc = claim.get("according")
    if acc is None:
        return
    ancestors = {t.i for t in doc[acc].ancestors}
    s, e = claim["content"]
    for other in claims:
        if other is claim or other.get("direct") or other.get("according") is not None:
            continue
        if not s <= other["cue"][0] < e or other.get("speaker_head") is None:
            continue
        cue = doc.char_span(*other["cue"], alignment_mode="expand") or ()
        verbs = [
            t
            for t in cue
            if t.i in ancestors
            and t.lemma_.lower() in SPEECH_VERBS
            and any(c.dep_ == "ccomp" for c in t.children)
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)
        ]
        speaker = doc[other["speaker_head"]]
        if verbs and not any(
            t.like_num or t.ent_type_ in ("PERCENT", "CARDINAL") or t.lemma_ in _POLL_WORDS
            for t in speaker.subtree
        ):
            other["passed_on"] = True


#: Words of a poll's findings: their speaker is a share of respondents, not a source.
_POLL_WORDS = frozenset({"percent", "poll", "survey", "majority", "respondent", "share"})


def _according_source(acc: Token) -> tuple[Token, Token] | None:
    """``(to, source)`` of "according to X": X, or the author of "according to a statement by
    X"; None when ``acc`` is no "according" with such a "to"."""
    doc = acc.doc
    if acc.lower_ != "according":
        return None
    to = next((c for c in acc.children if c.lower_ == "to"), None)
    if to is None and acc.i + 1 < len(doc) and doc[acc.i + 1].lower_ == "to":
        to = doc[acc.i + 1]
    pobj = None if to is None else next((c for c in to.children if c.dep_ == "pobj"), None)
    if to is None or pobj is None:
        return None
    return to, _document_author(pobj) or pobj


def set_claims(doc: Doc, records: list[dict[str, Any]]) -> None:
    """Store the claims on the Doc, with their contents, cues and sources as span groups."""
    doc._.set(CLAIMS_ATTR, records)
    doc.spans[CONTENT_KEY] = _spans(doc, [r["quote"] for r in records])
    doc.spans[CUES_KEY] = _spans(doc, [r["cue"] for r in records if r["cue"]])
    doc.spans[SOURCES_KEY] = _spans(
        doc, [r["speaker_mention"] for r in records if r["speaker_mention"]]
    )


def _spans(doc: Doc, offsets: list[list[int]]) -> list[Span]:
    spans = []
    for s, e in offsets:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


@Language.factory(
    "claimx_reported",
    default_config=DEFAULT_REPORTED_CONFIG,
    # token.pos is needed too; it is not listed because attribute_ruler sets it undeclared.
    requires=["token.dep", "token.lemma", "doc.sents"],
    assigns=[f"doc._.{CLAIMS_ATTR}", "doc.spans"],
)
def make_reported_speech_finder(
    nlp: Language,
    name: str,
    max_floating_gap: int,
    cue_lexicon: str,
    cue_min_hits: int,
    cue_min_precision: float,
) -> ReportedSpeechFinder:
    """Build the ``claimx_reported`` component.

    Args:
        nlp: The pipeline.
        name: The component's name.
        max_floating_gap: How many paragraph breaks a cue-less quote may be from the previous
            claim and still continue its speaker.
        cue_lexicon: ``"default"`` (the packaged ``claimx.models`` lexicon), a TSV path, or
            ``"none"`` for the hand-written reporting verbs alone (the rule-based fallback).
        cue_min_hits: Training cues a lexicon key needs.
        cue_min_precision: Share of a key's occurrences that must be cues.
    """
    return ReportedSpeechFinder(
        nlp, name, max_floating_gap, cue_lexicon, cue_min_hits, cue_min_precision
    )
