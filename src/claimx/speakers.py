"""Where speakers are resolved: the ``claimx_speakers`` component.

For each claim it turns the speaker mention ("he", "the fighter", "Blinken", "a spokesman for
Exxon") into the fullest name the article gives for that entity, its type, and the organisation
the speaker belongs to or speaks for.

The resolver is a light, rule-based coreference over the article's named entities: names are
clustered by their last word ("Antony Blinken" ... "Blinken"), nominal descriptors are linked to
names through appositives, titles and call-signs ("the Siberian Battalion fighter, callsign
Kholod" makes "the fighter" Kholod), and pronouns take the most recent compatible speaker or
named person. No neural coreference model ships for spaCy 3.8 on PyPI that loads offline, which
is why this is written here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .reported import CLAIMS_ATTR

#: Possessives count too: PolNeAR (and so the tagger) makes "his" the source of "his claim that".
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "i", "me", "my"})
GROUP_PRONOUNS = frozenset({"they", "we", "them", "us", "their", "our"})
#: Pronouns that stand for an organisation ("It said", "its report claims").
BODY_PRONOUNS = frozenset({"it", "its"})
ORG_LABELS = ("ORG", "NORP", "GPE", "FAC")
#: Nouns for people's roles: a mention headed by one of these is a person.
PERSON_NOUNS = frozenset(
    [
        "fighter",
        "businessman",
        "businesswoman",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "secretary",
        "president",
        "senator",
        "official",
        "officer",
        "doctor",
        "lawyer",
        "attorney",
        "analyst",
        "expert",
        "adviser",
        "advisor",
        "aide",
        "director",
        "chief",
        "leader",
        "candidate",
        "governor",
        "mayor",
        "man",
        "woman",
        "source",
        "researcher",
        "professor",
        "economist",
        "strategist",
        "pollster",
        "commander",
        "general",
        "soldier",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "founder",
        "member",
        "representative",
        "ambassador",
        "diplomat",
        "judge",
        "justice",
        "commissioner",
        "prosecutor",
        "witness",
        "resident",
        "activist",
        "author",
        "journalist",
        "reporter",
        "editor",
        "host",
        "manager",
        "executive",
        "head",
        "deputy",
        "lawmaker",
        "congressman",
        "congresswoman",
        "nominee",
        "campaigner",
        "volunteer",
        "historian",
        "scientist",
        "writer",
        "critic",
        "commentator",
        "consultant",
        "partner",
        "owner",
        "surrogate",
        "worker",
        "voter",
        "supporter",
        "opponent",
        "father",
        "mother",
        "son",
        "daughter",
        "wife",
        "husband",
        "friend",
        "citizen",
    ]
)
#: Nouns for groups and bodies: a mention headed by one of these is an organisation.
GROUP_NOUNS = frozenset(
    [
        "group",
        "unit",
        "government",
        "ministry",
        "department",
        "agency",
        "company",
        "firm",
        "campaign",
        "party",
        "committee",
        "caucus",
        "council",
        "court",
        "army",
        "police",
        "office",
        "administration",
        "team",
        "organization",
        "organisation",
        "union",
        "association",
        "coalition",
        "movement",
        "battalion",
        "regiment",
        "board",
        "commission",
        "network",
        "newspaper",
        "paper",
        "channel",
        "bank",
        "institute",
        "university",
        "school",
        "parliament",
        "congress",
        "senate",
        "house",
        "authority",
        "authorities",
        "officials",
        "regime",
        "kremlin",
    ]
)
#: Titles that name the body a person speaks for ("Secretary of State" -> Department of State).
TITLE_ORGS: dict[str, str] = {
    "secretary of state": "Department of State",
    "secretary of defense": "Department of Defense",
    "secretary of the treasury": "Department of the Treasury",
    "treasury secretary": "Department of the Treasury",
    "defense secretary": "Department of Defense",
    "attorney general": "Department of Justice",
    "secretary of homeland security": "Department of Homeland Security",
}
#: Party affiliations as news writes them after a name ("Sen. Ted Cruz, R-Texas").
PARTY_ABBREVIATIONS = {"R": "Republican Party", "D": "Democratic Party", "I": "Independent"}
PARTIES = frozenset(PARTY_ABBREVIATIONS.values())
#: Party words written before a role noun ("Republican nominee", "Democratic pollster").
PARTY_ADJECTIVES = {
    "republican": "Republican Party",
    "gop": "Republican Party",
    "democratic": "Democratic Party",
    "democrat": "Democratic Party",
    "republicans": "Republican Party",
    "democrats": "Democratic Party",
    "libertarian": "Libertarian Party",
}
PARTIES = PARTIES | frozenset(PARTY_ADJECTIVES.values())
#: Roles of people who work for someone ("Clinton spokesman Nick Merrill"): in an article about
#: a campaign, the staff of a person speak for that person's campaign.
STAFF_NOUNS = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aide",
        "adviser",
        "advisor",
        "director",
        "manager",
        "chairman",
        "chairwoman",
        "chair",
        "secretary",
        "strategist",
        "staffer",
        "surrogate",
    }
)
#: Kinds of body that news names once and then calls by the kind ("Acme ... the bank").
BODY_KINDS = frozenset(
    {
        "bank",
        "newspaper",
        "paper",
        "company",
        "firm",
        "network",
        "channel",
        "organization",
        "organisation",
        "association",
        "institute",
        "university",
        "agency",
        "commission",
        "union",
    }
)
#: Words that name a government agency ("the Department of Acme Affairs" is "the agency").
AGENCY_WORDS = frozenset(
    {"agency", "department", "administration", "bureau", "service", "office", "commission"}
)
#: Verbs of leading a body ("who runs Acme Strategies").
#: Documents that speak for whoever produced them ("a Acme poll shows"), by kind: a definite
#: one of a kind ("the poll", "the clip") is the one of that kind named last.
DOCUMENT_KINDS = {
    "poll": "poll",
    "survey": "poll",
    "study": "study",
    "report": "study",
    "analysis": "study",
    "video": "ad",
    "ad": "ad",
    "advertisement": "ad",
    "clip": "ad",
    "spot": "ad",
    "commercial": "ad",
    "statement": "statement",
    "transcript": "transcript",
}
#: Verbs of producing or printing a document ("a study published in the Acme Journal").
PRODUCING_VERBS = frozenset(
    {"publish", "release", "conduct", "commission", "issue", "produce", "appear", "run", "air"}
)
#: Roles that speak for a body: with none stated, the body the article has just written about.
SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: Verbs of working at a body ("an economist teaching at Acme").
WORK_VERBS = frozenset({"work", "teach", "lecture"})
LEADING_VERBS = frozenset(
    {"run", "head", "lead", "found", "own", "direct", "chair", "manage", "helm"}
)
#: Leading verbs whose past tense states a former role ("who led Acme from 1990 to 1995"); one
#: who founded or owned a body still counts as its own.
FORMER_WHEN_PAST = LEADING_VERBS - {"found", "own"}
#: Words that make a role a former one ("a former Acme director"): a former office alone states
#: no organisation.
FORMER_WORDS = frozenset({"former", "ex", "retired", "onetime", "erstwhile", "then"})
#: A party's national committee ("the DNC"): a role there, even a former one, states the party.
PARTY_COMMITTEES = {"dnc": "Democratic Party", "rnc": "Republican Party"}
#: Titles that place a person in a body, by the body ("Sen." -> U.S. Senate): an organisation only
#: when the article states no party or employer for the person.
TITLE_BODIES = {
    "sen": "U.S. Senate",
    "sens": "U.S. Senate",
    "senator": "U.S. Senate",
    "senators": "U.S. Senate",
    "rep": "U.S. House of Representatives",
    "reps": "U.S. House of Representatives",
    "representative": "U.S. House of Representatives",
    "congressman": "U.S. House of Representatives",
    "congresswoman": "U.S. House of Representatives",
    "del": "U.S. House of Representatives",
    "delegate": "U.S. House of Representatives",
}
#: Titles that place a person in the place written with them ("the Ohio governor", "Mayor of
#: Springfield").
PLACE_TITLES = frozenset({"governor", "gov", "mayor"})
#: Titles that place a person in a country ("the foreign minister of France", "South Korean
#: President Jane Doe" -> South Korea); not for the United States, whose president news
#: places by party.
COUNTRY_TITLES = frozenset({"president", "minister", "premier", "chancellor"})
_HOME_COUNTRY = frozenset(
    {"u.s.", "us", "united states", "america", "american", "the united states"}
)
#: Party nouns that name a member ("Smith, a Republican", "Republicans, including Smith").
PARTY_MEMBERS = {
    "republican": "Republican Party",
    "republicans": "Republican Party",
    "democrat": "Democratic Party",
    "democrats": "Democratic Party",
}
#: Titles written before names, as the role noun news uses for the person later ("Sen. Jane
#: Doe" ... "the senator").
TITLE_ROLES = {
    "sen": "senator",
    "senator": "senator",
    "rep": "representative",
    "gov": "governor",
    "governor": "governor",
    "gen": "general",
    "president": "president",
    "congressman": "congressman",
    "congresswoman": "congresswoman",
    "mayor": "mayor",
    "judge": "judge",
    "justice": "judge",
}
#: Titles written before names.
TITLE_WORDS = frozenset({"sen", "rep", "gov", "president", "senator", "congressman", "leader"})
#: Evidence of gender in titles and role nouns, so "she" skips "Mr. Podesta".
GENDER_WORDS = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "spokeswoman": "f",
    "spokesman": "m",
    "congresswoman": "f",
    "congressman": "m",
    "businesswoman": "f",
    "businessman": "m",
    "chairwoman": "f",
    "chairman": "m",
    "wife": "f",
    "husband": "m",
    "mother": "f",
    "father": "m",
    "daughter": "f",
    "son": "m",
    "woman": "f",
    "man": "m",
}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def _gender_of(words: set[str]) -> str:
    found = {GENDER_WORDS[w] for w in words if w in GENDER_WORDS}
    return found.pop() if len(found) == 1 else ""


_PARTY = re.compile(r"\b([RDI])-[A-Z][A-Za-z.]*")
#: Abbreviations news writes for international bodies, by their names ("the U.N." is the United
#: Nations, whether or not the article spells it out).
_ABBREVIATIONS = (
    (re.compile(r"^U\.N\.?(?=\s|$)"), "United Nations"),
    (re.compile(r"^E\.U\.?(?=\s|$)"), "European Union"),
)


def _expand_abbreviation(name: str) -> str:
    """An organisation's name with a leading abbreviation spelled out ("U.N. Security Council"
    -> "United Nations Security Council")."""
    for pattern, full in _ABBREVIATIONS:
        name = pattern.sub(full, name)
    return name


_DETERMINERS = ("the ", "a ", "an ", "a number of ", "some ", "several ", "many ")


@dataclass(frozen=True)
class DocView:
    """What the resolver reads many times, computed once per Doc (``Doc.text``, ``Doc.ents``
    and ``Token.sent`` are rebuilt on every access)."""

    text: str
    ents: tuple[Span, ...]
    sent_start: tuple[int, ...]
    campaign: bool = False  # the article writes of a campaign (an election story)

    @classmethod
    def of(cls, doc: Doc) -> DocView:
        starts = [0] * len(doc)
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                starts[i] = sent.start
        campaign = any(t.lower_ == "campaign" for t in doc)
        return cls(doc.text, tuple(doc.ents), tuple(starts), campaign)


@dataclass
class Entity:
    """A named entity cluster: its fullest name, type, descriptors and organisation."""

    name: str
    kind: str  # person | organisation | unknown
    first_char: int
    descriptors: set[str] = field(default_factory=set)
    organisation: str = ""
    body: str = ""  # a body a title places it in ("Sen." -> U.S. Senate), when no party is stated
    forms: Counter[str] = field(default_factory=Counter)
    gender: str = ""  # "m" or "f" when the article shows it (Mr., Ms., spokeswoman), else ""
    subjects: int = 0  # how often a name of it is the subject of a clause
    members: tuple[str, ...] = ()  # the keys of the people a list of names joins ("A and B")
    formal: str = ""  # the name written with a quoted nickname, the nickname dropped

    def fullest_name(self) -> str:
        """The most frequent multi-word form ("Hillary Clinton" over a one-off "Crooked Hillary
        Clinton"), ties going to the longer; a one-word name when that is all there is. A name
        written with a quoted nickname (Robert "Bob" Doe) is the formal one: Robert Doe."""
        if self.formal:
            return self.formal
        multi = [f for f in self.forms if len(f.split()) > 1] or list(self.forms) or [self.name]
        return max(multi, key=lambda f: (self.forms[f], len(f)))


_PARTY_TAG = re.compile(r"^[RDI]-[A-Z]")
_QUOTES = frozenset({'"', "“", "”"})


def _nicknamed_names(doc: Doc) -> dict[int, tuple[int, str, str]]:
    """Names written with a quoted nickname (Robert C. "Bob" Doe), which the entity recogniser
    splits: by first token, the end token, the name without the nickname, and the nickname."""
    found: dict[int, tuple[int, str, str]] = {}
    for tok in doc:
        i = tok.i
        if tok.text not in _QUOTES or i < 1 or i + 3 >= len(doc):
            continue
        nick, close, last = doc[i + 1], doc[i + 2], doc[i + 3]
        if not (
            close.text in _QUOTES
            and nick.is_alpha
            and nick.is_title
            and last.is_title
            and last.pos_ in ("PROPN", "NOUN")
        ):
            continue
        start = i
        while (
            start > max(0, i - 3)
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].pos_ == "PROPN"
            and not _is_title(doc[start - 1].text)
            and not (doc[start - 1].text.endswith(".") and len(doc[start - 1]) > 2)  # "Del."
        ):
            start -= 1
        if start == i:
            continue
        name = " ".join(t.text for t in [*doc[start:i], last])
        found[start] = (i + 4, name, nick.text)
    return found


def _with_nicknamed(
    doc: Doc, ents: tuple[Span, ...], nicknamed: dict[int, tuple[int, str, str]]
) -> Iterator[Span]:
    """The entities, with a name written with a nickname as one person in place of the pieces
    the recogniser made of it."""
    if not nicknamed:
        yield from ents
        return
    spans = [(s, e) for s, (e, _, _) in nicknamed.items()]
    pending = sorted(spans)
    for ent in ents:
        while pending and pending[0][0] <= ent.start:
            s, e = pending.pop(0)
            yield Span(doc, s, e, label="PERSON")
        if any(s < ent.end and ent.start < e for s, e in spans):
            continue
        yield ent
    for s, e in pending:
        yield Span(doc, s, e, label="PERSON")


def _initials(clusters: dict[str, Entity]) -> dict[str, str]:
    """Organisation cluster keys by the acronym their names spell ("AROS" for "Alliance to
    Reclaim Our Schools")."""
    return {
        "".join(w[0] for w in c.name.split() if w[0].isupper()): k
        for k, c in clusters.items()
        if c.kind == "organisation" and len(c.name.split()) > 1
    }


def _clean_name(text: str) -> str:
    text = re.sub(r"['’]s?$", "", text.strip())
    for prefix in ("the ", "The "):
        if text.startswith(prefix) and len(text.split()) > 2:
            text = text[len(prefix) :]
    return text.strip(" ,.:;\"'“”")


def _name_key(text: str) -> str:
    text = text.replace("’", "'")
    words = [w for w in re.findall(r"[\w’'-]+", text) if w[0].isupper()]
    return words[-1].lower() if words else text.lower()


class SpeakerResolver:
    """The ``claimx_speakers`` component: resolved speaker, speaker type and organisation."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        claims: list[dict[str, Any]] = doc._.get(CLAIMS_ATTR) or []
        view = DocView.of(doc)
        clusters, token_key = self._entities(doc, view)
        signatures = _signatures(doc, view, clusters, token_key)
        history: list[tuple[int, str]] = []
        resolved: list[str | None] = []
        heads: dict[int, str] = {}  # speaker head token -> the key it resolved to
        for claim in claims:
            key = None
            if claim.get("continues") is not None:
                key = resolved[claim["continues"]]
            else:
                key = self._resolve(
                    doc,
                    view,
                    _through_relative(doc, claim),
                    clusters,
                    token_key,
                    history,
                    heads,
                    signatures,
                )
            resolved.append(key)
            if key is not None:
                history.append((claim["quote"][0], key))
                if claim.get("speaker_head") is not None:
                    heads.setdefault(claim["speaker_head"], key)
            else:
                claim.update(_unresolved(doc, view, _through_relative(doc, claim)))
        _parties_from_nominals(doc, view, clusters, token_key, heads)
        # Names and organisations are read once every mention is resolved, so that what the
        # article says late ("the Republican nominee") holds for the claims before it too.
        for claim, key in zip(claims, resolved, strict=True):
            if key is None:
                continue
            entity = clusters[key]
            if entity.members:  # "A (D-Ohio) and B (R-Ind.)": the names joined, a shared body
                members = [clusters[m] for m in entity.members]
                claim["speaker"] = "; ".join(m.fullest_name() for m in members)
                claim["speaker_type"] = "person"
                orgs = {m.organisation for m in members}
                bodies = {m.body for m in members if m.body}  # "Sens. A (D-Ohio) and B (R-Ind.)"
                claim["organisation"] = (
                    orgs.pop() if len(orgs) == 1 else bodies.pop() if len(bodies) == 1 else ""
                )
                continue
            claim["speaker"] = entity.fullest_name()
            claim["speaker_type"] = entity.kind
            claim["organisation"] = (
                entity.organisation
                or entity.body
                or (_party_or(entity.fullest_name()) if entity.kind == "organisation" else "")
            )
            if entity.kind == "person" and _name_key(claim["organisation"]) == key:
                # A person is not their own organisation ("Trump's" read as a possessor).
                claim["organisation"] = entity.body
        # An acronym of an organisation the article names in full is that organisation
        # ("executive director of AROS").
        initials = _initials(clusters)
        for claim in claims:
            org = claim.get("organisation") or ""
            if org.isupper() and org in initials:
                claim["organisation"] = clusters[initials[org]].fullest_name()
        return doc

    # -- the article's entities ---------------------------------------------------------------
    def _entities(self, doc: Doc, view: DocView) -> tuple[dict[str, Entity], dict[int, str]]:
        clusters: dict[str, Entity] = {}
        token_key: dict[int, str] = {}
        latest_full: dict[str, str] = {}  # surname -> key of the last full name with it
        fulls: dict[str, list[str]] = {}  # surname -> keys of the full names with it, in order
        nicknamed = _nicknamed_names(doc)
        last_person: tuple[int, str] | None = None  # where the last person's name ended, its key
        for ent in _with_nicknamed(doc, view.ents, nicknamed):
            if ent.label_ not in ("PERSON", *ORG_LABELS):
                continue
            name = _clean_name(ent.text)
            nickname = ""
            if ent.start in nicknamed:
                name, nickname = nicknamed[ent.start][1:]
            if not name or not any(ch.isalpha() for ch in name):
                continue
            if _PARTY_TAG.match(name) and last_person and ent.start - last_person[0] <= 2:
                # "Jane Doe (D-Newport News)": the party tag belongs to the name before it.
                for tok in ent:
                    token_key[tok.i] = last_person[1]
                continue
            kind = "person" if ent.label_ == "PERSON" else "organisation"
            if kind == "organisation":
                name = _expand_abbreviation(name)
            key = _name_key(name) if kind == "person" else name.lower()
            before = {t.lower_.rstrip(".") for t in doc[max(0, ent.start - 1) : ent.start]}
            title_gender = _gender_of(before | {w.lower().rstrip(".") for w in name.split()})
            if kind == "person":
                key = _person_key(name, key, clusters, latest_full, fulls, title_gender)
            # A one-word ORG that matches a person's surname is that person.
            if kind != "person" and len(name.split()) == 1:
                surname = _name_key(name)
                key_p = _person_key(name, surname, clusters, latest_full, fulls, title_gender)
                if key_p in clusters and clusters[key_p].kind == "person":
                    key = key_p
            cluster = clusters.get(key)
            if cluster is None:
                cluster = clusters[key] = Entity(name, kind, ent.start_char)
            if _name_key(name) == key.split()[-1] or cluster.kind != "person":
                cluster.forms[name] += 1
            if nickname:
                cluster.formal = cluster.formal or name
                cluster.forms[f"{nickname} {name.split()[-1]}"] += 0  # "Bob Doe" is him too
            for tok in ent:
                token_key[tok.i] = key
            if kind == "person":
                last_person = (ent.end, key)
                if nickname:
                    # The party tag after the name, whatever the recogniser made of it.
                    tail = view.text[ent.end_char : ent.end_char + 24]
                    m = re.match(r"\s*\(([RDI]-[^)]*)\)", tail)
                    for tok in doc[ent.end : ent.end + 8] if m else ():
                        if tok.idx >= ent.end_char + m.end():
                            break
                        token_key[tok.i] = key
            root = ent.root
            if root.dep_ in _SUBJECTS or (root.dep_ == "conj" and root.head.dep_ in _SUBJECTS):
                cluster.subjects += 1
            self._describe(doc, view, ent, cluster)
        # Names tagged as organisations but described as people ("fighter, callsign Kholod").
        for cluster in clusters.values():
            if cluster.kind != "person" and cluster.descriptors & PERSON_NOUNS:
                cluster.kind = "person"
        # An acronym names the organisation whose initials it spells ("AROS" for "Alliance to
        # Reclaim Our Schools").
        initials = _initials(clusters)
        for key, cluster in list(clusters.items()):
            full = initials.get(cluster.name) if cluster.name.isupper() else None
            # A short form names the organisation whose last words it is ("the Post" for "The
            # Daily Post", "the Security Council" for "the Acme Security Council"), when only
            # one does.
            short = re.sub(r"^[Tt]he ", "", cluster.name)
            words = short.split()
            if full is None and cluster.kind == "organisation" and short.istitle():
                longer = [
                    k
                    for k, c in clusters.items()
                    if c.kind == "organisation"
                    and len(c.name.split()) > len(words)
                    and c.name.split()[-len(words) :] == words
                    and c.first_char < cluster.first_char
                ]
                full = longer[0] if len(longer) == 1 else None
            if full and full != key:
                for i, k in token_key.items():
                    if k == key:
                        token_key[i] = full
        return clusters, token_key

    def _describe(self, doc: Doc, view: DocView, ent: Span, cluster: Entity) -> None:
        """Collect nominal descriptors and an organisation for a named entity mention."""
        root = ent.root
        nominals: list[Token] = []
        for child in root.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                nominals.append(child)
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            nominals.append(root.head)
        # "Roe is now the director of Acme": a present role stated by "be".
        if root.dep_ == "nsubj" and root.head.lemma_ == "be" and root.head.tag_ != "VBD":
            nominals.extend(
                c
                for c in root.head.children
                if c.dep_ == "attr" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_NOUNS
            )
        # "the Siberian Battalion fighter, callsign Kholod": the name is the object of "callsign".
        if root.dep_ == "dobj" and root.head.lower_ in ("callsign", "dubbed", "named", "nicknamed"):
            prev = root.head
            for t in reversed(doc[max(0, prev.i - 4) : prev.i]):
                if t.pos_ == "NOUN":
                    nominals.append(t)
                    break
        for t in doc[max(view.sent_start[ent.start], ent.start - 6) : ent.start]:
            if t.pos_ == "NOUN" and t.head.i >= ent.start and t.head.i < ent.end:
                nominals.append(t)  # "spokesman Alan Jeffers"
        for t in doc[max(view.sent_start[ent.start], ent.start - 2) : ent.start + 1]:
            role = TITLE_ROLES.get(t.lower_.rstrip("."))
            if role and (t.i < ent.start or len(ent) > 1):
                cluster.descriptors.add(role)  # "Sen. Jane Doe" ... "the senator"
        for nom in nominals:
            cluster.descriptors.add(nom.lemma_.lower())
            _state_organisation(doc, view, nom, cluster)
        for child in root.children:
            if child.dep_ == "relcl" and not cluster.organisation:
                cluster.organisation = _organisation_of_clause(doc, child, view)  # "who heads Y"
        if not cluster.organisation:
            cluster.organisation = _party_of_name(doc, view, ent)
        if not cluster.organisation:
            cluster.organisation = _organisation_before_name(doc, view, ent)
        if not cluster.body:
            cluster.body = _title_body(doc, view, ent)
        if not cluster.organisation and any(
            t.lower_ in SPOKES_NOUNS for t in doc[max(0, ent.start - 2) : ent.start + 1]
        ):
            cluster.organisation = _spoken_for(doc, view, ent.start)  # "Spokeswoman Jane Roe"
        if cluster.descriptors & PERSON_NOUNS:
            cluster.kind = "person"
        if not cluster.gender:
            words = {t.lower_.rstrip(".") for t in doc[max(0, ent.start - 2) : ent.start]}
            cluster.gender = _gender_of(words | cluster.descriptors)

    # -- resolution ---------------------------------------------------------------------------
    def _resolve(
        self,
        doc: Doc,
        view: DocView,
        claim: dict[str, Any],
        clusters: dict[str, Entity],
        token_key: dict[int, str],
        history: list[tuple[int, str]],
        heads: dict[int, str] | None = None,
        signatures: list[tuple[int, str]] | None = None,
    ) -> str | None:
        """Return the cluster key of the claim's speaker, or None."""
        head_i = claim.get("speaker_head")
        if head_i is None:
            return None
        head = doc[head_i]
        s, e = claim["speaker_mention"]
        keys = [
            token_key[t.i]
            for t in doc[head.left_edge.i : head.right_edge.i + 1]
            if t.i in token_key and s <= t.idx < e
        ]
        listed = _listed_people(doc, head, s, e, clusters, token_key)
        if listed is not None:
            return listed
        if head_i in token_key:
            return token_key[head_i]
        if head.lemma_.lower() == "campaign":
            # "The Doe campaign", "Jane Doe's campaign", "the campaign": one name for each.
            name = _campaign_of(doc, view, head)
            if name:
                key = name.lower()
                if key not in clusters:
                    clusters[key] = Entity(name, "organisation", head.idx, organisation=name)
                return key
        if head.pos_ == "NOUN" and head.lemma_.lower() in GROUP_NOUNS:
            key = _named_body(doc, view, head, clusters, token_key)
            if key is not None:
                return key
        for child in head.rights:
            # "The state's campaign chairman, Phil Lovas, said": the appositive names him.
            if child.dep_ == "appos" and child.i in token_key:
                return token_key[child.i]
        if head.pos_ == "PROPN" or _name_like(doc, head, clusters):
            # A name the entity recogniser missed: the head with its proper-noun compounds.
            parts = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            name = " ".join(t.text for t in [*parts, head])
            key = _name_key(name)
            if key not in clusters:
                # News introduces a person by full name; a one-word name the article never
                # gave in full ("Politifact said") is an outlet or body more often than not.
                grouped = any(t.lower_ in GROUP_NOUNS for t in [*parts, head]) or not parts
                clusters[key] = Entity(name, "organisation" if grouped else "person", head.idx)
            return key
        lower = head.lower_
        if head.pos_ == "PRON" and lower in ("i", "me") and signatures:
            # The writer of a signed letter or op-ed: the signature after it. An "I" inside
            # someone's quote is that speaker, not the writer.
            quoted = any(
                q[0] <= head.idx < q[1]
                for c in doc._.get(CLAIMS_ATTR) or []
                if c["quote_type"] != "indirect" and (q := c["quote"])
            )
            signer = next((k for char, k in signatures if char > head.idx), None)
            if signer is not None and not quoted:
                return signer
        if head.pos_ == "PRON" and lower in BODY_PRONOUNS:
            # "It said": the organisation last named or quoted before it.
            quotes = [
                c["quote"] for c in doc._.get(CLAIMS_ATTR) or [] if c["quote_type"] != "indirect"
            ]
            return _recent(doc, head.idx, clusters, token_key, history, "organisation", quotes)
        if head.pos_ == "PRON" and (lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS):
            want = "person" if lower in PERSON_PRONOUNS else None
            gender = PRONOUN_GENDER.get(lower)
            if gender:
                clusters = {k: c for k, c in clusters.items() if c.gender in ("", gender)}
            quotes = [
                c["quote"] for c in doc._.get(CLAIMS_ATTR) or [] if c["quote_type"] != "indirect"
            ]
            if gender:
                salient = _Salience(doc, view, clusters, token_key, heads or {}, quotes)
                key = salient.antecedent(head)
                if key is not None:
                    return key
            return _recent(doc, head.idx, clusters, token_key, history, want, quotes)
        if head.pos_ in ("NOUN", "PROPN"):
            lemma = head.lemma_.lower()
            # Names of people inside the mention; an organisation there is a modifier ("The
            # GOP nominee"), not the speaker.
            person_keys = [k for k in keys if clusters[k].kind == "person"]
            # Who the nominal can be: not someone of another party or body ("the Democratic
            # nominee" is not the Republican one), nor of the other gender.
            affiliation = _affiliation_of_nominal(doc, head)
            gender = GENDER_WORDS.get(lemma, "")
            fitting = {
                k: c
                for k, c in clusters.items()
                if _compatible(c, affiliation) and c.gender in ("", gender or c.gender)
            }
            # A nominal linked to a name: "the fighter" -> Kholod; the one named last wins.
            last_seen = _last_mentions(token_key, head.i)
            named = sorted(
                (
                    k
                    for k, c in fitting.items()
                    if lemma in c.descriptors and c.first_char < head.idx
                ),
                key=lambda k: last_seen.get(k, -1),
            )
            # "Jane Doe's lawyer" is not Doe's; "my father" is the writer's, the one the
            # article names with that role ("my father, Jim Roe").
            owned = any(t.dep_ == "poss" and t.lower_ not in ("my", "our") for t in head.children)
            if named and not owned and not person_keys:
                _state_organisation(doc, view, head, clusters[named[-1]])  # "the GOP nominee"
                return named[-1]
            definite = any(t.dep_ == "det" and t.lower_ in ("the", "this") for t in head.children)
            if definite and lemma in PERSON_NOUNS and not person_keys:
                # "The GOP nominee said": a definite role noun is the most recent person
                # speaker (news refers back to the person it is writing about).
                if affiliation and affiliation not in PARTIES:  # "the Exxon spokesman"
                    fitting = {
                        k: c for k, c in fitting.items() if _same_name(c.organisation, affiliation)
                    }
                quotes = [c["quote"] for c in doc._.get(CLAIMS_ATTR) or []]
                key = _recent(doc, head.idx, fitting, token_key, history, "person", quotes)
                if key is not None:
                    _state_organisation(doc, view, head, clusters[key])  # "The GOP nominee"
                return key
        return None


#: Relative pronouns: a speaker written as one is the noun its clause describes.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def _name_like(doc: Doc, tok: Token, clusters: dict[str, Entity]) -> bool:
    """A capitalised word the tagger took for a common noun that is a name ("Politifact said";
    "Trump" opening a sentence when the article names Donald Trump). At a sentence start,
    capitals prove nothing: there it must be a name the article already has, or be written
    with a capital inside a sentence elsewhere."""
    if tok.pos_ != "NOUN" or not tok.text[:1].isupper() or tok.text.isupper():
        return False
    lemma = tok.lemma_.lower()
    if lemma in PERSON_NOUNS or lemma in GROUP_NOUNS or _is_title(tok.text):
        return False
    if not tok.is_sent_start:
        return True
    if _name_key(tok.text) in clusters:
        return True
    return any(t.text == tok.text and not t.is_sent_start for t in doc)


def _relative_antecedent(doc: Doc, pron: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of its relative clause ("Jane Roe, who
    said ..." -> Roe); for a clause the parser did not attach, the noun just before "who" or
    "which". Through an appositive to the name it describes ("Roe, an aide at Acme who ..."),
    and through "as" to the subject of the clause ("As someone who ..., I think" -> I)."""
    if (
        pron.pos_ != "PRON"
        or pron.tag_ not in ("WP", "WDT")
        or pron.lower_ not in RELATIVE_PRONOUNS
    ):
        return None
    ante = None
    clause = pron.head
    if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN", "PRON"):
        ante = clause.head
    elif clause.dep_ == "conj" and clause.head.dep_ == "relcl":  # "who ... and who said"
        ante = clause.head.head
    elif pron.lower_ != "that" and pron.i > 0:
        prev = doc[pron.i - 1]
        if prev.is_punct and pron.i > 1:  # "Acme, which", "Roe — who"
            prev = doc[pron.i - 2]
        if prev.pos_ in ("NOUN", "PROPN"):
            ante = prev
    if ante is None or ante.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if ante.dep_ == "appos" and ante.head.pos_ in ("NOUN", "PROPN"):
        ante = ante.head
    if ante.dep_ == "pobj" and ante.head.lower_ == "as" and ante.head.dep_ == "prep":
        subj = next((c for c in ante.head.head.children if c.dep_ in _SUBJECTS), None)
        if subj is not None:
            ante = subj
    return ante


def _through_relative(doc: Doc, claim: dict[str, Any]) -> dict[str, Any]:
    """The claim as the resolver reads it: a relative pronoun as speaker ("who said") is
    replaced by the noun it stands for, the mention by that noun's phrase up to its head."""
    head_i = claim.get("speaker_head")
    if head_i is None or doc[head_i].lower_ not in RELATIVE_PRONOUNS:
        return claim
    ante = _relative_antecedent(doc, doc[head_i])
    if ante is None:
        return claim
    first = ante.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1  # the start of the name it ends
    mention = [min(ante.left_edge.idx, doc[first].idx), ante.idx + len(ante)]
    return {**claim, "speaker_head": ante.i, "speaker_mention": mention}


def _signatures(
    doc: Doc, view: DocView, clusters: dict[str, Entity], token_key: dict[int, str]
) -> list[tuple[int, str]]:
    """The signatures of letters and op-eds, in text order, by character and person key: a
    line that is a person's name alone ("Jane Doe." or "Jane Doe, Springfield, Ill."), or a
    last line that begins with one and says who she is ("Jane Doe is a fellow at Acme"), whose
    employers it gives the person."""
    found: list[tuple[int, str]] = []
    last_line = max((t.i for t in doc if not t.is_space), default=-1)
    for ent in view.ents:
        if ent.label_ != "PERSON" or ent.start not in token_key:
            continue
        if ent.start > 0 and "\n" not in doc[ent.start - 1].text_with_ws:
            continue  # not at the start of a line
        end = ent.end
        while end < len(doc) and "\n" not in doc[end].text:
            end += 1
        rest = [t for t in doc[ent.end : end] if not t.is_punct and not t.is_space]
        key = token_key[ent.start]
        if clusters[key].kind != "person":
            continue
        if len(rest) <= 5 and not any(t.pos_ in ("VERB", "AUX") for t in rest):
            found.append((ent.start_char, key))  # "Jane Doe, Springfield, Ill."
        elif rest and rest[0].lemma_ == "be" and rest[0].dep_ == "ROOT" and end > last_line:
            found.append((ent.start_char, key))  # "Jane Doe is a fellow at Acme."
            orgs = [
                _bio_organisations(doc, attr)
                for attr in rest[0].children
                if attr.dep_ == "attr" and attr.pos_ == "NOUN"
            ]
            names = list(dict.fromkeys(n for found_names in orgs for n in found_names))
            if names and not clusters[key].organisation:
                clusters[key].organisation = "; ".join(names)
    return found


def _bio_organisations(doc: Doc, role: Token) -> list[str]:
    """The bodies a role in a writer's line names ("playwright at Acme College and director
    of Acme Theater"): named objects of "at", "of", "for" and "with" after the role and the
    roles joined to it, not those of a clause about them ("Acme, which staged ...")."""
    names: list[str] = []
    todo = [role]
    while todo and len(names) < 4:
        node = todo.pop(0)
        for child in node.children:
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
                todo.append(child)
            if child.dep_ != "prep" or child.lower_ not in ("at", "of", "for", "with"):
                continue
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if pobj.pos_ == "PROPN" and pobj.text[:1].isupper() and not _is_place(pobj):
                    names.append(_ent_text(doc, pobj) if pobj.ent_type_ else _compound(pobj))
                    todo.extend(c for c in pobj.children if c.dep_ == "conj")
                elif pobj.pos_ == "NOUN":
                    todo.append(pobj)
    return names


def _compound(tok: Token) -> str:
    """A noun with the proper-noun compounds before it ("Acme Theater")."""
    parts = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return " ".join(t.text for t in [*parts, tok])


def _listed_people(
    doc: Doc,
    head: Token,
    start: int,
    end: int,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
) -> str | None:
    """A key for the people a mention lists ("Sens. A (D-Ohio), B (D-Ind.) and C"): names of
    people joined by "and" or commas, heading the mention; None unless there are two."""

    def person(tok: Token) -> str | None:
        key = token_key.get(tok.i)
        ok = key is not None and start <= tok.idx < end and clusters[key].kind == "person"
        return key if ok else None

    for tok in doc[head.left_edge.i : head.right_edge.i + 1]:
        if tok.dep_ == "conj" or person(tok) is None:
            continue
        if tok.i != head.i and tok.head.i != head.i and person(head) != person(tok):
            continue  # a list deeper in the phrase is what it is about, not who speaks
        members = [k for t in (tok, *tok.conjuncts) if (k := person(t)) is not None]
        members = list(dict.fromkeys(members))
        if len(members) < 2:
            continue
        key = "; ".join(members)
        if key not in clusters:
            clusters[key] = Entity(key, "person", tok.idx, members=tuple(members))
        return key
    return None


def _last_mentions(token_key: dict[int, str], before: int) -> dict[str, int]:
    """Each entity's last mentioned token before token index ``before``."""
    last: dict[str, int] = {}
    for i, k in token_key.items():
        if i < before:
            last[k] = max(i, last.get(k, -1))
    return last


def _parties_from_nominals(
    doc: Doc,
    view: DocView,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    heads: dict[int, str] | None = None,
) -> None:
    """A party stated by a definite role noun anywhere in the article ("if the Republican
    nominee's stance ...") holds for the person named (or quoted as "he" or "she") last before
    it, in its sentence or the one before, when that person's party is not known yet."""
    heads = heads or {}
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PERSON_NOUNS or tok.tag_ == "NNS":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        if _is_former(tok):
            continue
        # "the Republican vice presidential nominee": a party word anywhere before the noun.
        party = next(
            (
                PARTY_ADJECTIVES[c.lower_]
                for c in doc[tok.left_edge.i : tok.i]
                if c.lower_ in PARTY_ADJECTIVES
            ),
            "",
        )
        if not party:
            continue
        sent = view.sent_start[tok.i]
        start = view.sent_start[sent - 1] if sent > 0 else 0
        # The person named (or quoted) last, but not as an owner ("Jane Doe says Jim Roe's
        # plan is bad. The Republican nominee ..." is Doe).
        people = [
            (heads.get(i) or token_key.get(i), "poss" not in (doc[i].dep_, doc[i].head.dep_))
            for i in range(tok.i - 1, start - 1, -1)
        ]
        people = [(k, own) for k, own in people if k and clusters[k].kind == "person"]
        key = next((k for k, own in people if own), people[0][0] if people else None)
        if key is not None and not clusters[key].organisation:
            clusters[key].organisation = party


def _named_body(
    doc: Doc, view: DocView, head: Token, clusters: dict[str, Entity], token_key: dict[int, str]
) -> str | None:
    """The organisation a bare definite group noun refers back to: "the commission" is the
    last-named organisation with "commission" in its name; "the bank" (a kind of body named
    by a proper name) the organisation named last in the two sentences before."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(c.dep_ in ("compound", "poss", "prep") or c.ent_type_ for c in head.children):
        return None  # "the Acme board", "the bank's board", "the city of Oslo"
    lemma = head.lemma_.lower()
    last_seen = {
        k: i
        for k, i in _last_mentions(token_key, head.i).items()
        if clusters[k].kind == "organisation"
    }
    kinds = AGENCY_WORDS if lemma == "agency" else {lemma}
    by_name = [
        k
        for k in last_seen
        if kinds & set(clusters[k].name.lower().split()) and len(clusters[k].name.split()) > 1
    ]
    if by_name:
        return max(by_name, key=last_seen.__getitem__)
    if lemma not in BODY_KINDS:
        return None
    sent = view.sent_start[head.i]
    earlier = view.sent_start[sent - 1] if sent > 0 else 0
    window_start = view.sent_start[earlier - 1] if earlier > 0 else 0
    recent = [
        e for e in view.ents if e.label_ == "ORG" and window_start <= e.start and e.end <= head.i
    ]
    if recent and recent[-1].start in token_key:
        return token_key[recent[-1].start]
    return None


def _affiliation_of_nominal(doc: Doc, nom: Token) -> str:
    """The party or organisation a role noun names in its modifiers ("the Democratic nominee",
    "the Exxon spokesman"); places ("the New York businessman") are not affiliations."""
    for child in nom.children:
        if child.dep_ in ("amod", "compound") and child.lower_ in PARTY_ADJECTIVES:
            return PARTY_ADJECTIVES[child.lower_]
        if child.dep_ in ("poss", "compound") and child.ent_type_ == "ORG":
            return _party_or(_ent_text(doc, child))
    return ""


def _compatible(entity: Entity, affiliation: str) -> bool:
    """Whether an entity can be the one a nominal with this affiliation refers to."""
    if not affiliation or not entity.organisation:
        return True
    if affiliation in PARTIES:
        return entity.organisation not in PARTIES or entity.organisation == affiliation
    return _same_name(entity.organisation, affiliation)


def _same_name(a: str, b: str) -> bool:
    """Names equal but for case, a leading "the" and punctuation."""

    def key(text: str) -> str:
        return re.sub(r"^the ", "", re.sub(r"[^\w ]+", "", text.casefold()).strip())

    return key(a) == key(b)


def _is_title(word: str) -> bool:
    return word.lower().rstrip(".") in TITLE_WORDS | {"mr", "mrs", "ms", "dr", "gen", "former"}


def _person_key(
    name: str,
    surname: str,
    clusters: dict[str, Entity],
    latest_full: dict[str, str],
    fulls: dict[str, list[str]] | None = None,
    title_gender: str = "",
) -> str:
    """The cluster key of a person's name: the surname, unless two people share it.

    "Gary Johnson" and, later, "Homeland Security Secretary Jeh Johnson" are two people; a bare
    "Johnson" is the one a title's gender allows ("Mrs. Doe" is not "John Doe"), then the one
    the article has made a subject ("John Doe said ... for his wife Jane Doe. ... Doe said" is
    John), then the one whose full name came last before it.
    """
    fulls = {} if fulls is None else fulls
    words = [w.lower() for w in name.split() if w[:1].isupper() and not _is_title(w)]
    if len(words) < 2:
        known = [k for k in dict.fromkeys(fulls.get(surname, ())) if k in clusters]
        if len(known) < 2:
            return latest_full.get(surname, surname)
        if title_gender:
            known = [k for k in known if clusters[k].gender in ("", title_gender)] or known

        def rank(k: str) -> tuple[bool, bool, int]:
            c = clusters[k]
            return (bool(title_gender) and c.gender == title_gender, c.subjects > 0, known.index(k))

        return max(known, key=rank)
    cluster = clusters.get(surname)
    firsts = {
        f.split()[0].lower()
        for f in (cluster.forms if cluster else ())
        if len(f.split()) > 1 and not _is_title(f.split()[0])
    }
    same = not firsts or any(w in firsts for w in words)  # "Crooked Hillary Clinton" too
    key = surname if same else f"{words[0]} {surname}"
    latest_full[surname] = key
    fulls.setdefault(surname, []).append(key)
    return key


_SUBJECTS = ("nsubj", "nsubjpass")


@dataclass
class _Salience:
    """Who a "he" or "she" refers to, as a reader takes it: the subject of its own sentence
    before it ("Jane Doe is under fire after she ..."), else a subject of its gender in the
    nearest of the sentences before it ("Jane Doe spoke on Monday. She said ..."): the main
    clause's subject first, then the other subjects, nearest first, then the owners of subjects
    ("Doe's plan is bold. She said ..."). Subjects may be names, definite role nouns ("the
    senator": the person named with that role, else resolved as a pronoun would be) or pronouns,
    resolved in turn. Names inside quotes do not count. An unnamed person as subject ("a
    spokeswoman") stops the search, and the caller falls back to the last speaker."""

    doc: Doc
    view: DocView
    clusters: dict[str, Entity]
    token_key: dict[int, str]
    heads: dict[int, str]
    quotes: list[list[int]]
    memo: dict[int, str | None] = field(default_factory=dict)
    SENTENCES = 3  # how many sentences before the pronoun's own are searched

    def antecedent(self, pron: Token, depth: int = 0) -> str | None:
        """The key a "he" or "she" refers to, or None."""
        return self._back_from(pron, PRONOUN_GENDER.get(pron.lower_, ""), "", depth)

    def _back_from(self, tok: Token, gender: str, affiliation: str, depth: int) -> str | None:
        if tok.i in self.memo:
            return self.memo[tok.i]
        self.memo[tok.i] = None  # no cycles
        start = self.view.sent_start[tok.i]
        found: str | None = None
        for n in range(self.SENTENCES + 1):
            if n:
                if start == 0:
                    break
                start = self.view.sent_start[start - 1]
            end = tok.i if n == 0 else None
            verdict = self._in_sentence(start, end, gender, affiliation, depth)
            if verdict == "":
                break  # an unnamed person is the subject
            if verdict is not None:
                found = verdict
                break
        self.memo[tok.i] = found
        return found

    def _in_sentence(
        self, start: int, end: int | None, gender: str, affiliation: str, depth: int
    ) -> str | None:
        sent = self.doc[start].sent if end is None else self.doc[start:end]
        subjects = [
            t
            for t in sent
            if (t.dep_ in _SUBJECTS or (t.dep_ == "conj" and t.head.dep_ in _SUBJECTS))
            and not self._quoted(t)
        ]
        main = [t for t in subjects if t.head.dep_ == "ROOT" or t.head.dep_ in _SUBJECTS]
        subjects = main + [t for t in reversed(subjects) if t not in main]
        owners = [c for t in subjects for c in t.children if c.dep_ == "poss"]
        for tok in [*subjects, *owners]:
            key = self._candidate(tok, gender, affiliation, depth)
            if key is not None:
                return key
        return None

    def _quoted(self, tok: Token) -> bool:
        return any(s <= tok.idx < e for s, e in self.quotes)

    def _fits(self, key: str, gender: str, affiliation: str = "") -> bool:
        c = self.clusters.get(key)
        return (
            c is not None
            and c.kind == "person"
            and c.gender in ("", gender)
            and _compatible(c, affiliation)
        )

    def _candidate(self, tok: Token, gender: str, affiliation: str, depth: int) -> str | None:
        """The key ``tok`` refers to when it fits the gender; "" for an unnamed person of
        that gender; None when it is no person of that gender."""
        key = self.heads.get(tok.i) or self.token_key.get(tok.i)
        if key is None and tok.pos_ == "PROPN" and not tok.ent_type_:
            key = tok.lower_ if tok.lower_ in self.clusters else None  # a surname not tagged
        if key is not None:
            return key if self._fits(key, gender, affiliation) else None
        if tok.pos_ == "PRON":
            if PRONOUN_GENDER.get(tok.lower_) != gender or depth >= 4:
                return None
            return self._back_from(tok, gender, affiliation, depth + 1) or ""
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in PERSON_NOUNS or tok.tag_ == "NNS":
            return None
        if GENDER_WORDS.get(lemma, gender) != gender:
            return None
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
        if not definite or depth >= 4:
            return ""
        # "the senator": the person with that descriptor named last before it; else the role
        # noun refers back as a pronoun would ("the Democratic candidate").
        own = _affiliation_of_nominal(self.doc, tok) or affiliation
        for i in range(tok.i - 1, -1, -1):
            k = self.token_key.get(i)
            if (
                k is not None
                and self._fits(k, gender, own)
                and lemma in self.clusters[k].descriptors
            ):
                return k
        return self._back_from(tok, gender, own, depth + 1) or ""


def _recent(
    doc: Doc,
    pos: int,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    history: list[tuple[int, str]],
    want: str | None,
    quotes: list[list[int]],
) -> str | None:
    """The most recent speaker (or, failing that, named entity) before ``pos``.

    Names inside quotes are skipped: they are what a speaker talks about, not who speaks.
    """

    def fits(key: str) -> bool:  # clusters may be narrowed (e.g. by the pronoun's gender)
        return key in clusters and (want is None or clusters[key].kind == want)

    for char, key in reversed(history):
        if char < pos and fits(key):
            return key
    for tok in reversed(
        doc[: doc.char_span(0, pos, alignment_mode="expand").end] if pos > 0 else []
    ):
        key = token_key.get(tok.i)
        if key is None or tok.idx >= pos or any(s <= tok.idx < e for s, e in quotes):
            continue
        if fits(key):
            return key
    return None


def _state_organisation(doc: Doc, view: DocView, nom: Token, entity: Entity) -> None:
    """Give ``entity`` the organisation a role noun of it states, unless it has one: a party
    or employer as its organisation, a place or chamber ("the Ohio senator") as its body."""
    if not entity.organisation:
        entity.organisation = _organisation_of_nominal(doc, nom, view, places=False)
    if not entity.body:
        entity.body = _body_of_nominal(doc, nom)


def _is_former(nom: Token) -> bool:
    """Whether a role noun is a former one ("a former senator", "the ex-chairman")."""
    return any(
        c.lower_.rstrip("-") in FORMER_WORDS and c.dep_ in ("amod", "advmod", "compound", "nmod")
        for c in nom.children
    )


def _party_of_committee(org: str) -> str:
    """The party whose national committee ``org`` is ("DNC", "the Republican National
    Committee"), else ""."""
    lower = org.lower()
    if lower in PARTY_COMMITTEES:
        return PARTY_COMMITTEES[lower]
    if "committee" in lower.split():
        party = next((PARTY_ADJECTIVES[w] for w in lower.split() if w in PARTY_ADJECTIVES), "")
        if party and "national" in lower.split():
            return party
    return ""


def _spoken_for(doc: Doc, view: DocView, i: int) -> str:
    """The body a spokesperson at token ``i`` with none stated speaks for: the organisation (or
    campaign) that is the subject nearest before it, in its sentence or the two before ("Acme
    denied it. Spokeswoman Jane Roe said ..."); none when a person's name comes first."""
    sent = view.sent_start[i]
    for _ in range(2):
        sent = view.sent_start[sent - 1] if sent > 0 else 0
    for t in reversed(doc[sent:i]):
        if t.dep_ not in _SUBJECTS:
            continue
        if t.ent_type_ == "PERSON":
            return ""
        if t.lemma_.lower() == "campaign":
            found = _campaign_of(doc, view, t)
            if found:
                return found
        if t.ent_type_ == "ORG" and not _is_place(t) and t.lower_ not in PARTY_ADJECTIVES:
            return _ent_text(doc, t)
    return ""


def _is_place(tok: Token) -> bool:
    """A place or people ("Ohio", "Russian"), not a party word, as a modifier."""
    return tok.ent_type_ in ("GPE", "NORP", "LOC") and tok.lower_ not in PARTY_ADJECTIVES


def _organisation_of_clause(doc: Doc, verb: Token, view: DocView | None = None) -> str:
    """The organisation a clause about a person names: "who runs Acme", "who served as chairman
    of Acme", "now teaching at Acme". A past leading role ("who led Acme until 2001") is a
    former one and states no organisation, but for a party's national committee."""
    lemma = verb.lemma_.lower()
    past = verb.tag_ == "VBD" or any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children
    )
    org = ""
    if lemma in LEADING_VERBS:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        # What one runs is a body, whatever the entity recogniser calls it.
        if obj is not None and (obj.ent_type_ == "ORG" or obj.pos_ == "PROPN"):
            org = _ent_text(doc, obj)
        if past and lemma in FORMER_WHEN_PAST:
            return _party_of_committee(org)
        return org
    if lemma == "serve":
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
            role = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if role is not None and role.lemma_.lower() in PERSON_NOUNS:
                org = _organisation_of_nominal(doc, role, view, places=False)
                return _party_of_committee(org) if past else org
        return ""
    if lemma in WORK_VERBS and not past:
        return _organisation_in_phrase(doc, verb)  # "an economist now teaching at Acme"
    return ""


def _organisation_of_nominal(
    doc: Doc, nom: Token, view: DocView | None = None, places: bool = True
) -> str:
    """The organisation in "a spokesman for Exxon", "Exxon's spokesman", "Battalion fighter";
    places ("the Ohio senator") only when ``places``. A former role states none, but for a
    party's national committee (its party) and a present role in a clause ("a former aide now
    teaching at Acme")."""
    if _is_former(nom):
        for child in nom.children:
            if child.dep_ in ("acl", "relcl"):
                org = _organisation_of_clause(doc, child, view)
                if org and not _party_of_committee(org):
                    return org
            if child.dep_ == "conj" and child.lemma_.lower() in PERSON_NOUNS:
                org = _organisation_of_nominal(doc, child, view, places)  # "... and current"
                if org:
                    return org
        return _party_of_committee(_organisation_of_role(doc, nom, view, places))
    return _organisation_of_role(doc, nom, view, places)


def _organisation_of_role(doc: Doc, nom: Token, view: DocView | None, places: bool) -> str:
    lemma = nom.lemma_.lower()
    # A surrogate speaks for a campaign wherever it is written.
    staff = view is not None and (view.campaign or lemma == "surrogate") and lemma in STAFF_NOUNS
    modifier = ""
    for child in nom.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "with", "from"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if pobj.ent_type_ in ORG_LABELS and (places or not _is_place(pobj)):
                return _ent_text(doc, pobj)
            if staff and pobj.ent_type_ == "PERSON":  # "a spokeswoman for Jane Doe"
                return _campaign_name(_ent_text(doc, pobj))
            if pobj.lemma_.lower() == "campaign" and view is not None:
                return _campaign_of(doc, view, pobj)  # "the architect of Doe's campaign"
            named_group = _named_group(pobj)
            if named_group:
                return named_group  # "the leader of the Democratic caucus"
            inner = _organisation_in_phrase(doc, pobj)
            if inner:
                return inner  # "an associate for outreach at the Acme Institute"
        if child.dep_ in ("relcl", "acl"):
            org = _organisation_of_clause(doc, child, view)  # "an official who runs Acme"
            if org:
                return org
        if child.dep_ in ("poss", "compound") and staff and _is_candidate(view, child):
            return _campaign_name(_ent_text(doc, child))  # "Doe spokesman Jim Roe"
        if (
            child.dep_ in ("poss", "compound")
            and child.ent_type_ in ORG_LABELS
            and (places or not _is_place(child))
            and not modifier
        ):
            # "House editor for Acme": an employer after the role beats a name before it.
            modifier = _party_or(_ent_text(doc, child))
            continue
        if child.dep_ in ("poss", "compound") and child.lemma_.lower() == "campaign" and view:
            return _campaign_of(doc, view, child)  # "the campaign's press secretary"
        if child.dep_ in ("amod", "compound") and child.lower_ in PARTY_ADJECTIVES:
            return PARTY_ADJECTIVES[child.lower_]  # "the Republican nominee"
    if modifier:
        return modifier
    for child in nom.children:
        # "the former mayor and current Democratic nominee"
        if child.dep_ == "conj" and child.pos_ == "NOUN" and child.lemma_.lower() in PERSON_NOUNS:
            org = _organisation_of_nominal(doc, child, view, places)
            if org:
                return org
    return ""


def _is_candidate(view: DocView | None, tok: Token) -> bool:
    """A person's name modifying a staff noun ("Doe spokesman", "a top Doe surrogate"): tagged
    as a person, or a one-word name that is the surname of a person the article names."""
    if view is None:
        return False
    if tok.ent_type_ == "PERSON":
        return True
    if tok.ent_type_ not in ("ORG", "") or not tok.text[:1].isupper():
        return False
    return any(
        e.label_ == "PERSON" and _name_key(_clean_name(e.text)) == tok.lower_ for e in view.ents
    )


def _body_of_nominal(doc: Doc, nom: Token) -> str:
    """The body a role noun places a person in: a chamber for "the Ohio senator", the place
    for "the Ohio governor" or "the mayor of Springfield" (and, for other roles, the place
    written with them); nothing for a former role."""
    if _is_former(nom):
        return ""
    lemma = nom.lemma_.lower()
    if lemma in TITLE_BODIES:
        return TITLE_BODIES[lemma]
    for child in nom.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and _is_place(child):
            if lemma in COUNTRY_TITLES:
                return _country(doc, child)  # "the South Korean president"
            return _ent_text(doc, child)
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and _is_place(pobj) and lemma in PLACE_TITLES:
                return _ent_text(doc, pobj)
            if pobj is not None and _is_place(pobj) and lemma in COUNTRY_TITLES:
                return _country(doc, pobj)  # "the foreign minister of France"
    return ""


def _country(doc: Doc, tok: Token) -> str:
    """The country a place or people word names ("France"; "South Korean" -> "South Korea",
    when the article names the country), but for the United States."""
    name = _ent_text(doc, tok)
    if name.lower() in _HOME_COUNTRY:
        return ""
    if tok.ent_type_ != "NORP":
        return name
    words = name.split()
    for ent in doc.ents:
        if ent.label_ != "GPE":
            continue
        gpe = _clean_name(ent.text).split()
        if (
            len(gpe) == len(words)
            and gpe[:-1] == words[:-1]
            and len(gpe[-1]) >= 4
            and words[-1].startswith(gpe[-1][:4])
            and gpe[-1][:1].isupper()
        ):
            return " ".join(gpe)
    return ""


def _title_body(doc: Doc, view: DocView, ent: Span) -> str:
    """The body a title before a name places the person in ("Sen. Jane Doe" -> U.S. Senate,
    "Ohio Gov. Jane Doe" -> Ohio), not for a former office ("former Sen. Jane Doe")."""
    # A title's period may end a sentence for the parser ("Sens." "Jon Doe"), so look back by
    # tokens: the title, then nothing but periods, then the name.
    first = max(0, ent.start - 3)
    for t in doc[first : ent.start + 1]:
        word = t.lower_.rstrip(".")
        if not t.text[:1].isupper() or (word == "del" and t.text != "Del."):
            continue
        if any(w.text != "." for w in doc[t.i + 1 : ent.start] if not w.text[:1].isupper()):
            continue
        before = {w.lower_ for w in doc[max(0, t.i - 3) : t.i]}
        if before & FORMER_WORDS:
            return ""
        if word in TITLE_BODIES:
            return TITLE_BODIES[word]
        if word in PLACE_TITLES and t.i > 0 and _is_place(doc[t.i - 1]):
            return _ent_text(doc, doc[t.i - 1])  # "Ohio Gov. Jane Doe"
        secretary_general = word == "secretary-general" or (
            word == "general" and t.i > 0 and doc[t.i - 1].lower_ == "secretary"
        )
        # "Secretary General Jane Doe" in an article on the U.N.: its secretary general.
        if secretary_general and any(
            e.label_ == "ORG" and _expand_abbreviation(_clean_name(e.text)) == "United Nations"
            for e in view.ents
        ):
            return "United Nations"
        if word in COUNTRY_TITLES:
            # "South Korean President Jane Doe", "French Foreign Minister Jane Doe"
            for w in reversed(doc[max(0, t.i - 3) : t.i]):
                if _is_place(w):
                    return _country(doc, w)
                if not w.text[:1].isupper() or w.ent_type_:
                    break
    return ""


def _organisation_in_phrase(doc: Doc, tok: Token, depth: int = 2) -> str:
    """An organisation a few prepositions further on: "associate for outreach at Acme"."""
    if depth == 0:
        return ""
    for child in tok.children:
        if child.dep_ == "acl":
            found = _organisation_in_phrase(doc, child, depth)
            if found:
                return found
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "with"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if pobj.ent_type_ == "ORG":
                return _ent_text(doc, pobj)
            found = _organisation_in_phrase(doc, pobj, depth - 1)
            if found:
                return found
    return ""


def _named_group(tok: Token) -> str:
    """A body named by a group noun and the name before it ("the Democratic caucus")."""
    if tok.lemma_.lower() not in GROUP_NOUNS or tok.ent_type_:
        return ""
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ in ORG_LABELS]
    if not mods:
        return ""
    return " ".join(t.text for t in tok.doc[mods[0].i : tok.i + 1])


def _campaign_name(owner: str) -> str:
    """The name news gives a person's campaign: "Jane Doe" -> "Doe campaign"."""
    words = [w for w in re.findall(r"[\w’'.-]+", _clean_name(owner)) if w[0].isupper()]
    words = [w for w in words if not _is_title(w)]
    return f"{words[-1]} campaign" if words else ""


def _campaign_of(doc: Doc, view: DocView, tok: Token) -> str:
    """The campaign a "campaign" noun stands for: "the Doe campaign", "Jane Doe's campaign",
    and "the campaign" (or "his campaign"), the campaign of the person named last before it."""
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod") and (
            child.ent_type_ in ("PERSON", "ORG") or child.pos_ == "PROPN"
        ):
            if child.ent_type_ == "ORG" and child.lower_ not in PARTY_ADJECTIVES:
                name = _ent_text(doc, child)
                if len(name.split()) > 1:
                    return ""  # "the Sierra Club campaign" is not a candidate's
            return _campaign_name(_ent_text(doc, child))
    if any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "its", "this")
        for c in tok.children
    ):
        owner = _last_person(view, tok)
        if owner is not None:
            return _campaign_name(owner.text)
    return ""


def _last_person(view: DocView, tok: Token) -> Span | None:
    """The person named last before ``tok``, not counting the one ``tok`` describes ("Jim
    Roe, the campaign's press secretary"); a one-word name tagged as an organisation counts
    when it is the surname of a person named before."""
    ancestors = {a.i for a in tok.ancestors}
    surnames: set[str] = set()
    last = None
    for ent in view.ents:
        if ent.end > tok.i:
            break
        if ent.label_ == "PERSON":
            surnames.add(_name_key(_clean_name(ent.text)))
        elif not (ent.label_ == "ORG" and len(ent) == 1 and ent.text.lower() in surnames):
            continue
        if not any(t.i in ancestors for t in ent):
            last = ent
    return last


def _party_or(name: str) -> str:
    """A party written as an adjective or nickname ("GOP") becomes the party's name."""
    return PARTY_ADJECTIVES.get(name.lower(), name)


def _party_tag(view: DocView, ent: Span) -> str:
    """The party of a tag after a name: "Sen. Jane Doe (D-Ohio)", "Jane Doe, R-Texas"."""
    tail = view.text[ent.end_char : ent.end_char + 16]
    m = _PARTY.match(tail.lstrip(", ("))
    if m and tail[:1] in (",", " ", "("):
        return PARTY_ABBREVIATIONS[m.group(1)]
    return ""


def _party_of_name(doc: Doc, view: DocView, ent: Span) -> str:
    """A party stated with a name: "Sen. Jane Doe (D-Ohio)", "Jane Doe, a Republican",
    "Republicans, including Jane Doe"."""
    tag = _party_tag(view, ent)
    if tag:
        return tag
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.lower_ in PARTY_MEMBERS:
            return PARTY_MEMBERS[child.lower_]  # "Jane Doe, a Republican"
    if root.dep_ in _SUBJECTS:
        # "Jane Doe was more careful than her fellow Democrats"
        for t in root.head.subtree:
            if t.lower_ in PARTY_MEMBERS and any(c.lower_ == "fellow" for c in t.lefts):
                return PARTY_MEMBERS[t.lower_]
    head = root.head
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("including", "like")
        and head.head.lower_ in PARTY_MEMBERS  # "Democrats, including Jane Doe"
    ):
        return PARTY_MEMBERS[head.head.lower_]
    return ""


def _organisation_before_name(doc: Doc, view: DocView, ent: Span) -> str:
    """Organisations and titles written before a name ("U.S. Secretary of State Antony ...")."""
    first = max(view.sent_start[ent.start], ent.start - 8)
    window = doc[first : ent.start]
    text = window.text.lower()
    window_ents = [e for e in view.ents if e.start >= first and e.end <= ent.start]
    for title, org in TITLE_ORGS.items():
        if text.rstrip().endswith(title):
            country = next((e for e in window_ents if e.label_ == "GPE"), None)
            return f"{country.text} {org}" if country is not None else org
    orgs = [e for e in window_ents if e.label_ == "ORG"]
    between = doc[orgs[-1].end : ent.start] if orgs else doc[0:0]
    # "Acme Radio's Jane Doe": the possessive may be inside the organisation's name or after it.
    if orgs and len(between) <= 1 and [*orgs[-1], *between][-1].tag_ == "POS":
        return _party_or(_clean_name(orgs[-1].text))  # "Acme Radio's Jane Doe"
    # "Exxon spokesman Alan Jeffers": an organisation, then a role noun, then the name, with
    # nothing but words of the title between ("an explosion in Acme that Mayor Jane Doe ...").
    if (
        orgs
        and any(t.lemma_.lower() in PERSON_NOUNS for t in between)
        and all(t.pos_ in ("NOUN", "PROPN", "ADJ") or t.tag_ == "POS" for t in between)
    ):
        org = _party_or(_clean_name(orgs[-1].text))
        after = doc[orgs[-1].end] if orgs[-1].end < ent.start else None
        if after is not None and after.lower_ == "campaign":
            return _campaign_name(org)  # "Doe campaign spokesman Jim Roe"
        if (
            after is not None
            and after.lower_ == "secretary"
            and org.split()[-1].istitle()
            and not any(w in org.lower() for w in ("department", "ministry", "office"))
        ):
            return f"{org} Department"  # "Energy Secretary Jane Doe" heads the Energy Department.
        return org
    # "Republican nominee Mike Pence", "Democratic pollster Ann Lee".
    for t in reversed(window):  # the nearest party word before the name
        if t.ent_type_ == "PERSON" or t.lower_ in ("and", ",", ";"):
            break  # it would describe someone else ("Democratic nominee X and ... Y")
        party = PARTY_ADJECTIVES.get(t.lower_)
        roles = [r for r in doc[t.i + 1 : min(t.i + 4, ent.start)] if _is_role(r)]
        # The role noun must modify this name ("Democratic nominee Hillary Clinton"), not a
        # noun of its own ("the Democratic candidate's call came after rival Donald Trump").
        if party and (t.i == ent.start - 1 or any(ent.start <= r.head.i < ent.end for r in roles)):
            return party  # "Republican Donald Trump", "Democratic nominee Hillary Clinton"
    return ""


def _is_role(tok: Token) -> bool:
    """A role noun or title ("nominee", "spokesman", "Sen.")."""
    return tok.lemma_.lower() in PERSON_NOUNS or tok.lower_.rstrip(".") in TITLE_WORDS


def _ent_text(doc: Doc, tok: Token) -> str:
    """The text of the entity holding ``tok`` (read from its IOB tags, without doc.ents)."""
    if not tok.ent_type_:
        return tok.text
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return _clean_name(doc[start:end].text)


def _strip_determiner(text: str) -> str:
    lower = text.lower()
    for det in sorted(_DETERMINERS, key=len, reverse=True):
        if lower.startswith(det):
            return text[len(det) :]
    return text


def _unresolved(doc: Doc, view: DocView, claim: dict[str, Any]) -> dict[str, str]:
    """Speaker fields for a mention that names no entity ("a number of volunteer groups")."""
    head_i = claim.get("speaker_head")
    if head_i is None:
        return {"speaker": "", "speaker_type": "unknown", "organisation": ""}
    head = doc[head_i]
    if head.pos_ == "PRON":
        kind = "person" if head.lower_ in PERSON_PRONOUNS else "unknown"
        return {"speaker": "", "speaker_type": kind, "organisation": ""}
    s, e = claim["speaker_mention"]
    lemma = head.lemma_.lower()
    full_text = view.text
    org = _organisation_of_nominal(doc, head, view)
    if lemma in PERSON_NOUNS:
        if not org and lemma in SPOKES_NOUNS:
            org = _spoken_for(doc, view, head.i)  # "Acme ... , a spokesman said"
        return {"speaker": "", "speaker_type": "person", "organisation": org}
    text = _strip_determiner(full_text[s:e])
    if head.lemma_.lower() == "number":
        inner = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
        if inner:
            pobj = next((c for c in inner[0].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                lemma = pobj.lemma_.lower()
                text = _strip_determiner(full_text[pobj.left_edge.idx : pobj.idx + len(pobj)])
    if lemma in GROUP_NOUNS or head.ent_type_ in ORG_LABELS:
        return {"speaker": text, "speaker_type": "organisation", "organisation": org or text}
    if lemma in DOCUMENT_KINDS:
        org = _producer(doc, view, head) or _earlier_producer(doc, view, head) or org
    return {"speaker": "", "speaker_type": "unknown", "organisation": org}


def _producer(doc: Doc, view: DocView, head: Token) -> str:
    """Who produced a document, as its noun phrase states: "an Acme poll", "Acme's report",
    "a video by Acme", "a study published in the Acme Journal"; several joined by "; "."""
    names: list[str] = []
    # "A USA TODAY analysis": the proper nouns just before the noun are one name, however the
    # entity recogniser splits them.
    first = head.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
        first -= 1
    run = doc[first : head.i] if head.i - first > 1 else None
    for t in head.lefts:
        if t.dep_ not in ("compound", "poss", "nmod", "amod") or not t.text[:1].isupper():
            continue
        kind = DOCUMENT_KINDS[head.lemma_.lower()]
        # Polls are taken by bodies, whatever the entity recogniser calls their names.
        if t.ent_type_ == "ORG" or (t.pos_ == "PROPN" and (not t.ent_type_ or kind == "poll")):
            if (
                run is not None
                and run.start <= t.i
                and not any(w.ent_type_ == "PERSON" for w in run)
            ):
                names.append(run.text)
                continue
            names.extend(_joint_names(_ent_text(doc, t) if t.ent_type_ else _compound(t)))
        elif t.ent_type_ == "PERSON" and view.campaign and kind == "ad":
            names.append(_campaign_name(_ent_text(doc, t)))  # "the Doe ad"
    if not names:
        for t in doc[head.i + 1 : head.right_edge.i + 1]:
            verb = t.head
            if t.lower_ not in ("by", "in", "from") or t.dep_ not in ("prep", "agent"):
                continue
            by_doc = verb.i == head.i and t.lower_ in ("by", "from")
            if not (by_doc or verb.lemma_.lower() in PRODUCING_VERBS):
                continue
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ == "ORG":
                names.append(_ent_text(doc, pobj))
                break
    return "; ".join(dict.fromkeys(n.strip() for n in names))


def _joint_names(name: str) -> list[str]:
    """Names a hyphen joins ("Acme Daily-Globex News" for two producers), each of two words
    or more; else the one name ("Acme-Globex")."""
    parts = [p.strip() for p in name.split("-")]
    return parts if len(parts) > 1 and all(len(p.split()) > 1 for p in parts) else [name]


def _earlier_producer(doc: Doc, view: DocView, head: Token) -> str:
    """The producer of the document of the same kind named last before a definite one ("A
    video by Acme ... The clip says")."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
        return ""
    if any(c.dep_ in ("compound", "poss", "amod") for c in head.children):
        return ""  # "the new poll", "the Acme poll"
    kind = DOCUMENT_KINDS[head.lemma_.lower()]
    for t in reversed(doc[: head.i]):
        if t.pos_ == "NOUN" and DOCUMENT_KINDS.get(t.lemma_.lower()) == kind:
            found = _producer(doc, view, t)
            if found:
                return found
    return ""


@Language.factory(
    "claimx_speakers",
    requires=[f"doc._.{CLAIMS_ATTR}", "doc.ents"],
    assigns=[f"doc._.{CLAIMS_ATTR}"],
)
def make_speaker_resolver(nlp: Language, name: str) -> SpeakerResolver:
    """Build the ``claimx_speakers`` component."""
    return SpeakerResolver(nlp, name)
