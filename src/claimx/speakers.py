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

import functools
import itertools
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ftfy import fix_encoding
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .doc_text import text_of
from .given_names import gender_of_given_name, lemmatizer_words
from .mentions import (
    _DASHES,
    _PARTY_TAG,
    _QUOTES,
    _SUBJECTS,
    BODY_KINDS,
    BODY_PRONOUNS,
    DOCUMENT_KINDS,
    FIRM_KINDS,
    FORMER_WORDS,
    GENDER_WORDS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    HONORIFICS,
    KIN_NOUNS,
    NAME_PARTICLES,
    NEWS_BODIES,
    OCCUPATION_NOUNS,
    ORG_LABELS,
    PARTIES,
    PARTY_ADJECTIVES,
    PARTY_COMMITTEE_NAMES,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_TITLES,
    PRONOUN_GENDER,
    RANKS,
    SPOKES_NOUNS,
    STAFF_NOUNS,
    TITLE_ROLES,
    DocView,
    Entity,
    _clean_name,
    _expand_abbreviation,
    _gender_of,
    _is_title,
    _last_mentions,
    _name_key,
    _particle_led,
    _same_name,
    acronym_of,
    age_noun,
    camel_cased,
    given_name_word,
    is_bare_title,
    quantified_group,
)
from .organisations import (
    _SECRETARIES_OF_MANY_BODIES,
    BACKER_NOUNS,
    CANDIDATE_NOUNS,
    KIND_ALONE,
    PARTY_ROLE_NOUNS,
    POST_NOUNS,
    RELATION_NOUNS,
    _affiliation_of_nominal,
    _bio_organisations,
    _campaign_name,
    _campaign_of,
    _compatible,
    _earlier_producer,
    _employer_named_after,
    _employer_of_verb,
    _ent_text,
    _is_former,
    _is_role,
    _joint_names,
    _lawmaker_of_chamber,
    _named_body,
    _organisation_after_name,
    _organisation_before_name,
    _organisation_led_by,
    _organisation_of_clause,
    _organisation_of_nominal,
    _outlet_written_for,
    _parties_from_nominals,
    _party_body,
    _party_of_name,
    _party_or,
    _party_tag,
    _party_word,
    _producer,
    _spoken_for,
    _spoken_on_behalf_of,
    _state_organisation,
    _strip_determiner,
    _title_body,
    _whose_body,
    body_renamed_after,
    demonym_countries,
    document_kind,
    government_country,
    party_meant,
    place_policed,
    surname_of_named_person,
    two_sentences_before,
    with_owner,
)
from .paragraphs import BLANK_LINE, DATELINE
from .parties import load_party_lexicon, parties_near
from .quotes import QUOTE_OFFSETS_ATTR
from .reported import CLAIMS_ATTR, SPEECH_VERBS


def _untagged_full_names(doc: Doc, clusters: dict[str, Entity]) -> None:
    """A person the article names by surname alone wherever the recogniser tagged them gets the
    full name it missed elsewhere ("Mehmet Oz — ...", untagged, then "Oz said"): the given
    names before an untagged mention of the surname, when the first is a given name."""
    for cluster in clusters.values():
        if cluster.kind != "person" or cluster.members or " " in cluster.name:
            continue
        if any(" " in form for form in cluster.forms):
            continue
        for tok in doc:
            if tok.text != cluster.name or tok.ent_type_ or tok.pos_ != "PROPN":
                continue
            given = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            if (
                given
                and all(t.text.istitle() and not t.ent_type_ for t in given)
                and gender_of_given_name(given[0].text)
                and not _is_title(given[0].text)
            ):
                cluster.forms[" ".join(t.text for t in (*given, tok))] += 0
                break


def _families(clusters: dict[str, Entity]) -> None:
    """A surname in the plural ("the Khans", "Murdochs") names the family: the people of that
    surname the article names in full, when it names two or more (else it stays what it was)."""
    for cluster in clusters.values():
        name = re.sub(r"^[Tt]he ", "", cluster.name).rstrip("'’")
        if " " in name or not name.endswith("s") or not name[:1].isupper() or cluster.members:
            continue
        stems = {name[:-1].lower(), name[:-2].lower() if name.endswith("es") else ""} - {""}
        kin = sorted(
            (
                k
                for k, c in clusters.items()
                if c.kind == "person"
                and not c.members
                and len(words := c.fullest_name().split()) > 1
                and words[-1].lower() in stems
            ),
            key=lambda k: clusters[k].first_char,
        )
        if len(kin) >= 2:
            cluster.members = tuple(kin)
            cluster.kind = "person"


def _shared_surnames(doc: Doc, ents: Sequence[Span]) -> dict[int, str]:
    """Given names that share the surname after them ("Bill and Hillary Clinton", "Khizr and
    Ghazala Khan"): by the given name's token, the name in full.

    A one-word name before "and" and a full name is a given name, not a second person known
    by surname ("Obama and Hillary Clinton"), when the article writes it with that surname
    elsewhere, or when it is a given name in the table of ``claimx.given_names`` that the
    article never uses alone elsewhere ("Clinton and Barack Obama ... Clinton said") and that no
    full name in the article ends with."""
    text = text_of(doc)
    people = [e for e in ents if e.label_ == "PERSON"]
    surnames = {e[-1].lower_ for e in people if len(e) > 1}
    starts = {e.start: e for e in people}
    found: dict[int, str] = {}
    for ent in people:
        after = starts.get(ent.end + 1)
        if len(ent) != 1 or after is None or len(after) < 2 or doc[ent.end].lower_ != "and":
            continue
        surname = after[-1].text
        full = f"{ent.text} {surname}"
        alone = any(
            t.text == ent.text
            and t.i != ent.start
            and (t.i + 1 == len(doc) or doc[t.i + 1].text != surname)
            for t in doc
        )
        given = gender_of_given_name(ent.text) and ent.text.lower() not in surnames and not alone
        if given or full in text:
            found[ent.start] = full
    return found


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
        acronym_of(c.name): k
        for k, c in clusters.items()
        if c.kind == "organisation" and len(c.name.split()) > 1
    }


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
#: A kind of body the recogniser takes into the name after it ("super PAC Priorities USA").
_LEADING_KIND = re.compile(r"^(?:[Ss]uper )?PACs? (?=[A-Z][\w-]* [A-Z])")
#: A kind the recogniser ran into a name, in lower case ("the United Steelworkers union"); not
#: one that is part of the name ("American Civil Liberties Union").
_TRAILING_KIND = re.compile(r"^((?:[A-Z][\w.&'’-]* )+)(?:union|group)$")


def _normal_organisation(org: str) -> str:
    """An organisation as the table writes it: a name only, without a leading article; the
    abbreviations of international bodies and of the United States spelled out ("E.U." ->
    European Union, "U.S." -> United States); a people named for its country ("Russians" ->
    Russia, "American" -> United States); each of several joined by "; " ("Turkey; U.S.")."""
    if "; " in org:
        return "; ".join(dict.fromkeys(filter(None, map(_normal_organisation, org.split("; ")))))
    org = _LEADING_ARTICLE.sub("", org)
    org = _LEADING_KIND.sub("", org)  # "PAC Priorities USA Action": the kind is no name
    if org[:1].islower() and not org[1:2].isupper():
        return ""  # "the group said": a body the article does not name ("eBay" is a name)
    if _described_group(org):
        return ""  # "Russian volunteer units fighting against ...": a description, no name
    if org.lower() in _SECRETARIES_OF_MANY_BODIES:
        return ""  # "Jim Doe, the Home Secretary": "Home" alone names no body
    org = _expand_abbreviation(org)
    org = PARTY_COMMITTEE_NAMES.get(org.lower(), org)
    if org in ("U.S", "U.S.", "US", "USA"):
        return "United States"
    people = org.lower()
    countries = demonym_countries()
    country = countries.get(people) or (countries.get(people[:-1]) if people.endswith("s") else "")
    return country or org


#: Small words a body's name may hold in lower case ("Bank of America", "Reporters without
#: Borders", "Médecins sans Frontières", "Corriere della Sera").
_NAME_LINKS = frozenset(
    {"of", "for", "and", "the", "on", "in", "at", "to", "a", "an", "without", "against"}
    | {"de", "du", "des", "la", "le", "sans", "y", "und", "für", "&"}
    | {"della", "di", "del", "da", "do", "dos", "das", "van", "von", "der"}
)


def _described_group(org: str) -> bool:
    """Whether an "organisation" is a description of a group, not a name: three words or
    more whose second is a lower-case word other than a name's small words ("Russian
    volunteer units fighting against the Kremlin army", "Small groups of protesters")."""
    words = org.split()
    return (
        len(words) >= 3
        and words[1][:1].islower()
        and words[1].isalpha()
        and words[1].lower() not in _NAME_LINKS
    )


def _owner_key(owner: Token, token_key: dict[int, str]) -> str:
    """The entity key of a possessor: its name's, or for a surname the recogniser left untagged
    before a curly apostrophe ("Sanders’ campaign"), the surname's."""
    return token_key.get(owner.i) or _name_key(owner.text)


def _written_of(view: DocView, person: str, campaign: str) -> bool:
    """Whether the article writes of this person's campaign: "the Doe campaign", "Doe's
    campaign", "Jane Doe's campaign"."""
    surname = campaign.rsplit(" ", 1)[0]
    text = view.text.replace("’", "'")
    forms = (campaign, f"{surname}'s campaign", f"{surname}' campaign", f"{person}'s campaign")
    # "Doe campaigned in Iowa" writes of her campaign; "Doe campaigned for Roe" of Roe's.
    return bool(campaign) and any(
        re.search(rf"\b{re.escape(form)}(?:s?\b|(?:ed|ing)\b(?! for | on behalf))", text)
        for form in forms
    )


def _sponsors(view: DocView, name: str) -> list[str]:
    """The bodies a name joins, as :func:`_joint_names` splits it; a hyphen joins two even
    when one is a single word where the article writes the name before "poll" ("a new
    Associated Press-GfK poll": the Associated Press and GfK)."""
    if "-" not in name:
        return _joint_names(name)  # only a hyphen's reading depends on the poll (no search)
    poll = re.search(re.escape(name) + r"\s+(?:poll|survey)", view.text, re.IGNORECASE)
    return _joint_names(name, poll is not None)


def _campaign_if_running(view: DocView, person: Entity) -> str:
    """The campaign of a person the article calls a candidate or nominee, or writes of a
    campaign of ("the Doe campaign"), else "": one who works for a senator or a donor does
    not speak for a campaign."""
    name = person.fullest_name()
    campaign = _campaign_name(name)
    running = person.descriptors & CANDIDATE_NOUNS or _written_of(view, name, campaign)
    return campaign if running or _has_running_mate(view, campaign) else ""


def _has_running_mate(view: DocView, campaign: str) -> bool:
    """Whether the article names the running mate of the candidate whose campaign this is
    ("Doe's running mate, Jim Roe"): one who has a running mate runs."""
    surname = campaign.rsplit(" ", 1)[0]
    return (
        bool(surname)
        and "running mate" in view.text
        and bool(re.search(rf"\b{re.escape(surname)}['’]s? running mate\b", view.text))
    )


def _given_name_of(
    clusters: dict[str, Entity], word: str, patronymic_only: bool = False
) -> str | None:
    """The key of the one person named in full whose given name ``word`` is, when ``word`` is
    a given name (``claimx.given_names``) and no one's surname: "Donald" in an article on the
    Trump family is Donald J. Trump, not a person of his own. (Any one-word name that begins
    a fuller one, tried in session 9, also took surnames that are given names.) So is the
    first name of an Arabic name with "bin" or "ibn" ("Alwaleed" for Alwaleed bin Talal), the
    name such a person is called by."""
    given = not patronymic_only and bool(gender_of_given_name(word))

    def begins(form: str) -> bool:
        words = form.split()
        if given and len(words) > 1 and words[0] == word:
            return True
        # after any titles: "Crown Prince Mohammed bin Salman"
        return any(
            words[i] == word and words[i + 1].lower() in _PATRONYMIC_LINKS
            for i in range(len(words) - 2)
        )

    keys = [k for k, c in clusters.items() if c.kind == "person" and not c.members]
    keys = [k for k in keys if any(begins(f) for f in clusters[k].forms)]
    return keys[0] if len(keys) == 1 else None


def _given_names_before_full(clusters: dict[str, Entity], token_key: dict[int, str]) -> None:
    """A given name written alone before the person's full name ("his two sons, Lachlan and
    James" ... "James Murdoch") is that person, as one written after it is
    (:func:`_given_name_of`): when the one person named in full with that given name is the
    only fit, and no one has it as a surname."""
    for key, cluster in list(clusters.items()):
        name = cluster.name
        if (
            cluster.kind != "person"
            or cluster.members
            or " " in name
            or any(" " in f for f in cluster.forms)
            or any(c.name.split()[-1] == name for k, c in clusters.items() if k != key)
        ):
            continue
        others = {k: c for k, c in clusters.items() if k != key}
        target = _given_name_of(others, name)
        if target is None or clusters[target].first_char < cluster.first_char:
            continue  # none, or one named before it, which the mention already took
        person = clusters[target]
        person.forms.update(cluster.forms)
        person.descriptors |= cluster.descriptors
        person.organisation = person.organisation or cluster.organisation
        person.gender = person.gender or cluster.gender
        person.first_char = cluster.first_char
        for i, k in token_key.items():
            if k == key:
                token_key[i] = target
        del clusters[key]


#: The words of an Arabic name that join a given name to a father's ("bin Talal").
_PATRONYMIC_LINKS = frozenset({"bin", "ibn", "bint"})


def _other_given_name(clusters: dict[str, Entity], name: str) -> str | None:
    """The key of a new person for a full name the entity recogniser missed whose surname is an
    entity's but whose given name is not ("Ivanka Trump", tagged as a work of art, after
    "Donald Trump"): the key :func:`_person_key` gives a second person of a surname, or None
    when ``name`` is no given name and surname, or is that entity's name."""
    words = [w for w in name.split() if w.lower() not in NAME_PARTICLES]
    if len(words) < 2 or _is_title(words[0]) or not gender_of_given_name(words[0]):
        return None
    if words[0].lower() in clusters:
        return None  # "Weld and Johnson": two surnames, whatever the parse joined
    surname = _name_key(name)
    known = clusters.get(surname)
    if known is None or known.kind != "person" or known.members:
        return None
    forms = [f.split() for f in (*known.forms, known.name) if len(f.split()) > 1]
    if not forms or any(f[0] == words[0] or f[-len(words) :] == words for f in forms):
        return None  # no given name to differ from, or the same one
    return f"{words[0].lower()} {surname}"


def _person_named(clusters: dict[str, Entity], name: str) -> Entity | None:
    """The person ``name`` is a form of, when the article gives that person's full name, else
    None: a surname alone, or a full name the article shows to be a person's (a gender, a
    role), not a firm's that the recogniser tagged as a person ("Lambert Partners, a hedge
    fund")."""
    entity = clusters.get(_name_key(name)) if name else None
    if entity is None or entity.kind != "person" or entity.members:
        return None
    if " " in name and not (entity.gender or entity.descriptors & PERSON_NOUNS):
        return None
    if " " not in entity.fullest_name():
        return None  # "writing on Breitbart": no person's full name, maybe no person at all
    return entity if name in entity.forms or name == entity.fullest_name() else None


#: Characters left in text decoded twice over: "Ã" and "Â" lead, C1 controls or cp1252's
#: letters ("ƒ") follow.
_MOJIBAKE = re.compile(r"[ÃÂƒ\x80-\x9f]")


def _mended(name: str) -> str:
    """``name`` with text decoded twice over mended ("FranÃ§ois" -> "François") when ftfy
    mends all of it; a name that stays garbled ("KÃ\x83rner", a byte lost) is left as written."""
    composed = unicodedata.normalize("NFC", name)  # "Ã" may be written as "A" and a tilde
    if not _MOJIBAKE.search(composed):
        return name
    mended = fix_encoding(composed)
    return name if _MOJIBAKE.search(unicodedata.normalize("NFC", mended)) else mended


def _full_form(
    clusters: dict[str, Entity], short: str, places: frozenset[str] = frozenset()
) -> str:
    """The one organisation whose name ends in the words of ``short`` and is longer, or else
    begins with them, or ""; "X Department" is the article's "Department of X"."""
    words = short.split()
    if len(words) > 1 and words[-1] == "police":
        # "Tulsa police" is the "Tulsa Police Department" the article names, if it names one.
        forces = {
            c.name
            for c in clusters.values()
            if c.kind == "organisation" and c.name.split()[: len(words)] == [*words[:-1], "Police"]
        }
        return forces.pop() if len(forces) == 1 else ""
    if len(words) > 1 and words[-1] == "Department":
        words = ["Department", "of", *words[:-1]]
        if any(c.kind == "organisation" and c.name.split() == words for c in clusters.values()):
            return " ".join(words)
    # An outlet's short name run on into its beat ("Post White House bureau chief X").
    if len(words) > 2 and words[-2:] == ["White", "House"]:
        return _full_form(clusters, " ".join(words[:-2]), places)
    # A poll's two sponsors are two names ("a Washington Post-ABC News poll": the Post).
    names = {
        part: c
        for c in clusters.values()
        if c.kind == "organisation"
        for part in (_joint_names(c.name) if "-" in c.name or "/" in c.name else (c.name,))
    }
    # Several words are short for "<Kind> of <them>" only ("Homeland Security" for the
    # Department of Homeland Security): "Republican Party" is not the "New York State
    # Republican Party" the article also names.
    longer = {
        name if name != c.name else _normal_organisation(c.fullest_name())
        for name, c in names.items()
        if len(name.split()) > len(words)
        and name.split()[-len(words) :] == words
        and (len(words) == 1 or name.split()[: -len(words)][1:] == ["of"])
    }
    longer.discard(short)  # "PAC Priorities USA Action" is "Priorities USA Action" as written
    longer = {n for n in longer if not n.endswith("White House")}  # "the House" is a chamber
    if longer:
        return longer.pop() if len(longer) == 1 else ""
    # A firm's name of two words or more without its legal or trade suffix ("Pershing Square"
    # for Pershing Square Capital Management), when only one fits; not a body's own unit
    # ("Planned Parenthood" is not its Action Fund: "Action" is no such suffix). One word is
    # read below.
    if len(words) > 1:
        suffixed = {
            _normal_organisation(c.fullest_name())
            for c in clusters.values()
            if c.kind == "organisation"
            and len(c.name.split()) > len(words)
            and c.name.split()[: len(words)] == words
            and all(w.strip(".,").lower() in FIRM_SUFFIXES for w in c.name.split()[len(words) :])
        }
        suffixed.discard(short)
        if len(suffixed) == 1:
            return suffixed.pop()
    # A one-word name that begins a longer one ("Priorities" for Priorities USA Action, "Pfizer"
    # for Pfizer Inc.), when only one fits; not an acronym or a place, whose longer names are
    # other bodies ("NBC" is not NBC News, nor "New York" the New York Times). A name of two
    # words or more is a body's own ("Planned Parenthood" is not its Action Fund), and a longer
    # name with other small words or figures in it is the recogniser's run-on ("Acme News 6").
    if len(words) > 1 or short.isupper() or short in places or short.lower() in _PREFIX_BODIES:
        return ""
    if any(
        c.kind == "person" and len(c.name.split()) > 1 and c.name.split()[-1] == short
        for c in clusters.values()
    ):
        return ""  # a person's surname ("Trump's new form", not a headline's "Trump Files ...")
    bodies = {n for n in names if n != short} | {"White House"}
    starting = {
        _normal_organisation(c.fullest_name())
        for c in clusters.values()
        if c.kind == "organisation"
        and len(c.name.split()) > 1
        and c.name.split()[0] == short
        and all(w[:1].isupper() or w in ("of", "for") for w in c.name.split())
        # Not a name run on into another body's ("Post White House bureau chief X").
        and " ".join(c.name.split()[1:]) not in bodies
    }
    starting.discard(short)
    return starting.pop() if len(starting) == 1 else ""


#: The words a firm's full name may add to its short name ("Capital Management", "Inc.").
#: Written by hand: no package lists them.
FIRM_SUFFIXES = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "company", "llc", "llp", "ltd", "plc"}
    | {"limited", "group", "holdings", "capital", "management", "partners", "associates"}
    | {"international", "pharmaceuticals", "investments", "industries", "technologies"}
)

#: One-word bodies whose names begin longer names of other bodies ("the Senate Judiciary
#: Committee", "the House Freedom Caucus").
_PREFIX_BODIES = frozenset({"senate", "house", "congress", "state"})


def _news_body(cluster: Entity) -> bool:
    """Whether a name tagged as a person's is an outlet's, a pollster's or a platform's
    (:data:`NEWS_BODIES`): every form of it is such a name, and nothing in the article makes it
    a person's (a title, a gender, a person's role noun, a given name)."""
    return (
        cluster.kind == "person"
        and bool(cluster.forms)
        and all(form.lower() in NEWS_BODIES for form in cluster.forms)
        and not cluster.gender
        and not cluster.descriptors & PERSON_NOUNS
    )


def _missed_appositive(doc: Doc, ent: Span) -> list[Token]:
    """A role after a name and a comma that the parser made a second subject of the verb,
    not an appositive ("Ban Ki-moon, the secretary general of the United Nations, spoke"); a
    plural one after a pair of names is both's ("Jane Roe and Jim Doe, both professors at
    Yale, said")."""
    subject = ent.root
    pair = subject.dep_ == "conj" or any(c.dep_ == "conj" for c in subject.children)
    if subject.dep_ == "conj":
        subject = subject.head
    end = subject.right_edge.i + 1 if pair else ent.end
    if end >= len(doc) or doc[end].text != "," or subject.dep_ not in _SUBJECTS:
        return []
    for t in doc[end + 1 : min(len(doc), end + 6)]:
        if t.dep_ == subject.dep_ and t.head.i == subject.head.i and t.pos_ == "NOUN":
            plural_if_pair = t.tag_ == "NNS" or not pair
            return [t] if t.lemma_.lower() in PERSON_NOUNS and plural_if_pair else []
    return []


def _named_chair(role: Token) -> bool:
    """A role capitalised as a named chair, which the recogniser tags as a person ("Jim Roe, the
    Arjay and Frances Miller Chair at Acme"): after "the" or "a", it is the role, not a name."""
    return role.ent_type_ == "PERSON" and any(
        c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in role.children
    )


def _opening_phrase(view: DocView, appos: Token) -> bool:
    """Whether a name's appositive is the subject of its sentence misread: the name is the
    object of a preposition that opens the sentence, and no comma closes the appositive ("In
    Tulsa, an unarmed man with his hands in the air."). It does not describe the name. A closed
    one does: "As Jane Doe, a professor at Yale, put it"."""
    root = appos.head
    prep = root.head
    doc = root.doc
    if root.dep_ != "pobj" or prep.i > root.i:
        return False
    before = doc[view.sent_start[prep.i] : prep.i]
    after = appos.right_edge.i + 1
    closed = after < len(doc) and doc[after].text in (",", ";", "—", "–", "(")
    return all(t.is_punct for t in before) and not closed  # a quote mark may open it


def _role_before_object(ent: Span) -> list[Token]:
    """The role a name is written after when the parser set it beside the role's object: "An
    attorney for Pagliano, Mark MacDougall, said" (MacDougall the attorney, not Pagliano). A
    name in apposition to another name does not describe it (as in
    :func:`_appositive_of_object`)."""
    root = ent.root
    obj = root.head
    if root.dep_ != "appos" or obj.dep_ != "pobj" or obj.pos_ != "PROPN" or obj in ent:
        return []
    prep = obj.head
    role = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in OWNER_PREPOSITIONS or role.tag_ != "NN":
        return []
    return [role] if role.lemma_.lower() in PERSON_NOUNS else []


class SpeakerResolver:
    """The ``claimx_speakers`` component: resolved speaker, speaker type and organisation."""

    def __init__(self, nlp: Language, name: str, party_lexicon: str = "default") -> None:
        self.name = name
        self.words = lemmatizer_words(nlp)  # English words, for headline epithets
        # Parties other articles state for a person (claimx.parties); None: the article's own.
        self.parties = load_party_lexicon(party_lexicon)

    def _party(self, entity: Entity) -> str:
        """A person's party: the one the article states, else the one the lexicon knows."""
        if entity.kind != "person" or entity.members:
            return ""
        if entity.organisation:
            return entity.organisation if entity.organisation in PARTIES else ""
        return self.parties.party_of(entity.fullest_name()) if self.parties else ""

    def _known_party(self, entity: Entity, named: Callable[[str], frozenset[str]]) -> str:
        """The party the lexicon knows for a person the article gives no organisation, when a
        paragraph that names the person names that party (``named``: those parties)."""
        if self.parties is None or entity.kind != "person" or entity.organisation or entity.body:
            return ""
        name = entity.fullest_name()
        party = self.parties.party_of(name)
        return party if party and party in named(name) else ""

    def __call__(self, doc: Doc) -> Doc:
        claims: list[dict[str, Any]] = doc._.get(CLAIMS_ATTR) or []
        view = DocView.of(doc)
        clusters, token_key = self._entities(doc, view)
        quotes = [c["quote"] for c in claims if c["quote_type"] != "indirect"]
        _genders_from_pronouns(doc, view, clusters, token_key, quotes)
        _genders_from_given_names(clusters)
        signatures = _signatures(doc, view, clusters, token_key)
        history: list[tuple[int, str]] = []
        resolved: list[str | None] = []
        heads: dict[int, str] = {}  # speaker head token -> the key it resolved to
        for claim in claims:
            key = None
            first = claims[claim["continues"]] if claim.get("continues") is not None else None
            mention = claim.get("speaker_mention")
            if first is not None and (not mention or mention == first.get("speaker_mention")):
                key = resolved[claim["continues"]]  # a piece of a content: its first piece's
            else:  # (a piece with a speaker of its own, "Said Ellis: ...", is resolved as one)
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
                # The writer of a signed piece quoted as "I" ("When I asked Doe ..."), whom a
                # later "he" or "she" never refers to.
                claim["by_writer"] = any(k == key for _, k in signatures) and _writer_speaks(
                    doc, claim
                )
                if claim.get("speaker_head") is not None:
                    heads.setdefault(claim["speaker_head"], key)
            else:
                claim.update(_unresolved(doc, view, _through_relative(doc, claim)))
        _parties_from_nominals(doc, view, clusters, token_key, heads)
        salience = _Salience(doc, view, clusters, token_key, heads, quotes)
        _parties_from_nominations(doc, clusters, token_key, heads, salience)
        _parties_from_others(doc, clusters, token_key, heads)
        _roles_of_subjects(doc, view, clusters, token_key, heads, salience)
        _parties_from_context(doc, clusters, token_key, salience)
        _parties_from_race(doc, clusters, token_key, heads, salience)
        _parties_from_taking_part(doc, clusters, token_key, heads, salience)
        _parties_from_race_sentences(doc, clusters, token_key)
        _employers_of_subjects(doc, clusters, token_key, heads, salience)
        _parties_in_own_words(text_of(doc), claims, resolved, clusters)
        staff_of = _staff_of_pronoun_owners(doc, view, clusters, token_key, heads, salience)
        # Names and organisations are read once every mention is resolved, so that what the
        # article says late ("the Republican nominee") holds for the claims before it too.
        paragraphs = functools.cache(lambda: BLANK_LINE.split(text_of(doc)))  # once, if needed

        def named(name: str) -> frozenset[str]:  # the parties the person's paragraphs name
            return parties_near(paragraphs(), name)

        known: set[int] = set()  # the claims whose organisation is the lexicon's
        for n, (claim, key) in enumerate(zip(claims, resolved, strict=True)):
            if key is None:
                owner = staff_of.get(claim.get("speaker_head"))  # "his advisers say"
                if owner and not claim.get("organisation"):
                    claim["organisation"] = _campaign_if_running(view, clusters[owner])
                continue
            entity = clusters[key]
            if entity.members:  # "A (D-Ohio) and B (R-Ind.)": the names joined, a shared body
                members = [clusters[m] for m in entity.members]
                claim["speaker"] = "; ".join(m.fullest_name() for m in members)
                claim["speaker_type"] = entity.kind
                stated = {m.organisation for m in members}
                orgs = {m.organisation or self._known_party(m, named) for m in members}
                # A body all of them hold, or that a plural title gives them all ("Sens. A
                # (D-Ohio) and B (R-Ind.)"), or one of them holds where the others are party
                # politicians ("A (D-Mont.) and B (R-La.)"); not one member's where another is
                # none ("Trump and Speaker Paul Ryan").
                bodies = {m.body for m in members if m.body}
                if not _opens_with_plural_title(doc, claim) and any(
                    not m.body and m.organisation not in PARTIES for m in members
                ):
                    bodies = set()
                if entity.kind == "organisation":  # "France and Germany": each speaks for itself
                    names = (m.organisation or m.fullest_name() for m in members)
                    claim["organisation"] = "; ".join(dict.fromkeys(names))
                else:
                    claim["organisation"] = _shared(orgs, bodies)
                    if claim["organisation"] != _shared(stated, bodies):
                        known.add(n)  # a party the lexicon knows for a member made it
                each = [m.organisation or m.body for m in members]
                if not claim["organisation"] and all(each) and not set(each) & PARTIES:
                    # "Maine Sen. A and Texas Rep. B": each one's own, joined, as a writer's
                    # several employers are; not where a party is stated for one (party
                    # politicians share it: "Trump and Speaker Paul Ryan").
                    claim["organisation"] = "; ".join(dict.fromkeys(each))
                role = doc[claim["speaker_head"]] if claim.get("speaker_head") is not None else None
                if not claim["organisation"] and role is not None and role.tag_ == "NNS":
                    # "The two Republican presidents": the pair's own role noun names it.
                    claim["organisation"] = _organisation_of_nominal(doc, role, view)
                continue
            claim["speaker"] = entity.fullest_name()
            claim["speaker_type"] = entity.kind
            claim["organisation"] = (
                entity.organisation
                or entity.body
                or (
                    # "a Reuters/Ipsos poll" ... "Reuters/Ipsos said": each of the two sponsors
                    "; ".join(_sponsors(view, _party_or(entity.fullest_name())))
                    if entity.kind == "organisation"
                    else ""
                )
            )
            if entity.kind == "person" and _name_key(claim["organisation"]) == key:
                # A person is not their own organisation ("Trump's" read as a possessor).
                claim["organisation"] = entity.body
            elif (employer := _person_named(clusters, claim["organisation"])) is not None:
                # "a spokesman for Sanders", "a Sanders volunteer", "Trump's running mate": the
                # campaign of a candidate (a candidate or nominee, or one the article writes of
                # a campaign of); a person is no organisation.
                claim["organisation"] = _campaign_if_running(view, employer)
            elif _has_running_mate(view, campaign := _campaign_name(claim["organisation"])):
                # "Trump's running mate, Gov. Jim Roe": the candidate's campaign, though the
                # recogniser left "Trump" no person here
                claim["organisation"] = campaign
            if not claim["organisation"] and (party := self._known_party(entity, named)):
                # Stated for this person in other articles, and this one names the party.
                claim["organisation"] = party
                known.add(n)
        # An acronym of an organisation the article names in full is that organisation
        # ("executive director of AROS").
        initials = _initials(clusters)
        places = frozenset(
            _strip_determiner(e.text) for e in view.ents if e.label_ in ("GPE", "LOC")
        )
        for n, claim in enumerate(claims):
            org = _normal_organisation(claim.get("organisation") or "")
            claim["organisation"] = org
            claim["organisation_source"] = "lexicon" if n in known else "article" if org else ""
            if org.isupper() and org in initials:
                claim["organisation"] = clusters[initials[org]].fullest_name()
            elif org[:1].isupper():
                # A short form of an organisation the article names in full ("The Post's Ruth
                # Marcus" in an article that names the Washington Post; "Homeland Security
                # Deputy Secretary X" in one that names the Department of Homeland Security),
                # or that begins it ("Priorities" for Priorities USA Action), when only one
                # fits (see :func:`_full_form`).
                claim["organisation"] = _full_form(clusters, org, places) or org
                claim["organisation"] = with_owner(view.text, claim["organisation"])
            # "the major Super PAC backing Jane Doe": a kind, capitalised, that no longer name
            # in the article ends in, names no body.
            if KIND_ALONE.match(claim["organisation"]):
                claim["organisation"] = claim["organisation_source"] = ""
            if (
                claim.get("speaker_type") == "organisation"
                and claim.get("speaker") != claim["organisation"]
                and _normal_organisation(speaker := claim.get("speaker") or "") == org
                and (claim["organisation"] != org or re.sub(r"\W", "", speaker).isupper())
            ):
                # "Pew said": the body in full too, and "The U.S. said": the United States,
                # as in the organisation column (an abbreviation, not "Americans").
                claim["speaker"] = claim["organisation"]
            if KIND_ALONE.match(claim.get("speaker") or ""):
                claim["speaker"] = ""
            # Names as a reader should see them: text decoded twice over ("FranÃ§ois") is
            # mended by ftfy. The quotes and mentions keep the article's own characters, which
            # the offsets index.
            for column in ("speaker", "organisation"):
                if claim.get(column):
                    claim[column] = _mended(claim[column])
        return doc

    # -- the article's entities ---------------------------------------------------------------
    def _entities(self, doc: Doc, view: DocView) -> tuple[dict[str, Entity], dict[int, str]]:
        clusters: dict[str, Entity] = {}
        token_key: dict[int, str] = {}
        latest_full: dict[str, str] = {}  # surname -> key of the last full name with it
        fulls: dict[str, list[str]] = {}  # surname -> keys of the full names with it, in order
        full_at: dict[str, int] = {}  # surname -> where a full name with it was last given
        nicknamed = _nicknamed_names(doc)
        shared = _shared_surnames(doc, view.ents)
        last_person: tuple[int, str] | None = None  # where the last person's name ended, its key
        for ent in _with_nicknamed(doc, view.ents, nicknamed):
            if ent.label_ not in ("PERSON", *ORG_LABELS):
                continue
            if DATELINE.match(view.text, ent.start_char):
                continue  # "JACKSON, Miss. - ...": a dateline's place
            name = shared.get(ent.start) or _clean_name(ent.text)
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
            personal = _titled_name(doc, ent) or _named_like_a_person(doc, ent, name)
            kind = "person" if ent.label_ == "PERSON" or personal else "organisation"
            if kind == "person" and not personal and camel_cased(name):
                kind = "organisation"  # "SpaceX said", tagged as a person
            if kind == "person":
                name = _without_role_words(name)  # "Moderator Hugh Hewitt" is Hugh Hewitt
                if _in_headline(doc, view, ent.start):
                    name = _without_epithet(name, view.text, self.words)  # "Derelict Obama"
            if kind == "person" and _names_a_building(name):
                kind = "organisation"  # "Trump Tower", tagged as a person: a place, not a "he"
            if kind == "organisation":
                # "super PAC Priorities USA Action": the kind is no part of the name.
                name = _TRAILING_KIND.sub(
                    r"\1", _LEADING_KIND.sub("", _expand_abbreviation(name))
                ).strip()
            # A surname with its particle ("De Blasio" in a headline, tagged as an organisation)
            # is keyed as a surname, so that the person named in full later is the same one.
            particled = len(name.split()) > 1 and _particle_led(name)
            surname_alone = len(name.split()) == 1 or particled
            key = _name_key(name) if kind == "person" or particled else name.lower()
            before = {t.lower_.rstrip(".") for t in doc[max(0, ent.start - 1) : ent.start]}
            title_gender = _gender_of(before | {w.lower().rstrip(".") for w in name.split()})
            # Was a full name with this surname given in this sentence or the one before?
            surname = _name_key(name)
            at = full_at.get(surname)
            sent = view.sent_start[ent.start]
            recent = at is not None and at >= (view.sent_start[sent - 1] if sent > 0 else 0)
            if kind == "person":
                key = _person_key(name, key, clusters, latest_full, fulls, title_gender, recent)
                if len(name.split()) > 1:
                    full_at[surname] = ent.start
                elif key not in clusters and surname not in latest_full:
                    key = _given_name_of(clusters, name) or key  # "Donald" for Donald Trump
            # A one-word ORG that matches a person's surname is that person.
            if kind != "person" and surname_alone:
                key_p = _person_key(
                    name, surname, clusters, latest_full, fulls, title_gender, recent
                )
                if key_p in clusters and clusters[key_p].kind == "person":
                    key = key_p
                elif all(w.lower() in _ROLE_WORDS for w in name.split()[:-1]) and (
                    given := _given_name_of(clusters, name.split()[-1], patronymic_only=True)
                ):
                    # "(Prince) Alwaleed", tagged as a body, after Alwaleed bin Talal; not any
                    # given name so tagged ("Melania" made Melania Trump salient enough to take
                    # "Trump said" from Donald Trump in an article about her).
                    key = given
            cluster = clusters.get(key)
            if cluster is None:
                cluster = clusters[key] = Entity(name, kind, ent.start_char)
            elif (
                kind == "person"
                and cluster.kind == "organisation"
                and (" " not in cluster.name or _particle_led(cluster.name))
            ):
                # A surname tagged as an organisation first ("The real Doe" in a headline),
                # then named as a person: that person.
                cluster.kind = "person"
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
        self._describe_untagged_surnames(doc, view, clusters, token_key)
        # Names tagged as organisations but described as people ("fighter, callsign Kholod").
        for cluster in clusters.values():
            if cluster.kind != "person" and cluster.descriptors & PERSON_NOUNS:
                cluster.kind = "person"
            elif _news_body(cluster):
                cluster.kind = "organisation"  # "Politico reported", tagged as a person
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
                    # not two bodies the recogniser ran together ("Alphabet and Facebook")
                    and not {"and", "&"} & set(c.name.split()[: -len(words)])
                    and c.first_char < cluster.first_char
                ]
                full = longer[0] if len(longer) == 1 else None
            if full and full != key:
                for i, k in token_key.items():
                    if k == key:
                        token_key[i] = full
        _families(clusters)
        _untagged_full_names(doc, clusters)
        _given_names_before_full(clusters, token_key)
        return clusters, token_key

    def _describe_untagged_surnames(
        self, doc: Doc, view: DocView, clusters: dict[str, Entity], token_key: dict[int, str]
    ) -> None:
        """A surname the recogniser left untagged, set off by a role ("Doe, the head of Acme,
        ..."), describes the one person of that surname the article names in full."""
        for tok in doc:
            if tok.ent_type_ or tok.pos_ != "PROPN" or tok.i in token_key or not tok.is_title:
                continue
            roles = [c for c in tok.children if c.dep_ == "appos"]
            if not any(c.lemma_.lower() in PERSON_NOUNS for c in roles):
                continue
            people = [
                c
                for c in clusters.values()
                if c.kind == "person" and " " in c.name and c.name.split()[-1] == tok.text
            ]
            if len(people) == 1:
                self._describe(doc, view, doc[tok.i : tok.i + 1], people[0])

    def _describe(self, doc: Doc, view: DocView, ent: Span, cluster: Entity) -> None:
        """Collect nominal descriptors and an organisation for a named entity mention."""
        root = ent.root
        nominals: list[Token] = []
        for child in root.children:
            # A role capitalised as a title is a role too ("the Republican National
            # Committeeman from Utah"), of a person and outside a title-case headline.
            role = child.pos_ == "NOUN" or (
                child.pos_ == "PROPN"
                and (not child.ent_type_ or _named_chair(child))
                and child.lemma_.lower() in PERSON_NOUNS
                and cluster.kind == "person"
                and not _in_headline(doc, view, child.i)
            )
            # Not a quantity ("about Sanders, 73 percent to 63 percent").
            quantity = any(c.dep_ == "nummod" for c in child.children)
            if child.dep_ == "appos" and role and not quantity and not _opening_phrase(view, child):
                nominals.append(child)
        if root.dep_ == "appos" and (
            root.head.pos_ == "NOUN"
            # "The Turkish President, Recep Tayyip Erdogan": a role capitalised as a title,
            # set off from the name by a comma (not "U.S. Vice President Joe Biden").
            or (
                root.head.pos_ == "PROPN"
                and not root.head.ent_type_
                and root.head.lemma_.lower() in PERSON_NOUNS
                and root.head.i + 1 < ent.start
                and doc[root.head.i + 1].text == ","
            )
        ):
            nominals.append(root.head)
        if root.dep_ == "conj" and root.head.ent_type_ == "PERSON":
            # "Richard Alba and Nancy Foner, sociologists at Acme": the plural role after the
            # pair, which the parser hangs on the first name, is the second's too.
            nominals.extend(
                c
                for c in root.head.children
                if c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NNS"
            )
        nominals.extend(_missed_appositive(doc, ent))
        nominals.extend(_role_before_object(ent))
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
            if role is None and t.i == ent.start - 1 and t.pos_ == "PROPN" and t.is_title:
                # A capitalised role written as a title, its last word just before the name:
                # "Attorney General Eric Doe" ... "the attorney general".
                role = t.lower_ if t.lower_ in PERSON_NOUNS else None
            # Not across a preposition: in "the senator from Vermont" the title is not the
            # place's, and a place so described is no person.
            # Nor across a verb: in the headline "Judge rejects New York Times request" the
            # title is the subject's, and the newspaper is no judge.
            between = doc[t.i + 1 : ent.start]
            if (
                role
                and (t.i < ent.start or len(ent) > 1)
                and all(x.pos_ not in ("ADP", "VERB", "AUX") for x in between)
            ):
                cluster.descriptors.add(role)  # "Sen. Jane Doe" ... "the senator"
        for nom in nominals:
            if nom.lemma_.lower() in DOCUMENT_KINDS:
                continue  # a document the parser hung on the name ("Doe, in a poll last month")
            cluster.descriptors.add(nom.lemma_.lower())
            _state_organisation(doc, view, nom, cluster)
            cluster.serves.update(  # "a spokeswoman for Tom Moore": Moore
                obj.text.casefold()
                for prep in nom.children
                if prep.dep_ == "prep" and prep.lower_ in OWNER_PREPOSITIONS
                for obj in prep.children
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN"
            )
        for child in root.children:
            if child.dep_ == "appos" and (found := _misparsed_owned_role(doc, child)):
                # "Jim Roe, Democracy for America's director": parsed as "Democracy" with the
                # phrase "for America's director".
                cluster.descriptors.add(found[0])
                cluster.organisation = cluster.organisation or found[1]
        if tag := _party_tag(view, ent):
            # A party tag wins over any other role stated for the person ("Rep. Jane Doe
            # (D-Va.), chairman of the Acme Caucus PAC"): it is the affiliation the tag was
            # written to give.
            cluster.organisation = tag
        for child in root.children:
            if child.dep_ == "relcl" and not cluster.organisation:
                cluster.organisation = _organisation_of_clause(doc, child, view) or _whose_body(
                    doc, child
                )  # "who heads Y", "whose firm, Y, ..."
        if not cluster.organisation:
            cluster.organisation = _employer_named_after(doc, ent)  # "Roe's firm, Acme"
        if not cluster.organisation:
            cluster.organisation = _organisation_led_by(doc, ent)  # "Acme, founded by Roe"
        if not cluster.organisation:
            cluster.organisation = _spoken_on_behalf_of(doc, ent)  # "speaking on behalf of"
        if not cluster.organisation:
            cluster.organisation = _party_of_name(doc, view, ent)
        if not cluster.organisation:
            cluster.organisation = _organisation_before_name(doc, view, ent)
        if not cluster.organisation:
            cluster.organisation = _outlet_written_for(doc, ent)  # "Jim Roe wrote on Acme"
        if not cluster.organisation or not cluster.body:
            org, body = _organisation_after_name(doc, view, ent)  # "Jim Roe of Acme"
            cluster.organisation = cluster.organisation or org
            cluster.body = cluster.body or body
        if not cluster.body:
            cluster.body = _title_body(doc, view, ent)
        org = cluster.organisation
        if _in_headline(doc, view, ent.start) and org and surname_of_named_person(view, org):
            cluster.organisation = ""  # "Clinton, Trump clash": a second person, read as a body
        if not cluster.organisation and (
            any(t.lower_ in SPOKES_NOUNS for t in doc[max(0, ent.start - 2) : ent.start + 1])
            or _bare_chief_title(doc, ent)
        ):
            # "Spokeswoman Jane Roe", "Acme warned ... Chief Executive Jane Roe said"
            cluster.organisation = _spoken_for(doc, view, ent.start)
        if not cluster.organisation and (roles := cluster.descriptors & PARTY_ROLE_NOUNS.keys()):
            cluster.organisation = PARTY_ROLE_NOUNS[min(roles)]  # "Jane Roe, a superdelegate"
        if cluster.descriptors & PERSON_NOUNS:
            cluster.kind = "person"
        if not cluster.gender:
            # A title just before the name ("Mrs. Doe", "Congressman Jim Roe"), not a role
            # across a preposition or verb: in "the chairman for Doe" the chairman is someone
            # else, and Jane Doe is no man.
            window = doc[max(0, ent.start - 2) : ent.start]
            cut = max((t.i + 1 for t in window if t.pos_ in ("ADP", "VERB", "AUX")), default=0)
            words = {t.lower_.rstrip(".") for t in window if t.i >= cut}
            if words & {"and", "&"}:  # "Mr. and Mrs. Doe" are a couple, of both genders
                words = set()
            # An honorific states the gender; else a given name does, before a role noun:
            # news writes "spokesman Jane Roe", and a kinship noun the parser hangs on a name
            # ("Jane Roe, whose son ...") is often someone else's. Not in a title-case
            # headline, where a capitalised word before the name ("'Acme' Star Jim Roe") may
            # be taken for a given name.
            cluster.gender = (
                _gender_of(words & HONORIFICS)
                or ("" if _in_headline(doc, view, ent.start) else _given_name_gender(ent.text))
                or _gender_of(words | cluster.descriptors)
            )

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
        if claim.get("label") and (key := _labelled_speaker(doc, s, e, clusters)) is not None:
            return key
        head = _past_title(doc, head, e)
        if head.pos_ == "PROPN" and document_kind(head) == "poll":
            return None  # "a Gallup Poll found": a document, which names no speaker
        if head.pos_ in ("VERB", "AUX"):
            head = _opening_name(doc, s, e, clusters, token_key) or head
        head_i = head.i
        if (owned := _named_after_possessive(doc, head, e, clusters, token_key)) is not None:
            key, body = owned
            if body.endswith(clusters[key].organisation):  # none, or the recogniser's cut
                clusters[key].organisation = body
            return key  # "Americans for Prosperity's Tom Becker said", misparsed
        if _titled_role(doc, view, head, s, e) and (
            key := _headline_role(doc, view, head, clusters, token_key, described_only=True)
        ):
            return key  # "Former White House Doctor: ..." in a headline, then Dr. Jane Doe
        keys = [
            token_key[t.i]
            for t in doc[head.left_edge.i : head.right_edge.i + 1]
            if t.i in token_key and s <= t.idx < e
        ]
        listed = _listed_speakers(
            doc,
            head,
            s,
            e,
            clusters,
            token_key,
            lambda pron: _pronoun_key(doc, view, pron, clusters, token_key, history, heads),
        )
        if listed is not None:
            return listed
        written = _names_listed_in(doc, s, e, clusters, token_key)
        if written is not None:
            return written
        if (named := _person_after_role(doc, head, e, clusters, token_key)) is not None:
            # "Vatican spokesman the Rev. John Doyle said", the role its head: its body is his.
            _state_organisation(doc, view, head, clusters[named])
            return named
        if (place := _government_of_place(head)) is not None:
            # "The city of Phoenix said": the city's government, a body, named as news
            # names it ("City of Phoenix"), not the place.
            name = f"{head.lemma_.capitalize()} of {_ent_text(doc, place)}"
            return _body_key(clusters, name, head.idx)
        if head_i not in token_key and (surnamed := _surname_alone(doc, s, e, clusters)):
            return _team_of(view, head, clusters, surnamed) or surnamed
        if _definite_demonym(head):
            # "the Spaniard told reporters": a nationality, like an everyday occupation ("the
            # singer wrote"), is the person named as the subject of the sentence before.
            people = {k: c for k, c in clusters.items() if c.kind == "person"}
            return _subject_of_sentence_before(doc, view, head, people, token_key)
        if head.lower_ in SINGLE_MEMBERS:
            # "The Republican said": a party member, not the party (nor a person named so).
            return _party_member(doc, view, head, clusters, token_key, history, heads or {})
        if head_i in token_key:
            key = token_key[head_i]
            if team := _team_of(view, head, clusters, key):
                return team
            if clusters[key].kind != "person":
                # "Tulsa police Chief Jane Doe said", parsed with the city as the head: the
                # person the title names is the speaker, the place or body only describes her.
                titled = _titled_person(doc, head, s, e, clusters, token_key)
                if titled is not None:
                    return titled
            return key
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ == "whose":
            owner = _through_relative_pronoun(owner) or owner  # "Doe, whose campaign said"
        # "Doe's team", and "the Doe team" or "the Doe camp" (the name a compound)
        named_team = owner is not None or any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children
        )
        team = head.lemma_.lower() in ("team", "camp") and view.campaign and named_team
        if head.lemma_.lower() == "campaign" or (team and (owner is None or _bare(head))):
            # "The Doe campaign", "Jane Doe's campaign", "the campaign": one name for each;
            # "her campaign" is the campaign of the woman "her" refers to; in an election
            # story, "Doe's team" and "the Doe camp" are Doe's campaign too.
            if owner is not None and owner.lower_ in ("his", "her"):
                gender = PRONOUN_GENDER[owner.lower_]
                person = _last_named(token_key, clusters, owner, gender)
                name = (
                    _campaign_name(clusters[person].fullest_name())
                    if person
                    else _campaign_of(doc, view, head)
                )
            elif owner is not None and _is_person(
                clusters, owner_key := _owner_key(owner, token_key)
            ):
                name = _campaign_name(clusters[owner_key].fullest_name())
            else:
                name = _campaign_of(doc, view, head)
            if name:
                return _body_key(clusters, name, head.idx)
        if head.lemma_.lower() == "office" and owner is not None:
            # "His office said", "Doe's office said": the office speaks for its holder.
            if _is_person(clusters, token_key.get(owner.i)):
                return token_key[owner.i]
            if owner.lower_ in ("his", "her"):
                return _pronoun_key(doc, view, owner, clusters, token_key, history, heads)
        if head.pos_ == "NOUN" and head.lemma_.lower() in GROUP_NOUNS:
            key = _named_body(doc, view, head, clusters, token_key)
            key = key or _body_that_spoke_before(doc, view, head, clusters, history)
            if key is not None:
                return key
        if (
            (head.lemma_.lower() in BODIES_NAMED_AS or _bare_business(head))
            # "Member of House panel says", parsed with the panel as the head: the member speaks.
            and not any(c.lemma_.lower() in PERSON_NOUNS for c in head.lefts)
            and not any(
                c.dep_ == "det" and c.lower_ not in ("a", "an", "the") for c in head.children
            )
            and _opens_story(doc, view, head)
            and (key := _body_introduced_after(doc, view, head, clusters, token_key))
        ):
            return key  # "A union representing flight attendants endorsed ...", then its name
        renamed = [
            t.i
            for prep in head.children
            if prep.dep_ == "prep"
            for pobj in prep.children
            if pobj.dep_ == "pobj" and (body := body_renamed_after(doc, pobj)) is not None
            for t in body
        ]
        for child in head.rights:
            if child.i in renamed:
                continue  # "A spokesman for the company, Acme Corp., said": the company's name
            # "The state's campaign chairman, Phil Lovas, said": the appositive names him.
            # Not across a colon: "RAMOS: Secretary Clinton, did you ...?" is a transcript
            # label and the words said to Clinton, though the parser may read an appositive.
            if child.dep_ == "appos" and child.i in token_key and not _colon_between(head, child):
                if child.ent_type_ == "NORP" or child.lower_ in PARTY_MEMBERS:
                    continue  # "Doe, a Republican, said", "Doe" untagged: a party, no name
                if clusters[token_key[child.i]].kind == "person":
                    _state_organisation(doc, view, head, clusters[token_key[child.i]])
                return token_key[child.i]
        named = _appositive_of_object(doc, head, e, clusters, token_key)
        named = named or _name_after_mention(doc, head, e, clusters, token_key)
        named = named or _named_by_participle(head, clusters, token_key)
        if named is not None:
            _state_organisation(doc, view, head, clusters[named])  # "a lawyer for Acme, X"
            return named
        # A lower-case word the tagger calls a proper noun ("the baker said" after a quote) is
        # a common noun: news capitalises names (a web address, "ouest-france.fr", is one).
        lower_word = head.text[:1].islower() and head.text.isalpha()
        name_like = (head.pos_ == "PROPN" and not lower_word) or _name_like(doc, head, clusters)
        if _bare_role(head):
            # "Lawmaker says ..." in a headline: a role, capitalised, not a name.
            key = _headline_role(doc, view, head, clusters, token_key)
            if key is not None or name_like:
                return key
        elif name_like:
            # A name the entity recogniser missed: the head with its proper-noun compounds.
            parts = _compound_names(doc, head)
            parts = parts or _earlier_given_names(doc, head)  # "Dr. Mehmet Oz ... Oz said"
            parts = parts or _capitalised_words_of_body(doc, head)
            # "Democracy for America": the rest of a body's name; not "Democracy" alone, which
            # another body's name may begin ("Democracy Corps").
            rest = [] if parts else _body_name_after(head, e)
            # A list's dash ("-Jane Doe thinks ...") is not part of the name.
            name = " ".join(t.text for t in [*parts, head, *rest]).lstrip(_DASHES + " ")
            key = _other_given_name(clusters, name) or _name_key(name)
            if key not in clusters and not parts and (given := _given_name_of(clusters, name)):
                return given  # "Ivanka said", after "Ivanka Trump" (untagged) spoke
            if key not in clusters:
                # News introduces a person by full name; a one-word name the article never
                # gave in full ("Politifact said") is an outlet or body more often than not.
                grouped = any(t.lower_ in GROUP_NOUNS for t in [*parts, head]) or not parts
                grouped = grouped or bool(rest)
                clusters[key] = Entity(name, "organisation" if grouped else "person", head.idx)
                clusters[key].forms[name] += 1
            party = _party_appositive(head)
            if party and clusters[key].kind == "person" and not clusters[key].organisation:
                clusters[key].organisation = party  # "Doe, a Republican, said", Doe untagged
            return _team_of(view, head, clusters, key) or key  # "Team Trump", untagged
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
        if head.pos_ == "PRON" and lower in PAIR_PRONOUNS:
            return _pair_named_before(doc, view, head, clusters, token_key)
        if head.pos_ == "PRON" and lower in BODY_PRONOUNS:
            # "It said": the organisation last named or quoted before it.
            quotes = [
                c["quote"] for c in doc._.get(CLAIMS_ATTR) or [] if c["quote_type"] != "indirect"
            ]
            # Not a body its own verb takes as object: "it taunted Twitter" is not Twitter.
            own = _own_verbs_objects(head, token_key, heads or {})
            bodies = {k: c for k, c in clusters.items() if k not in own}
            key = _recent(doc, head.idx, bodies, token_key, history, "organisation", quotes)
            return _subject_body_instead(doc, view, head, key, clusters, token_key) or key
        if head.pos_ == "PRON" and (lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS):
            return _pronoun_key(doc, view, head, clusters, token_key, history, heads)
        if head.pos_ == "NOUN" and head.tag_ == "NN" and head.lower_ in PAIR_NOUNS:
            # "The couple said": the two people named together before, as "the two men".
            return _pair_named_before(doc, view, head, clusters, token_key)
        if head.pos_ == "NOUN" and head.tag_ == "NNS" and head.lemma_.lower() in PERSON_NOUNS:
            # "The two men", "both candidates": the two people named together before; any other
            # plural ("the leading Democratic and Republican candidates") is no one person.
            return _pair_named_before(doc, view, head, clusters, token_key)
        age = age_noun(head)
        if head.pos_ in ("NOUN", "PROPN") or age:
            lemma = head.lemma_.lower()
            # Names of people inside the mention; an organisation there is a modifier ("The
            # GOP nominee"), not the speaker.
            # ("The governor, a Democrat, said": the party member is the role's holder.)
            person_keys = [
                k
                for k in keys
                if clusters[k].kind == "person"
                and not any(
                    token_key.get(t.i) == k and _party_appositive_word(t, head)
                    for t in doc[head.i : head.right_edge.i + 1]
                )
            ]
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
                key = _subject_over_object(doc, named, last_seen, token_key)
                _state_organisation(doc, view, head, clusters[key])  # "the GOP nominee"
                return key
            owner_keys = {
                token_key.get(t.i) for c in head.children if c.dep_ == "poss" for t in c.subtree
            }
            if (
                owned
                and not set(person_keys) - owner_keys
                and (key := _holder_of_role(head, fitting, owner_keys, clusters))
            ):
                return key  # "Pagliano's lawyer", after "An attorney for Pagliano, Mark Roe"
            if (
                owned
                and lemma in KIN_NOUNS
                and not set(person_keys) - owner_keys
                and (key := _relative_by_surname(owner_keys, fitting, clusters))
            ):
                return key  # "Keith Roe's wife", after "Ann Roe can be heard yelling"
            owner = next(
                (c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None
            )
            if (kin := _kin_word(head)) and owner is not None and not person_keys:
                # "His wife said", "His ex-wife agreed": the person "his" refers to, then the
                # one other person of that surname the article names, of the noun's gender.
                owner_key = _pronoun_key(doc, view, owner, clusters, token_key, history, heads)
                gender = GENDER_WORDS.get(kin, "")
                kin_fitting = {k: c for k, c in fitting.items() if c.gender in ("", gender)}
                if owner_key and (key := _relative_by_surname({owner_key}, kin_fitting, clusters)):
                    return key
            if (
                owned
                and not set(person_keys) - owner_keys
                and _opens_story(doc, view, head)
                and not _unnamed_by_request(doc, view, head)
                and (key := _introduced_after(doc, view, head, fitting, clusters, token_key))
                and key not in owner_keys
            ):
                # "Jane Doe's campaign manager says ..." opening a story or a live page's entry,
                # then "Jim Roe, in a statement, said": news names its lede's person just after.
                _state_organisation(doc, view, head, clusters[key])
                return key
            # "A spokesman for Jane Doe", "a top Jane Doe adviser": the owner written after
            # the role or before it, by name; the holder must be shown to work for that owner.
            written = {token_key.get(t.i) for o in _owners_written(head) for t in o.subtree}
            indefinite = any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in head.children)
            if (
                indefinite
                and not set(person_keys) - written
                and _opens_story(doc, view, head)
                and not _unnamed_by_request(doc, view, head)
                and (
                    (key := _holder_of_role(head, fitting, written, clusters, shown=True))
                    or (key := _introduced_after(doc, view, head, fitting, clusters, token_key))
                )
            ):
                # "A New York judge has rejected ..." in the lede, then "Justice Frank Nervo
                # rejected that argument": news names the person of its lede below it.
                _state_organisation(doc, view, head, clusters[key])  # "A top Doe adviser"
                return key
            definite = any(t.dep_ == "det" and t.lower_ in ("the", "this") for t in head.children)
            if (
                not definite
                and not indefinite
                and lemma in PERSON_NOUNS
                and not person_keys
                and not owned
                and (key := _headline_role(doc, view, head, clusters, token_key, main_only=True))
            ):
                return key  # "Former DNC chairman calls for ..." in a headline
            occupation = lemma in OCCUPATION_NOUNS and head.tag_ == "NN"
            if definite and (age or occupation) and not person_keys:
                # "the 58-year-old said", "the singer wrote" (an everyday occupation, not a
                # role of political news): no role to match, so the person named as the subject
                # of the sentence just before, as a reader takes it. The last speaker, or a name
                # further back, is too often someone else ("Jim Roe praised his wife. The former
                # teacher took the stage. ... said the 46-year-old").
                return _subject_of_sentence_before(doc, view, head, fitting, token_key)
            if definite and lemma in PERSON_NOUNS and not person_keys:
                # "The GOP nominee said": a definite role noun is the most recent person
                # speaker (news refers back to the person it is writing about).
                if affiliation and affiliation not in PARTIES:  # "the Exxon spokesman"
                    fitting = {
                        k: c
                        for k, c in fitting.items()
                        if _same_name(c.organisation, affiliation)
                        or _lawmaker_of_chamber(c, affiliation)  # "the Senate minority leader"
                    }
                elif affiliation and lemma in CANDIDATE_NOUNS:
                    # "The GOP nominee" whom the article never names as such: one of the party's
                    # people, as the article states or the party lexicon knows (the mention
                    # names the party), before anyone of no known party.
                    members = {k: c for k, c in fitting.items() if self._party(c) == affiliation}
                    fitting = members or fitting
                if _opens_story(doc, view, head):
                    # "The state attorney general is confirming ..." opening a live page's
                    # entry, then "Attorney General Jane Roe isn't saying ...": the person the
                    # entry names just after with that role, not the last one of another entry.
                    ahead = {
                        k: c
                        for k, c in fitting.items()
                        if lemma in c.descriptors and c.first_char > head.idx
                    }
                    key = _introduced_after(doc, view, head, ahead, clusters, token_key)
                    if key is not None:
                        _state_organisation(doc, view, head, clusters[key])
                        _state_party_appositive(head, clusters[key])
                        return key
                quotes = [c["quote"] for c in doc._.get(CLAIMS_ATTR) or []]
                key = _recent(doc, head.idx, fitting, token_key, history, "person", quotes)
                if key is not None and _unnamed_holder_since(doc, head, key, token_key):
                    return None  # "a senior official said ... The official added": that one
                if key is None and _opens_story(doc, view, head):
                    # "The veteran lawmaker who chairs the panel said ..." in a lede, with no
                    # one named before it: the person the story names just after it.
                    key = _introduced_after(doc, view, head, fitting, clusters, token_key)
                if key is not None:
                    _state_organisation(doc, view, head, clusters[key])  # "The GOP nominee"
                    _state_party_appositive(head, clusters[key])
                return key
        return None


def _person_after_role(
    doc: Doc, head: Token, end: int, clusters: dict[str, Entity], token_key: dict[int, str]
) -> str | None:
    """The person named right after a role noun the parser made the mention's head, with only
    "the" and titles between ("Vatican spokesman the Rev. John Doyle"), or None. Not one after
    a preposition ("a spokesman for Sen. Jane Roe"). The name may lie past the mention's
    ``end`` when the parser made it a second subject of the same verb."""
    if head.i in token_key or head.pos_ != "NOUN" or head.tag_ == "NNS":
        return None
    if head.lemma_.lower() not in PERSON_NOUNS:
        return None
    for tok in doc[head.i + 1 :]:
        key = token_key.get(tok.i)
        if key is not None:
            if clusters[key].kind != "person":
                return None
            root = tok
            while root.head.i != root.i and token_key.get(root.head.i) == key:
                root = root.head
            subject = root.dep_ in _SUBJECTS and root.head.i == head.head.i
            return key if tok.idx < end or subject else None
        if not (tok.lower_ == "the" or is_bare_title(tok) or tok.text == "."):
            return None
    return None


#: Kinds of place whose government speaks as "the city of X". Not "the state of X": in
#: political news that is most often its voters ("The state of Nevada will decide ...").
_GOVERNED_PLACES = frozenset({"city", "town", "village", "county"})


def _government_of_place(head: Token) -> Token | None:
    """The place in "the city of Phoenix" or "the county of Kent" as a speaker, or None."""
    if head.lemma_.lower() not in _GOVERNED_PLACES or head.pos_ != "NOUN":
        return None
    if [(c.dep_, c.lower_) for c in head.lefts] != [("det", "the")]:
        return None  # "the capital city of ..." , "a city of 40,000"
    prep = next((c for c in head.rights if c.dep_ == "prep"), None)
    if prep is None or prep.lower_ != "of":
        return None
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return place if place is not None and place.ent_type_ == "GPE" else None


#: Nationalities that ``countryinfo`` does not list as a country's demonym but that make a
#: people's singular with "-man" ("the Englishman", "the Scotsman").
_NATION_STEMS = frozenset({"english", "scots"})


def _demonym_man(word: str) -> bool:
    """Whether ``word`` is a nationality's "-man" or "-woman" ("Dutchman", "Frenchwoman",
    "Irishman"), which the recogniser may tag as anything but a people; not "German", "Roman"
    or "chairman", whose first part is no nationality."""
    lower = word.lower()
    stem = lower.removesuffix("woman") if lower.endswith("woman") else lower.removesuffix("man")
    return stem != lower and (stem in _NATION_STEMS or stem in demonym_countries())


#: A company's chief officers' titles, which news writes bare before a name in a story about
#: the company ("Acme cut jobs. Chief Executive Jane Roe said ...").
_CHIEF_TITLES = frozenset(
    {"chief executive", "chief executive officer", "chief financial officer", "ceo", "cfo"}
    | {"chief operating officer", "chief technology officer", "coo", "cto"}
)


def _bare_chief_title(doc: Doc, ent: Span) -> bool:
    """Whether a company's chief officer's title, and nothing else, is written right before the
    name ("Chief Executive Jane Roe", "CEO Jane Roe"); not a former one."""
    for n in (3, 2, 1):
        title = doc[max(0, ent.start - n) : ent.start]
        if len(title) == n and " ".join(t.lower_ for t in title) in _CHIEF_TITLES:
            before = doc[title.start - 1] if title.start > 0 else None
            return before is None or (
                before.lower_.rstrip("-") not in FORMER_WORDS
                and (before.is_sent_start or not before.text[:1].isupper())
            )
    return False


def _definite_demonym(head: Token) -> bool:
    """Whether ``head`` is "the" and one nationality or people's singular ("the Spaniard", "the
    Frenchman", "the 19-year-old American"), not a party's member ("the Democrat") nor part of
    a longer name."""
    lefts = list(head.lefts)
    return (
        (head.ent_type_ == "NORP" or _demonym_man(head.text))
        and head.tag_ == "NNP"
        and head.is_title
        and head.lower_ not in PARTY_MEMBERS
        and not head.lower_.endswith("s")
        and [(c.dep_, c.lower_) for c in lefts[:1]] == [("det", "the")]
        # an age or an adjective between ("the 19-year-old American", "the young Spaniard")
        and all(c.dep_ in ("amod", "nummod", "npadvmod") and c.pos_ != "PROPN" for c in lefts[1:])
    )


def _subject_body_instead(
    doc: Doc,
    view: DocView,
    pron: Token,
    key: str | None,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
) -> str | None:
    """The body named as the subject of the pronoun's own sentence, when the body found for "it"
    is named in that sentence only in another role ("Apple unveiled a thinner iPhone, which it
    said ...": Apple, not the phone the recogniser tagged as a body); else None."""
    if key is None:
        return None
    start = view.sent_start[pron.i]
    before = doc[start : pron.i]
    named = [t for t in before if token_key.get(t.i) == key]
    if not named or any(t.dep_ in _SUBJECTS for t in named):
        return None
    subjects = [
        k
        for t in before
        if t.dep_ in _SUBJECTS
        and (k := token_key.get(t.i)) is not None
        and k != key
        and clusters[k].kind == "organisation"
    ]
    return subjects[-1] if subjects else None


def _unnamed_holder_since(doc: Doc, head: Token, key: str, token_key: dict[int, str]) -> bool:
    """Whether the article introduced an unnamed holder of a definite role noun's role since it
    last named the person ``key``: in "Jim Roe said ... A senior official said ... The official
    added", the official is the unnamed one, not Roe. An indefinite role that describes a name
    ("Jane Doe, an official at Acme", "Doe is an official") is no unnamed holder."""
    roles = _same_roles(head.lemma_.lower())
    last = max((i for i, k in token_key.items() if k == key and i < head.i), default=-1)
    for t in doc[last + 1 : head.i]:
        if t.lemma_.lower() not in roles or t.pos_ != "NOUN" or t.tag_ != "NN":
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            continue
        if t.dep_ in ("appos", "attr") or t.head.i in token_key:
            continue  # it describes someone named
        if any(c.dep_ == "appos" and c.i in token_key for c in t.children):
            continue  # "an aide, Jim Roe"
        return True
    return False


#: Role nouns that name the same role: the article may give one and the mention the other.
SAME_ROLES = (
    frozenset({"lawyer", "attorney"}),
    frozenset({"spokesman", "spokeswoman"}),
    frozenset({"judge", "justice"}),
    frozenset({"doctor", "physician"}),
)


def _same_roles(lemma: str) -> frozenset[str]:
    """The role nouns that name the same role as ``lemma`` (itself among them)."""
    return next((group for group in SAME_ROLES if lemma in group), frozenset({lemma}))


#: Sentences at the top of an article (its headline and lede) that may name a person by role
#: before the story gives the name.
LEDE_SENTENCES = 3


def _in_lede(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` lies in the article's first sentences (headline and lede)."""
    for n, sent in enumerate(doc.sents):
        if n >= LEDE_SENTENCES:
            return False
        if sent.start <= tok.i < sent.end:
            return True
    return False


#: Prepositions that name whom a role serves: "a spokesman for", "an adviser to", "the
#: lawyer of".
OWNER_PREPOSITIONS = frozenset({"for", "to", "of"})


def _owners_written(head: Token) -> list[Token]:
    """The names a role noun gives its owner by, other than a possessive: the object of "for",
    "to" or "of" ("a spokesman for Jane Doe") and a proper-noun compound ("a top Jane Doe
    adviser")."""
    owners = [
        c
        for c in head.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG")
    ]  # not a place: "a New York judge" is no New York's
    owners += [
        obj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in OWNER_PREPOSITIONS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    return owners


#: A time stamp or rule on a line of its own: the start of an entry of a live page ("10:10
#: a.m.", "___"), whose first sentence is written like a lede.
ENTRY_MARK = re.compile(r"\s*(?:\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?|_{2,}\.?)\s*", re.IGNORECASE)

#: How many sentences after a lede's role noun may name its person.
NAMED_WITHIN = 2


def _opens_story(doc: Doc, view: DocView, tok: Token) -> bool:
    """Whether ``tok`` lies in the article's lede or in the first sentence of an entry of a live
    page (after a time stamp line)."""
    if _in_lede(doc, tok):
        return True
    start = view.sent_start[tok.i]
    if start == 0:
        return False
    # The line before, read from the text: the parser may cut a time stamp in two ("2:45" and
    # "p.m."). Found in place, without copying the text before it.
    text, end = view.text, doc[start].idx
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return ENTRY_MARK.fullmatch(text, text.rfind("\n", 0, end) + 1, end) is not None


def _introduced_after(
    doc: Doc,
    view: DocView,
    head: Token,
    fitting: dict[str, Entity],
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    any_noun: bool = False,
) -> str | None:
    """The person a lede's unnamed role refers to when the story names them just after it: "A
    top Jane Doe adviser says ... / Jim Roe spoke to reporters", "A former chairman says ... /
    'Now is the time,' said Jim Roe". The first person the article names after the role, in the
    next :data:`NAMED_WITHIN` sentences, who is the subject of a clause or the speaker of a
    claim; no one if that person was named before the role, or cannot be it (gender, party).
    ``any_noun``: the role is a party member's noun ("The lifelong Republican"), which is no
    role noun."""
    if not any_noun and (head.lemma_.lower() not in PERSON_NOUNS or head.tag_ != "NN"):
        return None  # "A new poll", "a number of writers"
    roles = _same_roles(head.lemma_.lower())
    speakers = {c.get("speaker_head") for c in doc._.get(CLAIMS_ATTR) or []}
    for i in _named_after(view, head, token_key):
        key = token_key[i]
        entity = clusters.get(key)
        if entity is None or entity.kind != "person" or entity.members:
            continue
        if entity.first_char < head.idx:
            continue  # named before the role: someone else the story is about
        name = [i]
        while name[-1] + 1 < len(doc) and token_key.get(name[-1] + 1) == key:
            name.append(name[-1] + 1)
        introduced = any(doc[n].dep_ in _SUBJECTS or n in speakers for n in name)
        if head.lemma_.lower() in SPOKES_NOUNS and _has_other_role(doc[name[-1]], roles):
            return None  # "A spokeswoman for the police said ... Detective Jane Roe said"
        sentence = doc[view.sent_start[i] : view.sent_end(i)]
        # "Jim Roe, a former Acme official, praised it" is not "an Acme official" now.
        former = any(t.lemma_.lower() in roles and _is_former(t) for t in sentence)
        return key if introduced and key in fitting and not former else None
    return None


def _has_other_role(name: Token, roles: frozenset[str]) -> bool:
    """Whether the person named at ``name`` (the name's last word) is given a role where they
    are named that speaks for no one: a rank or an everyday occupation as a title ("Detective
    Inspector Jane Roe") or an appositive noun other than a role of political news and other
    than ``roles`` ("Jane Roe, the lead investigator"). A staff role may be a spokeswoman's
    ("Clinton communications director Jennifer Palmieri spoke to reporters")."""
    titles = [c for c in name.children if c.dep_ == "compound"]
    appositives = [c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    return any(t.lemma_.lower() in RANKS | OCCUPATION_NOUNS for t in titles) or any(
        t.lemma_.lower() not in PERSON_NOUNS | roles for t in appositives
    )


#: Nouns for a body that a story's lede describes and its next sentences name, with the words
#: the body's name has ("A union representing flight attendants endorsed ... / the Association
#: of Flight Attendants called ...", "A House panel voted ... / The House Oversight Committee
#: voted ..."). Written by hand: news names such bodies by a handful of kind words.
BODIES_NAMED_AS: dict[str, frozenset[str]] = {
    "union": frozenset({"union", "association", "federation", "brotherhood", "guild"}),
    "panel": frozenset({"panel", "committee", "subcommittee", "commission"}),
    "committee": frozenset({"committee", "subcommittee", "panel", "commission"}),
    "court": frozenset({"court", "tribunal"}),
    "alliance": frozenset({"alliance", "coalition"}),
    "coalition": frozenset({"coalition", "alliance"}),
    "commission": frozenset({"commission", "committee", "panel"}),
    "hospital": frozenset({"hospital"}),
    "ministry": frozenset({"ministry"}),
    "agency": frozenset({"agency"}),
    "university": frozenset({"university"}),
    "council": frozenset({"council"}),
}


def _body_introduced_after(
    doc: Doc, view: DocView, head: Token, clusters: dict[str, Entity], token_key: dict[int, str]
) -> str | None:
    """The body a lede's unnamed group noun refers to when the story names it just after: the
    first organisation named in the next :data:`NAMED_WITHIN` sentences whose name has a word
    of that kind (:data:`BODIES_NAMED_AS`), or for a bare "the company" any the recogniser tags
    as an organisation (a business's name need not say what it is: '"We will appeal," the
    company said. Microsoft was fined ...'), and that is, or is named in, the subject of its
    clause; no body if that one was named before the noun. The body version of
    :func:`_introduced_after`."""
    kinds = BODIES_NAMED_AS.get(head.lemma_.lower())
    companies = {e.start for e in view.ents if e.label_ == "ORG"}
    for i in _named_after(view, head, token_key):
        key = token_key[i]
        entity = clusters.get(key)
        if entity is None or entity.kind != "organisation" or entity.members:
            continue
        if kinds is not None and not kinds & set(entity.name.lower().split()):
            continue
        if kinds is None and not any(j in companies for j in range(i - 1, i + 1)):
            continue  # "the company": a name the recogniser tags as a body, not a place
        # Named before the noun (the recogniser may have missed that mention): another body.
        before = entity.first_char < head.idx or 0 <= view.text.find(entity.name) < head.idx
        return key if _in_subject(doc[i]) and not before else None
    return None


def _named_after(view: DocView, head: Token, token_key: dict[int, str]) -> Iterator[int]:
    """The tokens of named entities in the :data:`NAMED_WITHIN` sentences after the one where
    ``head``'s phrase ends, in order."""
    sentences = 0
    for i in range(head.right_edge.i + 1, len(view.sent_start)):
        if view.sent_start[i] == i:
            sentences += 1
            if sentences > NAMED_WITHIN:
                return
        if sentences and i in token_key:
            yield i


def _in_subject(tok: Token) -> bool:
    """Whether ``tok`` is the subject of its clause or lies in the subject's noun phrase ("A
    three-judge panel of the U.S. Court of Appeals overruled ...")."""
    while tok.dep_ not in _SUBJECTS:
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            return False
        tok = tok.head
    return True


#: Words of a sentence that keeps its source unnamed on purpose ("who requested anonymity",
#: "who was not authorized to speak").
UNNAMED_WORDS = frozenset({"anonymity", "anonymously", "authorized", "authorised"})


def _unnamed_by_request(doc: Doc, view: DocView, head: Token) -> bool:
    """Whether the sentence of a role noun says its person is not named on purpose: "said a
    longtime adviser, who requested anonymity", "an aide who was not authorized to speak"."""
    sentence = doc[view.sent_start[head.i] : view.sent_end(head.i)]
    return any(t.lower_ in UNNAMED_WORDS for t in sentence)


def _kin_word(head: Token) -> str:
    """The kinship noun a mention's head is ("wife"; "ex-wife", which spaCy splits at the
    hyphen and whose head may be "ex"), else ""."""
    lemma = head.lemma_.lower()
    if lemma in KIN_NOUNS:
        return lemma
    doc = head.doc
    if head.lower_ == "ex" and head.i + 2 < len(doc) and doc[head.i + 1].text == "-":
        after = doc[head.i + 2].lemma_.lower()
        return after if after in KIN_NOUNS else ""
    return ""


def _relative_by_surname(
    owners: set[str | None], fitting: dict[str, Entity], clusters: dict[str, Entity]
) -> str | None:
    """Whose a kinship noun owned by a named person is ("Keith Roe's wife"): the one other
    person of the owner's surname the article names in full, among ``fitting`` (the noun's
    gender), else None ("Trump's son" in an article naming two of them)."""
    people = [k for k in owners if k in clusters and clusters[k].kind == "person"]
    if len(people) != 1:
        return None
    name = clusters[people[0]].fullest_name().split()
    if len(name) < 2:
        return None
    kin = [
        k
        for k, c in fitting.items()
        if k != people[0]
        and c.kind == "person"
        and len(words := c.fullest_name().split()) > 1
        and words[-1] == name[-1]
        and words[0] != name[0]
    ]
    return kin[0] if len(kin) == 1 else None


def _holder_of_role(
    head: Token,
    fitting: dict[str, Entity],
    owners: set[str | None],
    clusters: dict[str, Entity],
    shown: bool = False,
) -> str | None:
    """Who an owned role noun is ("Pagliano's lawyer", "Obama's former campaign strategist",
    "Keith Scott's wife"): the one person the article describes with that role (an appositive,
    a title) who is not the owner (``owners``: the keys named in the possessive), when there
    is exactly one among ``fitting`` (no other party or gender: "South Dakota's Republican
    governor" is not a Democratic one). One who works for someone other than a named owner is
    not the owner's ("Grayson's spokeswoman" is not the Murphy campaign's; "NATO's secretary
    general" is not the IAEA's director general). With ``shown``, for an owner written by
    name after the role or before it ("a spokesman for Doe", "a top Doe adviser"), the holder
    must be shown to work for that owner: "a former Acme official, Jim Roe" is no Acme
    official now. News names a person once with the role and refers back with it; two people
    of that role are left unresolved, as before."""
    lemma = head.lemma_.lower()
    if lemma not in PERSON_NOUNS or head.tag_ == "NNS":
        return None
    roles = _same_roles(lemma)
    # The owner's names: those of the entities named in the possessive, and its capitalised
    # words where the recogniser tagged none ("Doe's spokeswoman" at a sentence's end).
    names = {clusters[k].fullest_name().casefold() for k in owners if k in clusters}
    names |= {
        t.text.casefold()
        for c in head.children
        if c.dep_ == "poss"
        for t in c.subtree
        if t.pos_ == "PROPN"
    }
    surnames = {name.split()[-1] for name in names}

    def works_for_owner(entity: Entity) -> bool:
        if entity.serves and surnames:
            return bool(entity.serves & surnames)
        org = entity.organisation.casefold()
        if not org or not names:
            return not (shown and names)  # ``shown``: an owner named needs one stated
        return any(name in org or s in org for name in names for s in surnames)

    holders = [
        k
        for k, c in fitting.items()
        if c.kind == "person"
        and not c.members
        and c.descriptors & roles
        and k not in owners
        and works_for_owner(c)
    ]
    return holders[0] if len(holders) == 1 else None


def _subject_over_object(
    doc: Doc, named: list[str], last_seen: dict[str, int], token_key: dict[int, str]
) -> str:
    """Which of the people a definite role can be (``named``, by their last mention, the last
    last) it is: the one named last, unless that one is named there only as an object and one
    other of them is the subject of the same sentence ("Mr. Obama has grown skeptical of
    pressing Mr. Assad. ... the president has deepened his resistance": Obama, the subject,
    though "President Assad" was named last)."""
    last = named[-1]
    if last not in last_seen:
        return last
    sentence = doc[last_seen[last]].sent
    subjects = {token_key.get(t.i) for t in sentence if t.dep_ in _SUBJECTS and t.i in token_key}
    others = [k for k in named[:-1] if k in subjects]
    return others[0] if last not in subjects and len(others) == 1 else last


def _last_named(
    token_key: dict[int, str], clusters: dict[str, Entity], pron: Token, gender: str
) -> str | None:
    """The person named last before ``pron`` (a name the recogniser tagged as a person's or an
    organisation's, not a place's) and not known to be of the other gender, not counting the
    one its phrase describes ("Jim Roe, her campaign manager")."""
    ancestors = {a.i for a in pron.ancestors}
    for i in range(pron.i - 1, -1, -1):
        key = None if i in ancestors else token_key.get(i)
        c = clusters.get(key) if key is not None else None
        named = c is not None and pron.doc[i].ent_type_ in ("PERSON", "ORG") and not c.members
        if named and c.kind == "person" and c.gender in ("", gender):
            return key
    return None


def _is_person(clusters: dict[str, Entity], key: str | None) -> bool:
    return key is not None and key in clusters and clusters[key].kind == "person"


def _bare(noun: Token) -> bool:
    """A noun with no modifier but its owner or determiner ("Doe's team", not "Doe's legal
    team")."""
    return not any(c.dep_ in ("amod", "compound", "nmod") for c in noun.children)


def _pronoun_key(
    doc: Doc,
    view: DocView,
    pron: Token,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    history: list[tuple[int, str]],
    heads: dict[int, str] | None,
) -> str | None:
    """The key a personal or group pronoun refers to: for "he"/"she" the salient person of
    that gender (``_Salience``), else the last speaker or name that fits."""
    lower = pron.lower_
    want = "person" if lower in PERSON_PRONOUNS else None
    gender = PRONOUN_GENDER.get(lower)
    if gender:  # one person of that gender, not two named together
        clusters = {k: c for k, c in clusters.items() if c.gender in ("", gender) and not c.members}
    quotes = _direct_quotes(doc)
    if gender:
        salience = _Salience(doc, view, clusters, token_key, heads or {}, quotes)
        key = salience.antecedent(pron)
        if key is not None:
            return key
        # Nor, failing that, the object of its own verb ("he told Doe"), or the writer
        # quoted as "I" ("When I asked Doe if he ...").
        writer = {c["quote"][0] for c in doc._.get(CLAIMS_ATTR) or [] if c.get("by_writer")}
        excluded = salience._objects_of_own_verb(pron) | {k for c, k in history if c in writer}
        clusters = {k: c for k, c in clusters.items() if k not in excluded}
    if lower in THEY and not any(s <= pron.idx < e for s, e in quotes):
        pair = _subjects_named_before(doc, view, pron, clusters, token_key)
        if pair is not None:
            return pair
    key = _recent(doc, pron.idx, clusters, token_key, history, want, quotes)
    if lower in THEY and _is_person(clusters, key):
        return key if clusters[key].members else None  # "they" is no one person
    return key


#: The plural pronouns that stand for people named together, or for no one named.
THEY = frozenset({"they", "them", "their"})


def _first_person(tok: Token) -> bool:
    """Whether a word is "I", "we" or one of their other forms."""
    return tok.pos_ == "PRON" and tok.lower_ in _FIRST_PERSON_WORDS


_FIRST_PERSON_WORDS = frozenset({"i", "me", "my", "we", "us", "our"})


def _writer_speaks(doc: Doc, claim: dict[str, Any]) -> bool:
    """Whether a claim's speaker is the writer: "I" or "we" outside quote marks and outside
    what any other claim quotes (an "I" inside a quote is its speaker's)."""
    mention = claim.get("speaker_mention")
    if not mention:
        return False
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in ("i", "we"):
        return False
    return not _in_marks(span[0]) and not any(
        other is not claim and (q := other.get("quote")) and q[0] <= mention[0] < q[1]
        for other in doc._.get(CLAIMS_ATTR) or []
    )


def _surname_alone(doc: Doc, start: int, end: int, clusters: dict[str, Entity]) -> str | None:
    """The one person whose full name ends in the mention's single capitalised word, when the
    parser read that word as something else ("From said", for Al From)."""
    word = text_of(doc)[start:end].strip()
    if not word[:1].isupper() or not word.isalpha():
        return None
    # Every entity whose name ends in that word counts (Jane Roe and Jim Roe, or Jim Roe and
    # the Acme Roe): only one may, and it must be a person named by two words or more.
    found = [
        (k, names)
        for k, c in clusters.items()
        if not c.members and (names := c.fullest_name().split()) and names[-1] == word
    ]
    if len(found) != 1:
        return None
    ((key, names),) = found
    return key if clusters[key].kind == "person" and len(names) > 1 else None


def _opens_with_plural_title(doc: Doc, claim: dict[str, Any]) -> bool:
    """Whether the claim's speaker mention opens with a plural title ("Sens.", "Reps.")."""
    mention = claim.get("speaker_mention")
    if not mention:
        return False
    words = text_of(doc)[mention[0] : mention[1]].split()
    return bool(words) and words[0].lower().rstrip(".") in PLURAL_TITLES


def _shared(organisations: set[str], bodies: set[str]) -> str:
    """What the members of a list of names speak for: the organisation they all have, else the
    body they all hold, else none."""
    if len(organisations) == 1:
        return next(iter(organisations))
    return next(iter(bodies)) if len(bodies) == 1 else ""


def _tokens_at(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens that begin at a character offset in ``[start, end)``, in order. Read from the
    span of those offsets rather than by walking the whole Doc: the resolver asks once or more
    per claim, and the walk was a third of its time."""
    span = doc.char_span(start, end, alignment_mode="expand") if 0 <= start < end else None
    tokens = span if span is not None else doc
    return [t for t in tokens if start <= t.idx < end]


def _opening_name(
    doc: Doc, start: int, end: int, clusters: dict[str, Entity], token_key: dict[int, str]
) -> Token | None:
    """The last word of the person's name that opens a mention the parser made a clause of
    ("Sen. Jane Doe of Ohio, a candidate eliminated from winning the nomination", whose head is
    "eliminated"), after titles only; None when the mention opens otherwise."""
    found = None
    for tok in _tokens_at(doc, start, end):
        key = token_key.get(tok.i)
        if _is_person(clusters, key) and (found is None or token_key.get(found.i) == key):
            found = tok
        elif found is not None or not (tok.text[:1].isupper() or tok.is_punct):
            break
    return found


def _names_listed_in(
    doc: Doc, start: int, end: int, clusters: dict[str, Entity], token_key: dict[int, str]
) -> str | None:
    """The people a mention lists by name when the parse missed the list: "Trump, Ryan" in a
    headline, or "Donald Trump and House Speaker Paul Ryan" parsed with "House" as the
    conjunct. Only names, titles (capitalised words), commas and "and" may stand between the
    names; anything else ("Jim Roe, Jane Doe's lawyer", "a spokeswoman for Jane Doe") is no
    list. Written by hand as a fallback for the parser's own conjunctions."""
    toks = [t for t in _tokens_at(doc, start, end) if not t.is_space]
    people: list[str] = []
    first = last_end = -1
    for tok in toks:
        key = token_key.get(tok.i)
        if _is_person(clusters, key) and not clusters[key].members:
            if key not in people:
                if people and not _only_titles_between(doc[last_end + 1 : tok.i]):
                    return None
                people.append(key)
            first = tok.i if first < 0 else first
            last_end = tok.i
    if len(people) < 2:
        return None
    # Before the first name, titles only ("Sen."; not "A spokeswoman for Jane Doe, Ann Lee");
    # after the last, nothing but punctuation.
    lead = [t for t in toks if t.i < first]
    tail = [t for t in toks if t.i > last_end]
    if any(not t.is_punct for t in tail):
        return None
    if _plural_role_phrase(lead):
        lead = []  # "Democratic presidential candidates Jane Doe and Jim Roe"
    if any(not t.is_punct and t.lower_ != "the" and not t.text[:1].isupper() for t in lead):
        return None
    return _people_key(clusters, people, toks[0].idx)


def _plural_role_phrase(words: list[Token]) -> bool:
    """Whether ``words`` are a plural role noun with its modifiers only ("the Democratic
    presidential candidates", "Republican senators")."""
    if not words or words[-1].tag_ != "NNS" or words[-1].lemma_.lower() not in PERSON_NOUNS:
        return False
    return all(t.pos_ in ("DET", "ADJ", "PROPN", "NOUN") for t in words[:-1])


def _only_titles_between(between: Span) -> bool:
    """Whether the words between two names are a list's joints and titles only ("and House
    Speaker", ", Sen.", ","), with at least one joint."""
    joints = [t for t in between if t.lower_ in ("and", "&", ",")]
    others = [t for t in between if t.lower_ not in ("and", "&", ",")]
    return bool(joints) and all(
        t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") and t.ent_type_ != "PERSON"
        for t in others
    )


def _in_marks(tok: Token) -> bool:
    """Whether a token lies between quote marks (a claim's content around them does not
    count: "described Jane Doe as a 'disgrace'" names Doe outside the marks)."""
    return any(s <= tok.idx < e for s, e in tok.doc._.get(QUOTE_OFFSETS_ATTR) or [])


def _direct_quotes(doc: Doc) -> list[list[int]]:
    """The spans of words in quote marks: the claims' direct quotes and every claim-like quote
    the quote finder kept, since a claim's content may run past the marks and take in a quote
    ('recalling a bill that failed when she was a senator. "Poe and I voted for it."'). Names
    in them are what a speaker talks about, not who a pronoun after them stands for."""
    claims = doc._.get(CLAIMS_ATTR) or []
    return [c["quote"] for c in claims if c["quote_type"] != "indirect"] + list(
        doc._.get(QUOTE_OFFSETS_ATTR) or []
    )


def _subjects_named_before(
    doc: Doc, view: DocView, pron: Token, clusters: dict[str, Entity], token_key: dict[int, str]
) -> str | None:
    """The people a "they" refers to when its sentence, before it, or the sentence before
    makes two or more named people subjects together: "Cruz and Trump have used the harshest
    words. Yet they ..."; "Jane Doe accuses Obama and Jim Roe says he ..., a lashing they ...".
    The nearest such sentence wins, up to four sentences back ("Doe and Roe published a book.
    They compare ... . 'It is complex,' Doe told me. Still, they argue"); a plural noun as a
    main clause's subject on the way ("The workers were angry. They said") stops the search.
    None when there is none."""
    spans = [(view.sent_start[pron.i], pron.i)]
    words = 0  # sentences with words: a lone quote mark the parser split off is none
    while words < 4 and spans[-1][0] > 0:
        end = spans[-1][0]
        spans.append((view.sent_start[end - 1], end))
        words += any(t.is_alpha for t in doc[spans[-1][0] : end])
    for start, end in spans:
        members: list[str] = []
        for tok in doc[start:end]:
            key = token_key.get(tok.i)
            if (
                tok.dep_ in _SUBJECTS
                and tok.head.i < end
                and (tok.head.dep_ == "ROOT" or tok.head.dep_ == "conj" or tok.dep_ == "conj")
                and _is_person(clusters, key)
                and not clusters[key].members
                and key not in members
            ):
                members.append(key)
            for conj in tok.conjuncts if tok.dep_ in _SUBJECTS else ():
                k = token_key.get(conj.i)
                if _is_person(clusters, k) and not clusters[k].members and k not in members:
                    members.append(k)
        if len(members) >= 2:
            return _people_key(clusters, members, pron.idx)
        if any(_plural_subject(t, clusters, token_key) for t in doc[start:end]):
            return None  # "The workers were angry. They said": the workers
    return None


def _plural_subject(tok: Token, clusters: dict[str, Entity], token_key: dict[int, str]) -> bool:
    """Whether ``tok`` is a subject that a "they" after it may stand for, other than named
    people: a plural noun in a main clause ("The workers were angry"), a quantifier ("Many
    spoke about how they ..."), or a body in any clause ("the campaign had long coveted")."""
    if tok.dep_ not in _SUBJECTS:
        return False
    key = token_key.get(tok.i)
    if key is not None:
        return clusters[key].kind != "person"
    if tok.lower_ in ("many", "some", "most", "others", "both", "all"):
        return True
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in GROUP_NOUNS:
        return True
    return tok.head.dep_ == "ROOT" and tok.tag_ in ("NNS", "NNPS")


#: Kinds of business and outlet that news names once and then calls by the kind ("Tesla ... the
#: company", "The Advocate ... the newspaper"). Not "the commission" or "the union", which news
#: as often describes as names ("a New Hampshire ballot commission"), nor "the paper", which may
#: be a document ("the white paper ... the paper notes").
_BUSINESS_KINDS = FIRM_KINDS | {"company", "firm", "bank", "newspaper", "network"}


def _party_appositive_word(tok: Token, head: Token) -> bool:
    """Whether ``tok`` is a party member set off after ``head`` ("the governor, a Democrat")."""
    return (
        tok.dep_ == "appos"
        and tok.head.i == head.i
        and (tok.ent_type_ == "NORP" or tok.lower_ in PARTY_MEMBERS)
    )


def _state_party_appositive(head: Token, entity: Entity) -> None:
    """Give ``entity`` the party a role noun of it is set off with ("The governor, a Democrat,
    said"), unless it has an organisation."""
    if not entity.organisation and (party := _party_appositive(head)):
        entity.organisation = party


def _own_verbs_objects(
    tok: Token, token_key: dict[int, str], heads: dict[int, str]
) -> frozenset[str]:
    """The entities a subject pronoun's own verb takes as its object, which the pronoun is not
    ("he told Doe", "it taunted Acme")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return frozenset()
    objects = [c for c in tok.head.children if c.dep_ in ("dobj", "dative", "iobj")]
    return frozenset(
        key for o in objects if (key := heads.get(o.i) or token_key.get(o.i)) is not None
    )


def _bare_business(head: Token) -> bool:
    """Whether ``head`` is a bare "the company" (or another kind of business or outlet)."""
    return (
        head.lemma_.lower() in _BUSINESS_KINDS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        and not any(
            c.dep_ in ("poss", "prep", "compound", "amod") or c.ent_type_ for c in head.children
        )
    )


def _body_that_spoke_before(
    doc: Doc,
    view: DocView,
    head: Token,
    clusters: dict[str, Entity],
    history: list[tuple[int, str]],
) -> str | None:
    """The body a bare "the company" (a kind of body named by a proper name) refers back to
    when the recogniser tagged none before it: the last body that spoke in its sentence or the
    two before, as for "it said" ("Tesla reported lower sales. The company said ...", with
    "Tesla" a name the recogniser missed and the resolver read as a body)."""
    if not _bare_business(head):
        return None  # "the parent company", "the company's board", "the company in Ohio"
    start = doc[two_sentences_before(view, head)].idx
    for char, key in reversed(history):
        if start <= char < head.idx and key in clusters and clusters[key].kind == "organisation":
            return key
    return None


def _body_key(clusters: dict[str, Entity], name: str, char: int) -> str:
    """The key of a body the article names only through a description ("Doe campaign" from
    "his campaign", "City of Phoenix"), its own organisation, made the first time it is
    needed."""
    key = name.lower()
    clusters.setdefault(key, Entity(name, "organisation", char, organisation=name))
    return key


def _people_key(clusters: dict[str, Entity], members: list[str], char: int) -> str:
    """The key of the group of these people, in this order ("Jane Doe; Jim Roe"), made the
    first time it is needed."""
    key = "; ".join(members)
    if key not in clusters:
        clusters[key] = Entity(key, "person", char, members=tuple(members))
    return key


def _labelled_speaker(doc: Doc, start: int, end: int, clusters: dict[str, Entity]) -> str | None:
    """The speaker a transcript's line label names ("WALLACE:", "Sen. Doe:"): the person of
    that surname the article names, or else, for a label in capitals, a person named by the
    label itself ("RAMOS" → "Ramos"). The parser's reading of a label (often a common noun, or
    an appositive's head) says nothing about it. None for another label ("Poll: ..."), which
    is resolved as any other mention."""
    text = text_of(doc)
    label = text[start:end]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.pos_ in NOT_IN_NAMES for t in span):
        return None  # a headline's words ("CNN President On Trump: ..."), not a name
    words = [w for w in label.split() if not _is_title(w)]
    if not words:
        return None
    name = " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in words)
    key = _name_key(name)
    if key in clusters:
        return key if clusters[key].kind == "person" else None
    # A name of its own only for a label in capitals whose surname opens two turns or more
    # ("JAKE TAPPER: ..." then "TAPPER: ..."): a headline's kicker ("BOOM: ...") opens one.
    turns = sum(
        1
        for c in doc._.get(CLAIMS_ATTR) or []
        if c.get("label")
        and (m := c.get("speaker_mention"))
        and _name_key(text[m[0] : m[1]].title()) == key
    )
    if not label.isupper() or len(label) < 2 or turns < 2:
        return None
    clusters[key] = Entity(name, "person", start)
    return key


#: Parts of speech no name has: a label holding one is a headline's words.
NOT_IN_NAMES = frozenset({"ADP", "VERB", "AUX", "DET", "CCONJ", "SCONJ", "PRON", "PART"})


def _misparsed_owned_role(doc: Doc, head: Token) -> tuple[str, str] | None:
    """A role and its body's name in "Democracy for America's director", parsed as the name
    "Democracy" with the phrase "for America's director": the role noun the phrase's object
    is, and the words from the head to the possessive."""
    if head.pos_ != "PROPN":
        return None
    for prep in (c for c in head.rights if c.dep_ == "prep"):
        role = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if role is None or role.pos_ != "NOUN" or role.lemma_.lower() not in PERSON_NOUNS:
            continue
        owner = _possessor(role)
        if owner is not None:
            return role.lemma_.lower(), _words_from(doc, head, owner)
    return None


def _possessor(tok: Token) -> Token | None:
    """The possessive that owns ``tok``, written with its "'s" ("America's director")."""
    return next(
        (c for c in tok.children if c.dep_ == "poss" and any(g.tag_ == "POS" for g in c.children)),
        None,
    )


def _words_from(doc: Doc, head: Token, owner: Token) -> str:
    """The words from ``head``'s phrase to ``owner``, without a leading determiner or a quote
    mark the parser hung on the head."""
    start = head.left_edge.i
    while start < head.i and (doc[start].is_punct or doc[start].dep_ == "det"):
        start += 1
    return doc[start : owner.i + 1].text


def _named_after_possessive(
    doc: Doc, head: Token, end: int, clusters: dict[str, Entity], token_key: dict[int, str]
) -> tuple[str, str] | None:
    """The person and the body of "Americans for Prosperity's Tom Becker said", which the
    parser reads as "Americans" with a prepositional phrase ("for Prosperity's Tom Becker"):
    the person the phrase's object names, and the words from the head to the possessive, the
    body's name. None for any other mention ("a spokesman for Jane Doe": no possessive)."""
    if head.pos_ != "PROPN":
        return None
    for prep in (c for c in head.rights if c.dep_ == "prep"):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        key = token_key.get(pobj.i) if pobj is not None and pobj.idx < end else None
        if key is None or clusters[key].kind != "person" or clusters[key].members:
            continue
        owner = _possessor(pobj)
        if owner is None or token_key.get(owner.i) == key:
            continue
        return key, _words_from(doc, head, owner)
    return None


def _colon_between(left: Token, right: Token) -> bool:
    """Whether a colon stands between two tokens of one Doc."""
    return any(t.text == ":" for t in left.doc[left.i + 1 : right.i])


def _appositive_of_object(
    doc: Doc, head: Token, end: int, clusters: dict[str, Entity], token_key: dict[int, str]
) -> str | None:
    """The person named in apposition to a role's object: "An attorney for Pagliano, Mark
    MacDougall, said", parsed with MacDougall beside Pagliano. A person's name beside another
    name, or beside an organisation, does not describe it, so it names the role: the lawyer."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in PERSON_NOUNS or head.tag_ == "NNS":
        return None
    for prep in (c for c in head.rights if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and _not_a_person(c, token_key)):
            for appos in (c for c in pobj.rights if c.dep_ == "appos" and c.idx < end):
                if any(t.text == "(" for t in doc[pobj.i + 1 : appos.i]):
                    continue  # "for Sen. Jane Roe (R-Ohio)": a party tag, not a name
                key = token_key.get(appos.i)
                if key and key != token_key.get(pobj.i) and clusters[key].kind == "person":
                    return key
    return None


def _not_a_person(pobj: Token, token_key: dict[int, str]) -> bool:
    """Whether a role's object may stand beside a person's name without being described by it:
    a name ("for Pagliano, Mark MacDougall"), or a thing or place the recogniser did not tag ("his
    best friend at Lehigh, Bruce Turry"); not a role noun ("a friend of the senator, Jane Doe":
    she is the senator) nor an everyday occupation ("a spokesman for the singer Jane Doe")."""
    if pobj.i in token_key:
        return True
    word = pobj.lemma_.lower()
    return (
        word not in PERSON_NOUNS
        and word not in TITLE_ROLES
        and word not in GROUP_NOUNS
        and word not in OCCUPATION_NOUNS
    )


def _name_after_mention(
    doc: Doc, head: Token, end: int, clusters: dict[str, Entity], token_key: dict[int, str]
) -> str | None:
    """A person's name set off by commas right after a role mention that names no one
    ("According to the city's chief engineer, Maria Lopez, work will begin"), where the parser
    took the name for the subject of what follows rather than an appositive. Any singular
    noun but a document's ("engineer" is no role noun of ours, yet names a person here)."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() in DOCUMENT_KINDS:
        return None
    comma = next((t for t in doc[head.i + 1 :] if t.idx >= end), None)  # stops at the first
    if comma is None or comma.text != "," or comma.i + 1 >= len(doc):
        return None
    first = doc[comma.i + 1]
    key = token_key.get(first.i)
    if key is None or clusters[key].kind != "person" or first.ent_iob_ != "B":
        return None
    last = first.i
    while last + 1 < len(doc) and token_key.get(last + 1) == key:
        last += 1
    closing = doc[last + 1] if last + 1 < len(doc) else None
    return key if closing is not None and closing.text == "," else None


#: Participles that give the name of the noun they follow ("a worker named X").
NAMING_PARTICIPLES = frozenset({"name", "call", "identify", "know", "dub"})
#: Reflexive pronouns by which a thing names itself ("a group that calls itself Acme").
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


def _named_by_participle(
    head: Token, clusters: dict[str, Entity], token_key: dict[int, str]
) -> str | None:
    """The name a participle gives an unnamed noun: "A worker named Jane Doe said", "one
    woman, identified only as Jane, said", "a farmer called Jim Roe", "a hacker group known as
    Dark Owl"; or a clause by which it names itself ("a group that calls itself Acme Voices").
    Not a plural ("workers named in the suit"), nor a name that is another noun's (the
    participle's object)."""
    if head.pos_ != "NOUN" or head.tag_ == "NNS":
        return None
    for acl in head.rights:
        if acl.lemma_.lower() not in NAMING_PARTICIPLES:
            continue
        participle = acl.dep_ == "acl" and acl.tag_ == "VBN"
        reflexive = acl.dep_ == "relcl" and any(c.lower_ in _REFLEXIVES for c in acl.children)
        if not (participle or reflexive):
            continue
        names = [c for c in acl.children if c.dep_ in ("oprd", "attr")] + [
            pobj
            for prep in acl.children
            if prep.dep_ == "prep" and prep.lower_ == "as"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        for name in names:
            if (key := token_key.get(name.i)) is None:
                continue
            entity = clusters[key]
            if head.lemma_.lower() in PERSON_NOUNS and entity.kind != "person":
                # "a woman identified as Caroline", the name tagged as an organisation: the
                # noun says she is a person, with no organisation of her own name.
                entity.kind = "person"
                if entity.organisation == entity.name:
                    entity.organisation = ""
            return key
    return None


#: A party's member, as a noun ("the Republican", "a Democrat").
SINGLE_MEMBERS = {w: p for w, p in PARTY_MEMBERS.items() if not w.endswith("s")}


def _party_member(
    doc: Doc,
    view: DocView,
    head: Token,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    history: list[tuple[int, str]],
    heads: dict[int, str],
) -> str | None:
    """Who "the Republican" is: the person of that party or of no known party who is the
    subject of a sentence just before it (:func:`_subject_before`: "Speaker Paul Ryan says
    ... . The Wisconsin Republican said"); else the person of that party last speaking or
    named before it, else the same of no known party. The person then has the party.
    "A Democrat" names no one."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
        return None
    party = SINGLE_MEMBERS[head.lower_]
    quotes = [c["quote"] for c in doc._.get(CLAIMS_ATTR) or []]
    people = {k: c for k, c in clusters.items() if c.kind == "person"}
    compatible = {k: c for k, c in people.items() if _compatible(c, party)}
    subject = _subject_before(doc, view, head, compatible, token_key, heads)
    for same in (True, False):
        fitting = {k: c for k, c in compatible.items() if c.organisation == party or not same}
        key = subject or _recent(doc, head.idx, fitting, token_key, history, "person", quotes)
        if key is not None:
            clusters[key].organisation = clusters[key].organisation or party
            return key
    if _opens_story(doc, view, head):
        # "The lifelong Republican who wrote the speech says ..." in a lede, then "Jim Roe, a
        # former staff member, wrote ...": the person the story names just after it.
        key = _introduced_after(doc, view, head, compatible, clusters, token_key, any_noun=True)
        if key is not None:
            clusters[key].organisation = clusters[key].organisation or party
            return key
    return None


def _titled_name(doc: Doc, ent: Span) -> bool:
    """A name the entity recogniser tagged as an organisation though a person's title heads it
    ("German Chancellor Olaf Scholz", with "Olaf Scholz" as ORG): two or three capitalised
    words after a title that modifies them."""
    if ent.start == 0 or not 2 <= len(ent) <= 3 or not all(t.text[:1].isupper() for t in ent):
        return False
    title = doc[ent.start - 1]
    word = title.lower_.rstrip(".")
    return (
        not title.ent_type_
        and ent.start <= title.head.i < ent.end
        and (word in TITLE_ROLES or word in PERSON_NOUNS or _is_title(word))
    )


#: Last words of the names of buildings and venues ("Trump Tower", "Acme Plaza").
BUILDING_WORDS = frozenset(
    {"tower", "towers", "hotel", "plaza", "building", "stadium", "arena", "airport", "casino"}
    | {"resort", "mall", "museum", "library", "theater", "theatre", "cathedral", "mosque"}
)


#: Role nouns the recogniser takes into a person's name, beyond ``PERSON_NOUNS``.
_ROLE_WORDS = PERSON_NOUNS | {"moderator", "anchor", "correspondent", "panelist"} | RANKS


def _without_role_words(name: str) -> str:
    """A person's name without the capitalised role nouns the recogniser took in before it
    ("Moderator Hugh Hewitt", "Chief Justice John Roberts"); a given name is no role."""
    words = name.split()
    if len(words) > 2 and [w.lower() for w in words[:2]] in (
        ["crown", "prince"],
        ["crown", "princess"],
    ):
        words = words[2:]  # "Crown Prince Mohammed bin Salman" ("Prince" is a given name too)
    while (
        len(words) > 1
        and words[0][:1].isupper()
        and words[0].lower() in _ROLE_WORDS
        and not gender_of_given_name(words[0])
    ):
        words = words[1:]
    return " ".join(words) if len(words) < len(name.split()) else name


#: The most tokens a headline has: a first paragraph longer than this is the article's lede.
HEADLINE_TOKENS = 20


def _in_headline(doc: Doc, view: DocView, i: int) -> bool:
    """Whether token ``i`` is in the article's headline: the short text before its first
    blank line (one line or two: "Derelict Obama and Clinton; / Trump will go on offense")."""
    blank = BLANK_LINE.search(view.text)
    if blank is None or doc[i].idx >= blank.start():
        return False
    words = 0
    for tok in doc:
        if tok.idx >= blank.start():
            break
        words += not tok.is_space
    return words <= HEADLINE_TOKENS


def _is_english_word(word: str, words_of_english: frozenset[str]) -> bool:
    """Whether ``word`` or its stem without an inflection ("endorsed", "slams") is one of
    ``words_of_english`` (which holds base forms)."""
    stems = [word]
    if word.endswith("ed"):
        stems += [word[:-1], word[:-2]]  # "endorsed", "slammed" (not doubled: "slamm")
    elif word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e"]
    elif word.endswith("s"):
        stems += [word[:-1], word[:-2]]
    return word in words_of_english or any(
        stem in words_of_english for stem in stems[1:] if len(stem) > 2
    )


def _without_epithet(name: str, text: str, words_of_english: frozenset[str]) -> str:
    """A headline's name without the capitalised epithets before it ("Derelict Obama",
    "Crooked Hillary Clinton", "Young Sanders"): the leading words that are English words
    (``words_of_english``) and no given name. Not a word that is no English word ("Bernie
    Roe", "Reince Priebus": given names the census table lacks), and headlines only: a
    body names a person in full."""
    words = name.split()
    while (
        len(words) > 1
        and _is_english_word(words[0].lower(), words_of_english)
        and not gender_of_given_name(words[0])
        and not _is_title(words[0])
    ):
        words = words[1:]
    # What is left must be a name the article uses below the headline ("Trump Said ...",
    # tagged as one name, is not a person called "Said").
    blank = BLANK_LINE.search(text)
    below = text[blank.end() :] if blank else ""
    if not re.search(rf"\b{re.escape(words[-1])}\b", below):
        return name
    return " ".join(words)


def _names_a_building(name: str) -> bool:
    """Whether a name the recogniser tagged as a person's is a building's: its last word a
    building's ("Trump Tower") and its first no given name ("John Tower" is a man)."""
    words = name.split()
    return (
        len(words) > 1
        and words[-1].lower() in BUILDING_WORDS
        and not gender_of_given_name(words[0])
    )


def _named_like_a_person(doc: Doc, ent: Span, name: str) -> bool:
    """A name the recogniser tagged as an organisation that reads as a person's: two or three
    capitalised words, the first a given name of one gender (``claimx.given_names``), and the
    last written alone elsewhere in the article ("Carly Fiorina ... Fiorina said"): news refers
    back to a person by surname, to a company by its first word ("Morgan Stanley ... Morgan")."""
    words = name.split()
    if ent.label_ != "ORG" or not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if not gender_of_given_name(words[0]):
        return False
    return any(
        t.text == words[-1] and not _in_longer_name(doc, t)
        for t in doc
        if not ent.start <= t.i < ent.end
    )


def _in_longer_name(doc: Doc, tok: Token) -> bool:
    """Whether a capitalised word stands next to another ("Harvard University"), so that it
    is not a surname written alone ("Fiorina said", "Ms Fiorina")."""
    return any(
        doc[i].is_alpha
        and doc[i].text[:1].isupper()
        and not _is_title(doc[i].text)
        and (doc[i].pos_ == "PROPN" or not doc[i].is_sent_start)  # not "But Fiorina said"
        for i in (tok.i - 1, tok.i + 1)
        if 0 <= i < len(doc)
    )


def _bare_role(head: Token) -> bool:
    """A singular role noun alone, with no name or determiner, that a headline capitalises and
    the tagger may take for a name ("Lawmaker says ...", "Judge orders ...")."""
    return (
        not head.ent_type_
        and head.lemma_.lower() in PERSON_NOUNS
        and head.tag_ in ("NN", "NNP")
        and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in head.children)
    )


def _titled_role(doc: Doc, view: DocView, head: Token, start: int, end: int) -> bool:
    """A role noun with its modifiers that a headline writes as a title ("Former White House
    Doctor", "Retired General"), which the recogniser may take for a body's name: singular,
    no determiner or owner, no person named in it. (A bare one is :func:`_bare_role`.)"""
    return (
        head.lemma_.lower() in PERSON_NOUNS
        and head.tag_ in ("NN", "NNP")
        and head.text[:1].isupper()
        and any(c.dep_ in ("compound", "amod") for c in head.children)
        and not any(c.dep_ in ("det", "poss") for c in head.children)
        and not any(t.ent_type_ == "PERSON" for t in doc[head.left_edge.i : head.i + 1])
        and _in_headline(doc, view, head.i)
    )


def _headline_role(
    doc: Doc,
    view: DocView,
    head: Token,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    described_only: bool = False,
    main_only: bool = False,
) -> str | None:
    """Who a bare role noun in a headline is: the story's first paragraph introduces the
    person ("Lawmaker says ...\n\nRep. Jane Doe said ..."). The first person after the
    headline described with that role ("Judge Jim Roe"), else the subject of the first body
    sentence when it is a named person (not with ``described_only``; with ``main_only``, the
    main clause's subject only), or the person named just after a lede's same role ("A
    former chairman says ..."); outside a headline, or with none, no one."""
    body = BLANK_LINE.search(view.text, head.idx)
    if body is None or BLANK_LINE.search(view.text, 0, head.idx):
        return None  # not in a headline: a blank line comes before it, or none after it
    lemma = head.lemma_.lower()
    body_start = body.end()
    later = sorted(
        (i, k) for i, k in token_key.items() if doc[i].idx >= body_start and k in clusters
    )
    roles = _same_roles(lemma)
    for _, key in later:
        if clusters[key].kind == "person" and roles & clusters[key].descriptors:
            return key
    first = next((t for t in doc if t.idx >= body_start and not t.is_space), None)
    if first is None or described_only:
        return None  # ("Network Chief On Trump: ...", then "Trump said": no chief)
    for tok in first.sent:
        # "Former DNC chairman calls for ...\n\nA former DNC chairman says ...": the lede's
        # role, the person the story names just after it.
        if (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.pos_ == "NOUN"
            and tok.lemma_.lower() in roles
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        ):
            affiliation = _affiliation_of_nominal(doc, tok)
            fitting = {
                k: c
                for k, c in clusters.items()
                if c.kind == "person" and _compatible(c, affiliation)
            }
            return _introduced_after(doc, view, tok, fitting, clusters, token_key)
    for tok in first.sent:
        key = token_key.get(tok.i)
        if main_only and tok.head.dep_ != "ROOT":
            continue  # "The head of Acme is worried about what Jim Roe is doing": not Roe
        if tok.dep_ in ("nsubj", "nsubjpass") and key and clusters[key].kind == "person":
            return key
    return None


def _past_title(doc: Doc, head: Token, end: int) -> Token:
    """The head of a mention whose parse made a bare title its head ("Sens. Jon Doe (D-Ore.)
    and Jim Roe"): the word after it that the rest of the mention hangs from (Doe), so that
    the names, not the title, are the speaker."""
    if not is_bare_title(head):
        return head
    rest = [
        t
        for t in itertools.takewhile(lambda t: t.idx < end, doc[head.i + 1 :])
        if not t.is_punct and not t.is_space
    ]
    inside = {t.i for t in rest}
    roots = [t for t in rest if t.head.i not in inside or t.head.i == t.i]
    return next((t for t in roots if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"), head)


def _compound_names(doc: Doc, head: Token) -> list[Token]:
    """The proper nouns that make one name with ``head``: its proper-noun compounds, and the
    given names or initials right before them that hang from them ("M. Dane Waters", where
    "M." hangs from "Dane", not from "Waters")."""
    parts = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    while parts and parts[0].i > 0:
        tok = doc[parts[0].i - 1]
        if tok.dep_ != "compound" or tok.head not in parts or not given_name_word(tok):
            break
        parts.insert(0, tok)
    return parts


def _body_name_after(head: Token, end: int) -> list[Token]:
    """The words after ``head`` that finish a body's name the recogniser missed: "for" and the
    capitalised words after it ("Democracy for America", "Physicians for Human Rights"), within
    the mention (which ends at character ``end``). A name of this form is a body's, not a
    person's ("Sanders of Vermont" takes "of")."""
    prep = head.nbor(1) if head.i + 1 < len(head.doc) else None
    # In lower case: a headline's capitals ("Big Win For Doe") make no name.
    if prep is None or prep.text != "for" or prep.head.i != head.i or prep.dep_ != "prep":
        return []
    words: list[Token] = []
    for tok in head.doc[prep.i + 1 : prep.right_edge.i + 1]:
        if tok.idx >= end or not tok.is_title or tok.pos_ not in ("PROPN", "ADJ", "NOUN"):
            break
        words.append(tok)
    if any(t.ent_type_ == "PERSON" for t in words):
        return []  # "Attorneys for Clinton", capitalised at the start of a sentence
    return [prep, *words] if words else []


def _capitalised_words_of_body(doc: Doc, head: Token) -> list[Token]:
    """The capitalised words written before a body's capitalised noun as part of its name,
    "and" or "of" between them, when the recogniser missed the name ("the Central and East
    European Coalition": the parser makes "Central" and "European" modifiers, not compounds)."""
    if head.lower_ not in GROUP_NOUNS or not head.is_title:
        return []
    words: list[Token] = []
    i = head.i - 1
    while i >= head.left_edge.i and i > 0:
        tok = doc[i]
        word = tok.is_title and tok.pos_ in ("PROPN", "ADJ", "NOUN") and not tok.is_sent_start
        joining = tok.lower_ in ("and", "of", "&") and words and doc[i - 1].is_title
        if not (word or joining):
            break
        words.insert(0, tok)
        i -= 1
    return words


def _team_of(view: DocView, head: Token, clusters: dict[str, Entity], key: str) -> str | None:
    """The key of the campaign that "Team Trump" names in an election story (the person
    ``key`` is the name ``head`` ends), added to ``clusters``; None for any other mention."""
    if not (
        view.campaign
        and clusters[key].kind == "person"
        and any(c.dep_ == "compound" and c.text == "Team" for c in head.children)
        and (name := _campaign_name(clusters[key].fullest_name()))
    ):
        return None
    return _body_key(clusters, name, head.idx)


def _earlier_given_names(doc: Doc, tok: Token) -> list[Token]:
    """The given names an earlier mention of the proper noun ``tok`` had, when the entity
    recogniser missed the surname both times ("Dr. Selim Oz hosted ... Oz said" gives [Selim])."""
    for earlier in doc[: tok.i]:
        if earlier.text != tok.text or earlier.pos_ != "PROPN" or earlier.ent_type_:
            continue
        given = [
            t
            for t in earlier.lefts
            if t.dep_ == "compound"
            and t.pos_ == "PROPN"
            and t.text.istitle()
            and t.ent_type_ in ("", "PERSON")
            and not _is_title(t.text)
            and t.lower_ not in GROUP_NOUNS
        ]
        if given:
            return given
    return []


def _titled_person(
    doc: Doc,
    head: Token,
    start: int,
    end: int,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
) -> str | None:
    """The person whose name follows a title or role noun in the characters ``[start, end)``
    ("Tulsa police Chief Jane Doe", "Acme spokesman Jim Roe"), or None. A person who owns the
    body at the mention's ``head`` is not it ("Chancellor Jane Roe's Unity Party said")."""
    for tok in doc.char_span(start, end, alignment_mode="expand") or ():
        key = token_key.get(tok.i)
        if key is None or clusters[key].kind != "person" or tok.i == 0:
            continue
        if _owns(tok, head):
            continue
        before = doc[tok.i - 1]
        if token_key.get(before.i) != key and _is_role(before):
            return key
    return None


def _owns(tok: Token, head: Token) -> bool:
    """Whether ``tok`` is in a possessive that modifies ``head`` ("Jane Roe's" in "Jane Roe's
    Unity Party")."""
    node = tok
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "poss":
            return True
        node = node.head
    return False


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
    "which", past a comma and a time word ("an agent today who said"). Through an appositive
    to the name it describes ("Roe, an aide at Acme who ..."), and through "as" to the subject
    of the clause ("As someone who ..., I think" -> I)."""
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
        # Back past a comma or dash ("Acme, which", "Roe — who") and a time phrase the parser
        # then reads as the main verb's ("a real estate agent today who said ...", "in an
        # Acme poll last month, which found ...").
        i = pron.i - 1
        while i > max(0, pron.i - 5) and (
            doc[i].is_punct or doc[i].ent_type_ in ("DATE", "TIME") or doc[i].lower_ == "now"
        ):
            i -= 1
        prev = doc[i]
        if prev.pos_ in ("NOUN", "PROPN"):
            ante = prev
    if ante is None or ante.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    member = ante.pos_ == "PROPN" and ante.ent_type_ == "NORP" and ante.dep_ == "conj"
    if ante.pos_ == "NOUN" or (ante.pos_ == "PROPN" and not ante.ent_type_) or member:
        # "Roe, an agent today and an aspiring trader who felt ...": the first of the common
        # nouns joined to it (a capitalised one the tagger calls a proper noun too, or a party's
        # member: "a retired teacher and a lifelong Democrat who said"), not a named person it
        # is joined to ("Roe and others who ...").
        while (
            ante.dep_ == "conj"
            and ante.head.i < ante.i
            and (
                ante.head.pos_ in ("NOUN", "ADJ")
                or (ante.head.pos_ == "PROPN" and ante.head.is_lower)
            )
        ):
            ante = ante.head
    if ante.dep_ == "appos" and ante.head.pos_ in ("NOUN", "PROPN"):
        ante = ante.head
    if ante.pos_ == "NOUN" and ante.dep_ in ("attr", "npadvmod") and ante.head.lemma_ == "be":
        # "Jim Roe is a lawyer who said ...": the named person (or the pronoun standing for
        # one) the noun is said of, the subject of the verb "be" is joined to if it has none
        # ("Roe incites ... and is a liar who ..."); a second noun set off after the first
        # the parser may hang on "be" itself ("Roe is a newcomer, a citizen who said").
        verb = ante.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "conj":
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in ("he", "she", "they")):
            ante = subj
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


#: Pronouns for two people named before: "Both said", "each touting their record".
PAIR_PRONOUNS = frozenset({"both", "each"})
#: Singular nouns for two people ("the couple", "the pair").
PAIR_NOUNS = frozenset({"couple", "pair", "duo"})


def _pair_named_before(
    doc: Doc, view: DocView, head: Token, clusters: dict[str, Entity], token_key: dict[int, str]
) -> str | None:
    """A key for the two people "the two men", "both candidates", "the couple", or "both" and
    "each" alone refer to: the two people last named together ("Clinton and Sanders") in its
    sentence or the two before it, else, for a definite pair, the only two people named there
    ("Clinton had 49.8 percent while Sanders had 49.6 ... both candidates"); None for any other
    plural, or with more people."""
    alone = head.lower_ in PAIR_PRONOUNS and head.pos_ == "PRON"
    pair_noun = head.lower_ in PAIR_NOUNS  # "the couple": two by its meaning
    if (alone or pair_noun) and any(c.dep_ == "prep" for c in head.children):
        return None  # "two Democrats, both of whom", "a couple of aides"
    if (
        not alone
        and not pair_noun
        and not any(
            (c.dep_ == "nummod" and c.lower_ in ("two", "2")) or c.lower_ == "both"
            for c in head.children
        )
    ):
        return None
    sent = view.sent_start[head.i]
    for _ in range(2):
        sent = view.sent_start[sent - 1] if sent > 0 else 0
    members: list[str] = []
    people = [
        i
        for i in range(head.i - 1, sent - 1, -1)
        if _is_person(clusters, token_key.get(i)) and not clusters[token_key[i]].members
    ]
    for i in people:  # two names joined by "and" ("Clinton and Sanders"), in that order
        joined = [c.i for c in doc[i].conjuncts if c.i in people]
        if len(joined) > 1:
            break  # three or more named together ("Roe, Lee and Day"): no pair
        if joined and token_key[joined[0]] != token_key[i]:
            members = [token_key[min(i, joined[0])], token_key[max(i, joined[0])]]
            break
    named = list(dict.fromkeys(token_key[i] for i in reversed(people)))
    # Only a definite pair refers back ("both candidates", "the two men"); "two men who had
    # just voted" are two more people, and "both" alone only the two named together.
    definite = any(c.lower_ in ("both", "the", "these", "those") for c in head.children)
    if len(members) < 2 and len(named) == 2 and definite and not alone:
        members = named  # the only two people named, in the order named
    if len(members) < 2:
        return None
    return _people_key(clusters, members, head.idx)


def _listed_speakers(
    doc: Doc,
    head: Token,
    start: int,
    end: int,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    pronoun: Callable[[Token], str | None],
) -> str | None:
    """A key for the speakers a mention lists: people or named bodies joined by "and", "or" or
    commas ("Sens. A (D-Ohio), B (D-Ind.) and C", "France and Germany"), a pronoun among them
    being who it refers to ("He and Chairman Bob Roe"); after the first, a role noun is the
    name it introduces ("Obama and Republican nominee Donald Trump") and a kind of body the
    name before it ("The New York Times and the Gannett newspaper"). None unless two are
    named; unnamed others are left out ("Jane Doe, John Roe and other officials").

    The list must head the mention: a list deeper in it is what the mention is about ("an aide
    to A and B", "Jane Doe, a former Ohio governor and Acme adviser"), and names that modify
    its head describe who speaks ("Acme and Globex officials"). Party members and peoples
    ("Democrats and Republicans", "African-Americans") are groups, not named speakers."""

    def named(tok: Token) -> str | None:
        key = token_key.get(tok.i)
        if key is None or not start <= tok.idx < end or tok.ent_type_ == "NORP":
            return None
        cluster = clusters[key]
        if cluster.kind not in ("person", "organisation") or cluster.name.lower() in PARTY_MEMBERS:
            return None
        return key

    def first(tok: Token) -> str | None:
        if (key := named(tok)) is not None:
            return key
        if tok.pos_ == "PRON" and tok.lower_ in ("he", "she"):
            return pronoun(tok)
        return None

    def joined(tok: Token) -> str | None:
        key = first(tok)
        renamed = [
            k
            for c in tok.children
            if c.dep_ == "appos"
            and (k := named(c)) is not None
            and clusters[k].kind == "organisation"
        ]
        if key is not None and clusters[key].kind == "organisation" and renamed:
            return renamed[0]  # "Doe's super PAC, Acme USA": the body the appositive names
        if key is not None or tok.pos_ != "NOUN":
            return key
        for t in doc[tok.i + 1 : len(doc)]:  # "nominee Donald Trump", however it is parsed
            if t.idx >= end or t.pos_ != "PROPN":
                break
            if (key := named(t)) is not None and clusters[key].kind == "person":
                return key
        if tok.lemma_.lower() not in BODY_KINDS:
            return None
        before = [k for t in tok.lefts if t.dep_ == "compound" and (k := named(t)) is not None]
        if before and clusters[before[-1]].kind == "person":  # "the Gannett newspaper", misread
            name = clusters[before[-1]].fullest_name()
            key = f"{_name_key(name)} ({tok.lemma_.lower()})"
            clusters.setdefault(key, Entity(name, "organisation", tok.idx, organisation=name))
            return key
        return before[-1] if before else None

    others = {"other", "others", "another", "more", "some", "many", "several"}
    for tok in doc[head.left_edge.i : head.right_edge.i + 1]:
        if tok.dep_ == "conj" or (key := first(tok)) is None:
            continue
        if tok.head.i != tok.i and token_key.get(tok.head.i) == key:
            continue  # a word inside the name ("the Committee on Civil Liberties, Justice ...")
        if (
            tok.i != head.i
            and tok.head.i != head.i
            and named(head) != key
            and not _examples_of(tok, head)
        ):
            continue  # a list deeper in the phrase is what it is about, not who speaks
        modifier = tok.dep_ in ("compound", "amod", "nmod", "poss")
        campaigns = head.lemma_.lower() == "campaign" and head.tag_ == "NNS"
        describing = modifier and named(head) is None and not _is_title(head.text)
        if tok.i != head.i and describing and not campaigns:
            continue  # "Acme and Globex officials": the names describe who speaks
        conjuncts = [t for t in tok.conjuncts if start <= t.idx < end]
        if not conjuncts and tok.head.i == head.i and any(c.dep_ == "cc" for c in tok.children):
            conjuncts = [head]  # "Khizr and Ghazala Khan", parsed as modifiers of "Khan"
        listed = [tok, *conjuncts]
        keys = {t.i: joined(t) for t in listed}  # once: a pronoun's resolution is not cheap
        people = all(clusters[k].kind == "person" for k in keys.values() if k)
        if not people and not any(c.dep_ == "cc" for t in listed for c in t.children):
            continue  # commas alone: "Reno, Nev.", "Jane Doe, Acme Corp.", not a list
        lead = first(tok.head) if tok.dep_ == "appos" and tok.head.i == head.i else None
        if lead is not None and any(keys[t.i] is not None for t in conjuncts):
            key, conjuncts = lead, listed  # "A, B and C", parsed as A <- B <- C
        named_ones = [
            t
            for t in conjuncts
            if t.lower_ not in others and not any(c.lower_ in others for c in t.children)
        ]
        members = [key, *(k for t in named_ones if (k := keys[t.i]) is not None)]
        # "MSNBC, CNN and Fox News", the first name hung on the second as its modifier
        hung = [c for c in tok.lefts if c.dep_ in ("nmod", "compound") and doc[c.i + 1].text == ","]
        if len(members) > 1 and (hung := [k for c in hung if (k := joined(c)) is not None]):
            members = [*hung, *members]
        members = list(dict.fromkeys(members))
        if len(members) < 2:
            continue
        if campaigns and tok.i != head.i:  # "The Doe and Roe campaigns": a campaign each
            names = [_campaign_name(clusters[m].fullest_name()) for m in members]
            for name in names:
                clusters.setdefault(name.lower(), Entity(name, "organisation", tok.idx))
                clusters[name.lower()].organisation = name
            members = [name.lower() for name in names]
        key = "; ".join(members)
        if key not in clusters:
            kinds = {clusters[m].kind for m in members}
            kind = kinds.pop() if len(kinds) == 1 else "unknown"
            clusters[key] = Entity(key, kind, tok.idx, members=tuple(members))
        return key
    return None


def _examples_of(tok: Token, head: Token) -> bool:
    """Whether ``tok`` names the examples a plural head is given ("candidates like A and B",
    "groups such as A and B"): those named are who speaks."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.head.i != head.i or head.tag_ != "NNS":
        return False
    such = prep.i > 0 and tok.doc[prep.i - 1].lower_ == "such"
    return prep.lower_ == "like" or (prep.lower_ == "as" and such)


def _person_key(
    name: str,
    surname: str,
    clusters: dict[str, Entity],
    latest_full: dict[str, str],
    fulls: dict[str, list[str]] | None = None,
    title_gender: str = "",
    recent: bool = False,
) -> str:
    """The cluster key of a person's name: the surname, unless two people share it.

    "Gary Johnson" and, later, "Homeland Security Secretary Jeh Johnson" are two people; a bare
    "Johnson" is the one a title's gender allows ("Mrs. Doe" is not "John Doe"), then the one
    the article has made a subject ("John Doe said ... for his wife Jane Doe. ... Doe said" is
    John), then the one named in full in this sentence or the one before (``recent``: "Jeh
    Johnson said ... Johnson added" is Jeh), else the one named in full first: news names the
    second by first name ("Donald Trump ... Ivanka Trump, his daughter ... Trump said" is
    Donald).
    """
    fulls = {} if fulls is None else fulls
    words = [
        w.lower()
        for w in name.split()
        if w[:1].isupper() and not _is_title(w) and w.lower() not in NAME_PARTICLES
    ]
    if len(words) < 2:
        known = [k for k in dict.fromkeys(fulls.get(surname, ())) if k in clusters]
        if len(known) < 2:
            return latest_full.get(surname, surname)
        if title_gender:
            # The gender a title, or else a given name, states ("Mrs. Doe" is not Bill Doe).
            known = [k for k in known if _known_gender(clusters[k]) in ("", title_gender)] or known

        latest = latest_full.get(surname)

        def rank(k: str) -> tuple[bool, bool, bool, int]:
            c = clusters[k]
            gender = bool(title_gender) and _known_gender(c) == title_gender
            return (gender, c.subjects > 0, recent and k == latest, -known.index(k))

        return max(known, key=rank)
    cluster = clusters.get(surname)
    firsts = {
        f.split()[0].lower()
        for f in (cluster.forms if cluster else ())
        if len(f.split()) > 1 and not _is_title(f.split()[0]) and not _particle_led(f)
    }
    # The last words of a fuller name are that person ("Wasserman Schultz" after "Debbie
    # Wasserman Schultz", "Suu Kyi" after "Aung San Suu Kyi").
    ending = any(
        len(form_words) > len(words) and form_words[-len(words) :] == words
        for f in (cluster.forms if cluster else ())
        if (form_words := [w.lower() for w in f.split() if w.lower() not in NAME_PARTICLES])
    )
    same = not firsts or ending or any(w in firsts for w in words)  # "Crooked Hillary Clinton"
    key = surname if same else f"{words[0]} {surname}"
    latest_full[surname] = key
    fulls.setdefault(surname, []).append(key)
    return key


#: Nouns a party word makes a statement of party: "won the Republican nomination", "lost the
#: Democratic primaries", "his brief Republican presidential campaign", "competing in the
#: Republican contest", "won the Democratic race".
NOMINATION_NOUNS = frozenset(
    {"nomination", "primary", "primaries", "campaign", "bid", "candidacy", "race", "contest"}
)
_RELATIVES = frozenset({"who", "whose", "that", "which"})
#: Verbs by which a person wins, seeks or loses a party's nomination or primaries (or is handed
#: them); a verb outside these only talks about them.
NOMINATING_VERBS = frozenset(
    [
        "win",
        "seek",
        "secure",
        "clinch",
        "lose",
        "capture",
        "hand",
        "give",
        "earn",
        "claim",
        "accept",
        "want",
        "pursue",
        "concede",
        "run",
        "enter",
        "launch",
        "end",
        "suspend",
        "abandon",
        "join",
        "contest",
        "compete",
        "vie",
        "get",
        "take",
        "lead",
        "chase",
    ]
)


def _parties_from_nominations(
    doc: Doc,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    heads: dict[int, str],
    salience: _Salience,
) -> None:
    """A party stated by a party's nomination or primaries, for the person who won, sought or
    lost it ("the lift that handed him the Republican nomination", "Jane Doe, whose bid for
    the Democratic nomination ended"), when that person's party is not known yet."""
    for tok in doc:
        if tok.lemma_.lower() not in NOMINATION_NOUNS:
            continue
        parties = {  # "the Republican and Democratic primaries" say whose is whose of no one
            PARTY_ADJECTIVES[c.lower_]
            for left in tok.lefts
            for c in left.subtree
            if c.lower_ in PARTY_ADJECTIVES
        }
        person = _nominated(tok) if len(parties) == 1 else None
        if person is None:
            continue
        (party,) = parties
        for one in (person, *person.conjuncts):  # "Jane Doe and Jim Roe sought the ..."
            key = _key_of(one, token_key, heads, salience)
            if key and clusters[key].kind == "person" and not clusters[key].organisation:
                clusters[key].organisation = party


def _parties_from_others(
    doc: Doc, clusters: dict[str, Entity], token_key: dict[int, str], heads: dict[int, str]
) -> None:
    """A person joined to "other" members of a party is of that party ("Mitch McConnell and
    other top Senate Republicans", "Jane Doe and other Democratic candidates"), when that
    person's party is not known yet."""
    for other in doc:
        if other.lower_ != "other" or other.dep_ != "amod" or other.head.dep_ != "conj":
            continue
        group = other.head
        party = PARTY_MEMBERS.get(group.lower_, "") or next(
            (
                PARTY_ADJECTIVES[c.lower_]
                for c in group.lefts
                if c.text[:1].isupper() and c.lower_ in PARTY_ADJECTIVES
            ),
            "",
        )
        key = (heads.get(group.head.i) or token_key.get(group.head.i)) if party else None
        if key is None or clusters[key].kind != "person":
            continue
        if not clusters[key].organisation or clusters[key].organisation.endswith(LEGISLATURES):
            clusters[key].organisation = party  # a party counts over a chamber


def _key_of(
    tok: Token, token_key: dict[int, str], heads: dict[int, str], salience: _Salience
) -> str | None:
    """The entity a name or a "he"/"she" refers to, or None."""
    key = heads.get(tok.i) or token_key.get(tok.i)
    if key is None and tok.lower_ in PRONOUN_GENDER:
        key = salience.antecedent(tok)
    return key


#: Party adjectives that count toward a person's party in :func:`_parties_from_context`.
_CONTEXT_PARTY_WORDS = frozenset({"Republican", "GOP", "Democratic"})
#: Verbs by which one acts against something: a party word in their object is the other side's
#: ("Obama slammed the Republican Congress").
AGAINST_VERBS = frozenset(
    {
        "attack",
        "criticize",
        "criticise",
        "slam",
        "blast",
        "mock",
        "accuse",
        "condemn",
        "rail",
        "fault",
        "blame",
        "warn",
        "challenge",
        "oppose",
        "denounce",
        "ridicule",
        "bash",
        "target",
        "deride",
        "dismiss",
        "reject",
        "defeat",
        "beat",
        "face",
        "fight",
        "battle",
        "confront",
        "taunt",
        "lambaste",
        "chide",
        "scold",
        "urge",
        "court",
        "woo",
        "attract",
        "win",
        "appeal",
        "reach",
        "tell",
    }
)
#: Times a person must be the subject of a clause that speaks of one party, and never of
#: another, for that party to count as theirs.
CONTEXT_PARTY_MIN = 2


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause holding ``tok``, and the clause's verb: the nearest verb above
    it, or the verb that one is joined to ("Doe rose and led the polls")."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for _ in range(3):
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if verb.lemma_.lower() in AGAINST_VERBS:
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _parties_from_context(
    doc: Doc, clusters: dict[str, Entity], token_key: dict[int, str], salience: _Salience
) -> None:
    """A person's party from the clauses they are the subject of, when nothing states one:
    when every party word in the clauses whose subject is Jane Doe (by name, or as "he"/"she")
    is "Republican", two or more times ("Doe led the Republican polls", "Doe unveiled a
    Republican tax plan", "she is swaggering into the Republican debate"), she is a Republican.
    A party word for a person ("her Republican opponents") does not count, nor one in a
    clause against something ("Doe slammed the Republican Congress", "Doe courted Democratic
    voters"), nor a lower-case "democratic". This is an inference from the article, not a
    statement in it: news rarely names the party of a well-known candidate, and what it says
    they do carries it."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for t in doc:
        if (
            t.text not in _CONTEXT_PARTY_WORDS
            or t.dep_ not in ("amod", "compound", "nmod")
            or t.head.lemma_.lower() in PERSON_NOUNS
        ):
            continue
        subject = _clause_subject(t)
        if subject is None:
            continue
        key = token_key.get(subject.i)
        if key is None and subject.lower_ in PRONOUN_GENDER:
            key = salience.antecedent(subject)
        if key is not None:
            counts[key][PARTY_ADJECTIVES[t.lower_]] += 1
    for key, said in counts.items():
        entity = clusters.get(key)
        if entity is None or entity.kind != "person" or entity.organisation or len(said) != 1:
            continue
        ((party, times),) = said.items()
        if times >= CONTEXT_PARTY_MIN:
            entity.organisation = party


#: Nouns for a party's contest: a party word on one makes the article's race that party's
#: ("the Democratic contests", "Republican delegates", "the GOP debate").
RACE_NOUNS = frozenset(
    {*NOMINATION_NOUNS, "caucus", "caucuses", "delegate", "debate", "convention", "field"}
)
#: Verbs by which a person competes in a race ("won Puerto Rico", "leads in delegates").
RACE_VERBS = frozenset(
    {"win", "lose", "lead", "trail", "beat", "defeat", "edge", "carry", "sweep", "capture"}
    | {"finish", "clinch", "compete", "split", "take"}
)
#: What such a verb is won or lost with: the race, its votes, its delegates, a state.
RACE_OBJECTS = frozenset({*RACE_NOUNS, "vote", "state", "delegate", "percent", "point"})


def _parties_from_race(
    doc: Doc,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    heads: dict[int, str],
    salience: _Salience,
) -> None:
    """When every party word the article puts on a race is one party's ("the other Democratic
    contests", "Democratic delegates"), the people it says win, lose or lead in that race
    ("Clinton won Puerto Rico", "Sanders trails in delegates") are of that party, when
    nothing else states one. An article about one party's primaries names the party of its
    candidates rarely; its readers, and the gold sets' annotators, take it from the race. A
    second party's race anywhere in the article ("the Republican convention") turns it off,
    so a rival from the other party ("Trump leads Clinton") is not given it."""
    parties = {
        PARTY_ADJECTIVES[word.lower_]
        for t in doc
        if t.lemma_.lower() in RACE_NOUNS
        for c in t.children
        if c.dep_ in ("amod", "compound")
        for word in (c, *c.conjuncts)  # "the Republican and Democratic primaries": both
        if word.text in _CONTEXT_PARTY_WORDS
    }
    if len(parties) != 1:
        return
    (party,) = parties
    sentences = list(doc.sents)
    starts = [sent.start for sent in sentences]
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in RACE_VERBS:
            continue
        # The party is written near: in the verb's sentence or the one before ("... the
        # Democratic contests. Clinton won Puerto Rico"), not only across the article.
        at = bisect_right(starts, verb.i) - 1
        near = doc[sentences[max(0, at - 1)].start : sentences[at].end]
        if not any(t.text[:1].isupper() and PARTY_ADJECTIVES.get(t.lower_) == party for t in near):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            objects.extend(c for c in prep.children if c.dep_ == "pobj")
        if not any(o.lemma_.lower() in RACE_OBJECTS or o.ent_type_ == "GPE" for o in objects):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            _give_party(subject, party, clusters, token_key, heads, salience)


#: Staff nouns whose owner, written as "his" or "her", is the person they work for.
_PRONOUN_STAFF = STAFF_NOUNS - {"secretary", "chairman", "chairwoman", "chair"}


def _staff_of_pronoun_owners(
    doc: Doc,
    view: DocView,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    heads: dict[int, str],
    salience: _Salience,
) -> dict[int, str]:
    """In an article about a campaign, staff nouns owned by "his" or "her" ("his chief
    strategist, Jim Roe", "Her advisers think ..."): when the person the pronoun refers to
    runs, the named staff member works for that person's campaign, unless an organisation is
    known for them already. Returns, for each such noun, the key of the person, for the
    claims of unnamed staff. "His campaign chairman X" also replaces a campaign taken from the
    person named last before it (:func:`claimx.organisations._campaign_of`)."""
    owners: dict[int, str] = {}
    if not view.campaign:
        return owners
    for pron in doc:
        if pron.dep_ != "poss" or not (pron.lower_ in ("his", "her") or _definite_role(pron)):
            continue
        tok = pron.head
        # "his campaign chairman": any staff noun of a campaign.
        of_campaign = any(c.dep_ == "compound" and c.lower_ == "campaign" for c in tok.children)
        staff_noun = tok.lemma_.lower() in (STAFF_NOUNS if of_campaign else _PRONOUN_STAFF)
        if tok.pos_ != "NOUN" or not staff_noun:
            continue
        # "his advisers": the person "his" refers to; "the senator's advisers": the person
        # the role names (the one with that role named last before it).
        owner = (
            salience.antecedent(pron)
            if pron.pos_ == "PRON"
            else salience._candidate(pron, "", "", 0) or None
        )
        if owner is None or clusters[owner].kind != "person":
            continue
        owners[tok.i] = owner
        # "his campaign chairman" writes of that person's campaign itself.
        person = clusters[owner]
        campaign = (
            _campaign_name(person.fullest_name())
            if of_campaign
            else _campaign_if_running(view, person)
        )
        named = [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ in ("appos", "compound"):
            named.append(tok.head)  # "Jim Roe, his top aide", "his campaign chairman Jim Roe"
        for one in named:
            key = _key_of(one, token_key, heads, salience)
            staff = clusters.get(key) if key else None
            if staff is None or staff.kind != "person" or key == owner or not campaign:
                continue
            if not staff.organisation or (of_campaign and staff.organisation.endswith(" campaign")):
                # The pronoun's person, not the one named last ("on Twitter ... His campaign
                # chairman Jim Roe" is no Twitter campaign's).
                staff.organisation = campaign
    return owners


def _definite_role(tok: Token) -> bool:
    """A singular role noun with "the" ("the senator" in "the senator's advisers")."""
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and tok.lemma_.lower() in PERSON_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def _give_party(
    tok: Token,
    party: str,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    heads: dict[int, str],
    salience: _Salience,
) -> None:
    """Give ``party`` to the one person ``tok`` names or refers to, and to each person listed
    with it ("Jane Doe and Jim Roe competed in ..."), when that person's party (or other
    organisation) is not known yet."""
    for one in (tok, *tok.conjuncts):
        key = _key_of(one, token_key, heads, salience)
        entity = clusters.get(key) if key else None
        if entity is not None and entity.kind == "person" and not entity.members:
            entity.organisation = entity.organisation or party


#: Nouns for one who runs in a race: "his rival in the Democratic primary".
CONTENDER_NOUNS = frozenset(
    {"rival", "opponent", "challenger", "candidate", "contender", "hopeful", "front-runner"}
    | {"frontrunner", "runner", "competitor"}  # "front-runner" is split in two words
)


def _parties_from_taking_part(
    doc: Doc,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    heads: dict[int, str],
    salience: _Salience,
) -> None:
    """A party stated by a party's race a person takes part in: the subject of a clause that
    goes "in" or "into" a party's debate, primary or contest ("Jane Doe is heading into the
    sixth Democratic debate", "Doe competed in the Republican caucuses"), and a contender "in"
    or "for" one ("Doe, a rival in the Democratic primary"; "his rival in the Democratic
    primary" gives both him and the rival), when that person's party is not known yet. Only
    the party's own race: "Doe attacked the Democratic convention" takes no part in it (no
    "in"), and a verb against it ("Doe mocked Roe in the Democratic debate") says nothing
    of Doe's party."""
    for race in doc:
        if race.lemma_.lower() not in RACE_NOUNS or race.dep_ != "pobj":
            continue
        party = next(
            (
                PARTY_ADJECTIVES[c.lower_]
                for c in race.children
                if c.dep_ in ("amod", "compound") and c.text in _CONTEXT_PARTY_WORDS
            ),
            "",
        )
        prep = race.head
        if not party or prep.lower_ not in ("in", "into", "for"):
            continue
        if len({PARTY_ADJECTIVES.get(t.lower_) for t in race.subtree} - {None}) > 1:
            continue  # "in the Republican and Democratic primaries": whose is whose is not said
        holder = prep.head
        people: list[Token] = []
        rival = next(
            (
                c
                for c in holder.children
                if c.dep_ == "dobj"
                and c.lemma_.lower() in CONTENDER_NOUNS
                and any(o.dep_ == "poss" for o in c.children)
            ),
            None,
        )
        if holder.pos_ in ("VERB", "AUX") and rival is not None:
            # "Doe attacked his rival in the Democratic primary", the race read as the verb's:
            # a rival's race is his own, whatever the verb.
            holder = rival
        if holder.pos_ in ("NOUN", "PROPN") and holder.lemma_.lower() in CONTENDER_NOUNS:
            people.extend(c for c in holder.children if c.dep_ == "poss")  # "his rival"
            if holder.dep_ == "attr":  # "Doe is a candidate in the Democratic primary"
                people.extend(c for c in holder.head.children if c.dep_ == "nsubj")
            else:
                people.append(
                    next(
                        (c for c in holder.children if c.dep_ == "appos"),
                        holder.head if holder.dep_ == "appos" else holder,
                    )
                )
        elif (
            holder.pos_ in ("VERB", "AUX")
            and prep.lower_ != "for"
            and holder.lemma_.lower() not in AGAINST_VERBS
            # Not what one does to something else there: "Putin inserted himself into the
            # Republican primary contest" is no candidate in it.
            and not any(c.dep_ == "dobj" for c in holder.children)
        ):
            people.extend(c for c in holder.children if c.dep_ == "nsubj")
        for tok in people:
            _give_party(tok, party, clusters, token_key, heads, salience)


#: Nouns for a party's race, or for the people and votes in it as a group, that a party word
#: stands on in :func:`_parties_from_race_sentences` ("the Democratic contests", "the GOP
#: field", "Republican voters"). No noun for one person ("the Republican nominee"): a sentence
#: can name that person's rival ("Clinton attacked the Republican nominee").
SENTENCE_RACE_NOUNS = frozenset(
    {"primary", "primaries", "nomination", "race", "contest", "contests", "debate", "debates"}
    | {"field", "candidates", "caucus", "caucuses", "voters", "delegates", "convention"}
    | {"hopefuls", "establishment", "base", "electorate"}
)
#: Words that may stand between the party word and that noun ("the Republican Party's
#: nomination", "the Democratic presidential primary", "the GOP White House hopefuls").
_RACE_WORDS_BETWEEN = frozenset({"party", "'s", "’s", "presidential", "white", "house"})


def _race_party(doc: Doc, i: int) -> str:
    """The party whose race or race's group the word at ``i`` opens ("Democratic" in "the
    Democratic presidential primary", "Republicans" in "Republicans' convention"), or ""."""
    word = doc[i]
    party = ""
    if word.text in _CONTEXT_PARTY_WORDS:
        party = PARTY_ADJECTIVES[word.lower_]
    elif word.text in ("Democrats", "Republicans") and i + 1 < len(doc) and doc[i + 1].text in "'’":
        party, i = PARTY_ADJECTIVES[word.lower_], i + 1
    if not party:
        return ""
    for tok in doc[i + 1 : i + 5]:
        if tok.lower_ in SENTENCE_RACE_NOUNS:
            return party
        if tok.lower_ not in _RACE_WORDS_BETWEEN:
            return ""
    return ""


def _parties_from_race_sentences(
    doc: Doc, clusters: dict[str, Entity], token_key: dict[int, str]
) -> None:
    """A person's party from the party races written in the clauses that name them, when
    nothing else states one: a person named only in clauses about the Republican race ("the
    GOP field", "the Republican debate", "Republican voters") and never beside the Democratic
    one is a Republican. The race must be in the person's own clause, not in one inside it or
    above it ("Axelrod said the Democratic race helped Clinton" gives Clinton, not Axelrod).
    An article about one party's primaries seldom names its candidates' party; its readers,
    and the gold sets' annotators, take it from the race it puts them in ("Sanders hopes to
    win over voters in the Democratic contests"). This is an inference, so it is the last
    one made. A sentence that writes both parties ("Clinton, and past Democratic
    candidates, against her GOP opponent") counts for no one; a person named beside one party's
    race in one sentence and the other's in another is given neither; a legislator's party
    counts over the chamber of their title, but a head of state or a judge keeps their body.
    It can still give a party to someone only near the race (a pundit named beside "Republican
    voters"), so the rules that read a party from a stated relation run first."""
    votes: dict[str, set[str]] = defaultdict(set)
    for sent in doc.sents:
        found = [(doc[i], p) for i in range(sent.start, sent.end) if (p := _race_party(doc, i))]
        parties = {party for _race, party in found}
        if len(parties) != 1 or _parties_written(sent) - parties:
            continue  # both parties' races, or a race and the other party's people
        roots = {race: _clause_root(race).i for race, _party in found}
        clauses = {root for race, root in roots.items() if _run_in(race)}
        # Not the object of a clause whose subject is the race: "The Republican nomination could
        # give Doe a cushion" puts no one in it.
        subjects = {root for race, root in roots.items() if _in_part(race, SUBJECT_DEPS)}
        named = {
            token_key[t.i]
            for t in sent
            if t.i in token_key
            and (root := _clause_root(t).i) in clauses
            and not (root in subjects and _in_part(t, OBJECT_DEPS))
            and not _names_a_group(t)
        }
        for key in named:
            votes[key] |= parties
    for key, parties in votes.items():
        entity = clusters.get(key)
        if entity is None or entity.kind != "person" or entity.members or len(parties) != 1:
            continue
        if entity.body and not entity.body.endswith(LEGISLATURES):
            continue  # a head of state or a judge ("United States", "Supreme Court")
        if entity.descriptors & NOT_RUNNING_ROLES:
            continue  # "His chief strategist, Tad Devine": a campaign's, not the party's
        if " " not in entity.fullest_name() and not entity.gender:
            continue  # one word, nothing showing a person: often a body ("Politico", "Carrier")
        entity.organisation = entity.organisation or next(iter(parties))


def _names_a_group(tok: Token) -> bool:
    """Whether a name only modifies a plural noun for people ("Clinton allies", "Trump
    voters"): the group is in the clause, not the person named."""
    head = tok
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i != head.i:
        head = head.head  # the last word of the name
    return (
        head.dep_ in ("compound", "nmod")
        and head.head.pos_ == "NOUN"
        and head.head.tag_ == "NNS"
        and head.head.lemma_.lower() in PERSON_NOUNS | _GROUP_MEMBER_NOUNS
    )


#: Plural nouns for a person's people ("Clinton allies", "Trump voters") beside the role nouns.
_GROUP_MEMBER_NOUNS = frozenset({"ally", "voter", "supporter", "backer", "fan", "loyalist"})


#: Roles of people whom a race written beside them does not put in it: a campaign's staff, who
#: speak for the campaign (not the offices among :data:`STAFF_NOUNS`, which a senator or a
#: secretary of state holds), and the press ("Fox News host Jim Roe asked the GOP field ...").
_OFFICES = frozenset({"director", "manager", "chairman", "chairwoman", "chair", "secretary"})
_CAMPAIGN_STAFF = STAFF_NOUNS - _OFFICES
_PRESS_ROLES = frozenset(
    {"reporter", "journalist", "editor", "correspondent", "columnist", "host", "anchor"}
    | {"commentator", "pundit", "moderator"}
)
NOT_RUNNING_ROLES = _CAMPAIGN_STAFF | _PRESS_ROLES


#: How a clause hangs from the one it is in: the boundaries of :func:`_clause_root`.
_CLAUSE_DEPS = frozenset({"ROOT", "relcl", "advcl", "ccomp", "acl", "parataxis", "csubj"})


def _clause_root(tok: Token) -> Token:
    """The verb of the clause ``tok`` is in, through verbs joined to it or completing it ("Doe
    hopes to win over voters in the Democratic contests": "hopes"), not through a clause it
    is in ("Clinton talked about Trump, who clinched the Republican nomination": "clinched")."""
    while tok.dep_ not in _CLAUSE_DEPS and tok.head.i != tok.i:
        tok = tok.head
    return tok


SUBJECT_DEPS = frozenset({*_SUBJECTS, "csubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})


def _in_part(tok: Token, deps: frozenset[str]) -> bool:
    """Whether ``tok`` is in a part of its clause that hangs from the clause's verb by one of
    ``deps`` (its subject, or an object)."""
    root = _clause_root(tok)
    while tok.i != root.i:
        if tok.dep_ in deps:
            return True
        tok = tok.head
    return False


REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
#: Verbs by which one speaks against a race rather than runs in it ("Doe mocked the Democratic
#: debate"); fewer than :data:`AGAINST_VERBS`, as a candidate courts and wins a party's voters.
RACE_AGAINST_VERBS = frozenset(
    {"attack", "criticize", "criticise", "slam", "blast", "mock", "accuse", "condemn", "rail"}
    | {"fault", "blame", "denounce", "ridicule", "bash", "deride", "dismiss", "reject"}
    | {"lambaste", "chide", "scold", "taunt"}
)


def _run_in(race: Token) -> bool:
    """Whether the race a party word opens is one its clause's people run in: not one a verb
    acts against ("Doe mocked the Democratic debate"), nor one someone puts themselves in ("Doe
    inserted himself into the Republican primary": an outsider's meddling)."""
    root = _clause_root(race)
    tok = race
    while tok.i != root.i:
        came_from, tok = tok, tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in RACE_AGAINST_VERBS:
            return False
        if came_from.dep_ == "prep" and any(
            c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in tok.children
        ):
            return False
    return True


#: How a legislature's name ends: a legislator's party counts over the chamber.
LEGISLATURES = ("Senate", "House of Representatives", "House of Delegates", "Assembly")


def _parties_written(span: Span) -> set[str]:
    """The parties a span names with a capitalised party word ("GOP", "Democrats")."""
    return {
        PARTY_ADJECTIVES[t.lower_]
        for t in span
        if t.text[:1].isupper() and t.lower_ in PARTY_ADJECTIVES
    }


def _roles_of_subjects(
    doc: Doc,
    view: DocView,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    heads: dict[int, str],
    salience: _Salience,
) -> None:
    """A present role stated of a named or "he"/"she" subject anywhere in the article: "She
    is the attorney general", "She holds a key post as the attorney general", "Jane Doe
    serves as secretary of state". Past verbs state a former role and give nothing."""
    for verb in doc:
        if verb.lemma_.lower() == "register":
            _party_registered(verb, clusters, token_key, heads, salience)
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ in ("VBD", "VBN"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        roles = [c for c in verb.children if c.dep_ == "attr"] if verb.lemma_ == "be" else []
        roles = [_one_of(r) for r in roles]  # "She is one of the Acme workers"
        party = next((PARTY_MEMBERS[r.lower_] for r in roles if r.lower_ in PARTY_MEMBERS), "")
        if party:  # "He is a Democrat"
            key = _key_of(subject, token_key, heads, salience)
            if key and clusters[key].kind == "person" and not clusters[key].organisation:
                clusters[key].organisation = party
            continue
        # "as" on the verb, or on its object ("holds a key post as the attorney general").
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
            if prep.lower_ == "as":
                roles.extend(c for c in prep.children if c.dep_ == "pobj")
        roles = [r for r in roles if r.pos_ in ("NOUN", "PROPN") and r.lemma_.lower() in POST_NOUNS]
        if not roles:
            continue
        key = _key_of(subject, token_key, heads, salience)
        if key and clusters[key].kind == "person":
            for role in roles:
                _state_organisation(doc, view, role, clusters[key])


#: A speaker's own words stating their party: "I'm a lifelong Republican", "as a Democrat, I
#: ...", "caused me grief as an American, a Republican and a conservative".
_OWN_PARTY = re.compile(
    r"\b(?:(?:I am|I['’]m|I have been|I['’]ve been)|[Aa]s)\s+(?:(?:a|an)\s+[\w-]+,\s+)*"
    r"(?:a|an)\s+(?:(?:lifelong|proud|registered|conservative|liberal|longtime)\s+)?"
    r"(Republican|Democrat)\b(?!\s+(?:voters?|party|candidates?|nominee|senators?|leaders?))"
)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my)\b")


def _parties_in_own_words(
    text: str,
    claims: list[dict[str, Any]],
    resolved: list[str | None],
    clusters: dict[str, Entity],
) -> None:
    """A party a person states of themselves in a quotation of theirs ("I'm a lifelong
    Republican", "it caused me grief as an American, a Republican and a conservative"), when
    no organisation is known for them yet. "as a Republican" counts only in a sentence with
    "I", "me" or "my"; the words a party member uses of others ("a Republican senator") do
    not match."""
    for claim, key in zip(claims, resolved, strict=True):
        if key is None or claim["quote_type"] == "indirect":
            continue
        person = clusters[key]
        if person.kind != "person" or person.members or person.organisation:
            continue
        quote = text[claim["quote"][0] : claim["quote"][1]]
        for sentence in re.split(r"(?<=[.!?])\s+", quote):
            found = _OWN_PARTY.search(sentence)
            own = not found.group(0).lower().startswith("as") if found else False
            if found and (own or _FIRST_PERSON.search(sentence)):
                person.organisation = PARTY_MEMBERS[found.group(1).lower()]
                break


def _one_of(tok: Token) -> Token:
    """The group noun of "one of the Acme workers", else ``tok``."""
    if tok.lower_ != "one":
        return tok
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        group = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if group is not None and group.pos_ == "NOUN":
            return group
    return tok


def _employers_of_subjects(
    doc: Doc,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    heads: dict[int, str],
    salience: _Salience,
) -> None:
    """The employer a main clause states of a named or "he"/"she" subject anywhere in the
    article ("Jane Doe has worked at Acme for 24 years", "He started work at Acme in 1992"),
    for a person with no organisation yet. It runs after the party passes: a stated job is
    weaker than a stated party, which is what the gold conventions ask for."""
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        org = _employer_of_verb(doc, verb)
        key = _key_of(subject, token_key, heads, salience) if org else None
        if key and clusters[key].kind == "person" and not clusters[key].organisation:
            clusters[key].organisation = org


def _party_registered(
    verb: Token,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    heads: dict[int, str],
    salience: _Salience,
) -> None:
    """ "She is registered as a Democrat": the party of the subject, when no organisation is
    known for that person yet; not a past registration ("was registered as a Republican")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    now = [c for c in verb.children if c.dep_ in ("auxpass", "aux")]
    if subject is None or not now or any(c.tag_ not in ("VBZ", "VBP") for c in now):
        return
    party = next(
        (
            PARTY_MEMBERS[p.lower_]
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "as"
            for p in prep.children
            if p.dep_ == "pobj" and p.lower_ in PARTY_MEMBERS
        ),
        "",
    )
    key = _key_of(subject, token_key, heads, salience) if party else None
    if key and clusters[key].kind == "person" and not clusters[key].organisation:
        clusters[key].organisation = party


def _nominated(nomination: Token) -> Token | None:
    """Who a nomination is won, sought or lost by: the owner of a noun on the way up to the
    verb ("his bid for the nomination"), else the verb's indirect object ("handed him the
    nomination") or subject; a relative pronoun stands for the noun its clause describes."""
    node = nomination
    came_from = nomination
    for _ in range(7):
        owner = next((c for c in node.children if c.dep_ == "poss"), None)
        if owner is not None and node.i != nomination.i:
            return _through_relative_pronoun(owner)
        if node.pos_ in ("VERB", "AUX"):
            if came_from.dep_ == "xcomp":
                # "Jane Doe hopes to win the nomination": the subject of the verb above.
                found = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
                return None if found is None else _through_relative_pronoun(found)
            if node.lemma_.lower() not in NOMINATING_VERBS:
                return None  # "Jane Doe mocked the Republican nomination process"
            if came_from.dep_ in _SUBJECTS:
                return None  # "The Republican contest could give Jane Doe a cushion"
            for dep in ("dative", "nsubj", "nsubjpass"):
                found = next((c for c in node.children if c.dep_ == dep), None)
                if found is not None:
                    return _through_relative_pronoun(found)
            if node.dep_ not in ("xcomp", "pcomp"):
                return None
            # A verb with no subject of its own: whose chances, or who hopes, to win it ("his
            # chances of winning the Republican nomination").
        if node.head.i == node.i:
            return None
        came_from, node = node, node.head
    return None


def _through_relative_pronoun(tok: Token) -> Token | None:
    """``tok``, or for "who"/"whose" the noun its clause describes ("Doe, whose bid ...")."""
    if tok.lower_ not in _RELATIVES:
        return tok
    verb = tok.head
    while verb.dep_ not in ("relcl", "ROOT") and verb.head.i != verb.i:
        verb = verb.head
    return verb.head if verb.dep_ == "relcl" else None


def _genders_from_pronouns(
    doc: Doc,
    view: DocView,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    quotes: list[list[int]],
) -> None:
    """A person's gender, when no title states it, from the pronoun that opens the next
    sentence's main clause ("Jane Doe needed no event. She needed ..."): the one named person
    who is a main-clause subject of the sentence before. A person whose pronouns disagree, or
    who already has a gender, is left as is. Pronouns inside quotes do not count.

    Written by hand: spaCy's small English model has no coreference, and a first-name gender
    list would guess where the article itself says (see the README).
    """
    votes: dict[str, set[str]] = {}
    for tok in doc:
        gender = PRONOUN_GENDER.get(tok.lower_)
        if not gender or tok.dep_ not in _SUBJECTS or tok.head.dep_ != "ROOT":
            continue
        start = view.sent_start[tok.i]
        if start == 0 or any(s <= tok.idx < e for s, e in quotes):
            continue
        before = doc[view.sent_start[start - 1] : start]
        subjects = [  # of the main clause, or of a clause joined to it ("..., but Roe had")
            t
            for t in before
            if t.dep_ in _SUBJECTS
            and (t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT"))
            and not any(s <= t.idx < e for s, e in quotes)
        ]
        # "Jane Roe and Jim Doe met ...": people joined to the subject are subjects too.
        named = {
            token_key[t.i]
            for t in (*subjects, *(c for t in subjects for c in t.conjuncts))
            if t.i in token_key and clusters[token_key[t.i]].kind == "person"
        }
        # "Jane Doe won, but Jim Roe had the momentum. He ...": one who cannot be meant (her
        # title or given name says so) leaves the other.
        named = {k for k in named if _known_gender(clusters[k]) in ("", gender)}
        if len(named) == 1:
            votes.setdefault(named.pop(), set()).add(gender)
    for key, genders in votes.items():
        if len(genders) == 1 and not clusters[key].gender:
            clusters[key].gender = genders.pop()


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
    MAX_DEPTH = 4  # how many pronouns and role nouns a chain may pass through

    def antecedent(self, pron: Token, depth: int = 0) -> str | None:
        """The key a "he" or "she" refers to, or None."""
        return self._back_from(pron, PRONOUN_GENDER.get(pron.lower_, ""), "", depth)

    def _back_from(self, tok: Token, gender: str, affiliation: str, depth: int) -> str | None:
        if tok.i in self.memo:
            return self.memo[tok.i]
        self.memo[tok.i] = None  # no cycles
        start = own = self.view.sent_start[tok.i]
        found: str | None = None
        excluded = self._objects_of_own_verb(tok)
        for n in range(self.SENTENCES + 1):
            if n:
                if start == 0:
                    break
                start = self.view.sent_start[start - 1]
            end = tok.i if n == 0 else None
            verdict = self._in_sentence(start, end, gender, affiliation, depth, excluded)
            if n == 0 and verdict is None and tok.lower_ in ("him", "her") and tok.dep_ != "poss":
                # "supporters of Mr. Doe, helping him win": an object pronoun in a sentence
                # whose subjects are no person is the person it named last before it.
                verdict = self._named_before(start, tok.i, gender, affiliation)
            if n < 2 and verdict is None and gender and not depth and not _in_marks(tok):
                # A sentence with no subject of that gender that names only one person of it:
                # the pronoun's own before it ("a clip of McCain saying he will ..."), else the
                # one just before ("With Donald Trump, there's not much chance of that. "I'm
                # not changing," he said"), unless its own names someone before it ("Donors
                # have stuck by Clinton as she ...").
                if n == 0:
                    verdict = self._one_named_before(tok, start, gender)
                elif self._named_before(own, tok.i, gender, affiliation) is None:
                    verdict = self._only_one_named(self.doc[start].sent, gender)
            if verdict in excluded:
                verdict = None  # "... Doe ... he told Doe": not Doe
            if verdict == "":
                break  # an unnamed person is the subject
            if verdict is not None:
                found = verdict
                break
        self.memo[tok.i] = found
        return found

    def _named_before(
        self, start: int, end: int, gender: str, affiliation: str, known_gender: bool = False
    ) -> str | None:
        """The last person named between ``start`` and ``end`` who fits, or None; with
        ``known_gender``, one known to be of ``gender`` and named outside quote marks."""
        for t in reversed(self.doc[start:end]):
            key = self.heads.get(t.i) or self.token_key.get(t.i)
            if (
                key is not None
                and not (gender and self._writers_word(t))
                and self._fits(key, gender, affiliation)  # a person in ``clusters``
                and not (known_gender and (self.clusters[key].gender != gender or _in_marks(t)))
            ):
                return key
        return None

    def _only_one_named(self, words: Span, gender: str, contents: bool = False) -> str | None:
        """The one person known to be of ``gender`` named in ``words`` outside quote marks
        (with ``contents``, outside the claims' contents too: "... a falsehood by Mr. Trump, he
        said"), or None when there are none or several."""
        claims = self.doc._.get(CLAIMS_ATTR) or []
        spans = [*self.quotes, *(c["quote"] for c in claims)] if contents else []
        found = {
            key
            for t in words
            if (key := self.heads.get(t.i) or self.token_key.get(t.i)) is not None
            and not self._writers_word(t)
            and self._fits(key, gender)
            and self.clusters[key].gender == gender
            and not _in_marks(t)
            and not any(s <= t.idx < e for s, e in spans)
        }
        return found.pop() if len(found) == 1 else None

    def _one_named_before(self, pron: Token, start: int, gender: str) -> str | None:
        """The one person of ``gender`` named before ``pron`` in its own sentence (from
        ``start``), as :meth:`_only_one_named`; None when a pronoun of that gender comes before
        it ("In her letters to Clinton, she ...": the one "her" is), when it says what was said
        before it, or when a person is the subject after it ("Asked by Starnes if he ..., Carson
        said")."""
        sent, verb = pron.sent, pron.head
        if any(PRONOUN_GENDER.get(t.lower_) == gender for t in self.doc[start : pron.i]):
            return None
        if (
            verb.lemma_.lower() in SPEECH_VERBS
            and verb.i + 1 < len(self.doc)
            and verb.nbor().text in (",", ".")
            and not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
        ):
            return None  # "Any attempt by Jim Doe, he said, is hopeless": Doe is in the claim
        if any(
            t.dep_ in _SUBJECTS and _is_person(self.clusters, self.token_key.get(t.i))
            for t in self.doc[pron.i + 1 : sent.end]
        ):
            return None
        return self._only_one_named(self.doc[start : pron.i], gender, contents=True)

    @functools.cached_property
    def _signed_by_writer(self) -> bool:
        """Whether the writer of a signed piece speaks in it as "I" (:func:`_writer_speaks`)."""
        return any(c.get("by_writer") for c in self.doc._.get(CLAIMS_ATTR) or [])

    def _writers_word(self, tok: Token) -> bool:
        """Whether a word is the writer's "I", "we" or their other forms, which "he" or "she"
        never refers back to ("When I asked Jim Doe if he ..."), in a piece its writer signs
        and speaks in as "I" (elsewhere an "I" outside the marks the quote finder paired may
        be a speaker's)."""
        return _first_person(tok) and self._signed_by_writer

    def _objects_of_own_verb(self, tok: Token) -> frozenset[str]:
        """The people a subject pronoun's own verb takes as its object, whom the pronoun is
        not ("he told Doe", "she asked Doe"): a reader never takes "he" for Doe there."""
        return _own_verbs_objects(tok, self.token_key, self.heads)

    def _in_sentence(
        self,
        start: int,
        end: int | None,
        gender: str,
        affiliation: str,
        depth: int,
        excluded: frozenset[str] = frozenset(),
    ) -> str | None:
        sent = self.doc[start].sent if end is None else self.doc[start:end]
        subjects = [
            t
            for t in sent
            if (t.dep_ in _SUBJECTS or (t.dep_ == "conj" and t.head.dep_ in _SUBJECTS))
            and not self._quoted(t)
            and not (gender and self._writers_word(t))
        ]
        # The main clause's subject; also one that opens the sentence, which is the main
        # clause's whatever the parser made of it ("He would like to see the ideas Doe
        # championed", parsed with "championed" as the root), unless the root is a verb of
        # saying after it ("He is the best candidate, Doe said": Doe).
        root = self.doc[start].sent.root
        reported = root.lemma_.lower() in SPEECH_VERBS and root.i > start
        main = [
            t
            for t in subjects
            if t.head.dep_ == "ROOT"
            or t.head.dep_ in _SUBJECTS
            or (t.left_edge.i == start and not reported)
        ]
        opening = self._opening_name_unparsed(start, end)
        if opening is not None and opening not in subjects:
            main = [opening, *main]
        subjects = main + [t for t in reversed(subjects) if t not in main]
        owners = [
            c
            for t in subjects
            for c in t.children
            if c.dep_ == "poss" and not (gender and self._writers_word(c))
        ]
        for tok in [*subjects, *owners]:
            key = self._candidate(tok, gender, affiliation, depth)
            entity = self.clusters.get(key) if key else None
            if entity is not None and end is not None and gender == "f" and not entity.gender:
                # "Gov. Chris Christie described Hillary Clinton as a disgrace after she ...":
                # in the pronoun's own sentence, a woman named as such comes before a subject
                # whose gender is not known. Not for "he": a name of unknown gender in news
                # ("Chris", a surname alone) is a man's more often than not.
                known = self._named_before(start, end, gender, affiliation, known_gender=True)
                return known or key
            if key is not None and key not in excluded:
                return key
        return None

    def _opening_name_unparsed(self, start: int, end: int | None) -> Token | None:
        """The last word of a name that opens the sentence before a comma when the parser gave
        it no role ("Warren, though she praised ...", parsed with "Warren" as the root, a bare
        modifier or an unlabelled dependent): the sentence's subject, as a reader takes it."""
        tok = self.doc[start]
        key = self.token_key.get(tok.i)
        if key is None:
            return None
        while tok.i + 1 < len(self.doc) and self.token_key.get(tok.i + 1) == key:
            tok = self.doc[tok.i + 1]
        stop = len(self.doc) if end is None else end
        if tok.i + 1 >= stop or self.doc[tok.i + 1].text != ",":
            return None
        return tok if tok.dep_ in ("ROOT", "dep", "npadvmod") else None

    def _quoted(self, tok: Token) -> bool:
        return any(s <= tok.idx < e for s, e in self.quotes)

    def _fits(self, key: str, gender: str, affiliation: str = "") -> bool:
        c = self.clusters.get(key)
        return (
            c is not None
            and c.kind == "person"
            and c.gender in ("", gender or c.gender)  # "": a role noun of either gender
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
            own_gender = PRONOUN_GENDER.get(tok.lower_)
            if not own_gender or own_gender != (gender or own_gender):
                return None  # not "he" or "she", or not of the gender wanted
            if depth >= self.MAX_DEPTH:
                return None
            return self._back_from(tok, own_gender, affiliation, depth + 1) or ""
        if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            # "The administrator is Jane Doe.": whatever the noun, "be" names the person.
            attr = next((c for c in tok.head.rights if c.dep_ == "attr"), None)
            named = self.token_key.get(attr.i) if attr is not None else None
            if named is not None and self.clusters[named].kind == "person":
                return named if self._fits(named, gender, affiliation) else None
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in PERSON_NOUNS or tok.tag_ == "NNS":
            return None
        if GENDER_WORDS.get(lemma, gender) != gender and gender:
            return None
        gender = gender or GENDER_WORDS.get(lemma, "")
        for child in tok.rights:
            # "the other candidate, former Secretary of State Jane Doe, said", "Doe's wife,
            # Melania, is ...": the name given.
            if child.dep_ == "appos" and child.i in self.token_key:
                key = self.token_key[child.i]
                return key if self._fits(key, gender, affiliation) else None
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
        if not definite or depth >= self.MAX_DEPTH:
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


def _subject_before(
    doc: Doc,
    view: DocView,
    head: Token,
    fitting: dict[str, Entity],
    token_key: dict[int, str],
    heads: dict[int, str],
    gender: str = "",
) -> str | None:
    """Who a party noun as speaker is ("the Wisconsin Republican said ..."), read as a reader
    reads it: the person among ``fitting`` who is the subject of its sentence before it or of
    the nearest sentence before that ("Speaker Paul Ryan says ... . The Wisconsin Republican
    said"), as :class:`_Salience` finds a pronoun's, but only a subject that is a name (or the
    owner of one): a chain of pronouns and role nouns, each read from a parse of its own, goes
    astray more often than the last speaker does. None when no such subject fits, and the
    caller falls back to the last speaker. Names in direct quotes do not count.

    Tried for definite role nouns too ("The Indiana governor said"), over the 840 PolNeAR
    train articles: as many went wrong as right, since a role names its holder more surely
    than a party does ("the Republican presidential candidate" became the mayor who was the
    subject before it), so those keep the last speaker."""
    quotes = _direct_quotes(doc)
    named = (token_key.get(t.i) for t in doc[view.sent_start[head.i] : head.i])
    if any(key in fitting for key in named):
        return None  # "In Sen. Jeff Sessions' column, the Republican from Alabama ...": him
    salience = _Salience(doc, view, fitting, token_key, heads, quotes)
    return salience._back_from(head, gender, "", salience.MAX_DEPTH) or None


def _subject_of_sentence_before(
    doc: Doc, view: DocView, head: Token, fitting: dict[str, Entity], token_key: dict[int, str]
) -> str | None:
    """The person among ``fitting`` named as the subject of the sentence before ``head``'s, or
    None when that subject is no name (or there is none)."""
    start = view.sent_start[head.i]
    if start == 0:
        return None
    before = doc[view.sent_start[start - 1] : start]
    subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    if not subjects:
        return None
    # The subject's name, or the name set beside its role ("Acme's captain, Jim Doe, agreed").
    named = [subjects[0], *(c for c in subjects[0].rights if c.dep_ == "appos")]
    key = next((token_key[t.i] for t in named if t.i in token_key), None)
    return key if key in fitting and fitting[key].kind == "person" else None


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


def _named_administration(doc: Doc, head: Token) -> str:
    """The administration an unnamed one is ("the administration", "administration officials"):
    the one the article names ("the Obama administration"), wherever it names it; "" when it
    names none, or more than one."""
    names = set()
    for tok in doc:
        if tok.lemma_.lower() != "administration" or tok.i == head.i:
            continue
        owner = next((c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        if owner is not None:
            names.add(doc[owner.left_edge.i : tok.i + 1].text)
    return names.pop() if len(names) == 1 else ""


#: The unnamed voices of an ad.
VOICE_NOUNS = frozenset({"narrator", "announcer"})


def _ad_spoken_in(voice: Token) -> Token | None:
    """The ad a voice speaks in: "a narrator in the Doe ad", "In the new ad, a narrator says"."""
    for holder in (voice, voice.head):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and document_kind(pobj) == "ad":
                    return pobj
    return None


#: Roles against someone, whose owner is no employer ("Trump's rivals").
_RIVAL_NOUNS = frozenset({"rival", "challenger", "opponent"})


def _unresolved(doc: Doc, view: DocView, claim: dict[str, Any]) -> dict[str, str]:
    """Speaker fields for a mention that names no entity ("a number of volunteer groups")."""
    head_i = claim.get("speaker_head")
    if head_i is None:
        return {"speaker": "", "speaker_type": "unknown", "organisation": ""}
    head = doc[head_i]
    group = quantified_group(head)
    if group is not None and not (head.lemma_.lower() == "number" and group.lemma_ in GROUP_NOUNS):
        # "A number of GOP delegates", "many in the Democratic Party": no one is named, and
        # what the article states of the group holds for the claim.
        org = ""
        if group.lower_ in PARTY_ADJECTIVES:
            # "most of the Senate Republicans" are the party's; "a majority of Republicans",
            # a party's voters as polls count them, are not.
            if any(
                c.dep_ == "compound"
                and c.text[:1].isupper()
                and c.ent_type_ not in ("GPE", "LOC", "NORP")
                for c in group.lefts
            ):  # "Senate Republicans", not "Vermont Democrats"
                org = _party_body(doc, group)
            else:
                return {"speaker": "", "speaker_type": "unknown", "organisation": ""}
        elif group.pos_ == "PROPN" and group.ent_type_ == "ORG":
            org = _strip_determiner(_ent_text(doc, group))
        elif group.pos_ == "NOUN" and group.lemma_.lower() not in BACKER_NOUNS:
            # Not a place or a people ("most in Miami"), nor voters or supporters ("half of
            # Democratic voters"), whom a party word does not make its members.
            # Of rivals or critics, only the party ("both of his Republican rivals").
            if group.lemma_.lower() in PERSON_NOUNS - RELATION_NOUNS - _RIVAL_NOUNS:
                org = _unresolved(doc, view, {**claim, "speaker_head": group.i})["organisation"]
            org = org or _party_word(group)
            if not org:  # "a handful of Republican Party insiders"
                body = next((c for c in group.lefts if c.dep_ == "compound"), None)
                if body is not None and body.ent_type_ == "ORG":
                    org = _strip_determiner(_ent_text(doc, body))
        if org:
            kind = "person" if group.lemma_.lower() in PERSON_NOUNS else "unknown"
            return {"speaker": "", "speaker_type": kind, "organisation": org}
    if head.pos_ == "PRON":
        kind = "person" if head.lower_ in PERSON_PRONOUNS else "unknown"
        return {"speaker": "", "speaker_type": kind, "organisation": ""}
    if head.lower_ in SINGLE_MEMBERS:  # "a Democrat said"
        party = SINGLE_MEMBERS[head.lower_]
        return {"speaker": "", "speaker_type": "person", "organisation": party}
    s, e = claim["speaker_mention"]
    lemma = head.lemma_.lower()
    full_text = view.text
    org = _organisation_of_nominal(doc, head, view)
    if lemma in PERSON_NOUNS:
        if lemma in BACKER_NOUNS and org and org == _party_word(head):
            org = ""  # "Democratic voters", "Republican supporters": backers, not members
        if not org and lemma in SPOKES_NOUNS:
            org = _spoken_for(doc, view, head.i)  # "Acme ... , a spokesman said"
        if not org and any(c.lower_ == "administration" for c in head.lefts):
            org = _named_administration(doc, head)  # "administration officials said"
        org = org or party_meant(doc, head)  # "party officials said", "the party's leaders"
        return {"speaker": "", "speaker_type": "person", "organisation": org}
    text = _strip_determiner(full_text[s:e])
    if head.lemma_.lower() == "number":
        inner = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
        if inner:
            pobj = next((c for c in inner[0].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                lemma = pobj.lemma_.lower()
                text = _strip_determiner(full_text[pobj.left_edge.idx : pobj.idx + len(pobj)])
    if (lemma in GROUP_NOUNS or head.ent_type_ in ORG_LABELS) and document_kind(head) is None:
        # (Not "An Acme News/Globex Poll released Sunday", tagged as a body: a document.)
        # "Police said", "Federal courts have ruled": common words, capitalised only to open
        # the sentence, describe a body and name none; the description stays the speaker.
        # The words up to the head when a comma follows it: what the commas set off ("the
        # company, based in Austin, said") only describes it further.
        span = doc.char_span(s, e, alignment_mode="expand") or doc[head.i : head.i + 1]
        comma = (
            head.i + 1 < span.end
            and doc[head.i + 1].text == ","
            and not any(c.dep_ == "conj" for c in head.children)  # not a list's comma
        )
        words = [t for t in span if t.i <= head.i] if comma else list(span)
        described = all(
            t.pos_ in ("NOUN", "ADJ", "DET", "NUM", "PUNCT", "ADP")  # "police in the city"
            and not t.ent_type_
            and not (len(t) > 1 and t.text.isupper())  # "AUSTRALIAN OLYMPIC TEAM": a name
            for t in words
        )
        if comma:
            text = _strip_determiner(full_text[s : head.idx + len(head)])  # "company"
        if not described:
            text = _TRAILING_KIND.sub(r"\1", text).strip()  # "the Acme Workers union"
        named = "" if described else text
        if lemma == "police" and (place := place_policed(doc, head)):
            # "Police in Austin said": the Austin police, as news names it
            named = f"{place} police"
        if lemma == "government" and (country := government_country(doc, head)):
            # "the South Korean government said": the country speaks.
            return {"speaker": country, "speaker_type": "organisation", "organisation": country}
        if described and lemma == "administration" and (name := _named_administration(doc, head)):
            text = named = name  # "the administration": the one the article names
        if described and lemma == "party" and (name := party_meant(doc, head)):
            text = named = name  # "the party said": the one the article named last
        return {"speaker": text, "speaker_type": "organisation", "organisation": org or named}
    if lemma in VOICE_NOUNS and (ad := _ad_spoken_in(head)) is not None:
        # "a narrator in the Doe ad says": the ad's producer speaks through the voice.
        org = _producer(doc, view, ad) or _earlier_producer(doc, view, ad) or org
        return {"speaker": "", "speaker_type": "person", "organisation": org}
    if document_kind(head) is not None:
        headline = _in_headline(doc, view, head.i)
        org = _producer(doc, view, head) or _earlier_producer(doc, view, head, headline) or org
    org = org or party_meant(doc, head)  # "the party's rules", "the base of the party"
    return {"speaker": "", "speaker_type": "unknown", "organisation": org}


@Language.factory(
    "claimx_speakers",
    requires=[f"doc._.{CLAIMS_ATTR}", "doc.ents"],
    assigns=[f"doc._.{CLAIMS_ATTR}"],
    default_config={"party_lexicon": "default"},
)
def make_speaker_resolver(nlp: Language, name: str, party_lexicon: str) -> SpeakerResolver:
    """Build the ``claimx_speakers`` component.

    Args:
        party_lexicon: ``"default"`` (the packaged ``claimx.models`` party lexicon), a TSV
            path, or ``"none"`` (only the organisations the article states).
    """
    return SpeakerResolver(nlp, name, party_lexicon)


def _party_appositive(head: Token) -> str:
    """The party an appositive party noun gives a name ("Doe, a Republican"), else ""."""
    return next(
        (
            PARTY_MEMBERS[c.lower_]
            for c in head.rights
            if c.dep_ == "appos" and c.lower_ in PARTY_MEMBERS
        ),
        "",
    )


def _genders_from_given_names(clusters: dict[str, Entity]) -> None:
    """A person's gender, when the article shows none, from a given name nearly all of whose
    bearers are of one gender ("Cathy Williams"; not "Leslie", nor a surname alone)."""
    for cluster in clusters.values():
        # (Organisations too: a headline's "Trump" tagged as one may turn out to be the person.)
        if not cluster.gender and not cluster.members:
            cluster.gender = _known_gender(cluster)


def _known_gender(cluster: Entity) -> str:
    """The gender a person's title or given name states ("" when neither does)."""
    if cluster.gender or cluster.members:
        return cluster.gender
    return _given_name_gender(cluster.fullest_name())


def _given_name_gender(name: str) -> str:
    """The gender the given name of a full name states: its first capitalised word that is no
    title, when another follows ("" for a surname alone; "pulled a Donald Trump": the
    article's "a" is no given name)."""
    words = [w for w in name.split() if w[:1].isupper() and not _is_title(w)]
    return gender_of_given_name(words[0]) if len(words) > 1 else ""
