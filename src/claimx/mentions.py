"""The word lists and the few structures that speakers and organisations are both resolved
with: pronouns, role and group nouns, titles, parties, the per-Doc ``DocView``, the ``Entity``
cluster, and name helpers. Rules only: the resolver is ``claimx.speakers``, the organisation
rules ``claimx.organisations``."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .doc_text import text_of
from .given_names import gender_of_given_name

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
        "physician",
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
        "chancellor",
        "superintendent",
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
        "boss",
        "administrator",
        "executive",
        "head",
        "deputy",
        "lawmaker",
        "congressman",
        "congresswoman",
        "nominee",
        "campaigner",
        "contender",
        "hopeful",
        "challenger",
        "rival",
        "incumbent",
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
        # political staff, lawmakers and envoys of political news ("the GOP speechwriter");
        # not backers ("donor", "delegate") nor "organizer", whom a definite role took for
        # the last person named ("Even the organizer of a pro-Trump rally said")
        *("speechwriter", "staffer", "operative", "lobbyist"),
        *("columnist", "pundit", "envoy", "negotiator", "treasurer"),
        *("legislator", "councilman", "councilwoman", "councillor", "assemblyman"),
        *("assemblywoman", "sheriff", "premier"),
        # royal and religious titles, which news also uses as the role noun later ("Pope
        # Francis" ... "the pope")
        "pope",
        "prince",
        "princess",
        "king",
        "queen",
        "sheikh",
        "rabbi",
        "imam",
        "pastor",
        "bishop",
        "cardinal",
        # a member of a party's national committee
        "committeeman",
        "committeewoman",
    ]
)


#: Words that pick some of a group ("a number of GOP delegates", "many in the party", "some of
#: its senators"): such a mention is the group's, for what the article states of the group.
QUANTIFIER_WORDS = frozenset(
    {
        *("number", "many", "some", "most", "several", "few", "all", "both", "each", "none"),
        *("majority", "minority", "handful", "dozen", "dozens", "half", "scores", "hundreds"),
    }
)
#: Prepositions that join a quantifier to its group.
_QUANTIFIED_PREPOSITIONS = frozenset({"of", "in", "among", "within"})


def quantified_group(head: Token) -> Token | None:
    """The group a quantifier picks from ("A number of GOP delegates" -> delegates, "many in
    the Republican establishment" -> establishment, "two of the senators" -> senators), or
    None when ``head`` is no quantifier or names no group of nouns."""
    if head.lemma_.lower() not in QUANTIFIER_WORDS and head.pos_ != "NUM":
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in _QUANTIFIED_PREPOSITIONS:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                return pobj
    return None


#: Business news's kinds of firm ("Ford said ... The automaker blamed ..."): bodies, named once
#: and then called by the kind.
FIRM_KINDS = frozenset(
    {"automaker", "carmaker", "retailer", "airline", "insurer", "lender", "chipmaker"}
    | {"drugmaker", "broadcaster", "publisher", "startup", "chain"}
)

#: Words that end a newspaper's name ("the Washington Post", "the Springfield Sentinel") and a
#: broadcaster's ("Fox News", "Acme Broadcasting"). Written by hand: no gazetteer of outlets
#: installs offline.
NEWSPAPER_WORDS = frozenset(
    {
        *("newspaper", "paper", "times", "post", "journal", "tribune", "herald", "sentinel"),
        *("gazette", "globe", "chronicle", "inquirer", "register", "observer", "daily"),
        *("telegraph", "guardian", "examiner", "courier", "dispatch", "bee", "star-ledger"),
    }
)
NETWORK_WORDS = frozenset({"network", "news", "broadcasting", "television", "tv"})

#: Nouns for groups and bodies: a mention headed by one of these is an organisation.
GROUP_NOUNS = FIRM_KINDS | frozenset(
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
        "alliance",
        "federation",
        "league",
        "society",
        "corporation",
        "hospital",
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
        "fund",
        "foundation",
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


#: Titles that name the body a person speaks for ("Secretary of State" -> State Department),
#: in the form news writes the department's name (AP style: "the State Department").
TITLE_ORGS: dict[str, str] = {
    "secretary of state": "State Department",
    "secretary of defense": "Defense Department",
    "secretary of the treasury": "Treasury Department",
    "treasury secretary": "Treasury Department",
    "defense secretary": "Defense Department",
    "attorney general": "Justice Department",
    "secretary of homeland security": "Homeland Security Department",
    "homeland security secretary": "Homeland Security Department",
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
        "boss",
        "chairman",
        "chairwoman",
        "chair",
        "secretary",
        "strategist",
        "staffer",
        "surrogate",
        # volunteers and canvassers work for a campaign too ("a Doe volunteer")
        "volunteer",
        "canvasser",
    }
)


#: Kinds of body that news names once and then calls by the kind ("Acme ... the bank").
BODY_KINDS = FIRM_KINDS | frozenset(
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
    # what a poll or a study found ("The findings underscore ...")
    "finding": "findings",
    # a court filing speaks for whoever filed it ("The lawsuit, filed by the ACLU, argues")
    "lawsuit": "filing",
    "complaint": "filing",
    "indictment": "filing",
}


#: Verbs of producing or printing a document ("a study published in the Acme Journal").
PRODUCING_VERBS = frozenset(
    {"publish", "release", "conduct", "commission", "issue", "produce", "appear", "run", "air"}
    | {"file", "bring"}  # "a lawsuit filed by the ACLU", "a complaint brought by Acme"
)


#: Roles that speak for a body: with none stated, the body the article has just written about.
SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})


#: Bodies that speak in the news under one short name, which spaCy's small model often reads as
#: a person's ("Politico reported", "Twitter said"): outlets, fact-checkers, pollsters and
#: platforms. Written by hand (no gazetteer installs offline); a name on it is a body only when
#: the article never writes it with a given name, a title or "Mr."/"Ms." (see
#: :func:`claimx.speakers._news_body`).
NEWS_BODIES = frozenset(
    {
        *("politico", "politifact", "axios", "vox", "buzzfeed", "breitbart", "slate", "salon"),
        *("reuters", "bloomberg", "cnn", "msnbc", "cnbc", "nbc", "abc", "cbs", "npr", "pbs"),
        *("univision", "telemundo", "newsmax", "huffpost", "mediaite", "thehill", "gawker"),
        *("drudge", "infowars", "snopes", "factcheck.org", "gallup", "rasmussen", "quinnipiac"),
        *("monmouth", "marist", "ipsos", "yougov", "surveymonkey", "zogby"),
        *("twitter", "facebook", "instagram", "youtube", "reddit", "google", "tumblr"),
        *("wikileaks", "zero hedge", "daily kos", "redstate", "townhall", "newsweek"),
    }
)

#: Verbs of working at a body ("an economist teaching at Acme").
WORK_VERBS = frozenset({"work", "teach", "lecture", "study", "research"})


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
#: The committees' names, spelled out as the table writes them ("RNC spokesman Sean Spicer").
PARTY_COMMITTEE_NAMES = {
    "dnc": "Democratic National Committee",
    "rnc": "Republican National Committee",
}


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
    "dr": "doctor",
    **{title: title for title in ("pope", "prince", "princess", "king", "queen", "sheikh")},
    **{title: title for title in ("rabbi", "imam", "pastor", "bishop", "cardinal")},
}


#: Titles written before names.
TITLE_WORDS = frozenset({"sen", "rep", "gov", "president", "senator", "congressman", "leader"})


#: Ranks written before a name in police, military and church news ("Detective Inspector Jane
#: Roe", "Col. Jim Doe"), which are no part of the name.
RANKS = frozenset(
    {"detective", "inspector", "sergeant", "constable", "trooper", "lieutenant", "corporal"}
    | {"colonel", "admiral", "reverend", "coach", "captain"}
)


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
    "king": "m",
    "prince": "m",
    "queen": "f",
    "princess": "f",
}

#: The titles that state a gender and nothing else.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss"})

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def _gender_of(words: set[str]) -> str:
    found = {GENDER_WORDS[w] for w in words if w in GENDER_WORDS}
    return found.pop() if len(found) == 1 else ""


_PARTY = re.compile(r"\b([RDI])-[A-Z][A-Za-z.]*")


#: Abbreviations news writes for international bodies, by their names ("the U.N." is the United
#: Nations, whether or not the article spells it out).
_ABBREVIATIONS = (
    (re.compile(r"^U\.?N\.?(?=\s|$)"), "United Nations"),  # "U.N.", and "UN" (Reuters, BBC)
    (re.compile(r"^E\.?U\.?(?=\s|$)"), "European Union"),
    (re.compile(r"^Fed$"), "Federal Reserve"),  # "Fed Chair Jerome Powell"
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
    lower_words: frozenset[str] = frozenset()  # the words it writes in lower case somewhere

    @classmethod
    def of(cls, doc: Doc) -> DocView:
        starts = [0] * len(doc)
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                starts[i] = sent.start
        campaign = any(t.lower_ == "campaign" for t in doc)
        ents = tuple(_trimmed_name(with_given_names(doc, ent)) for ent in joined_names(doc.ents))
        ents = _with_untagged_relatives(doc, _without_headline_words(doc, ents))
        lower = frozenset(t.text for t in doc if t.text.islower())
        return cls(text_of(doc), ents, tuple(starts), campaign, lower)

    def sent_end(self, i: int) -> int:
        """The index after the last token of the sentence of token ``i``."""
        end = i + 1
        while end < len(self.sent_start) and self.sent_start[end] != end:
            end += 1
        return end


#: Capitalised words that stand before a name without being part of it, beyond titles and
#: role nouns: party members ("Democrat Jane Doe"), months and days.
_NOT_GIVEN_NAMES = frozenset(
    {
        *(w for w in PARTY_MEMBERS if not w.endswith("s")),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "monday", "tuesday", "wednesday"),
        *("thursday", "friday", "saturday", "sunday"),
    }
)


_DASHES = "-–—"


@lru_cache(maxsize=1)
def _name_titles() -> frozenset[str]:
    """The titles written before names ("Speaker", "Rev", "Pope", "Doctor"): ``nameparser``'s
    list of 800, which ours (:data:`TITLE_ROLES`, :func:`_is_title`) do not try to match."""
    from nameparser.config.titles import TITLES

    return frozenset(TITLES)


def given_name_word(tok: Token) -> bool:
    """Whether ``tok`` may be a given name or an initial before a surname: a capitalised
    singular proper noun, not a title, a role or group noun, a party member or a month; with a
    period, a single letter ("M. Dane Waters"), since "Rev.", "Del." and "Sgt." are titles."""
    text = tok.text.lstrip(_DASHES)  # a list's dash, glued on ("-Jane Doe thinks ...")
    word = text.lower().rstrip(".")
    if text.endswith("."):
        return len(word) == 1 and word.isalpha() and text[:1].isupper()
    return (
        tok.tag_ == "NNP"  # not "Senators Doe and Roe", "Professors Doe"
        and text[:1].isupper()
        and word.isalpha()
        and not _is_title(word)
        and word not in TITLE_ROLES
        and word not in PERSON_NOUNS
        and word not in GROUP_NOUNS  # "Team Doe"
        and word not in _NOT_GIVEN_NAMES
        and word not in _name_titles()
    )


#: Nouns of kinship, before a relative's name ("his wife, Melania").
KIN_NOUNS = frozenset(
    {"wife", "husband", "daughter", "son", "mother", "father", "sister", "brother"}
)


def _with_untagged_relatives(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """``ents`` and the people the recogniser left untagged whose surname is a tagged person's:
    a given name and that surname, neither in an entity ("Ivanka Trump, 34, could be ..." in an
    article where only "Donald Trump" is tagged). A relative named in full is as much a person
    as the one the recogniser knew."""
    surnames = {e[-1].text: e[0].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    found = [
        Span(doc, tok.i, tok.i + 2, label="PERSON")
        for tok in doc[:-1]
        if not tok.ent_type_
        and not (nxt := doc[tok.i + 1]).ent_type_
        and nxt.text in surnames
        and surnames[nxt.text] != tok.text
        and nxt.pos_ == "PROPN"
        and given_name_word(tok)
        and gender_of_given_name(tok.text)
        and (tok.i + 2 == len(doc) or doc[tok.i + 2].pos_ != "PROPN")
    ]
    # "Trump's wife, Melania, is ...": a given name alone, set beside a kinship noun (which
    # the recogniser may have taken for a place).
    found.extend(
        Span(doc, tok.i, tok.i + 1, label="PERSON")
        for tok in doc
        if tok.ent_type_ != "PERSON"
        and tok.dep_ == "appos"
        and tok.head.lemma_.lower() in KIN_NOUNS
        and (tok.i + 1 == len(doc) or doc[tok.i + 1].pos_ != "PROPN")
        and given_name_word(tok)
        and gender_of_given_name(tok.text)
    )
    if not found:
        return ents
    taken = {i for span in found for i in range(span.start, span.end)}
    kept = [e for e in ents if not taken.intersection(range(e.start, e.end))]
    return tuple(sorted((*kept, *found), key=lambda e: e.start))


def with_given_names(doc: Doc, ent: Span) -> Span:
    """A person's name with the given names and initials the entity recogniser left out of it
    ("said Paloma Wu" tagged as "Wu"): when it tagged the surname alone, the words right before
    it that the parser attaches to it as compounds and that may be given names
    (:func:`given_name_word`); a title, a role noun, a party member or a word of another entity
    stops it ("Sen. Jane Doe", "Democrat Jim Roe", "Speaker Jim Roe"). Before a name of two
    words or more, only a word the census lists as a given name ("Debbie Wasserman Schultz"
    tagged as "Wasserman Schultz"; "State" is no given name)."""
    if ent.label_ != "PERSON":
        return ent
    start, inside = ent.start, set(range(ent.start, ent.end))
    while start > 0:
        tok = doc[start - 1]
        attached = not tok.ent_type_ and tok.dep_ == "compound" and tok.head.i in inside
        if not attached or not given_name_word(tok):
            break
        if len(ent) > 1 and not gender_of_given_name(tok.text) and not _after_title(doc, start - 2):
            break
        start -= 1
        inside.add(start)
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label)


def _after_title(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a title written before a name ("Saudi Prince Alwaleed Bin Talal",
    tagged as "Bin Talal"): the word after it begins the name, whether or not the census lists
    it as a given name."""
    if i < 0:
        return False
    word = doc[i].lower_.rstrip(".")
    return doc[i].text[:1].isupper() and (
        _is_title(word) or word in TITLE_ROLES or word in _name_titles()
    )


def joined_names(ents: Sequence[Span]) -> tuple[Span, ...]:
    """``ents`` with two person names the recogniser tagged side by side, nothing between
    them, taken as one ("Judge Daniel Porter Jordan III" tagged as "Daniel Porter" and "Jordan
    III"): a name is not written right after another one."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == ent.label_ == "PERSON"
            and prev.end == ent.start
            and not prev[-1].whitespace_.strip(" ")  # no line break between them
            and prev[-1].is_alpha
            and ent[0].text[:1].isupper()
            and not any(_role_word(t) for t in (*prev, *ent))  # "Charlotte Mayor" "Jane Doe"
        ):
            out[-1] = Span(ent.doc, prev.start, ent.end, label=ent.label)
            continue
        out.append(ent)
    return tuple(out)


def _role_word(tok: Token) -> bool:
    word = tok.lower_.rstrip(".")
    return _is_title(word) or word in TITLE_ROLES or word in PERSON_NOUNS


def _unspaced(ent: Span) -> Span:
    """``ent`` without the line breaks the recogniser may end it with."""
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].is_space:
        end -= 1
    return ent.doc[ent.start : end]


def _in_title_case_line(doc: Doc, ent: Span) -> bool:
    """Whether ``ent`` lies in a line that capitalises most of its words, as headlines do."""
    start, end = ent.start, ent.end
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    words = [t.text for t in doc[start:end] if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


#: Occupations written before a name like a title, beyond the role nouns ("Actress Jane Doe").
OCCUPATION_WORDS = frozenset(
    {
        *("actress", "actor", "singer", "rapper", "comedian", "pastor", "coach", "model"),
        *("artist", "writer", "author", "filmmaker", "musician", "designer", "chef"),
    }
)


#: Verbs that open an inverted attribution ("Said Jane Doe: ...", "Added Roe, ...").
_OPENING_SPEECH_VERBS = frozenset({"said", "says", "added", "adds", "asked", "asks", "wrote"})


def _trimmed_name(ent: Span) -> Span:
    """A person's name without the words the recogniser took into it: a role noun before it
    ("Founder Jane Doe", "Actress Jane Doe"; names are written without titles) or a place and
    a comma ("Lehigh, Bruce Turry"). A role and two names tagged as an organisation ("Actress
    Amandla Stenberg") are a person too."""
    if len(ent) > 1 and ent[0].lower_ in _OPENING_SPEECH_VERBS and ent[0].is_sent_start:
        # "Said Jane Doe: ...", tagged with the verb ("Said" is also a given name).
        return _trimmed_name(Span(ent.doc, ent.start + 1, ent.end, label=ent.label))
    commas = [t.i for t in ent if t.text == ","]
    if ent.label_ in ("PERSON", "ORG") and commas and ent.end - commas[-1] > 2:
        # "his best friend at Lehigh, Bruce Turry", tagged "Lehigh, Bruce Turry" (as a person
        # or an organisation): the name is what follows the comma, a given name first.
        rest = ent.doc[commas[-1] + 1 : ent.end]
        if all(t.pos_ == "PROPN" for t in rest) and (
            ent.label_ == "PERSON" or (len(rest) <= 3 and gender_of_given_name(rest[0].text))
        ):
            return Span(ent.doc, rest.start, rest.end, label="PERSON")
    first = ent[0].lower_.rstrip(".") if len(ent) > 2 else ""
    if not (first in PERSON_NOUNS or first in OCCUPATION_WORDS):
        return ent
    if ent.label_ == "PERSON":
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label)
    if (
        ent.label_ == "ORG"
        and len(ent) == 3
        and all(t.pos_ == "PROPN" for t in ent[1:])
        and ent[-1].lower_.rstrip(".") not in ORG_SUFFIXES
    ):
        return Span(ent.doc, ent.start + 1, ent.end, label="PERSON")
    return ent


#: Last words of company names ("Coach Inc.").
ORG_SUFFIXES = frozenset({"inc", "corp", "co", "llc", "ltd", "group", "company", "brands"})


def _without_headline_words(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """Names cut back to a full name the article gives elsewhere when the recogniser ran on
    into the words after it, as it does in title-case headlines ("Jane Doe Tells Voters To
    ..." tagged "Jane Doe Tells", where the article has "Jane Doe" or "Doe"); an
    organisation's, to the longest start of it that the article writes below it in any case."""
    names = {e.text for e in ents if e.label_ == "PERSON"}
    cut = []
    lower = ""
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) > 2 and _in_title_case_line(doc, ent):
            # Down to one word: "Obama Claims Hillary Most Qualified ..." is "Obama" in an
            # article that names him so.
            for end in range(ent.end - 1, ent.start, -1):
                extra = doc[end : ent.end]
                if doc[ent.start : end].text in names and not any(
                    t.lower_.rstrip(".") in NAME_SUFFIXES for t in extra
                ):
                    ent = Span(doc, ent.start, end, label=ent.label)
                    break
        elif (
            ent.label_ == "ORG"
            and len(ent) > 2
            and not any(t.lower_ in ("'s", "’s") for t in ent)  # not "Doe's Final Column Says"
            and _in_title_case_line(doc, _unspaced(ent))
        ):
            # "Obama Administration To Expand Program": the words the article writes, in any
            # case, below its headline ("the Obama administration said").
            lower = lower or doc.text.lower()
            below = lower[ent.end_char :]
            for end in range(ent.end - 1, ent.start + 1, -1):
                if lower[ent.start_char : doc[end - 1].idx + len(doc[end - 1])] in below:
                    ent = Span(doc, ent.start, end, label=ent.label)
                    break
        cut.append(ent)
    return tuple(cut)


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
    serves: set[str] = field(default_factory=set)  # whom a role of it is for ("a lawyer for Doe")

    def fullest_name(self) -> str:
        """The most frequent multi-word form ("Hillary Clinton" over a one-off "Crooked Hillary
        Clinton"), ties going to the longer; a one-word name when that is all there is. A name
        written with a quoted nickname (Robert "Bob" Doe) is the formal one: Robert Doe. A
        surname with its particle ("De Blasio") is a one-word name here."""
        if self.formal:
            return self.formal
        multi = [f for f in self.forms if len(f.split()) > 1 and not _particle_led(f)]
        multi = multi or list(self.forms) or [self.name]
        # Length without a final abbreviation's period, so that "Jr." does not tip a tie.
        best = max(multi, key=lambda f: (self.forms[f], len(f.rstrip("."))))
        # A two-word surname written more often than the full name is still that person's:
        # "Lily Eskelsen Garcia" once, then "Eskelsen Garcia" three times; "Aung San Suu Kyi",
        # then "Suu Kyi". Not a one-word epithet ("Crooked Hillary Clinton"): what stands
        # before must be a given name the census lists, or two words or more; and not when the
        # frequent form has its given name ("Star Norbert Leo Roe" in a headline).
        words = best.split()
        if gender_of_given_name(words[0]):
            return _with_middle_names(best, multi, self.forms)
        fuller = [
            f
            for f in multi
            if len(f.split()) > len(words)
            and f.split()[-len(words) :] == words
            and (len(f.split()) - len(words) > 1 or gender_of_given_name(f.split()[0]))
        ]
        if fuller:
            return max(fuller, key=lambda f: (self.forms[f], len(f)))
        return _with_middle_names(best, multi, self.forms)


def _with_middle_names(best: str, forms: list[str], counts: Counter[str]) -> str:
    """The name with the middle names or initials the article gives it somewhere ("Donald J.
    Trump" once, "Donald Trump" twice: the fuller), as the fullest name; the most frequent such
    form, ties going to the longer. Only for a given name and surname ("Jane Roe"), and only
    capitalised words between them (not "Jane 'JR' Roe", which :attr:`Entity.formal` reads)."""
    words = best.split()
    if len(words) != 2:
        return best
    fuller = [
        f
        for f in forms
        if len(w := f.split()) > 2
        and (w[0], w[-1]) == (words[0], words[-1])
        and all(m[:1].isupper() and m.replace(".", "").isalpha() for m in w[1:-1])
    ]
    return max(fuller, key=lambda f: (counts[f], len(f))) if fuller else best


#: Particles of surnames, capitalised when they open a sentence ("De Blasio said" is "Bill de
#: Blasio", not a "De" of the Blasio family; "In 't Veld", "Ten Hag"). Not "van", "al": also
#: first names (Van Jones).
NAME_PARTICLES = frozenset(
    {"de", "da", "di", "del", "der", "den", "du", "von", "le", "la", "ten", "ter", "bin", "in"}
)


def _particle_led(form: str) -> bool:
    """A surname with its particles and no given name ("De Blasio", "von Trapp", "Von der
    Leyen", "In 't Veld")."""
    words = form.replace("’", "'").split()
    return words[0].lower() in NAME_PARTICLES and all(
        w.lower() in NAME_PARTICLES or w == "'t" for w in words[:-1]
    )


_PARTY_TAG = re.compile(r"^[RDI]-[A-Z]")


_QUOTES = frozenset({'"', "“", "”"})


#: The end of a name whose last word is an abbreviation, which keeps its period ("Bloomberg
#: L.P.", "Acme Inc.", "Robert Kennedy Jr."); an initialism alone ("U.S.") is left as before.
_ABBREVIATED_END = re.compile(r"(?:\s(?:[A-Z]\.)+[A-Z]|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|Bros))$")


def _clean_name(text: str) -> str:
    # "Federal Bureau of Investigation (FBI": the recogniser ran into a parenthesis it did not
    # close; the name ends before it.
    text = re.sub(r"\s*\([^)]*$", "", text.strip()) or text
    # "Mr. Trump - 60 percent of voters say ...": a name run past a spaced dash into a figure
    # ends before the dash.
    text = re.sub(r"\s+[-–—]+\s+[^-–—]*\d[^-–—]*$", "", text) or text
    # A possessive, its mark written as an apostrophe, a closing or (a slip some outlets
    # make) an opening single quote: "Donald Trump‘s attack".
    text = re.sub(r"['’‘]s?$", "", text.strip())
    for prefix in ("the ", "The "):
        if text.startswith(prefix) and len(text.split()) > 2:
            text = text[len(prefix) :]
    name = text.strip(" ,.:;\"'“”").lstrip(_DASHES + " ")
    if text.rstrip(" ,:;\"'“”").endswith(".") and _ABBREVIATED_END.search(name):
        name += "."
    return name


#: Generational suffixes after a surname ("Luther Stan Pate IV", "Robert Kennedy Jr.").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


#: A Korean given name as English news writes it ("Ki-moon", "Jong-un"): two syllables joined
#: by a hyphen, the second in lower case. The family name comes before it ("Ban Ki-moon" is
#: "Mr. Ban").
_KOREAN_GIVEN_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


#: The Arabic article before a surname, which a later mention drops ("al-Assad", "el-Sisi").
_ARABIC_ARTICLE = re.compile(r"\b(?:al|el)-(?=[A-Z])")


def _name_key(text: str) -> str:
    """A person's surname, lower-cased: the last capitalised word but a suffix ("Jr.", "IV"),
    or the word before a Korean given name ("Ban Ki-moon"). An Arabic article is no part of
    it ("Bashar al-Assad" is "Assad" later)."""
    text = _ARABIC_ARTICLE.sub("", text.replace("’", "'"))
    words = [w for w in re.findall(r"[\w’'-]+", text) if w[0].isupper()]
    while len(words) > 1 and words[-1].lower() in NAME_SUFFIXES:
        words.pop()
    if len(words) > 1 and _KOREAN_GIVEN_NAME.match(words[-1]):
        return words[-2].lower()
    return words[-1].lower() if words else text.lower()


def acronym_of(name: str) -> str:
    """The initials of a name's capitalised words ("Alliance to Reclaim Our Schools" -> AROS)."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _compound(tok: Token) -> str:
    """A noun with the proper-noun compounds before it ("Acme Theater")."""
    parts = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return " ".join(t.text for t in [*parts, tok])


def _same_name(a: str, b: str) -> bool:
    """Names equal but for case, a leading "the" and punctuation."""

    def key(text: str) -> str:
        return re.sub(r"^the ", "", re.sub(r"[^\w ]+", "", text.casefold()).strip())

    return key(a) == key(b)


def _is_title(word: str) -> bool:
    return word.lower().rstrip(".") in TITLE_WORDS | {"mr", "mrs", "ms", "dr", "gen", "former"}


#: Titles written before several names ("Sens. A, B and C said").
PLURAL_TITLES = frozenset({"sens", "reps", "govs", "drs", "messrs"})


#: Surname prefixes written with a capital after them ("McConnell", "DeSantis", "LaHood").
_CAMEL_SURNAME = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|O')[A-Z]")


def camel_cased(name: str) -> bool:
    """Whether a one-word name has a capital after a small letter, as firms' names do
    ("SpaceX", "PayPal", "YouTube") and surnames do not, save those with a prefix
    ("McConnell", "DeSantis")."""
    return (
        " " not in name
        and re.search(r"[a-z][A-Z]", name) is not None
        and not _CAMEL_SURNAME.match(name)
    )


def is_bare_title(tok: Token) -> bool:
    """A title standing alone where a name should be: the parser may end a sentence at a
    title's period ("Sens." | "Jon Doe (D-Ore.) and Jim Roe said") and take the title for a
    subject or a mention's head."""
    word = tok.lower_.rstrip(".")
    if not tok.ent_type_ and (_is_title(word) or word in PLURAL_TITLES):
        return True
    # An abbreviated rank or title ("Sgt.", "Lt.", "Capt.", "Prof.", "Rev."), its period
    # written on it or split off, which the recogniser may tag as a name of its own ("Det");
    # not "St." (a place's "St. Louis") nor "Sr." (a suffix).
    doc = tok.doc
    period = tok.text.endswith(".") or (
        not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "."
    )
    alone = not tok.ent_type_ or (
        tok.ent_iob_ == "B" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")
    )
    return period and alone and word in _abbreviated_titles()


#: Abbreviated ranks that ``nameparser``'s titles lack ("Det. Jane Roe").
_RANKS = frozenset({"det", "insp", "supt", "cmdr", "sgts", "atty"})


@lru_cache(maxsize=1)
def _abbreviated_titles() -> frozenset[str]:
    """The titles an abbreviation before a name may stand for: ``nameparser``'s and
    :data:`_RANKS`, less "st" and "sr"."""
    return (_name_titles() | _RANKS) - {"st", "sr"}


def _last_mentions(token_key: dict[int, str], before: int) -> dict[str, int]:
    """Each entity's last mentioned token before token index ``before``."""
    last: dict[str, int] = {}
    for i, k in token_key.items():
        if i < before:
            last[k] = max(i, last.get(k, -1))
    return last


_SUBJECTS = ("nsubj", "nsubjpass")


#: Everyday occupations, outside the role nouns of political news (:data:`PERSON_NOUNS`):
#: "the singer wrote", "the 27-year-old striker told reporters". Only a definite one as a
#: speaker is read, and only as the person named as the subject of the sentence before, like
#: an age ("the 58-year-old"). As role nouns everywhere (session 29) they went as often wrong
#: as right: "the investor", "the contractor" or "the parent" are as often companies, and a
#: definite role went to the last person quoted. Those words are not in this list.
OCCUPATION_NOUNS = frozenset(
    {"singer", "actor", "actress", "artist", "musician", "rapper", "songwriter", "novelist"}
    | {"poet", "filmmaker", "comedian", "dancer", "striker", "midfielder", "goalkeeper"}
    | {"quarterback", "pitcher", "player", "coach", "athlete", "cyclist", "swimmer", "boxer"}
    | {"teacher", "nurse", "surgeon", "engineer", "farmer", "chef", "pilot", "firefighter"}
    | {"detective", "student", "photographer", "entrepreneur", "designer", "architect"}
    | {"priest", "champion", "star", "captain", "forward", "defender", "winger", "golfer"}
    | {"runner", "sprinter", "gymnast", "wrestler", "rookie", "veteran"}
    # what a politician is called for his wealth or his newness ("the billionaire said")
    | {"billionaire", "millionaire", "mogul", "tycoon", "novice", "newcomer"}
)


#: Nouns for a person by age ("the teenager said"), read as an age is.
AGE_NOUNS = frozenset(
    {"teenager", "teen", "youngster", "sexagenarian", "septuagenarian", "octogenarian"}
    | {"nonagenarian", "centenarian"}
)


def age_noun(head: Token) -> bool:
    """An age written as a noun, "the 58-year-old" (said), or a noun for one ("the
    teenager"): only a person speaks as one. The parser heads the first with the adjective
    "old"."""
    doc = head.doc
    if head.lower_ in AGE_NOUNS and head.tag_ == "NN":
        return True
    return (
        head.lower_ == "old"
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.i >= 2
        and doc[head.i - 1].text == "-"
        and doc[head.i - 2].lower_ in ("year", "years")
    )
