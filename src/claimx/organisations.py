"""Where organisations are found: the rules that give a speaker the organisation the article
states, from titles ("U.S. Secretary of State X"), appositives ("X, a spokesman for Y"),
possessives and "X of Y", clauses ("X, who heads Y"), party labels ("Sen. X, R-Texas"), campaigns,
and the producers of documents ("a Y poll"). Called by ``claimx.speakers``. No entity linker for
spaCy 3.8 installs from PyPI and loads offline, which is why these are rules written here."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .given_names import gender_of_given_name
from .mentions import (
    _DETERMINERS,
    _HOME_COUNTRY,
    _PARTY,
    _SUBJECTS,
    AGENCY_WORDS,
    BODY_KINDS,
    COUNTRY_TITLES,
    DOCUMENT_KINDS,
    FORMER_WHEN_PAST,
    FORMER_WORDS,
    GROUP_NOUNS,
    KIN_NOUNS,
    LEADING_VERBS,
    NETWORK_WORDS,
    NEWS_BODIES,
    NEWSPAPER_WORDS,
    ORG_LABELS,
    ORG_SUFFIXES,
    PARTIES,
    PARTY_ABBREVIATIONS,
    PARTY_ADJECTIVES,
    PARTY_COMMITTEE_NAMES,
    PARTY_COMMITTEES,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    PLACE_TITLES,
    PRODUCING_VERBS,
    STAFF_NOUNS,
    TITLE_BODIES,
    TITLE_ORGS,
    TITLE_WORDS,
    WORK_VERBS,
    DocView,
    Entity,
    _clean_name,
    _compound,
    _expand_abbreviation,
    _is_title,
    _last_mentions,
    _name_key,
    _name_titles,
    _same_name,
    acronym_of,
    camel_cased,
)

#: Words that make a name a unit's inside an organisation ("Center for Politics", "Nuclear
#: Policy Program"): after an owner's possessive, a name that opens with one keeps the owner's
#: name ("the University of Virginia's Center for Politics"); a unit "at" a body gives way to
#: the body (:func:`_is_unit`).
UNIT_WORDS = frozenset(
    {
        "center",
        "centre",
        "office",
        "school",
        "college",
        "institute",
        "department",
        "program",
        "programme",
        "project",
        "initiative",
        "lab",
        "laboratory",
        "division",
        "bureau",
    }
)

#: Nouns for the body a person works in, which a possessive makes theirs ("Roe's firm, Acme").
EMPLOYER_NOUNS = frozenset(
    {
        "firm",
        "company",
        "fund",
        "employer",
        "organization",
        "organisation",
        "agency",
        "newspaper",
        "network",
        "bank",
        "foundation",
        "startup",
        "union",
        "publisher",
        "magazine",
        "group",
        "nonprofit",
        "coalition",
        "charity",
    }
)


def _whose_body(doc: Doc, relcl: Token) -> str:
    """The body a "whose" clause gives a person as theirs: "Jim Roe, whose Acme Unbound group
    has led the effort", "Jim Roe, whose firm, Acme Strategies, made the ads"."""
    for noun in relcl.children:
        if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or noun.lemma_.lower() not in (
            EMPLOYER_NOUNS
        ):
            continue
        # "whose" on the noun, or on a word of the name before it, as the parser may hang it
        # (not on someone else's: "whose son's Acme group")
        whose = next((t for t in doc[noun.left_edge.i : noun.i] if t.lower_ == "whose"), None)
        if whose is None or not (
            whose.head == noun or all(t.pos_ == "PROPN" for t in doc[whose.i + 1 : noun.i])
        ):
            continue
        named = next(
            (c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None
        ) or next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        if named is None or _is_place(named):
            return ""
        if named.dep_ == "appos":
            return _ent_text(doc, named) if named.ent_type_ else _compound(named)
        # "Acme Unbound group": the name before it
        return doc[max(named.left_edge.i, whose.i + 1) : noun.i].text
    return ""


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
        # "the Wisconsin Republican": a party's member as the noun itself.
        member = tok.lower_ in ("republican", "democrat") and tok.tag_ in ("NN", "NNP")
        if not member and (
            tok.pos_ != "NOUN" or tok.lemma_.lower() not in PERSON_NOUNS or tok.tag_ == "NNS"
        ):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        if _is_former(tok):
            continue
        # "the Republican vice presidential nominee": a party word anywhere before the noun.
        party = (
            PARTY_MEMBERS[tok.lower_]
            if member
            else next(
                (
                    PARTY_ADJECTIVES[c.lower_]
                    for c in doc[tok.left_edge.i : tok.i]
                    if c.lower_ in PARTY_ADJECTIVES
                ),
                "",
            )
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
        # A name later in the nominal's own sentence is someone else ("Based on the Republican
        # nominee's tax return, Jane Doe said ..." is not Doe).
        end = view.sent_end(tok.i)
        # (Not a pronoun: a "he" later in it is the nominal's own person.)
        later = {
            heads.get(i) or token_key.get(i) for i in range(tok.i + 1, end) if doc[i].pos_ != "PRON"
        }
        people = [
            (k, own) for k, own in people if k and clusters[k].kind == "person" and k not in later
        ]
        key = next((k for k, own in people if own), people[0][0] if people else None)
        # A name in apposition is the nominal's own person ("Doe's lead over the Republican
        # nominee, Jim Roe" is Roe's; "Jim Roe, the Republican nominee").
        beside = [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ == "appos":
            beside.append(tok.head)
        if tok.i + 2 < len(doc) and doc[tok.i + 1].text == ",":
            # The parser may hang that name elsewhere: the words of the name after the comma
            # ("the presumptive Republican nominee, Donald Trump, has begun"), but not a
            # speaker's ("Despite challenging the Republican leader, Jim Roe said ...").
            beside.extend(
                t
                for t in doc[tok.i + 2 : tok.i + 6]
                if t.pos_ == "PROPN"
                and (t.head if t.dep_ == "compound" else t).head.lower_ not in _REPORTING_FORMS
            )
        named = [heads.get(c.i) or token_key.get(c.i) for c in beside]
        named = [k for k in named if k and clusters[k].kind == "person"]
        if named:
            key = named[0]
        if tok.i in heads and clusters[heads[tok.i]].kind == "person":
            key = heads[tok.i]  # the nominal is a claim's speaker, resolved already
        if (
            key is not None
            and not clusters[key].organisation
            and not _someone_elses(tok, key, clusters, token_key, heads)
        ):
            clusters[key].organisation = party


#: Verb forms that report a speaker's words ("..., Jim Roe said").
_REPORTING_FORMS = frozenset(
    {"said", "says", "added", "adds", "told", "tells", "wrote", "writes", "noted", "argued"}
)


def _someone_elses(
    nominal: Token,
    key: str,
    clusters: dict[str, Entity],
    token_key: dict[int, str],
    heads: dict[int, str],
) -> bool:
    """Whether the sentence ties a party's role noun to someone other than the person named
    last before it, so that it is safer to give that person no party: the noun owns a
    person's role ("Jane Roe, the Republican nominee's daughter": the nominee is her father),
    or it stands in a clause about another person's thing ("Doe says Roe's plan, a position
    the Republican nominee has since dropped, ..."; the nominee may be Roe)."""
    owned = nominal.head
    # Its role noun may be a compound of the head where the parser took the verb for a noun
    # ("the Republican nominee's former doctor maintains", with "maintains" the head and the
    # nominee its subject, the "'s" still marking him an owner).
    roles = [owned, *(c for c in owned.children if c.dep_ == "compound")]
    possessive = nominal.dep_ == "poss" or any(c.tag_ == "POS" for c in nominal.children)
    if possessive and any(r.lemma_.lower() in PERSON_NOUNS for r in roles):
        return True
    if nominal.dep_ in ("dobj", "pobj", "dative"):
        # The object of what the person does is someone else ("Roe took to Twitter to continue
        # his attack on the Democratic nominee", "Roe attacked the Democratic nominee").
        for verb in (a for a in nominal.ancestors if a.pos_ in ("VERB", "AUX")):
            if any(
                c.dep_ == "nsubj" and (heads.get(c.i) or token_key.get(c.i)) == key
                for c in verb.children
            ):
                return True
    node = nominal
    while node.head.i != node.i:
        below, node = node, node.head
        for child in node.children:
            if child.i == below.i:
                continue  # the way up: "the Nevada Democrat's takeaway" is the noun's own
            owner = heads.get(child.i) or token_key.get(child.i)
            if (
                child.dep_ == "poss"
                and child.pos_ == "PROPN"
                and owner
                and owner != key
                and getattr(clusters.get(owner), "kind", "") == "person"  # not "the FBI's refusal"
            ):
                return True
    return False


#: Words in the names of bodies of a kind, by the noun that calls one of them back: "the
#: agency" (the Acme Bureau), "the newspaper" (the Springfield Sentinel), "the network" (Acme
#: News).
_KIND_WORDS: dict[str, frozenset[str]] = {
    "agency": AGENCY_WORDS,
    "newspaper": NEWSPAPER_WORDS,
    "paper": NEWSPAPER_WORDS,
    "network": NETWORK_WORDS,
    # A union's name need not say "union" ("the United Auto Workers"), but says what it is.
    "union": frozenset(
        {"union", "workers", "teamsters", "federation", "brotherhood", "guild", "employees"}
        | {"association"}  # "the Association of Flight Attendants", "the National Education ..."
        | {"afl-cio", "seiu", "uaw", "afscme", "ufcw", "local"}
    ),
}


def _named_body(
    doc: Doc, view: DocView, head: Token, clusters: dict[str, Entity], token_key: dict[int, str]
) -> str | None:
    """The organisation a bare definite group noun refers back to: "the commission" is the
    last-named organisation with "commission" in its name, "the newspaper" the last one with a
    newspaper's word in it (:data:`_KIND_WORDS`); "the bank" (a kind of body named
    by a proper name) the organisation named last in the two sentences before."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(
        c.dep_ in ("poss", "prep") or c.ent_type_ or (c.dep_ == "compound" and c.pos_ != "NOUN")
        for c in head.children
    ):
        return None  # "the Acme board", "the bank's board", "the city of Oslo"
    lemma = head.lemma_.lower()
    last_seen = {
        k: i
        for k, i in _last_mentions(token_key, head.i).items()
        if clusters[k].kind == "organisation"
    }
    kinds = _KIND_WORDS.get(lemma, {lemma})
    # A common noun before the kind is in the name too ("the budget office" is the Congressional
    # Budget Office, "the appeals court" no Supreme Court).
    described = {c.lower_ for c in head.children if c.dep_ == "compound"}
    by_name = [
        k
        for k in last_seen
        if kinds & (words := set(clusters[k].name.lower().split()))
        and described <= words
        and len(words) > 1
    ]
    if by_name:
        return max(by_name, key=last_seen.__getitem__)
    if lemma not in BODY_KINDS or described:
        return None
    recent = [
        e
        for e in _orgs_just_before(view, head)
        if lemma not in _KIND_WORDS or kinds & set(e.text.lower().split())
    ]
    if recent and (body := _likeliest_body(recent)).start in token_key:
        return token_key[body.start]
    return None


def _likeliest_body(bodies: list[Span]) -> Span:
    """The body a bare "the company" calls back among those named just before it: the last one
    named as a subject ("Apple unveiled a thinner iPhone. ... the company's chief executive":
    Apple, not the phone the recogniser tagged as a body), else the last one."""
    subjects = [e for e in bodies if _subject_named(e.root)]
    return (subjects or bodies)[-1]


def _subject_named(tok: Token) -> bool:
    """Whether ``tok`` is a subject, or the name in apposition to one ("a super PAC supporting
    Doe, Priorities USA Action, may start ...")."""
    return tok.dep_ in _SUBJECTS or (tok.dep_ == "appos" and tok.head.dep_ in _SUBJECTS)


def two_sentences_before(view: DocView, tok: Token) -> int:
    """The index of the first token of the sentence two before ``tok``'s (or of the first
    sentence): where what a bare "the bank" or "the company" calls back may lie."""
    sent = view.sent_start[tok.i]
    earlier = view.sent_start[sent - 1] if sent > 0 else 0
    return view.sent_start[earlier - 1] if earlier > 0 else 0


def _orgs_just_before(view: DocView, tok: Token) -> list[Span]:
    """The entities the recogniser tagged as organisations before ``tok``, in its sentence and
    the two before it, in text order: what a bare "the bank" or "the company's" calls back."""
    window_start = two_sentences_before(view, tok)
    return [
        e for e in view.ents if e.label_ == "ORG" and window_start <= e.start and e.end <= tok.i
    ]


#: Kind nouns that call back a body named just before ("the company's lawyer", "a lawyer for
#: the group"): the bodies' kinds, and "group", which names a body when a role belongs to it.
_CALLED_BACK_KINDS = BODY_KINDS | {"group"}


def _body_called_back(doc: Doc, view: DocView | None, noun: Token) -> str:
    """The body a bare "the company" or "the group" owning a role refers back to: the last
    organisation the recogniser tagged in its sentence or the two before (for "the newspaper"
    and the like, one with a newspaper's word in its name; never a person's name the
    recogniser once took for a body), else ""."""
    if view is None or noun.lemma_.lower() not in _CALLED_BACK_KINDS:
        return ""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
        c.dep_ in ("compound", "amod", "nmod", "prep", "poss") for c in noun.children
    ):
        return ""  # "the parent company", "the company's", "the group of voters"
    people = {w for e in view.ents if e.label_ == "PERSON" for w in e.text.split()}
    kinds = _KIND_WORDS.get(noun.lemma_.lower())
    recent = [
        e
        for e in _orgs_just_before(view, noun)
        if not set(e.text.split()) <= people  # "Trump", tagged as a body once
        and (kinds is None or kinds & set(e.text.lower().split()))  # "the newspaper's"
    ]
    return _party_or(_ent_text(doc, doc[_likeliest_body(recent).root.i])) if recent else ""


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
    if _lawmaker_of_chamber(entity, affiliation):
        return True
    if entity.organisation in PARTIES and _party_of_committee(affiliation):
        # "A former Democratic National Committee chairman": a member of its party.
        return _party_of_committee(affiliation) == entity.organisation
    return _same_name(entity.organisation, affiliation)


def _lawmaker_of_chamber(entity: Entity, affiliation: str) -> bool:
    """Whether a chamber's role ("the Senate minority leader") can be a person the article gave
    only a party, as it does lawmakers ("Jim Roe (D-Nev.)")."""
    chamber = affiliation.lower().removeprefix("u.s. ") in ("senate", "house")
    return chamber and entity.kind == "person" and entity.organisation in PARTIES


#: A kind of body alone, which names none ("the head of the major Super PAC backing Doe").
KIND_ALONE = re.compile(r"^(?:[Ss]uper )?PACs?$")


def _state_organisation(doc: Doc, view: DocView, nom: Token, entity: Entity) -> None:
    """Give ``entity`` the organisation a role noun of it states, unless it has one: a party
    or employer as its organisation, a place or chamber ("the Ohio senator") as its body. A
    kind alone ("Super PAC") gives way to a name stated later ("the head of Acme PAC")."""
    if (
        not entity.organisation or KIND_ALONE.match(entity.organisation)
    ) and nom.lemma_.lower() not in PARTY_ROLE_NOUNS:
        # (A party-only role gives its party last, when nothing else states one: "One
        # superdelegate, Ohio Democratic Party chairwoman Jane Roe" is the state party's.)
        entity.organisation = (
            _organisation_of_nominal(doc, nom, view, places=False) or entity.organisation
        )
    if not entity.body:
        entity.body = _body_of_nominal(doc, nom)


def _is_former(nom: Token) -> bool:
    """Whether a role noun is a former one ("a former senator", "the ex-chairman"), or joined to
    one with no word of its own before it ("the former governor and agency administrator": both
    roles are former; not "a former aide and now the chairman", "... and currently president")."""
    if (
        nom.dep_ == "conj"
        and nom.head.i != nom.i
        and not any(c.dep_ in ("det", "advmod", "poss") for c in nom.children)
        and _is_former(nom.head)
    ):
        return True
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
        if _untagged_name(t) and (
            _tagged_elsewhere(view, _compound(t)) or _compound(t).lower() in NEWS_BODIES
        ):
            return _compound(t)  # "Acme" left untagged here, tagged a body elsewhere
    return ""


def _is_place(tok: Token) -> bool:
    """A place or people ("Ohio", "Russian"), not a party word, as a modifier; nor a body's
    name the recogniser tags as a place ("Germany's Green Party", "the Ohio Democratic
    Party")."""
    return (
        tok.ent_type_ in ("GPE", "NORP", "LOC")
        and tok.lower_ not in PARTY_ADJECTIVES
        and tok.lower_ not in _BODY_HEADS
    )


#: Last words of a body's name, never of a place's.
_BODY_HEADS = frozenset({"party", "university", "institute", "foundation", "council"})


def _organisation_of_clause(doc: Doc, verb: Token, view: DocView | None = None) -> str:
    """The organisation a clause about a person names: "who runs Acme", "who served as chairman
    of Acme", "now teaching at Acme", "who helped found Acme", or a verb joined to the first
    ("who backed Roe but recently joined the Doe campaign"). A past leading role ("who led
    Acme until 2001") is a former one and states no organisation, but for a party's national
    committee."""
    org = _organisation_of_one_clause(doc, verb, view)
    for conj in verb.conjuncts if not org and verb.dep_ in ("relcl", "acl") else ():
        if conj.pos_ in ("VERB", "AUX") and not any(c.dep_ == "nsubj" for c in conj.children):
            org = _organisation_of_one_clause(doc, conj, view)  # the same subject's
            if org:
                break
    return org


def _organisation_of_one_clause(doc: Doc, verb: Token, view: DocView | None) -> str:
    lemma = verb.lemma_.lower()
    if lemma == "help":
        done = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        return _organisation_of_one_clause(doc, done, view) if done is not None else ""
    if verb.lower_ == "found" and any(c.lower_ == "helped" for c in verb.children):
        lemma = "found"  # "who helped found Acme", "helped" read as an auxiliary of "find"
    past = verb.tag_ == "VBD" or any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children
    )
    org = ""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        member = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if member is not None and member.lower_ in PARTY_MEMBERS and not past:
            return PARTY_MEMBERS[member.lower_]  # "who is running for the Senate as a Democrat"
    if lemma in LEADING_VERBS or lemma == "join":
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        # What one runs is a body, whatever the entity recogniser calls it.
        if obj is not None and (obj.ent_type_ == "ORG" or obj.pos_ == "PROPN"):
            org = _ent_text(doc, obj)
        elif obj is not None and obj.lemma_.lower() == "campaign" and view is not None:
            org = _campaign_of(doc, view, obj)  # "who recently joined the Doe campaign"
        elif obj is not None:  # "who directs the Acme Institute's climate program"
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            if owner is not None and owner.ent_type_ in ORG_LABELS and not _is_place(owner):
                org = _ent_text(doc, owner)
            named = next((c for c in obj.children if c.dep_ == "appos"), None)
            if not org and named is not None and obj.lemma_.lower() in EMPLOYER_NOUNS:
                org = _name_of_described_body(doc, named)  # "runs the polling firm Acme"
            if not org:  # "who heads the Ohio chapter of the Sierra Club"
                org = _organisation_in_phrase(doc, obj, depth=1)
            if not org:
                # "who directs the vaccine program at the Mayo Clinic", the parser hanging
                # "at" on the verb: the body the unit is at.
                org = next(
                    (
                        _ent_text(doc, pobj)
                        for prep in verb.children
                        if prep.dep_ == "prep" and prep.lower_ == "at"
                        for pobj in prep.children
                        if pobj.dep_ == "pobj" and pobj.ent_type_ == "ORG"
                    ),
                    "",
                )
        if past and lemma in FORMER_WHEN_PAST:
            return _party_of_committee(org)
        return org  # one who joined a body is in it ("who joined Acme in 2010")
    if lemma == "be" and not past:
        # "who is a Republican", "who is now the director of Acme"
        for attr in (c for c in verb.children if c.dep_ == "attr"):
            if attr.lower_ in PARTY_MEMBERS:
                return PARTY_MEMBERS[attr.lower_]
            if attr.lemma_.lower() in POST_NOUNS:
                org = _organisation_of_nominal(doc, attr, view, places=False)
                if not org or _is_unit(org):
                    # "who is co-director of the Policy Program at Acme": the parser hangs
                    # "at Acme" on the verb; the body beats its unit.
                    org = _organisation_in_phrase(doc, verb, depth=1) or org
                return org
        return ""
    if lemma == "serve":
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
            role = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if role is not None and role.lemma_.lower() in PERSON_NOUNS:
                org = _organisation_of_nominal(doc, role, view, places=False)
                return _party_of_committee(org) if past else org
        return ""
    if lemma in WORK_VERBS and not past:
        # "an economist now teaching at Acme"; "who teaches journalism at Acme", the parser
        # hanging "at Acme" on what is taught.
        return _organisation_in_phrase(doc, verb) or next(
            (
                org
                for obj in verb.children
                if obj.dep_ == "dobj"
                for org in (_organisation_in_phrase(doc, obj, depth=1),)
                if org
            ),
            "",
        )
    return ""


#: Nouns for a post a sentence can state of a person ("She is a civilian employee of the Air
#: Force"): the role nouns, and "employee", which is not one because "the employee" as a
#: speaker is too often someone the article never names.
POST_NOUNS = PERSON_NOUNS | frozenset({"employee"})
#: Verbs by which one starts a job that goes on ("started work at Acme 24 years ago").
_STARTING_VERBS = frozenset({"start", "begin"})
#: Adverbs that make a job a past one ("no longer works at Acme").
_NO_LONGER = frozenset({"longer", "formerly", "once", "previously"})


def _employer_of_verb(doc: Doc, verb: Token) -> str:
    """The employer a main clause states for its subject: "works at Acme", "has worked at Acme
    for 24 years", "started work at Acme in 1992", "began working for Acme". A past job ("worked
    at Acme until 2001", "had worked at Acme") and a negated one give nothing; so does a person
    or place after "for" ("works for Roe", "works for Ohio")."""
    if any(c.dep_ == "neg" or c.lower_ in _NO_LONGER for c in verb.children):
        return ""  # "does not work at Acme", "no longer works at Acme", "once worked at Acme"
    lemma = verb.lemma_.lower()
    holder = verb
    if lemma in _STARTING_VERBS:
        holder = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("dobj", "xcomp") and c.lemma_.lower() in ("work", "job")
            ),
            None,
        )
        if holder is None:
            return ""
    elif lemma in WORK_VERBS:
        aux = [c for c in verb.children if c.dep_ == "aux"]
        now = verb.tag_ in ("VBZ", "VBP") or (
            verb.tag_ in ("VBN", "VBG") and aux and all(a.tag_ in ("VBZ", "VBP") for a in aux)
        )
        if not now:
            return ""
    elif lemma in LEADING_VERBS - {"found"} and verb.tag_ in ("VBZ", "VBP"):
        # "Jane Roe leads the Acme Teachers Union": what one runs now is one's body.
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.ent_type_ == "ORG" and obj.lower_ not in PARTY_ADJECTIVES:
            return _ent_text(doc, obj)
        return ""
    else:
        return ""
    for prep in (c for h in (holder, verb) for c in h.children if c.dep_ == "prep"):
        if prep.lower_ not in ("at", "for"):
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if pobj.ent_type_ == "ORG" and pobj.lower_ not in PARTY_ADJECTIVES:
            return _ent_text(doc, pobj)
        if _untagged_name(pobj):
            return _name_phrase(pobj)
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
        # "a former Republican senator": the office is past, the party is stated.
        return _party_word(nom) or _party_of_committee(
            _organisation_of_role(doc, nom, view, places)
        )
    if nom.lemma_.lower() in PARTY_ROLE_NOUNS:
        # "a California superdelegate": a seat in a party, whatever place it is for.
        return _party_word(nom) or PARTY_ROLE_NOUNS[nom.lemma_.lower()]
    return _organisation_of_role(doc, nom, view, places)


#: Role nouns of people running for office.
CANDIDATE_NOUNS = frozenset({"candidate", "nominee", "contender", "hopeful"})
#: Roles that exist in one party only (the Democratic Party's unpledged delegates).
PARTY_ROLE_NOUNS = {"superdelegate": "Democratic Party"}


#: Nouns for someone's stance toward a body or place, not a post in it: "a critic of Acme",
#: "a supporter of the campaign", "a resident of Ohio" state no organisation of theirs; nor
#: does kinship ("Doe's wife, Melania": not the Doe campaign's).
RELATION_NOUNS = KIN_NOUNS | frozenset(
    {
        "critic",
        "opponent",
        "supporter",
        "friend",
        "resident",
        "voter",
        "fan",
        "foe",
        "ally",
        "donor",
        "customer",
        "client",
        "victim",
        "admirer",
        "detractor",
        "skeptic",
        "sceptic",
        "backer",
    }
)
#: Nouns for those who vote for or back a party, whom a party word does not make its members
#: ("Democratic voters", "her Republican supporters"); a "Republican opponent" is one.
BACKER_NOUNS = frozenset({"voter", "supporter", "backer"})
#: Nouns for a past membership, which states no organisation either ("a Navy veteran", "a
#: Harvard graduate"); but "a two-decade veteran of the Acme Committee" is still on it.
PAST_MEMBER_NOUNS = frozenset({"veteran", "graduate", "alumnus", "alumna", "alum"})
#: Verbs by which one leaves a post.
_LEAVING_VERBS = frozenset({"retire", "leave", "quit", "resign"})


def _past_member(nom: Token) -> bool:
    """Whether a role noun is a past membership: "a Navy veteran", "a Harvard graduate"; not
    "a veteran of the Acme Committee"."""
    lemma = nom.lemma_.lower()
    if lemma != "veteran" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in nom.children):
        return lemma in PAST_MEMBER_NOUNS
    # "a 30-year veteran of the CIA who retired in 2013" has left it.
    return any(c.dep_ == "relcl" and c.lemma_ in _LEAVING_VERBS for c in nom.children)


#: Nouns whose "of" names a work or an award, not a body: "author of 'Acme Rising'", "winner of
#: the Acme Prize".
WORK_NOUNS = frozenset({"author", "co-author", "coauthor", "winner", "recipient", "laureate"})


#: Nouns for people in private life: a place written with one ("the New York businessman",
#: "a Texas native") says where they live or work, not a body they hold a post in.
PRIVATE_NOUNS = frozenset(
    {
        *("businessman", "businesswoman", "billionaire", "mogul", "magnate", "tycoon"),
        *("developer", "entrepreneur", "investor", "native", "homeowner", "retiree"),
        # the press: "the Hollywood columnist", "a Moscow correspondent" work there, for an
        # outlet the place does not name
        *("columnist", "reporter", "journalist", "correspondent", "blogger", "critic"),
    }
)


#: Roles of those who put out a publication ("publisher of the Acme Review").
PUBLISHER_NOUNS = frozenset({"publisher", "editor", "co-editor", "founder", "co-founder"})

#: Prepositions after a role noun that name the body the role is in ("director of Acme").
PREPS = ("for", "of", "at", "with", "from")
#: Roles whose body may also follow "to" ("an adviser to the Doe campaign").
ADVISER_NOUNS = frozenset({"adviser", "advisor", "aide", "consultant", "counselor", "counsellor"})


def _advised_body(tok: Token) -> bool:
    """Whether what one is an adviser "to" is a body: a campaign, or a name of two words or
    more tagged as an organisation ("the Acme Foundation"; "Trump" tagged as one is a man)."""
    if tok.lemma_.lower() == "campaign":
        return True
    start = _ent_start(tok)
    return (
        tok.ent_type_ == "ORG" and start + 1 < len(tok.doc) and tok.doc[start + 1].ent_iob_ == "I"
    )


#: Words for a department that a title names before its role noun ("communications
#: director", "Research Director", "press secretary"): part of the title, not of the body.
DEPARTMENT_WORDS = frozenset(
    {
        *("communications", "communication", "research", "political", "policy", "press"),
        *("digital", "finance"),
        *("field", "legal", "operations", "outreach", "data", "media", "marketing", "strategy"),
    }
)


def _role_children(nom: Token) -> Iterator[Token]:
    """The words that modify a role noun, through a department word before it: in "Doe
    campaign communications director" the parser hangs "campaign" on "communications"; the
    department word itself names no body (the recogniser may tag "Communications" as one).
    The words before a chair named for someone are its name, not its body's ("the Arjay and
    Frances Miller Chair at Acme", which the recogniser tags as a person)."""
    named_chair = nom.ent_type_ == "PERSON" and any(c.dep_ == "det" for c in nom.children)
    for child in nom.children:
        if named_chair and child.i < nom.i:
            continue
        if child.dep_ == "compound" and child.i < nom.i and child.lower_ in DEPARTMENT_WORDS:
            yield from child.children
        else:
            yield child


def without_department(name: str) -> str:
    """A body's name without the department words the recogniser took into it from the title
    after it ("Acme National Committee Research" in "... Research Director Jim Roe")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in DEPARTMENT_WORDS:
        words.pop()
    return " ".join(words)


def _organisation_of_role(doc: Doc, nom: Token, view: DocView | None, places: bool) -> str:
    lemma = nom.lemma_.lower()
    if lemma in ("chairman", "chairwoman", "chair") and (party := _local_party(doc, nom)):
        return party  # "the Democratic chairman in Nassau County", "Wyoming GOP chairman"
    if lemma in ("committeeman", "committeewoman"):
        # "the Republican National Committeeman from Utah", "an RNC committeeman": a member
        # of the party's national committee.
        words = {c.lower_ for c in nom.lefts}
        party = next((PARTY_ADJECTIVES[w] for w in words if w in PARTY_ADJECTIVES), "")
        initials = next((PARTY_COMMITTEE_NAMES[w] for w in words if w in PARTY_COMMITTEE_NAMES), "")
        if initials or (party and "national" in words):
            return initials or party.replace(" Party", " National Committee")
    if lemma in RELATION_NOUNS or _past_member(nom):
        # Only a party stays ("her Republican opponent"), or a post joined to it ("a Clinton
        # supporter and president of the Center for American Progress") or stated in a clause
        # about it ("a Navy veteran who now is a civilian employee of the Air Force").
        return (
            _party_word(nom)
            or _organisation_of_conjoined_role(doc, nom, view, places)
            or next(
                (
                    org
                    for child in nom.children
                    if child.dep_ == "relcl"
                    for org in (_organisation_of_clause(doc, child, view),)
                    if org
                ),
                "",
            )
        )
    # A surrogate speaks for a campaign wherever it is written.
    staff = view is not None and (view.campaign or lemma == "surrogate") and lemma in STAFF_NOUNS
    modifier = ""
    # "a senior adviser to the Clinton campaign"
    preps = ("for", "of", "at", "with", "from", "to") if lemma in ADVISER_NOUNS else PREPS
    unit = ""  # a unit the role is in, when nothing else names its body
    for child in _role_children(nom):
        if child.dep_ == "prep" and child.lower_ == "in" and not places:
            # A named person's role in a body: "a professor in the school of law at Acme
            # University", "an official in the State Department", "a strategist in Doe's
            # campaign"; not a place, which is where the role is ("a lawyer in Ohio").
            org, in_unit = _body_a_role_is_in(doc, view, child)
            unit = unit or in_unit
            if org:
                return org
            continue
        if child.dep_ == "prep" and child.lower_ == "on":
            # "a senior adviser on the Doe campaign"
            # A named owner, and not a past one ("on Mrs. Clinton's 2008 campaign", "on the
            # military campaign").
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            owned = pobj is not None and any(
                c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in pobj.children
            )
            past = pobj is not None and any(c.ent_type_ == "DATE" for c in pobj.subtree)
            if owned and not past and pobj.lemma_.lower() == "campaign" and view is not None:
                org = _campaign_of(doc, view, pobj)
                if org:
                    return org
        if child.dep_ == "prep" and child.lower_ in preps:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if lemma in WORK_NOUNS and child.lower_ == "of":
                continue  # "author of 'America's Bitter Pill'", "winner of the Acme Prize"
            if (
                lemma in CANDIDATE_NOUNS
                and child.lower_ == "for"
                and pobj is not None
                and not _is_party(_party_or(_ent_text(doc, pobj)))  # "for the Green Party"
            ):
                continue  # "a candidate for U.S. Senate" seeks a seat in it, holds none
            if staff and pobj is not None and _campaigner(doc, pobj):
                return _campaign_name(_ent_text(doc, pobj))  # "advisers to Jane Doe"
            if pobj is None or (child.lower_ == "to" and not _advised_body(pobj)):
                continue
            if pobj.text == "GOP":
                return _party_body(doc, pobj)  # "vice chairman of the Allegheny County GOP"
            if (
                lemma in PUBLISHER_NOUNS
                and child.lower_ == "of"
                and pobj.pos_ == "PROPN"
                and pobj.ent_type_ in ("PRODUCT", "WORK_OF_ART", "NORP")
                and not _people_named(pobj)  # "founder of Sikh Americans for Trump"
            ):
                # "publisher of SCOTUSblog", "publisher of The Federalist": what a publisher
                # or an editor puts out is a body, whatever the recogniser calls it.
                return _ent_text(doc, pobj)
            if (
                child.lower_ == "at"
                and pobj.ent_type_ == "GPE"
                and pobj.pos_ == "PROPN"
                and not _known_place(_ent_text(doc, pobj))
            ):
                # "a senior analyst at Jefferies": one works at a body, not at a town, so a
                # name after "at" that is no state, country or capital is a body misread.
                return _ent_text(doc, pobj)
            if pobj.ent_type_ in ORG_LABELS and (places or not _is_place(pobj)):
                org = _ent_text(doc, pobj)
                if not _is_proper(org) or _is_unit(org):
                    # "chairman of the computer science department at Dartmouth College": the
                    # recogniser's lower-case body gives way to a named one further on, and so
                    # does a unit ("co-director of the Nuclear Policy Program at Acme").
                    inner = _organisation_in_phrase(doc, pobj)
                    if inner or " " in org or _is_proper(org):
                        return inner or org
                    continue  # one lower-case word names no body: "the secretary of state"
                return org
            if child.lower_ == "at" and _untagged_name(pobj):
                return _name_phrase(pobj)  # "head of product policy at Facebook", untagged
            if staff and pobj.ent_type_ == "PERSON":  # "a spokeswoman for Jane Doe"
                return _campaign_name(_ent_text(doc, pobj))
            if pobj.lemma_.lower() == "campaign" and view is not None:
                return _campaign_of(doc, view, pobj)  # "the architect of Doe's campaign"
            named_kind = _body_named_after_kind(doc, pobj)
            if named_kind:
                return named_kind  # "a spokesman for the advocacy group Acme Watch"
            named_group = _named_group(pobj)
            if named_group:
                return named_group  # "the leader of the Democratic caucus"
            renamed = body_renamed_after(doc, pobj)
            if renamed is not None:
                return _ent_text(doc, renamed[-1])  # "a spokesman for the company, Acme Corp."
            called = _body_called_back(doc, view, pobj)
            if called:
                return called  # "a lawyer for the company", after "Globex Inc. lost ..."
            inner = _organisation_in_phrase(doc, pobj)
            if inner:
                return inner  # "an associate for outreach at the Acme Institute"
            # A unit of a named body: "chairman of the Indiana GOP's 7th District", "head of
            # Acme's research lab" (not a place's: "of Delaware's top brass"; and not when the
            # unit is named: "at Acme's parent company, Apex").
            owners = [c for c in pobj.children if c.dep_ == "poss"]
            named_unit = any(c.dep_ == "appos" for c in pobj.children)
            owner = owners[0] if owners and not named_unit else None
            if owner is not None and owner.text == "GOP":
                return _party_body(doc, owner)
            if owner is not None and owner.ent_type_ == "ORG":
                return _party_or(_ent_text(doc, owner))
        if child.dep_ in ("relcl", "acl"):
            org = _organisation_of_clause(doc, child, view)  # "an official who runs Acme"
            if org:
                return org
        if child.dep_ == "compound" and child.lower_ == "police":
            force = _police_force(doc, child)  # "the Tulsa police chief"
            if force:
                return force
        if child.dep_ in ("poss", "compound") and staff and _is_candidate(view, child):
            return _campaign_name(_ent_text(doc, child))  # "Doe spokesman Jim Roe"
        if (
            child.dep_ in ("poss", "compound", "nmod")  # nmod: "State Department ... officer"
            and child.ent_type_ in ORG_LABELS
            and (places or not _is_place(child))
            and not modifier
            and not _opening_common_noun(child)
        ):
            # "House editor for Acme": an employer after the role beats a name before it.
            # A state's "GOP" is that state's party ("an Indiana GOP consultant").
            modifier = _party_or(without_department(_ent_text(doc, child)))
            start = _ent_start(child)
            if not _is_proper(modifier) and start >= 2 and doc[start - 1].tag_ == "POS":
                # "China's foreign ministry spokesman X": the body, in lower case, is the
                # country's (as "Iran's foreign minister X" is Iran's).
                owner = doc[start - 2]
                modifier = _ent_text(doc, owner) if owner.ent_type_ == "GPE" else modifier
            if child.text == "GOP" and modifier in PARTIES:
                modifier = _party_body(doc, child)
            continue
        if child.dep_ in ("poss", "compound") and child.lemma_.lower() == "campaign" and view:
            return _campaign_of(doc, view, child)  # "the campaign's press secretary"
        if child.dep_ == "poss" and (called := _body_called_back(doc, view, child)):
            return called  # "the company's general counsel", after "Globex Inc. lost ..."
        if child.dep_ in ("amod", "compound") and child.text == "GOP":
            return _party_body(doc, child)  # "the GOP nominee", "an Indiana GOP insider"
        if child.dep_ in ("amod", "compound") and child.lower_ in PARTY_ADJECTIVES:
            return PARTY_ADJECTIVES[child.lower_]  # "the Republican nominee"
    if modifier:
        return modifier
    return (
        _organisation_of_conjoined_role(doc, nom, view, places)
        or _misread_body_of_role(doc, nom, view)
        or unit
    )


#: The first words of a shop's name, which news writes after its owner's name in the
#: possessive: "owner of Baker's Hardware" works at Baker's Hardware, not at "Hardware".
BUSINESS_WORDS = frozenset(
    {"hardware", "bakery", "diner", "cafe", "café", "restaurant", "pizza", "pizzeria", "grill"}
    | {"tavern", "pub", "deli", "market", "grocery", "pharmacy", "drugstore", "garage", "salon"}
    | {"books", "bookstore", "kitchen", "farm", "farms", "orchard", "brewery", "winery", "inn"}
    | {"bar", "bistro", "barbershop", "florist", "jewelers", "jewelry", "auto", "motors"}
)
_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w&.-]*\s)*[A-Z][\w&.-]*['’]s)\s$")


def with_owner(text: str, org: str) -> str:
    """A shop's name with its owner's, where the article writes it so ("Baker's Hardware"
    for "Hardware"); the name as it was otherwise."""
    if not org or org.split()[0].lower() not in BUSINESS_WORDS:
        return org
    for found in re.finditer(re.escape(org), text):
        owner = _OWNER_BEFORE.search(text, max(0, found.start() - 60), found.start())
        if owner:
            return f"{owner.group(1)} {org}"
    return org


def body_renamed_after(doc: Doc, noun: Token) -> Span | None:
    """The organisation named right after a body's common noun, between commas: "a spokesman
    for the company, Acme Corp., said" (the parser may hang the name on "spokesman", as if it
    named him). None when the noun is no body's or no organisation's name follows it."""
    if noun.lemma_.lower() not in GROUP_NOUNS or noun.ent_type_ or not noun.text.islower():
        return None
    i = noun.i + 1
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].ent_iob_ != "B":
        return None
    if doc[i + 1].ent_type_ != "ORG":
        return None
    end = i + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[i + 1 : end]


def _party_word(nom: Token) -> str:
    """The party a party word modifying a role noun names ("her Republican opponent", "a
    former GOP congressman"), else ""."""
    return next(
        (
            PARTY_ADJECTIVES[c.lower_]
            for c in nom.children
            if c.dep_ in ("amod", "compound") and c.lower_ in PARTY_ADJECTIVES
        ),
        "",
    )


def _local_party(doc: Doc, chair: Token) -> str:
    """The state or county party a party chair heads, named by the place written with the role
    ("the Democratic chairman in Nassau County" -> Nassau County Democratic Party, "Wyoming GOP
    chairman" -> Wyoming Republican Party), else ""."""
    party = _party_word(chair)
    if not party:
        # "State party chairman X": the state's party of the party the article named last
        local = party_meant(doc, chair)
        return local if local not in PARTY_ADJECTIVES.values() else ""
    places = [c for c in chair.lefts if c.dep_ in ("compound", "nmod") and c.ent_type_ == "GPE"]
    for prep in (c for c in chair.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "for")):
        places.extend(c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE")
    if not places:
        return ""
    place = _strip_determiner(_ent_text(doc, places[0]))
    return "" if place.lower() in _HOME_COUNTRY else f"{place} {party}"


#: Words for a party's units below the nation: "a local GOP leader", "the district GOP
#: chairman", "State party chairman X" (the state's party, in the gold sets' convention).
LOCAL_UNIT_WORDS = frozenset({"local", "district", "county", "state", "precinct"})


def _article_state(doc: Doc) -> str:
    """The U.S. state an article is about: the one it names most, at least twice and more
    often than any other, else "" ("a local GOP leader" there belongs to that state's
    party)."""
    states = us_states()
    counts = Counter(e.text for e in doc.ents if e.label_ == "GPE" and e.text in states)
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) == 2 and top[1][1] == top[0][1]):
        return ""
    return top[0][0]


def _state_party(doc: Doc, party: str, words: Iterable[Token]) -> str:
    """The state party a local unit word among ``words`` places ``party`` in ("a local GOP
    leader" in an article on Indiana -> Indiana Republican Party), else ""."""
    if not any(w.lower_ in LOCAL_UNIT_WORDS for w in words):
        return ""
    state = _article_state(doc)
    return f"{state} {party}" if state and party in PARTY_ADJECTIVES.values() else ""


def _party_body(doc: Doc, party_word: Token) -> str:
    """The party a capitalised party word names as a body: "the GOP" -> Republican Party, and
    with a state or county written before it, that place's party ("the Allegheny County GOP"
    -> Allegheny County Republican Party); not "Senate GOP", which is the party's senators.
    A local unit of the party ("a local GOP leader", "the 6th District GOP") is the party of
    the state the article is about."""
    party = PARTY_ADJECTIVES[party_word.lower_]
    lefts = [c for c in party_word.lefts if c.dep_ in ("compound", "nmod") and c.text[:1].isupper()]
    if lefts:
        place = doc[lefts[0].left_edge.i : party_word.i].text
        gpe = any(t.ent_type_ == "GPE" for t in lefts)
        if (gpe or place.endswith(" County") or place in us_states()) and (
            place.lower() not in _HOME_COUNTRY
        ):
            return f"{place} {party}"
    # A unit's word, in lower case, on the party word or on the role noun before it ("a local
    # GOP leader"), or a district's name ("the 6th Congressional District GOP").
    before = [*party_word.lefts, *(c for c in party_word.head.lefts if c.i < party_word.i)]
    unit = [c for c in before if c.text.islower()]
    if lefts and doc[party_word.i - 1].text == "District":
        unit.append(doc[party_word.i - 1])
    return _state_party(doc, party, unit) or party


#: The word by which an article calls a party it has named ("the party's leaders").
_PARTY_NOUN = "party"


def party_meant(doc: Doc, head: Token) -> str:
    """The party an unnamed "party" in a mention stands for ("the party said", "party
    officials", "the party's leaders", "the base of the party"): the party the article named
    last before it ("Democratic", "GOP", "Republicans"), or "" when the mention has no such
    word, names its party itself, or the article names none before it.

    Written by hand: spaCy's small model has no coreference, and the article names the party
    it means in the sentences before nearly always."""
    words = [head, *(c for c in head.children if c.dep_ in ("compound", "poss"))]
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        words.extend(c for c in prep.children if c.dep_ == "pobj")  # "the base of the party"
    party = next((w for w in words if w.lower_ == _PARTY_NOUN and w.text.islower()), None)
    if party is None or any(
        c.lower_ in PARTY_ADJECTIVES
        or (c.text[:1].isupper() and c.lower_ not in LOCAL_UNIT_WORDS)
        or c.dep_ == "poss"
        for c in party.lefts
        if c.dep_ != "det" and c.tag_ != "POS"
    ):
        return ""  # "the Republican party", "the Tea Party", "Acme's party": named there
    for tok in reversed(doc[: head.left_edge.i]):
        if tok.lower_ in PARTY_ADJECTIVES and tok.text[:1].isupper():
            named = PARTY_ADJECTIVES[tok.lower_]
            # "the local party", "Local party leaders"
            unit = [*party.lefts, *(c for c in head.lefts if c.i < party.i)]
            return _state_party(doc, named, unit) or named
    return ""


def _campaigner(doc: Doc, tok: Token) -> bool:
    """Whether a person's name after a staff noun's preposition can be a candidate's: one
    person (not "both Clintons"), without a president's title before it ("an adviser to
    President Obama" works for the White House, not for a campaign)."""
    if tok.ent_type_ != "PERSON" or tok.tag_ == "NNPS" or tok.text.endswith("s'"):
        return False
    start = _ent_start(tok)
    before = {t.lower_.rstrip(".").split("-")[-1] for t in doc[max(0, start - 2) : start]}
    return "president" not in before


def _misread_body_of_role(doc: Doc, nom: Token, view: DocView | None) -> str:
    """The body a role noun's owner or object names when the recogniser did not tag it as an
    organisation ("Twitter's director", "a spokeswoman for Public Citizen"), or the one an
    "its" stands for ("Jim Roe, its chief executive")."""
    lemma = nom.lemma_.lower()
    if view is None or lemma not in PERSON_NOUNS:
        return ""  # "the Obama administration", "Acme's poll average" are no one's post
    if any(c.dep_ == "poss" and c.lower_ == "its" for c in nom.children):
        return _last_body(doc, view, nom)  # "its hosts": the network's
    if lemma in _NO_EMPLOYER_ROLES:
        return ""
    for child in nom.children:
        if child.dep_ in ("poss", "compound") and child.pos_ == "PROPN" and child.i < nom.i:
            org = _owner_organisation(doc, view, child)
            if org:
                return org
        if child.dep_ == "prep" and child.lower_ in PREPS:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            org = _object_organisation(doc, view, child, pobj) if pobj is not None else ""
            if org:
                return org
    return ""


def _organisation_of_conjoined_role(
    doc: Doc, nom: Token, view: DocView | None, places: bool
) -> str:
    """The organisation of a role joined to this one: "the former mayor and current Democratic
    nominee"."""
    for child in nom.children:
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
    if tok.ent_type_ == "PERSON" and (
        tok.ent_iob_ == "I" or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I")
    ):
        return True  # a full name ("Jane Doe spokesman")
    # A one-word name, whatever the recogniser calls it ("Roe's" as a LAW, "Twitter" as a
    # person): the surname of a person the article names in full.
    if tok.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "TIME") or not tok.text[:1].isupper():
        return False
    if tok.ent_iob_ == "I" and tok.ent_type_ in ("ORG", "FAC"):
        return False  # the end of a longer name: "White House press secretary", not "House"
    return any(
        e.label_ == "PERSON" and len(e) > 1 and _name_key(_clean_name(e.text)) == tok.lower_
        for e in view.ents
    )


def _body_of_nominal(doc: Doc, nom: Token) -> str:
    """The body a role noun places a person in: a chamber for "the Ohio senator", the place
    for "the Ohio governor" or "the mayor of Springfield" (and, for other roles, the place
    written with them); nothing for a former role."""
    if _is_former(nom):
        return ""
    lemma = nom.lemma_.lower()
    if _agent_noun(nom):
        return ""  # "a Virginia delegate" goes to a convention from Virginia: no post in either
    if lemma in TITLE_BODIES:
        # "a state senator" sits in a state's legislature, not in Congress.
        return "" if _state_legislator(nom) else TITLE_BODIES[lemma]
    if lemma in RELATION_NOUNS or lemma in PRIVATE_NOUNS or _past_member(nom):
        return ""  # "the New York businessman", "an Ohio voter": from a place, no post in it
    for child in nom.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and _is_place(child):
            if _people_of_no_country(doc, child):
                continue  # "an African American woman", "a Muslim cleric": no body
            if lemma in COUNTRY_TITLES:
                return _country(doc, child)  # "the South Korean president"
            return _ent_text(doc, child)
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and _is_place(pobj) and lemma in PLACE_TITLES:
                return _ent_text(doc, pobj)
            if pobj is not None and _is_place(pobj) and lemma in COUNTRY_TITLES:
                return _country(doc, pobj)  # "the foreign minister of France"
    return _department_of_nominal(nom)


#: What a delegate goes to in Congress ("the District's delegate to Congress").
_CONGRESS_WORDS = frozenset({"congress", "house"})


def _agent_noun(nom: Token) -> bool:
    """Whether a chamber's word, written as a common noun, names someone who acts for others
    rather than a member of Congress: "a union representative", "a representative for Acme",
    "a delegate to the convention", "a Sanders delegate" (a delegate is a convention's unless
    sent to Congress; the title "Del." before a name is read elsewhere)."""
    lemma = nom.lemma_.lower()
    if lemma not in ("representative", "delegate") or nom.pos_ != "NOUN":
        return False
    if lemma == "delegate":
        sent_to = [
            obj.lower_
            for prep in nom.children
            if prep.dep_ == "prep" and prep.lower_ == "to"
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        return not (set(sent_to) & _CONGRESS_WORDS)
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in nom.children) or any(
        c.dep_ == "compound" and c.pos_ == "NOUN" for c in nom.children
    )


def _people_of_no_country(doc: Doc, tok: Token) -> bool:
    """Whether a people word names no country ("African American", "Muslim", "Hispanic"), as
    "Russian" (Russia) and "American" (the United States) do."""
    if tok.ent_type_ != "NORP":
        return False
    name = _ent_text(doc, tok).lower()
    countries = demonym_countries()
    return name not in countries and name.rstrip("s") not in countries


#: Ranks written before a department head's title.
_RANKS = frozenset({"assistant", "deputy", "under", "acting", "associate", "principal"})


def _department_of_nominal(nom: Token) -> str:
    """The department a department head's role noun names ("the attorney general" -> Justice
    Department, "the secretary of state" -> State Department) when the article names that
    department; a place written with it was taken before ("the Ohio attorney general" ->
    Ohio)."""
    # A rank is no part of the title ("assistant secretary of state for population").
    words = [
        c.lower_
        for c in nom.children
        if c.dep_ == "compound" and c.i < nom.i and c.lower_ not in _RANKS
    ]
    words.append(nom.lower_)
    for child in nom.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == nom.i + 1:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            last = pobj.i if pobj is not None else child.right_edge.i
            words.extend(t.lower_ for t in nom.doc[child.i : last + 1])
    phrase = " ".join(words)
    org = next((org for title, org in TITLE_ORGS.items() if phrase == title), "")
    # States have attorneys general and secretaries of state too: only when the article names
    # the department ("... took the helm at the Justice Department").
    kind = org.rsplit(" ", 1)[0]
    text = nom.doc.text if org else ""
    return org if org in text or f"Department of {kind}" in text else ""


#: Words for a government below a country's.
_LOWER_GOVERNMENTS = frozenset(
    {"local", "state", "provincial", "regional", "municipal", "city", "county", "tribal"}
)


def government_country(doc: Doc, head: Token) -> str:
    """The country a government noun names ("the South Korean government", "the government of
    Japan", "the French government"): the country speaks for it. "" when it names none, and
    for a lower government ("Chinese local governments", "the state government")."""
    if head.tag_ != "NN" or any(c.lower_ in _LOWER_GOVERNMENTS for c in head.children):
        return ""
    places = [
        c
        for c in head.children
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in ("NORP", "GPE")
    ]
    places += [
        pobj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE"
    ]
    for place in places:
        name = _clean_name(_ent_text(doc, place))
        if name.lower() in _HOME_COUNTRY or name.lower() == "american":
            return "United States"
        country = _country(doc, place)
        if not country and place.ent_type_ == "NORP":
            # "Saudi" for "Saudi Arabian": the one demonym it begins
            longer = {c for d, c in demonym_countries().items() if d.startswith(f"{name.lower()} ")}
            country = longer.pop() if len(longer) == 1 else ""
        if country:
            return country
    return ""


def _country(doc: Doc, tok: Token) -> str:
    """The country a place or people word names ("France"; "South Korean" -> the article's
    "South Korea", else the country of that demonym), but for the United States."""
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
    country = demonym_countries().get(name.lower(), "")
    return "" if country.lower() in _HOME_COUNTRY else country


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """The states of the United States (and the District of Columbia), from ``countryinfo``."""
    import countryinfo

    return frozenset(countryinfo.CountryInfo("United States").provinces())


@lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    """Country by demonym ("german" -> Germany), from the ``countryinfo`` package's data; a
    demonym of several places (French) names the most populous (France, not Martinique)."""
    import countryinfo

    best: dict[str, tuple[int, str]] = {}
    for country in countryinfo.all_countries():
        demonym, name = country.demonym(), country.name()
        if not demonym or not name:
            continue
        key, population = demonym.lower(), country.population() or 0
        if key not in best or population > best[key][0]:
            best[key] = (population, name)
    return {key: name for key, (_, name) in best.items()}


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """The U.S. states, the countries and their capitals (the ``countryinfo`` package's)."""
    import countryinfo

    names = set(us_states())
    for country in countryinfo.all_countries():
        for name in (country.name(), country.capital()):  # a capital may be a list
            names.update(n for n in (name if isinstance(name, list) else [name]) if n)
    return frozenset(names)


def _known_place(name: str) -> bool:
    """Whether ``name`` (without a leading "the") is a U.S. state, a country or a capital."""
    return _strip_determiner(name) in _known_places()


#: Titles that place a person in a national body only when written right before the name
#: ("Chief Justice Jane Doe", "House Speaker Jim Roe"); as nouns they are too general ("the
#: speaker at the rally").
NAME_TITLE_BODIES = {"justice": "Supreme Court", "speaker": "U.S. House of Representatives"}

#: The chambers of Congress as news writes them bare ("Senate Majority Leader Jim Roe").
_BARE_CHAMBERS = {"senate": "U.S. Senate", "house": "U.S. House of Representatives"}
#: Departments news names by one word before a role ("State spokesman Mark Toner").
_BARE_DEPARTMENTS = {"State": "State Department"}


def _state_legislator(title: Token) -> bool:
    """Whether a congressional title is a state one: "state Sen. Jane Doe", "a state senator"
    (the word before it, or a modifier of it, is "state")."""
    before = title.doc[title.i - 1] if title.i > 0 else None
    return (before is not None and before.lower_ == "state") or any(
        c.lower_ == "state" and c.dep_ in ("amod", "compound", "nmod") for c in title.children
    )


def _named_place(view: DocView, tok: Token) -> bool:
    """A capitalised word the article names elsewhere as a place on its own ("Charlotte")."""
    return tok.text[:1].isupper() and any(
        e.label_ == "GPE" and e.text == tok.text for e in view.ents
    )


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
        # Only periods and proper nouns between the title and the name ("Sens." "." "Jon
        # Doe"); not "Texas Gov. Hears About Obama's ..." in a title-case headline.
        between = doc[t.i + 1 : ent.start]
        if any(w.text != "." and (w.pos_ != "PROPN" or not w.text[:1].isupper()) for w in between):
            continue
        before = {w.lower_ for w in doc[max(0, t.i - 3) : t.i]}
        if before & FORMER_WORDS:
            return ""
        if word in TITLE_BODIES:
            return "" if _state_legislator(t) else TITLE_BODIES[word]  # not "state Sen. X"
        if word == "judge" and [w.lower_ for w in doc[max(0, t.i - 2) : t.i]] == [
            "u.s.",
            "district",
        ]:
            return "U.S. District Court"  # "U.S. District Judge Jane Doe"
        if (
            word in NAME_TITLE_BODIES
            and t.i + 1 == ent.start
            and not any(_is_place(w) for w in doc[max(0, t.i - 2) : t.i])
        ):
            return NAME_TITLE_BODIES[word]  # "Chief Justice Jane Doe", but "Ohio House Speaker"
        if word in PLACE_TITLES and t.i > 0 and _is_place(doc[t.i - 1]):
            return _ent_text(doc, doc[t.i - 1])  # "Ohio Gov. Jane Doe"
        if word in PLACE_TITLES and t.i > 0 and _named_place(view, doc[t.i - 1]):
            return doc[t.i - 1].text  # "Charlotte Mayor X", with "Charlotte" tagged a person
        # "Secretary General", "Secretary-General" (three tokens for spaCy)
        prev = doc[t.i - 2] if t.i > 1 and doc[t.i - 1].text == "-" else doc[max(0, t.i - 1)]
        secretary_general = word == "secretary-general" or (
            word == "general" and t.i > 0 and prev.lower_ == "secretary"
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
            if pobj is None or (tok.ent_type_ and _ent_start(pobj) == _ent_start(tok)):
                continue  # none, or a word of the same name ("Center for Politics")
            if pobj.ent_type_ == "ORG":
                return _ent_text(doc, pobj)
            if child.lower_ == "at" and _untagged_name(pobj):
                return _name_phrase(pobj)
            found = _organisation_in_phrase(doc, pobj, depth - 1)
            if found:
                return found
    return ""


def _is_proper(name: str) -> bool:
    """A name that starts with a capital once a leading "the" is gone ("the Acme Institute",
    not "the computer science department")."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


def _untagged_name(tok: Token) -> bool:
    """A capitalised proper noun that the entity recogniser left untagged ("at Facebook")."""
    return not tok.ent_type_ and tok.pos_ == "PROPN" and tok.text[:1].isupper()


def _name_phrase(tok: Token) -> str:
    """An untagged name with the words around it that belong to it: from its first capital
    ("the Urban-Brookings Tax Policy Center", without "the") to its last ("March of Dimes")."""
    doc = tok.doc
    words = list(doc[tok.left_edge.i : tok.i + 1])
    while words and not words[0].text[:1].isupper():
        words.pop(0)
    start = words[0].i if words else tok.i
    end = tok.i + 1
    while end < tok.right_edge.i + 1 and (doc[end].text[:1].isupper() or doc[end].lower_ == "of"):
        end += 1
    while doc[end - 1].lower_ == "of":
        end -= 1
    return doc[start:end].text


def _named_group(tok: Token) -> str:
    """A body named by a group noun and the name before it ("the Democratic caucus")."""
    if tok.lemma_.lower() not in GROUP_NOUNS or tok.ent_type_:
        return ""
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ in ORG_LABELS]
    if not mods:
        return ""
    return tok.doc[mods[0].i : tok.i + 1].text


def _campaign_name(owner: str) -> str:
    """The name news gives a person's campaign: "Jane Doe" -> "Doe campaign". A name the
    recogniser ran past a possessive is its owner's ("Trump's Indiana" chairman: Trump's)."""
    owner = re.split(r"['’]s\b", owner)[0]
    words = [w for w in re.findall(r"[\w’'.-]+", _clean_name(owner)) if w[0].isupper()]
    words = [w for w in words if not _is_title(w)]
    if not words:
        return ""
    # A plural possessive's apostrophe is not part of the name ("Sanders’ campaign").
    return words[-1].rstrip("’'") + " campaign"


def _campaign_of(doc: Doc, view: DocView, tok: Token) -> str:
    """The campaign a "campaign" noun stands for: "the Doe campaign", "Jane Doe's campaign",
    and "the campaign" (or "his campaign"), the campaign of the person named last before it."""
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod") and _is_place(child):
            return ""  # "the United States presidential campaign" is no candidate's
        if child.dep_ in ("compound", "amod", "poss", "nmod") and (
            child.ent_type_ in ("PERSON", "ORG") or child.pos_ == "PROPN"
        ):
            if child.ent_type_ == "ORG" and child.lower_ not in PARTY_ADJECTIVES:
                name = _ent_text(doc, child)
                if len(name.split()) > 1:
                    return ""  # "the Sierra Club campaign" is not a candidate's
            return _campaign_name(_ent_text(doc, child))
    before = doc[tok.i - 1] if tok.i > 0 else None
    if (
        before is not None
        and before.head.i > tok.i
        and (
            before.ent_type_ == "PERSON"
            or (before.ent_type_ == "ORG" and len(_ent_text(doc, before).split()) == 1)
        )
    ):
        # "Doe campaign communications director", with "Doe" hung on the role noun (the
        # recogniser may take a one-word candidate's name for a body's)
        return _campaign_name(_ent_text(doc, before))
    # "his campaign", or "her campaign manager" (the pronoun on the role the noun modifies)
    owners = [*tok.children, *(tok.head.children if tok.dep_ == "compound" else ())]
    if any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "its", "this")
        for c in owners
    ):
        owner = _last_person(view, tok)
        if owner is not None:
            return _campaign_name(owner.text)
        return ""
    role = tok.head
    if (
        tok.dep_ == "compound"
        and role.lemma_.lower() in STAFF_NOUNS
        and not any(c.dep_ == "prep" for c in role.children)  # "... for Kerry's campaign"
    ):
        # "campaign manager Jim Roe", no owner written
        return _campaign_in_sentence(view, tok) or _main_campaign(view)
    return ""


def _surnames_named(view: DocView) -> Counter[str]:
    """How often the article names each person, by surname."""
    return Counter(
        _clean_name(ent.text).split()[-1]
        for ent in view.ents
        if ent.label_ == "PERSON" and _clean_name(ent.text)[:1].isupper()
    )


def _running_in(names: Iterable[str], text: str) -> list[str]:
    """The surnames whose campaign or candidacy ``text`` writes of ("the Doe campaign",
    "Doe's candidacy", "Doe's presidential campaign"), in sorted order."""
    return [
        name
        for name in sorted(names)
        if re.search(
            rf"\b{re.escape(name)}(?:['’]s?)? (?:presidential )?(?:campaign|candidacy)\b", text
        )
    ]


def _campaign_in_sentence(view: DocView, tok: Token) -> str:
    """The campaign of the one candidate whose campaign or candidacy the sentence of a campaign
    role with no owner writes of ("to pitch Doe's candidacy, according to campaign manager Jim
    Roe"), else ""."""
    running = _running_in(_surnames_named(view), tok.sent.text)
    return _campaign_name(running[0]) if len(running) == 1 else ""


def _main_campaign(view: DocView) -> str:
    """The campaign an article is about, for a campaign role written with no owner ("campaign
    manager Jim Roe"): that of the person the article names most, when it writes of that
    person's campaign or candidacy ("the Doe campaign", "Doe's candidacy") and of no one
    else's; else "" (the campaign manager in a story on Doe that writes of Roe's campaign
    could be either's)."""
    counts = _surnames_named(view)
    running = _running_in(counts, view.text)
    most = counts.most_common(2)
    named_most = len(most) == 1 or (len(most) == 2 and most[0][1] > most[1][1])
    if len(running) != 1 or not named_most or most[0][0] != running[0]:
        return ""
    return _campaign_name(running[0])


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
    """A party written as an adjective or nickname ("GOP") becomes the party's name, and a
    state's "GOP" that state's party ("Wyoming GOP" -> Wyoming Republican Party)."""
    words = _strip_determiner(name).split()
    if len(words) > 1 and words[-1] == "GOP" and " ".join(words[:-1]) in us_states():
        return " ".join(words[:-1]) + " Republican Party"
    return PARTY_ADJECTIVES.get(name.lower(), name)


def _is_party(name: str) -> bool:
    """Whether a body's name is a party's ("Democratic Party", "the Green Party")."""
    return name in PARTIES or name.endswith(" Party")


#: A party letter alone in brackets after a name: "Gov. Jane Doe (D)".
_PARTY_LETTER = re.compile(r"\s?\(([RDI])\)")


def _party_tag(view: DocView, ent: Span) -> str:
    """The party of a tag after a name: "Sen. Jane Doe (D-Ohio)", "Jane Doe, R-Texas",
    "Gov. Jane Doe (D)". An independent's tag ("I-Vt.") states no party, and no organisation:
    the body the title names stands ("Sen." -> U.S. Senate)."""
    tail = view.text[ent.end_char : ent.end_char + 16]
    m = _PARTY.match(tail.lstrip(", (")) or _PARTY_LETTER.match(tail)
    if m and tail[:1] in (",", " ", "(") and m.group(1) != "I":
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
        if child.dep_ == "appos":
            # "Jane Doe, a nurse and a Republican", "Jane Doe, the student from Ohio and a
            # Democrat" (the parser may join the party to the place).
            for t in child.subtree:
                if (
                    t.dep_ == "conj"
                    and t.lower_ in PARTY_MEMBERS
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
                    and not any(c.lower_ in ("former", "onetime", "ex") for c in t.children)
                ):
                    return PARTY_MEMBERS[t.lower_]
        if child.dep_ == "appos" and child.lower_ == "one":
            party = _party_of_group(child)  # "Jane Doe, one of the Republican candidates"
            if party:
                return party
    if root.dep_ in _SUBJECTS:
        # "Jane Doe was more careful than her fellow Democrats"
        for t in root.head.subtree:
            if t.lower_ in PARTY_MEMBERS and any(c.lower_ == "fellow" for c in t.lefts):
                return PARTY_MEMBERS[t.lower_]
    head = root.head
    # "Two Democrats, Jim Roe and Tom Poe, gave ...": the party noun the names are in
    # apposition to, the first name's and the names joined to it.
    first = root
    while first.dep_ == "conj" and first.head.pos_ == "PROPN":
        first = first.head
    if first.dep_ == "appos" and first.head.lower_ in ("democrats", "republicans"):
        return PARTY_MEMBERS[first.head.lower_]
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("including", "like")
        and head.head.lower_ in PARTY_MEMBERS  # "Democrats, including Jane Doe"
    ):
        return PARTY_MEMBERS[head.head.lower_]
    return ""


def _party_of_group(one: Token) -> str:
    """The party of the group "one of" names: "one of the Republican presidential
    candidates", "one of the Democrats"."""
    for prep in one.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for group in (c for c in prep.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")):
            if group.lower_ in PARTY_MEMBERS:
                return PARTY_MEMBERS[group.lower_]
            if group.lemma_.lower() in PERSON_NOUNS:
                for word in _words_before_head(group):
                    if word.lower_ in PARTY_ADJECTIVES:
                        return PARTY_ADJECTIVES[word.lower_]
    return ""


def _words_before_head(noun: Token) -> list[Token]:
    """The words of a noun phrase before its head."""
    return list(noun.doc[noun.left_edge.i : noun.i])


def place_policed(doc: Doc, police: Token) -> str:
    """The place of "police in X" or "police of X" (a place the recogniser tagged), else ""."""
    for prep in police.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
            for place in prep.children:
                if place.dep_ == "pobj" and place.ent_type_ == "GPE":
                    return _ent_text(doc, place)
    return ""


def _police_force(doc: Doc, police: Token, view: DocView | None = None) -> str:
    """The police force a "police" word names with the place written before it ("Tulsa police"),
    else "". With ``view``, also a place the recogniser took for a name here but that the
    article names elsewhere as a place ("Austin Police Chief X", "police in Austin")."""
    before = doc[police.i - 1] if police.i > 0 else None
    if before is None:
        return ""
    if view is not None and before.ent_type_ != "GPE" and _named_place(view, before):
        return f"{before.text} police"
    # "Tulsa, Okla., police": the city, its state set off by commas.
    if (
        before.text == ","
        and police.i >= 4
        and doc[police.i - 2].ent_type_ == "GPE"
        and doc[police.i - 3].text == ","
        and doc[police.i - 4].ent_type_ == "GPE"
        and doc[police.i - 4].ent_iob_ == "B"
    ):
        return f"{doc[police.i - 4].text} police"
    if before.ent_type_ == "GPE":
        return f"{_ent_text(doc, before)} police"
    # "Charlotte-Mecklenburg police": a place joined by a hyphen to the next name.
    first = before.i
    while first > 1 and doc[first - 1].text == "-" and doc[first - 2].pos_ == "PROPN":
        first -= 2
    if first < before.i and doc[first].ent_type_ == "GPE" and before.pos_ == "PROPN":
        return f"{doc[first : police.i].text} police"
    return ""


def _is_unit(org: str) -> bool:
    """Whether a name is a unit's ("Nuclear Policy Program", "Center for Politics")."""
    return any(w.lower() in UNIT_WORDS for w in org.split())


def _opening_common_noun(tok: Token) -> bool:
    """A one-word "organisation" that is a common noun capitalised because it opens the
    sentence ("Radio host Jane Doe", "Hedge fund manager Jim Roe"), as the tagger reads it."""
    doc = tok.doc
    alone = tok.ent_iob_ == "B" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")
    opens = tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].is_punct)
    return (
        alone
        and opens
        and tok.pos_ == "NOUN"
        and tok.text[1:].islower()  # not "MSNBC"
        # "Greenpeace", named again inside a sentence; but not a person's surname ("Trump
        # officials", when the article names Donald Trump).
        and (
            not _capitalised_inside_a_sentence(tok, alone=True)
            or _surname_among(doc.ents, tok.text)
        )
    )


def _campaign_before_title(doc: Doc, window: Span, ent: Span) -> str:
    """The campaign a title before a name names through a department word: "Doe campaign
    Communications Director Jane Roe" (a candidate's name, "campaign", then only words of the
    title), else ""; not a former post ("former Doe campaign manager")."""
    for t in window:
        if t.lower_ != "campaign" or t.i == 0 or doc[t.i - 1].ent_type_ != "PERSON":
            continue
        rest = doc[t.i + 1 : ent.start]
        # A role capitalised as a title, which the parser reads as part of the name ("Doe
        # campaign Chairman Jim Roe"); in lower case, "Doe campaign spokesman Jim Roe" is read
        # as before.
        titled = all(w.pos_ == "PROPN" and w.is_title and w.lower_ in STAFF_NOUNS for w in rest)
        if not (rest and titled) and not any(w.lower_ in DEPARTMENT_WORDS for w in rest):
            continue
        if any(w.lower_.rstrip("-") in FORMER_WORDS for w in doc[max(0, t.i - 4) : ent.start]):
            return ""
        words = all(w.pos_ in ("NOUN", "PROPN", "ADJ") and w.ent_type_ != "PERSON" for w in rest)
        if words and any(_is_role(w) for w in rest):
            return _campaign_name(_ent_text(doc, doc[t.i - 1]))
    return ""


#: Portfolios news writes before "Minister" or "Secretary" ("Health Minister Jane Doe"), which
#: the recogniser seldom tags as a body: the holder heads that ministry or department.
PORTFOLIOS = frozenset(
    {"health", "finance", "foreign", "defense", "defence", "interior", "education", "justice"}
    | {"trade", "economy", "agriculture", "environment", "energy", "labor", "labour"}
    | {"transport", "transportation", "treasury", "commerce", "culture", "housing", "home"}
)
#: Secretaries whose body depends on the country: Britain's Foreign Secretary heads the
#: Foreign Office, Mexico's its foreign ministry.
_SECRETARIES_OF_MANY_BODIES = frozenset({"foreign", "home"})
#: The words that make such a secretary Britain's ("British Home Secretary X").
_BRITISH = frozenset({"British", "UK", "U.K.", "Britain's", "Britain’s"})


def _british_office(country: str, portfolio: str) -> str:
    """The office a Home or Foreign Secretary heads when ``country`` makes the title Britain's
    ("British" + "Home": the Home Office), else ""."""
    return f"{portfolio} Office" if country in _BRITISH else ""


def _portfolio_before_name(doc: Doc, window: Span) -> str | None:
    """The ministry or department of a portfolio title right before a name: "Health Minister
    Jane Doe" heads the Health Ministry, "Labor Secretary Jane Doe" the Labor Department. ""
    for a former holder; None when the title is not one, names no one body ("Foreign
    Secretary"), or a country or party is written before it ("Japanese Foreign Minister X",
    which the country rules give Japan)."""
    if len(window) < 2:
        return None
    portfolio, title = window[-2], window[-1]
    if (
        title.lower_ not in ("minister", "secretary")
        or portfolio.lower_ not in PORTFOLIOS
        or not portfolio.text.istitle()
    ):
        return None
    before = window[-3] if len(window) > 2 else None
    if before is not None and before.lower_.rstrip("-") in FORMER_WORDS:
        return ""
    if (
        title.lower_ == "secretary"
        and portfolio.lower_ in _SECRETARIES_OF_MANY_BODIES
        and before is not None
        and (office := _british_office(before.text, portfolio.text))
    ):
        return office  # "British Foreign Secretary X": the Foreign Office
    if before is not None and (
        before.ent_type_ in ("NORP", "GPE", "ORG") or before.lower_ in PARTY_ADJECTIVES
    ):
        return None
    if title.lower_ == "minister":
        return f"{portfolio.text} Ministry"
    if portfolio.lower_ in _SECRETARIES_OF_MANY_BODIES:
        return None
    return f"{portfolio.text} Department"


def _organisation_before_name(doc: Doc, view: DocView, ent: Span) -> str:
    """Organisations and titles written before a name ("U.S. Secretary of State Antony ...")."""
    first = max(view.sent_start[ent.start], ent.start - 8)
    window = doc[first : ent.start]
    # "Tulsa police Chief Jane Doe": a place's police, then the title right before the name.
    for t in window[-3:-1]:
        if t.lower_ == "police" and all(_is_role(r) for r in doc[t.i + 1 : ent.start]):
            force = _police_force(doc, t, view)
            if force:
                return force
    text = window.text.lower()
    window_ents = [e for e in view.ents if e.start >= first and e.end <= ent.start]
    for title, org in TITLE_ORGS.items():
        if text.rstrip().endswith(title):
            n_words = len(title.split())
            before = window[-n_words - 1] if len(window) > n_words else None
            if before is not None and before.lower_ in PARTY_ADJECTIVES:
                return PARTY_ADJECTIVES[before.lower_]  # "Republican Secretary of State X"
            if before is not None and before.lower_ == "state":
                return ""  # "State Attorney General X": a state's, which the title leaves unsaid
            if any(w.lower_.rstrip("-") in FORMER_WORDS for w in window[-n_words - 3 : -n_words]):
                return ""  # "former Secretary of State X" heads no department now
            # The place written right before the title ("U.S. Secretary of State X"), not one
            # earlier in the sentence ("In Geneva, Secretary of State X").
            if before is None or before.ent_type_ != "GPE":
                return org
            place = _ent_text(doc, before)
            if place in us_states():
                return place  # "Ohio Secretary of State X" heads no department
            return f"{doc[_ent_start(before) : before.i + 1].text} {org}"
    portfolio = _portfolio_before_name(doc, window)
    if portfolio is not None:
        return portfolio
    campaign = _campaign_before_title(doc, window, ent)
    if campaign:
        return campaign
    orgs = [
        e
        for e in window_ents
        if e.label_ == "ORG"
        and not _opening_common_noun(e[0])
        and not all(w.lower_ in DEPARTMENT_WORDS for w in e)  # "Communications Director"
    ]
    between = doc[orgs[-1].end : ent.start] if orgs else doc[0:0]
    # "Acme Radio's Jane Doe": the possessive may be inside the organisation's name or after it,
    # and a title may follow it ("Acme News' Dr. Jane Doe").
    owner_end = ent.start
    while owner_end > (orgs[-1].end if orgs else ent.start) and _is_title(doc[owner_end - 1].text):
        owner_end -= 1
    mark = [*orgs[-1], *doc[orgs[-1].end : owner_end]][-1] if orgs else None
    if orgs and owner_end - orgs[-1].end <= 1 and mark is not None and mark.tag_ == "POS":
        return _party_or(_clean_name(orgs[-1].text))  # "Acme Radio's Jane Doe"
    # "Acme's chief executive, Jane Doe": the owner, its role words and a comma before the
    # name, read from the words, as the parser can hang the name elsewhere ("which Acme's
    # chief executive, Jane Doe, called ..."); not a past role ("Acme's former chief"), nor a
    # person's kin ("Doe's wife, Ann", with "Doe" tagged as a body).
    roles = between[1:-1]
    if (
        orgs
        and len(between) >= 3
        and between[0].tag_ == "POS"
        and between[-1].text == ","
        and all(t.pos_ in ("NOUN", "ADJ") for t in roles)
        and any(t.lemma_.lower() in PERSON_NOUNS for t in roles)
        and not any(t.lower_.rstrip("-") in FORMER_WORDS for t in roles)
        and not any(t.lemma_.lower() in RELATION_NOUNS for t in roles)
        and not surname_of_named_person(view, orgs[-1][-1].text)
    ):
        return _party_or(_clean_name(orgs[-1].text))
    # "Exxon spokesman Alan Jeffers": an organisation, then a role noun, then the name, with
    # nothing but words of the title between ("an explosion in Acme that Mayor Jane Doe ...").
    if (
        orgs
        and any(t.lemma_.lower() in PERSON_NOUNS or _front_runner(t) for t in between)
        and all(
            t.pos_ in ("NOUN", "PROPN", "ADJ")
            or t.tag_ in ("POS", "HYPH")
            or _joins_titles(between, t)  # "Acme Vice President and Managing Editor Jane Doe"
            for t in between
        )
    ):
        if any(
            t.lower_.rstrip("-") in FORMER_WORDS
            for t in doc[max(first, orgs[-1].start - 2) : ent.start]
        ):
            return ""  # "former Energy Secretary Jane Doe", "ex-Acme spokesman Jim Roe"
        org = _party_or(without_department(_clean_name(orgs[-1].text)))
        if (
            org != _clean_name(orgs[-1].text)
            and len(org.split()) == 1
            and any(
                e.label_ == "PERSON" and len(e) > 1 and _clean_name(e.text).split()[-1] == org
                for e in view.ents
            )
        ):
            # "Doe Communication Director Jane Roe", read as a body "Doe Communication": a
            # department of the campaign of the person the article names Doe.
            return _campaign_name(org)
        # "the district GOP chairman Jim Roe": a local unit's is the state's
        org = _state_party(doc, org, doc[max(first, orgs[-1].start - 2) : orgs[-1].start]) or org
        after = doc[orgs[-1].end] if orgs[-1].end < ent.start else None
        if after is not None and after.lower_ == "campaign":
            return _campaign_name(org)  # "Doe campaign spokesman Jim Roe"
        following = doc[after.i + 1] if after is not None and after.i + 1 < len(doc) else None
        if (
            after is not None
            and after.lower_ == "secretary"
            and org.split()[-1].lower() in _SECRETARIES_OF_MANY_BODIES
        ):
            # "British Home Secretary X" heads the Home Office; another country's, its ministry.
            words = org.split()
            return _british_office(words[0], words[-1]) if len(words) == 2 else ""
        if (
            after is not None
            and after.lower_ == "secretary"
            and not (following is not None and following.lower_ in ("general", "-"))
            and org.split()[-1].istitle()
            and not any(w in org.lower() for w in ("department", "ministry", "office"))
        ):
            return f"{org} Department"  # "Energy Secretary Jane Doe" heads the Energy Department.
        if after is not None and after.lower_ == "minister" and len(org.split()) == 1:
            return f"{org} Ministry"  # "Defense Minister Jane Doe", "Defense" tagged alone
        if org.lower() in PORTFOLIOS and org not in _BARE_DEPARTMENTS:
            return ""  # "Trade Commissioner Jane Doe": a portfolio, which names no body
        # "U.N. envoy Jane Doe": the United Nations; "Senate Majority Leader": the U.S. Senate.
        # "State spokesman Mark Toner": the State Department.
        return _BARE_CHAMBERS.get(org.lower()) or _BARE_DEPARTMENTS.get(
            org, _expand_abbreviation(org)
        )
    plural = _party_of_plural_role(doc, view, ent)
    if plural:
        return plural
    # "Republican nominee Mike Pence", "Democratic pollster Ann Lee".
    for t in reversed(window):  # the nearest party word before the name
        if t.ent_type_ == "PERSON" or t.lower_ in ("and", ",", ";"):
            break  # it would describe someone else ("Democratic nominee X and ... Y")
        party = PARTY_ADJECTIVES.get(t.lower_)
        roles = [r for r in doc[t.i + 1 : min(t.i + 4, ent.start)] if _is_role(r)]
        # The role noun must modify this name ("Democratic nominee Hillary Clinton"), not a
        # noun of its own ("the Democratic candidate's call came after rival Donald Trump").
        if party and (t.i == ent.start - 1 or any(_modifies_name(r, ent) for r in roles)):
            # "Republican Donald Trump", "Democratic nominee Hillary Clinton"; a local unit's
            # is the state's ("the district GOP chairman Jim Roe")
            return _state_party(doc, party, doc[max(first, t.i - 2) : t.i]) or party
    for r in window:
        # "State party chairman Jim Roe": the party named before, the state's
        chair = r.lemma_.lower() in ("chairman", "chairwoman", "chair")
        local = chair and _modifies_name(r, ent) and not _party_word(r) and _local_party(doc, r)
        if local:
            return local
    # "IMF chief economist Jane Doe", with "IMF" left untagged: an acronym, then role words.
    for t in window:
        rest = doc[t.i + 1 : ent.start]
        if (
            len(t.text) > 1
            and t.text.isupper()
            and t.text.isalpha()
            and len(rest) > 0
            # "WHO Director-General X": a hyphenated title's capitals read as names
            and all(w.pos_ in ("NOUN", "ADJ") or w.tag_ == "HYPH" or _is_role(w) for w in rest)
            and any(_is_role(w) for w in rest)
        ):
            full = _spelled_out(view, t.text)
            if full:
                return full
    return _misread_body_before_name(doc, view, ent, first)


def _joins_titles(title: Span, word: Token) -> bool:
    """Whether ``word`` is an "and" between two role nouns of one title, every word of which
    is capitalised ("Vice President and Managing Editor"; not "workers and union leader")."""
    if word.lower_ != "and" or not all(t.is_title or t.i == word.i for t in title):
        return False
    before = title[: word.i - title.start]
    after = title[word.i - title.start + 1 :]
    return any(t.lemma_.lower() in PERSON_NOUNS for t in before) and any(
        t.lemma_.lower() in PERSON_NOUNS for t in after
    )


def _misread_body_before_name(doc: Doc, view: DocView, ent: Span, first: int) -> str:
    """An organisation the recogniser misread, written before a name in the possessive
    ("Pfizer's Jim Roe") or before the role words of a title ("Common Cause spokesman Jim
    Roe"); not a former one ("former Pfizer spokesman Jim Roe")."""
    j = ent.start - 1
    if j - 1 < first:
        return ""
    if doc[j].tag_ != "POS":
        while j >= first and doc[j].pos_ in ("NOUN", "ADJ") and doc[j].text[:1].islower():
            j -= 1
        role_words = doc[j + 1 : ent.start]
        if j < first or not any(
            t.lemma_.lower() in PERSON_NOUNS or t.lemma_.lower() in _EMPLOYED_OCCUPATIONS
            for t in role_words
        ):
            return ""
        if any(t.lemma_.lower() in _NO_EMPLOYER_ROLES for t in role_words):
            return ""
        j += 1
    owner = doc[j - 1]
    # A club's name the parser read as an adjective ("Arsenal striker X"), which the article
    # tags as a body elsewhere; not a party's or a people's ("Democratic", "French").
    adjective = (
        owner.pos_ == "ADJ"
        and not owner.ent_type_
        and owner.lower_ not in PARTY_ADJECTIVES
        and _tagged_alone(view, owner.text)
    )
    if (owner.pos_ != "PROPN" and not adjective) or owner.ent_type_ == "ORG":
        return ""
    run = _name_run(doc, owner, first, owner.i + 1)
    if run is None or any(
        t.lower_.rstrip("-") in FORMER_WORDS for t in doc[max(first, run.start - 2) : run.start]
    ):
        return ""
    # A "work of art" that employs someone is a body the recogniser misread: it tags a name
    # right after a quote as a title ('"We will win," Common Cause's Jane Doe said'); all of
    # it, not its last words ("Friends of the Earth": not "Earth").
    work = owner.ent_type_ == "WORK_OF_ART"
    if work and any(t.lower_ != "the" for t in doc[_ent_start(owner) : run.start]):
        return ""
    return _misread_organisation(view, run, works=work)


def _party_of_plural_role(doc: Doc, view: DocView, ent: Span) -> str:
    """The party of a plural role before the first of the names joined to this one:
    "Democratic presidential candidates Hillary Clinton and Bernie Sanders" states it of
    both."""
    if ent.root.dep_ == "conj" and ent.root.head.ent_type_ == "PERSON":
        first = ent.root.head  # "... and Bernie Sanders"
    elif any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in ent.root.children):
        first = ent.root  # "Hillary Clinton and ..."
    else:
        return ""
    start = _ent_start(first)
    for t in reversed(doc[max(view.sent_start[start], start - 6) : start]):
        if t.tag_ == "NNS" and t.lemma_.lower() in PERSON_NOUNS:
            before = doc[max(0, t.i - 3) : t.i]
            return next(
                (PARTY_ADJECTIVES[w.lower_] for w in before if w.lower_ in PARTY_ADJECTIVES), ""
            )
        if t.ent_type_ or t.is_punct or t.pos_ not in ("NOUN", "ADJ", "PROPN"):
            return ""
    return ""


def _modifies_name(role: Token, ent: Span) -> bool:
    """The role noun modifies the name, itself or through the titles after it ("candidate" in
    "Republican presidential candidate Texas Senator Ted Cruz" hangs from "Senator")."""
    head = role.head
    while head.i < ent.start and head.i != head.head.i and _is_role(head):
        head = head.head
    return ent.start <= head.i < ent.end


def _spelled_out(view: DocView, acronym: str) -> str:
    """The organisation the article names whose initials spell ``acronym`` ("International
    Monetary Fund" for "IMF"), else ""."""
    for e in view.ents:
        name = _clean_name(e.text)
        if name.split()[-1:] and name.split()[-1].lower() in EVENT_WORDS:
            continue  # the Republican National Convention is an event, not the RNC
        if e.label_ == "ORG" and " " in name and acronym_of(name) == acronym:
            return name
    return ""


#: Last words of names of events, which no one works for ("Republican National Convention").
EVENT_WORDS = frozenset({"convention", "conference", "summit", "debate", "forum", "games"})


#: Verbs of writing for an outlet ("Jane Doe wrote on Acme Review", "writing for the Post").
WRITING_VERBS = frozenset({"write", "blog", "report", "post"})

#: Pieces a named writer writes for an outlet ("an article in the Acme Post by Jane Doe").
WRITTEN_PIECES = frozenset({"article", "column", "story", "piece", "op-ed", "essay", "editorial"})

#: Kinds of outlet written in lower case after their name ("New York magazine").
OUTLET_KINDS = frozenset({"magazine", "newspaper", "journal", "daily", "weekly"})

#: Sites people write on without working for them.
PLATFORMS = frozenset({"twitter", "facebook", "instagram", "youtube", "medium", "reddit", "x"})


def _outlet_written_for(doc: Doc, ent: Span) -> str:
    """The outlet a named writer writes for, on or in: "Jane Doe wrote on Acme Review", "Jim
    Roe, writing for the Acme Post, ...", "wrote Jane Doe in the Acme Post"; not a social site
    ("wrote on Twitter")."""
    root = ent.root
    verbs = [c for c in root.children if c.dep_ in ("acl", "advcl", "relcl", "appos")]
    if root.dep_ == "nsubj":
        verbs.append(root.head)
        # "Writing for the Acme Post, Jane Doe noted ...": the opening participle is hers.
        verbs.extend(
            c
            for c in root.head.children
            if c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and not any(s.dep_ == "nsubj" for s in c.children)
        )
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_ in WRITTEN_PIECES:
        verbs.append(root.head.head)  # "an article in New York magazine by Jane Doe"
    for verb in verbs:
        if verb.lemma_.lower() not in WRITING_VERBS and verb.lemma_ not in WRITTEN_PIECES:
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "on", "in"):
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lower_ in OUTLET_KINDS and pobj.n_lefts:
                # "in New York magazine": a name with its kind in lower case.
                named = [t for t in pobj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
                if named and named[0].text[:1].isupper():
                    return doc[named[0].left_edge.i : pobj.i + 1].text
            # An organisation's name, or a proper noun the recogniser left untagged; not a
            # date ("wrote on Monday"), a place or a lower-case noun ("in a Baltimore Sun op-ed").
            if (
                pobj is None
                or pobj.pos_ != "PROPN"
                or pobj.ent_type_ not in ("", "ORG")
                or not pobj.text[:1].isupper()
            ):
                continue
            name = _ent_text(doc, pobj) if pobj.ent_type_ else _compound(pobj)
            if name.lower() not in PLATFORMS:
                return name
    return ""


def _organisation_after_name(doc: Doc, view: DocView, ent: Span) -> tuple[str, str]:
    """``(organisation, body)`` stated by "of", "at", "with" or "for" right after a name: "Jim
    Roe of the Brookings Institution", "Dan Roe at the National Review" and "Cam Roe for
    Morning Consult" (a name the recogniser missed) work there; "Mayor Jim Roe of
    Springfield" heads that place, but a place after a name without such a title is where the
    person is from or is at ("Jim Roe of Ohio", "Jim Roe at Geneva")."""
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.text == "," and ent.end + 1 < len(doc):
        # "the Rev. Jim Roe, of Acme Baptist Church": "of" set off by a comma (only "of": after
        # a comma, "at" and "with" tell where or with whom: "Jim Roe, at a rally").
        after = doc[ent.end + 1] if doc[ent.end + 1].lower_ == "of" else after
    if (
        after is None
        or after.lower_ not in ("of", "at", "with", "for")
        or after.head.i != ent.root.i
    ):
        return "", ""
    root = ent.root
    if after.lower_ == "at" and root.dep_ == "pobj" and root.head.head.pos_ in ("NOUN", "PROPN"):
        # "a mentor to Jim Roe at Acme Law School": the place of the mentoring, not Roe's
        # employer ("according to Jim Roe at Acme" still is).
        return "", ""
    pobj = next((c for c in after.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return "", ""
    misread = _misread_after_name(doc, view, after, pobj)
    if misread:
        return misread, ""
    if not pobj.ent_type_:
        if not _untagged_name(pobj):
            return "", ""
        name = _compound(pobj)
        # After "of", an untagged name may be a small place ("Jim Roe of Glen Ellyn"): it
        # counts when the recogniser tags it as an organisation elsewhere in the article, or
        # when "The" begins it ("Lee Wang of The Intercept").
        titled = any(c.dep_ == "det" and c.text == "The" for c in pobj.children)
        if after.lower_ == "of" and not titled and not _tagged_elsewhere(view, name):
            return "", ""
        return name, ""
    if pobj.ent_type_ not in ORG_LABELS:
        # A firm read here as a person ("Jane Doe of Lambert Square"), tagged as an
        # organisation elsewhere in the article.
        name = _ent_text(doc, pobj)
        return (name, "") if _tagged_elsewhere(view, name) else ("", "")
    if after.lower_ != "of" and (_is_place(pobj) or pobj.ent_type_ not in ORG_LABELS):
        return "", ""
    if not _is_place(pobj):
        return (_party_or(_ent_text(doc, pobj)), "") if pobj.ent_type_ in ORG_LABELS else ("", "")
    titles = {t.lower_.rstrip(".") for t in doc[max(0, ent.start - 2) : ent.start]}
    if any(t.lower_.rstrip("-") in FORMER_WORDS for t in doc[max(0, ent.start - 3) : ent.start]):
        return "", ""  # "former Gov. Jim Roe of Florida": a past office states no body
    if titles & COUNTRY_TITLES:
        return "", _country(doc, pobj)  # "Prime Minister Jane Doe of Israel"
    return ("", _ent_text(doc, pobj)) if titles & PLACE_TITLES else ("", "")


def _misread_after_name(doc: Doc, view: DocView, prep: Token, pobj: Token) -> str:
    """A body named after a person's name and "of", "at", "with" or "for", whatever the
    recogniser made of it, when the words show it is one: a name with small words inside
    ("Jane Doe of Democracy for America", "... of Iraq and Afghanistan Veterans of America"),
    or one word read as a person's ("Jane Doe of Twitter"). A small place after "of" is
    neither ("Jim Roe of Glen Ellyn"): an untagged name stays a place there."""
    first = prep.i + 1 + (prep.i + 1 < len(doc) and doc[prep.i + 1].lower_ == "the")
    if first >= len(doc) or not pobj.left_edge.i <= first <= pobj.i:
        return ""
    run = _name_run(doc, doc[first], first, pobj.right_edge.i + 1)
    if run is None or not run.start <= pobj.i < run.end or any(t.ent_type_ == "ORG" for t in run):
        return ""
    joined = any(t.lower_ in ("for", "and", "&") for t in run)
    person_read = len(run) == 1 and run[0].ent_type_ == "PERSON"
    return _misread_organisation(view, run) if joined or person_read else ""


def _employer_named_after(doc: Doc, ent: Span) -> str:
    """The organisation in apposition to a person's own firm: "Roe's firm, Acme Capital
    Management", "Jane Doe's company, Globex"."""
    root = ent.root
    if (
        ent.label_ != "PERSON"
        or root.dep_ != "poss"
        or root.head.lemma_.lower() not in EMPLOYER_NOUNS
        # "Acme's parent company, Globex" owns Acme; "Roe's former firm" is past.
        or any(c.lower_ in ("parent", "sister", "former") for c in root.head.children)
    ):
        return ""
    for child in root.head.children:
        if child.dep_ == "appos":
            return _name_of_described_body(doc, child)
    return ""


def _name_of_described_body(doc: Doc, tok: Token) -> str:
    """The name of something the article calls a firm or fund, whatever label the recogniser
    gave it ("Globex" read as a product, "Lambert Partners" as a person), or ""."""
    if tok.ent_type_ in ("ORG", "PRODUCT", "PERSON", "FAC", "WORK_OF_ART"):
        return _party_or(_ent_text(doc, tok))
    return _name_phrase(tok) if _untagged_name(tok) else ""


def _people_named(tok: Token) -> bool:
    """Whether a word names a people ("Americans"), not a publication the recogniser tags as
    one ("The Federalist")."""
    countries = demonym_countries()
    return tok.lower_ in countries or tok.lower_.removesuffix("s") in countries


def _body_a_role_is_in(doc: Doc, view: DocView | None, prep: Token) -> tuple[str, str]:
    """``(body, unit)`` after "in" for a role: an organisation's name (or, for a unit of it,
    its owner or the body it is at: "in the Economic Studies Program at Acme"), a named
    candidate's campaign, or the body a unit is at or of ("in the school of law at Acme
    University"); else a unit's name alone, as ``unit``, for when nothing else names one."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or _is_place(pobj) or pobj.ent_type_ in ("DATE", "TIME", "PERSON"):
        return "", ""
    if pobj.ent_type_ == "ORG":
        if any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in pobj.children):
            return "", ""  # "a speechwriter in George W. Bush's White House": a past one
        org = _ent_text(doc, pobj)
        owner = re.match(r"(.+?)['’]s? ", org)
        if owner and _is_unit(org):
            return owner.group(1), ""  # "in the Acme Center's Democracy Program": the center
        if _is_proper(org) and not _is_unit(org):
            return _party_or(org), ""
        # A unit's body, after it ("in the Policy Program at Acme"); else the unit, which
        # the caller keeps in case the role's other words name no body.
        inner = _organisation_in_phrase(doc, pobj)
        return inner, ("" if inner or not _is_proper(org) else org)
    if pobj.lemma_.lower() == "campaign":
        owned = any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in pobj.children)
        return (_campaign_of(doc, view, pobj) if owned and view is not None else ""), ""
    return _organisation_in_phrase(doc, pobj), ""


#: Kinds a body's name follows ("the think tank Third Way").
_KIND_NOUNS = EMPLOYER_NOUNS | {"tank", "institute", "outlet", "website", "site", "blog"}


def _body_named_after_kind(doc: Doc, pobj: Token) -> str:
    """A body named right after its kind, with no comma: "the advocacy group Acme Watch" (the
    name an appositive of the kind noun, whatever label the recogniser gave it), "the super
    PAC America Rising" (the kind a compound inside the name's phrase); else ""."""
    if pobj.lemma_.lower() in _KIND_NOUNS and pobj.text.islower():
        named = next((c for c in pobj.rights if c.dep_ == "appos"), None)
        if named is not None and named.left_edge.i == pobj.i + 1 and named.text[:1].isupper():
            return _name_of_described_body(doc, named)
        return ""
    if pobj.pos_ != "PROPN" or not pobj.text[:1].isupper():
        return ""  # a name, whatever label the recogniser gave it ("the think tank Third Way")
    words = doc[pobj.left_edge.i : pobj.i + 1]
    kind = next(
        (t for t in reversed(words) if t.lemma_.lower() in _KIND_NOUNS or t.text == "PAC"),
        None,
    )
    if kind is None or kind.i == pobj.i:
        return ""
    name = doc[kind.i + 1 : pobj.i + 1]
    return name.text if all(t.text[:1].isupper() for t in name) else ""


def _spoken_on_behalf_of(doc: Doc, ent: Span) -> str:
    """The body a person speaks for in a participle: "Jim Roe, speaking on behalf of the Acme
    Workers Union, said", parsed on the name or on the verb the name is the subject of."""
    root = ent.root
    holders = [root, root.head] if root.dep_ == "nsubj" else [root]
    for speaking in (c for h in holders for c in h.children if c.dep_ in ("acl", "advcl")):
        if speaking.lemma_.lower() != "speak" or speaking.tag_ != "VBG":
            continue
        for on in (c for c in speaking.children if c.dep_ == "prep" and c.lower_ == "on"):
            for behalf in (c for c in on.children if c.dep_ == "pobj" and c.lower_ == "behalf"):
                for of in (c for c in behalf.children if c.dep_ == "prep" and c.lower_ == "of"):
                    body = next((c for c in of.children if c.dep_ == "pobj"), None)
                    if body is not None and body.ent_type_ == "ORG":
                        return _ent_text(doc, body)
    return ""


def _organisation_led_by(doc: Doc, ent: Span) -> str:
    """The organisation a passive clause says the person runs, founded or owns: "Acme
    Partners, a hedge fund founded by Jim Roe", "Acme, which is led by Jim Roe". A past
    leading role ("which was led by Jim Roe") is a former one."""
    root = ent.root
    by = root.head
    verb = by.head
    if (
        root.dep_ != "pobj"
        or by.dep_ != "agent"
        or verb.lemma_.lower() not in LEADING_VERBS
        or verb.dep_ not in ("acl", "relcl")
    ):
        return ""
    if verb.lemma_.lower() in FORMER_WHEN_PAST and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children
    ):
        return ""
    body = verb.head
    if body.lemma_.lower() in EMPLOYER_NOUNS and body.dep_ == "appos":
        return _name_of_described_body(doc, body.head)  # "Acme, a hedge fund founded by"
    if body.ent_type_ != "ORG" or _is_place(body):
        return ""
    return _party_or(_ent_text(doc, body))


def _tagged_elsewhere(view: DocView, name: str) -> bool:
    """Whether the recogniser tags ``name`` (or a longer name it begins) as an organisation or
    a facility somewhere in the article."""
    words = name.split()
    return any(
        e.label_ in ("ORG", "FAC") and _strip_determiner(e.text).split()[: len(words)] == words
        for e in view.ents
    )


def _tagged_alone(view: DocView, name: str) -> bool:
    """Whether the recogniser tags ``name`` itself, not only a longer name it begins, as an
    organisation somewhere in the article: "Arsenal" is a club's name where the article writes
    "lost to Arsenal"; "Conservative" stays a word where it writes only "Conservative Party"."""
    return any(e.label_ == "ORG" and _strip_determiner(e.text) == name for e in view.ents)


def _is_role(tok: Token) -> bool:
    """A role noun or title ("nominee", "spokesman", "Sen.", "Speaker", "front-runner")."""
    word = tok.lower_.rstrip(".")
    return (
        tok.lemma_.lower() in PERSON_NOUNS
        or word in TITLE_WORDS
        or word in NAME_TITLE_BODIES
        or _front_runner(tok)
    )


def _front_runner(tok: Token) -> bool:
    """ "frontrunner", or the "runner" of "front-runner", which the tokenizer splits in three.
    Only as a title before a name ("GOP front-runner Jane Doe"): as a noun of its own, "the
    Democratic front-runner" is as often the rival of the person named before it."""
    doc = tok.doc
    if tok.lower_ == "frontrunner":
        return True
    return (
        tok.lower_ == "runner"
        and tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and (doc[tok.i - 2].lower_ == "front")
    )


def _ent_start(tok: Token) -> int:
    """The index of the first token of the entity holding ``tok``."""
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    return start


def _ent_text(doc: Doc, tok: Token) -> str:
    """The text of the entity holding ``tok`` (read from its IOB tags, without doc.ents); a
    unit of an organisation named in the possessive before it keeps its owner's name ("the
    University of Virginia's Center for Politics")."""
    if not tok.ent_type_:
        return tok.text
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if tok.ent_type_ == "ORG":
        start = _name_start(doc, start)
        end = _of_tail_end(doc, end)
    elif tok.ent_type_ == "NORP":
        end = _of_tail_end(doc, end, "for")  # "Democrats for Life", "Americans for Prosperity"
    span = doc[start:end]
    if len(span) > 1 and span[-1].lower_ in ("'s", "’s") and span.root.dep_ != "poss":
        # "an analyst at Moody's": the "'s" is the name's own, not a possessive.
        return _clean_name(span[:-1].text) + span[-1].text
    name = _clean_name(span.text)
    owner = doc[start - 1] if start > 0 else None
    if (
        owner is not None
        and owner.lower_ in ("'s", "’s")
        and owner.ent_type_ == "ORG"
        and tok.ent_type_ == "ORG"
        and _strip_determiner(name).split()[0].lower() in UNIT_WORDS
    ):
        owner_name = re.sub(r"['’]s$", "", _ent_text(doc, owner))
        return f"{owner_name}'s {_strip_determiner(name)}"
    return name


def _of_tail_end(doc: Doc, end: int, link: str = "of") -> int:
    """Where a body's name ends when the recogniser cut it at an "of" (or another ``link``)
    before capitalised words to the end of the phrase ("the Conference of Presidents" + "of
    Major American Jewish Organizations"; a people's name + "for Life")."""
    if end + 1 >= len(doc) or doc[end].lower_ != link:
        return end
    tail = end + 1
    while tail < len(doc) and doc[tail].text[:1].isupper() and doc[tail].is_alpha:
        tail += 1
    closed = tail == len(doc) or doc[tail].is_punct or doc[tail].is_sent_start
    return tail if tail > end + 1 and closed else end


#: The small words that join the parts of one organisation's name before a tagged end.
_LINKING_WORDS = frozenset({"for", "of", "and", "&"})


def _name_start(doc: Doc, start: int) -> int:
    """Where an organisation's name begins when the recogniser tagged only its end: the
    capitalised words and small words joined before it ("Iraq and Afghanistan [Veterans of
    America]", "Everytown for [Gun Safety]"), not a person, a title or another organisation
    ("Goldman Sachs and [Morgan Stanley]"), unless the parse hangs that organisation on this
    one ("[the National Korean American Service] and [Education Consortium]"); and an
    untagged capitalised word the parse hangs on the name ("UK [Independence Party]")."""
    if start > 1 and doc[start - 1].lower_ in ("and", "&") and doc[start - 2].ent_type_ == "ORG":
        first = _ent_start(doc[start - 2])
        end = start + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if any(
            start <= t.head.i < end and t.dep_ in ("nmod", "compound", "amod")
            for t in doc[first : start - 1]
        ):
            return first + (doc[first].lower_ == "the")
    prev = doc[start - 1] if start > 0 else None
    if (
        prev is not None
        and not prev.ent_type_
        and prev.pos_ == "PROPN"
        and prev.dep_ == "compound"
        and prev.head.i >= start
        and prev.whitespace_
        and _name_word(prev)
        and not _is_title_word(prev)
        and not _is_role(prev)
        and not prev.is_sent_start
    ):
        return start - 1
    lo = start
    while lo > 0 and (doc[lo - 1].text in _LINKING_WORDS or _name_word(doc[lo - 1])):
        prev = doc[lo - 1]
        if not prev.whitespace_ or prev.ent_type_ in ("ORG", "PERSON") or _is_title_word(prev):
            break
        if prev.text not in _LINKING_WORDS and (prev.tag_ not in ("NNP", "NNPS") or _is_role(prev)):
            break  # a common noun or role capitalised ("Readers of Acme", "CEO of Acme")
        lo -= 1
    while lo < start and doc[lo].text in _LINKING_WORDS:
        lo += 1
    # Only a name joined by a small word counts ("Brennan Center for [Justice]"); words merely
    # before it are a modifier the recogniser was right to leave out ("U.S. [Senate]").
    if lo == start or not any(t.text in _LINKING_WORDS for t in doc[lo:start]):
        return start
    return lo


def _strip_determiner(text: str) -> str:
    lower = text.lower()
    for det in sorted(_DETERMINERS, key=len, reverse=True):
        if lower.startswith(det):
            return text[len(det) :]
    return text


#: Small words inside a body's name ("Rock the Vote", "Bank of America").
_NAME_LINKS = frozenset({"the", "of", "for", "and", "&"})


def _producer(doc: Doc, view: DocView, head: Token) -> str:
    """Who produced a document, as its noun phrase states: "an Acme poll", "Acme's report",
    "a video by Acme", "a study published in the Acme Journal"; several joined by "; "."""
    names: list[str] = []
    # "A USA TODAY analysis": the proper nouns just before the noun are one name, however the
    # entity recogniser splits them.
    # "A Reuters/Ipsos poll", "a Washington Post-ABC News poll": names a slash or a hyphen
    # joins are taken by both (:func:`_joint_names`).
    # "the Reuters/Ipsos opinion poll": lower-case nouns of the kind stand between.
    last = head.i
    while last > 0 and doc[last - 1].is_lower and doc[last - 1].dep_ in ("compound", "amod"):
        last -= 1
    first = last
    while first > 0 and (
        (doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper())
        or (doc[first - 1].text in ("/", "-") and first > 1 and doc[first - 2].pos_ == "PROPN")
        # a name's own small words ("a USA TODAY/Rock the Vote poll", "a Bank of Acme poll")
        or (
            doc[first - 1].lower_ in _NAME_LINKS
            and first > 1
            and doc[first - 2].pos_ == "PROPN"
            and doc[first].pos_ == "PROPN"
        )
    ):
        first -= 1
    run = doc[first:last] if last - first > 1 else None
    kind = document_kind(head)
    # "A Reuters rolling poll", "the Acme polling average": the name may hang on a compound
    # or an adjective.
    lefts = [
        w
        for c in head.lefts
        for w in (*(c.lefts if c.dep_ in ("compound", "amod") and c.is_lower else ()), c)
    ]
    for t in lefts:
        if t.dep_ not in ("compound", "poss", "nmod", "amod") or not t.text[:1].isupper():
            continue
        if t.lower_ in _NO_PRODUCER_WORDS:
            continue  # "New Poll Shows ...", capitalised in a headline
        if kind == "ad" and view.campaign and t.ent_type_ != "ORG":
            # "the Doe ad", the surname untagged here: the campaign of the person named so.
            person = next(
                (e for e in view.ents if e.label_ == "PERSON" and e[-1].text == t.text), None
            )
            if person is not None:
                names.append(_campaign_name(person.text))
                continue
        # Polls are taken by bodies, whatever the entity recogniser calls their names.
        if t.ent_type_ == "ORG" or (t.pos_ == "PROPN" and (not t.ent_type_ or kind == "poll")):
            if (
                run is not None
                and run.start <= t.i
                and not any(w.ent_type_ == "PERSON" for w in run)
            ):
                names.extend(_joint_names(run.text, kind == "poll"))
                continue
            name = _ent_text(doc, t) if t.ent_type_ else _compound(t)
            names.extend(_joint_names(name, kind == "poll"))
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
            if pobj is not None and pobj.ent_type_ == "PERSON" and by_doc:
                # "An analysis by Jane Doe, an economist at Acme": the author's employer
                roles = [c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
                employer = next(
                    (o for r in roles if (o := _organisation_of_nominal(doc, r, view, False))),
                    "",
                )
                if employer:
                    names.append(employer)
                    break
    if not names:
        names.append(_issuer(doc, head))
    return "; ".join(dict.fromkeys(n.strip() for n in names if n))


#: Verbs by which a body states or finds something in a document of its own.
_STATING_VERBS = frozenset(
    {"say", "call", "find", "show", "report", "note", "state", "conclude", "warn", "urge"}
)


def _issuer(doc: Doc, head: Token) -> str:
    """The body that issues a document in its own clause: "Acme issued a statement", "In a
    statement, Acme called ...", "In a poll of 800 voters, Acme found ..." (the named subject
    of the verb; after "in", a verb of saying or finding only, as "Roe leads in an Acme poll"
    is no poll of Roe's), else ""."""
    if head.dep_ == "dobj" and head.head.lemma_.lower() in PRODUCING_VERBS:
        verb = head.head
    elif (
        head.dep_ == "pobj"
        and head.head.lower_ == "in"
        and head.head.dep_ == "prep"
        and head.head.head.lemma_.lower() in _STATING_VERBS
    ):
        verb = head.head.head
    else:
        return ""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or verb.pos_ not in ("VERB", "AUX") or not _body_name(doc, subject):
        return ""
    return _strip_determiner(_ent_text(doc, subject))


def _body_name(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` is in a name the recogniser reads as an organisation's and nowhere in the
    article as a person's ("Trump released a video": Trump, tagged as a body once, is not)."""
    if tok.ent_type_ != "ORG":
        return False
    return not any(e.label_ == "PERSON" and tok.text in e.text.split() for e in doc.ents)


#: Words a headline capitalises before a document's noun that name no producer.
_NO_PRODUCER_WORDS = frozenset(
    {"new", "latest", "recent", "same", "national", "statewide", "exit", "online", "final"}
)
#: Words before "average" that make it a poll's ("the Acme polling average").
_POLL_WORDS = frozenset({"poll", "polling"})


def document_kind(head: Token) -> str | None:
    """The kind of document a noun names (:data:`DOCUMENT_KINDS`), or None; "the polling
    average" is a poll's, though "average" alone names none."""
    lemma = head.lemma_.lower()
    if lemma == "average" and any(c.lemma_.lower() in _POLL_WORDS for c in head.lefts):
        return "poll"
    if head.pos_ == "PROPN" and lemma != "poll":
        return None  # "the American Community Survey": a survey's own name, not its producer's
    return DOCUMENT_KINDS.get(lemma)


def _joint_names(name: str, poll: bool = False) -> list[str]:
    """Names a slash joins ("Acme/Globex"), or a hyphen ("Acme Daily-Globex News" for two
    producers) when each has two words or more, or when they name a poll's sponsors ("a
    CNN-ORC poll", "the NBC-Wall Street Journal poll": polls are taken by two bodies jointly
    far more often than by one hyphenated one); else the one name ("Acme-Globex")."""
    if poll or "/" in name:
        # "Suffolk University/Boston Globe Poll", "Acme Poll": the poll is no sponsor's name
        name = re.sub(r"\s+[Pp]oll$", "", name)
    if "/" in name:
        return [p.strip() for p in name.split("/") if p.strip()]
    parts = [p.strip() for p in name.split("-")]
    if len(parts) > 1 and poll and all(p[:1].isupper() for p in parts):
        return parts
    return parts if len(parts) > 1 and all(len(p.split()) > 1 for p in parts) else [name]


#: Words by which an article calls the document it reports on ("the new poll indicates").
_OWN_DOCUMENT_WORDS = frozenset({"new", "latest"})
#: Words by which it calls the one of that kind it named last ("the same poll").
_SAME_DOCUMENT_WORDS = frozenset({"same"})


def _earlier_producer(doc: Doc, view: DocView, head: Token, headline: bool = False) -> str:
    """The producer of the document of the same kind named last before a definite one ("A
    video by Acme ... The clip says", "the same poll"); "the findings" are a poll's or a
    study's. "The new poll", "a new poll shows" in the lede, or a headline's bare "Poll:" or
    "New Poll Shows" (``headline``) is the one the article reports on: the first it names with
    a producer, wherever it names it, not an older one named since ("a CBS News poll last
    month")."""
    dets = {c.lower_ for c in head.children if c.dep_ == "det"}
    modifiers = [
        c
        for c in head.children
        if c.dep_ in ("compound", "poss", "amod") and c.lower_ not in _SAME_DOCUMENT_WORDS
    ]
    own_words = all(c.lower_ in _OWN_DOCUMENT_WORDS for c in modifiers)
    if dets & {"the", "this", "that"}:
        if modifiers and not own_words:
            return ""  # "the Acme poll", "the previous poll"
        own = bool(modifiers)  # "the new poll"; a bare "the poll" is the one named last
    elif own_words and ((headline and not dets) or (dets & {"a", "an"} and modifiers)):
        own = True  # "Poll: ...", "New Poll Shows ...", "A new poll shows that ..."
    else:
        return ""
    kind = document_kind(head)
    kinds = {"poll", "study"} if kind == "findings" else {kind}
    plural = head.tag_ in ("NNS", "NNPS") and kind != "findings"
    for t in doc if own else reversed(doc[: head.i]):
        if t.i == head.i or (t.tag_ in ("NNS", "NNPS")) != plural:
            continue  # "a new poll" is none of "most Iowa polls"
        if t.pos_ in ("NOUN", "PROPN") and document_kind(t) in kinds:
            found = _producer(doc, view, t)
            if found:
                return found
    if not own and not plural:
        return _reporter_before(doc, head)
    return ""


#: Document nouns and the verb by which an article says a body made one ("The appeals court
#: ruled ... the ruling", "The AP reported ... The report").
_DOCUMENT_VERBS = {"report": "report", "ruling": "rule", "study": "study", "analysis": "analyze"}


def _reporter_before(doc: Doc, head: Token) -> str:
    """For a definite document that no earlier noun names, the named body that last did what
    the noun names: "The AP reported that ... The report also documented" -> AP."""
    verb_lemma = _DOCUMENT_VERBS.get(head.lemma_.lower())
    if verb_lemma is None:
        return ""
    for t in reversed(doc[: head.i]):
        if t.pos_ == "VERB" and t.lemma_.lower() == verb_lemma:
            subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subject is not None and _body_name(doc, subject):
                return _strip_determiner(_ent_text(doc, subject))
            return ""  # the last one done was not a named body's
    return ""


# --- Names the entity recogniser mislabels -------------------------------------------------
# spaCy's small English model reads many organisation names as a person ("Twitter", "Pfizer"),
# a place ("Democracy for America", "Iraq and Afghanistan Veterans of America") or nothing
# ("Common Cause"). Where a role noun states its body by position ("Twitter's director of
# policy", "a spokeswoman for Public Citizen", "Common Cause spokesman Jim Roe"), the
# capitalised words there are read as the name, unless the article uses them as a person's
# name or they name a place. Written by hand: no linker or gazetteer for these installs offline.

#: Entity labels of names that are no body's ("World War II", "the Affordable Care Act").
_NOT_BODY_LABELS = frozenset({"EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
#: Roles whose owner or object is no employer: a show's host ("Real Time host Jim Roe"), a
#: candidate for a body ("Senate candidates"), a client's lawyer or a patient's doctor ("an
#: attorney for Pagliano").
#: Everyday occupations (``mentions.OCCUPATION_NOUNS``) held at an employer that news writes
#: before the name ("Arsenal striker X", "Lincoln High School teacher X"); not those that name
#: no employer ("Wimbledon champion", "Army veteran", "Hollywood star", "Texas billionaire").
_EMPLOYED_OCCUPATIONS = frozenset(
    {"coach", "striker", "midfielder", "goalkeeper", "defender", "winger", "forward", "captain"}
    | {"quarterback", "pitcher", "player", "teacher", "nurse", "surgeon", "engineer", "chef"}
    | {"pilot", "firefighter", "detective", "designer", "architect", "photographer"}
)

_NO_EMPLOYER_ROLES = frozenset(
    {
        *("host", "co-host", "anchor", "presenter"),
        *("candidate", "nominee", "contender", "hopeful"),
        *("lawyer", "attorney", "counsel", "doctor", "physician"),
    }
)
#: Nouns for honours, whose names are no body's ("a Nobel Peace Prize laureate").
AWARD_WORDS = frozenset({"prize", "award", "medal", "trophy", "fellowship", "scholarship"})
#: Dashes inside a name ("the Democratic African-American Women Caucus"); not the em dash of
#: ``mentions._DASHES``, which sets off words rather than joining them.
_INNER_DASHES = ("-", "–")
#: Small words inside an organisation's name ("Democracy for America", "Johnson & Johnson",
#: "Council on Foreign Relations").
_NAME_JOINERS = _LINKING_WORDS | {"on"}
#: Entity labels that are never part of an organisation's name.
_NOT_NAME_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)


def _name_word(tok: Token) -> bool:
    """A capitalised word that may belong to a name: not a function word ("On", "The"),
    punctuation, a possessive or a date."""
    return (
        tok.text[:1].isupper()
        and not tok.is_stop
        and not tok.is_punct
        and tok.tag_ != "POS"
        and tok.ent_type_ not in _NOT_NAME_LABELS
    )


def _joins_name(doc: Doc, i: int, lo: int, hi: int) -> bool:
    """Whether the small word at ``i`` joins two capitalised parts of one name; "and" not
    after an organisation the recogniser tagged ("Goldman Sachs and Morgan Stanley" are two)."""
    tok = doc[i]
    if (tok.lower_ not in _NAME_JOINERS and tok.text not in _INNER_DASHES) or not (lo < i < hi - 1):
        return False
    before, after = doc[i - 1], doc[i + 1]
    if not (_name_word(before) and _name_word(after)):
        return False
    if tok.text in _INNER_DASHES:  # "African-American"
        return not before.whitespace_ and not tok.whitespace_
    if tok.lower_ in ("and", "&"):
        ends_org = before.ent_type_ == "ORG" and after.ent_iob_ != "I"
        return not ends_org and not gender_of_given_name(after.text)
    return True


def _name_run(doc: Doc, tok: Token, lo: int, hi: int) -> Span | None:
    """The capitalised words around ``tok``, within ``doc[lo:hi]``, that make one name, with
    the small words inside it ("Iraq and Afghanistan Veterans of America"); None when ``tok``
    is no such word."""
    if not _name_word(tok):
        return None
    start, end = tok.i, tok.i + 1
    # Words glued together are two names ("(Getty Images)Republican"), save with a dash.
    while start - 1 >= lo and (
        (
            _name_word(doc[start - 1])
            and (doc[start - 1].whitespace_ or doc[start].text in _INNER_DASHES)
        )
        or _joins_name(doc, start - 1, lo, hi)
    ):
        start -= 1
    while end < hi and (
        (_name_word(doc[end]) and (doc[end - 1].whitespace_ or doc[end - 1].text in _INNER_DASHES))
        or _joins_name(doc, end, lo, hi)
    ):
        end += 1
    while doc[start].lower_ in _NAME_JOINERS:
        start += 1
    while doc[end - 1].lower_ in _NAME_JOINERS:
        end -= 1
    return doc[start:end]


def _used_as_person(view: DocView, run: Span) -> bool:
    """Whether the article uses these words as a person's name: they open with a given name
    ("Jane Doe"), or are one word that is a given name or the surname of a person it names
    in full ("Doe's spokesman")."""
    words = [t.text for t in run]
    if gender_of_given_name(words[0]) and not _ends_like_a_body(words):
        return True
    return len(words) == 1 and surname_of_named_person(view, words[0])


def surname_of_named_person(view: DocView, word: str) -> bool:
    """Whether a word is the surname of a person the article names in full ("Doe" after "Jane
    Doe")."""
    return _surname_among(view.ents, word)


def _surname_among(ents: Sequence[Span], word: str) -> bool:
    """Whether ``word`` ends a person's full name among ``ents``."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in ents)


def _misread_organisation(view: DocView, run: Span | None, works: bool = False) -> str:
    """The organisation a run of capitalised words names, whatever the recogniser made of it,
    or "" for a person, a place, a party, a title or a common noun that opens a sentence; a
    work of art's name too, unless ``works`` (where the run employs someone)."""
    if run is None or len(run) == 0:
        return ""
    words = [t for t in run if t.lower_ not in _NAME_JOINERS and t.text not in _INNER_DASHES]
    if all(t.ent_type_ in ("GPE", "LOC", "NORP") for t in words):
        return ""  # "Ohio's senator", "Iraq and Afghanistan"
    last = words[-1]
    if (
        last.lemma_.lower() in AWARD_WORDS  # "the Nobel Peace Prize laureate"
        or last.ent_type_ == "NORP"  # "a member of the House Democratic leadership"
        or last.lower_ in PARTY_ADJECTIVES
        # "World War II"
        or any(
            t.ent_type_ in _NOT_BODY_LABELS - ({"WORK_OF_ART"} if works else set()) for t in words
        )
        # A title or role inside: a person's name ("Mr. Obama's", "House Speaker Jim Roe").
        or any(_is_title_word(t) for t in words)
    ):
        return ""
    if any(_persons_word(view, t, len(words) > 1) for t in words):
        return ""
    if (
        len(words) > 1
        and all(t.ent_type_ == "PERSON" for t in words)
        and not _tagged_elsewhere(view, _clean_name(run.text))
        and not _ends_like_a_body([t.text for t in words])  # "Globex Bank's chief economist"
    ):
        # A name read as a person's throughout ("a spokesman for Bernie Roe"): a person's,
        # unless the article tags it as an organisation somewhere.
        return ""
    if len(words) == 1:
        only = words[0]
        if only.lower_ in view.lower_words:
            return ""  # "Administration officials", "the 5th District's": a common noun
        if only.is_sent_start and not (
            _tagged_elsewhere(view, only.text)
            or _capitalised_inside_a_sentence(only)
            or camel_cased(only.text)  # "TechNova", "PayPal": no common noun (nor "McCain")
        ):
            return ""  # "Radio talk host Jim Roe": a common noun opening its sentence
        # (A party word or a title is caught above, for every word of the run.)
        if only.lemma_.lower() in PERSON_NOUNS or (
            only.pos_ != "PROPN"
            and only.text[1:].islower()  # "Radio host Jane Doe"
            and not _tagged_alone(view, only.text)  # "Arsenal striker X", "Arsenal" a body
        ):
            return ""
    if _used_as_person(view, run):
        return ""
    return _clean_name(run.text)


def _owner_organisation(doc: Doc, view: DocView | None, owner: Token) -> str:
    """The organisation named by a role's possessive or compound owner that the recogniser
    did not tag as one ("Twitter's director", "Common Cause spokesman")."""
    if view is None:
        return ""
    lo = view.sent_start[owner.i]
    return _misread_organisation(view, _name_run(doc, owner, lo, owner.i + 1))


def _object_organisation(doc: Doc, view: DocView | None, prep: Token, pobj: Token) -> str:
    """The organisation named after a role's preposition that the recogniser did not tag as
    one ("founder of Iraq and Afghanistan Veterans of America", "a spokeswoman for Pfizer")."""
    first = prep.i + 1 + (doc[prep.i + 1].lower_ == "the")
    if view is None or not pobj.left_edge.i <= first <= pobj.i:
        return ""
    run = _name_run(doc, doc[first], first, pobj.right_edge.i + 1)
    if run is not None and run.end < pobj.i and doc[run.end].tag_ == "POS":
        # "the Manhattan District Attorney's Office": a name whose own words hold a
        # possessive, every word after it capitalised too.
        rest = doc[run.end + 1 : pobj.i + 1]
        if all(t.is_title or t.tag_ == "POS" for t in rest) and rest[-1].is_title:
            # A country's body is named without the country ("Germany's Green Party").
            place = all(t.ent_type_ in ("GPE", "NORP") for t in run)
            run = rest if place else doc[run.start : pobj.i + 1]
    if run is None or not run.start <= pobj.i < run.end:
        return ""  # the name owns the object ("an executive at Acme's parent company")
    return _misread_organisation(view, run)


def _is_title_word(tok: Token) -> bool:
    """A title written before names ("Mr.", "Sen.", "President", "Speaker")."""
    word = tok.lower_.rstrip(".")
    return (
        _is_title(word)
        or word in TITLE_WORDS
        or word in NAME_TITLE_BODIES
        # "Mayor Jane Doe", "Principal Jim Roe"; not "National" in "the National Rifle ..."
        or (
            tok.text[:1].isupper()
            and word in _name_titles()
            and tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].ent_type_ == "PERSON"
        )
    )


def _persons_word(view: DocView, tok: Token, in_longer_name: bool) -> bool:
    """A word the recogniser tags as a person's that the article uses as one: a given name
    ("Mayor Frank G. Jackson"), a word written after a title somewhere ("President Obama"), or
    the last word of a longer name that it tags alone as a person's elsewhere ("a spokesman
    for Bernie Sanders" and later "Sanders said"; not "Twitter", which it tags as a person's
    everywhere)."""
    if tok.ent_type_ != "PERSON":
        return False
    return bool(
        gender_of_given_name(tok.text)
        or _titled_elsewhere(tok)
        or (
            in_longer_name
            and any(
                e.label_ == "PERSON" and len(e) == 1 and e.text == tok.text and e.start != tok.i
                for e in view.ents
            )
        )
    )


def _titled_elsewhere(tok: Token) -> bool:
    """Whether the article writes this word after a title somewhere ("President Obama", "Mr.
    Roe", "Sen. Jane Roe"): a person's name, whatever else the recogniser made of it."""
    doc, word = tok.doc, tok.text
    for t in doc:
        if t.text == word and t.i > 0:
            before = doc[t.i - 1]
            if _is_title_word(before) or (
                t.i > 1 and _is_title_word(doc[t.i - 2]) and _given_name_like(before)
            ):
                return True
    return False


def _given_name_like(tok: Token) -> bool:
    """A capitalised word or an initial that may stand between a title and a surname."""
    return (tok.text[:1].isupper() and tok.is_alpha) or bool(re.fullmatch(r"[A-Z]\.", tok.text))


def _capitalised_inside_a_sentence(tok: Token, alone: bool = False) -> bool:
    """Whether the article writes this word with a capital inside a sentence somewhere; with
    ``alone``, not after punctuation nor as a word of a longer name: "Radio" in "Radio Free
    Acme" leaves "Radio host Jane Doe" a host of radio."""
    doc = tok.doc

    def capitalised(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text[:1].isupper()

    return any(
        t.text == tok.text
        and t.i != tok.i
        and not t.is_sent_start
        and not (alone and (doc[t.i - 1].is_punct or capitalised(t.i - 1) or capitalised(t.i + 1)))
        for t in doc
    )


#: Last words of a body's name beyond the group nouns ("the Sierra Club", "Lincoln Center").
_BODY_LAST_WORDS = frozenset(
    {"club", "center", "centre", "society", "league", "trust"}
    # football clubs' names ("Manchester United", "Bolton Wanderers", "Brighton & Hove Albion")
    | {"united", "fc", "rovers", "wanderers", "albion", "hotspur", "athletic"}
)


def _ends_like_a_body(words: list[str]) -> bool:
    """Whether a name of two words or more ends with a word for a kind of body, so that a
    given name opening it ("Sierra", "Lincoln") does not make it a person's."""
    last = words[-1].lower().rstrip(".")
    return len(words) > 1 and (
        last in GROUP_NOUNS or last in ORG_SUFFIXES or last in _BODY_LAST_WORDS
    )


def _last_body(doc: Doc, view: DocView, tok: Token) -> str:
    """The organisation an "its" before a role noun stands for: the one named last in its
    sentence or the two before it, tagged as one or the subject of its clause ("Pfizer hired
    him. ... Jim Roe, its chief executive")."""
    sent_starts = sorted(set(view.sent_start[: tok.i + 1]))
    lo = sent_starts[-3] if len(sent_starts) >= 3 else 0
    # Not the name the role describes ("Jim Roe, its chief executive").
    last = tok.head.left_edge.i if tok.dep_ == "appos" else tok.i
    for i in range(last - 1, lo - 1, -1):
        cand = doc[i]
        if (cand.ent_type_ in ("GPE", "LOC") or _is_place(cand)) and not any(
            a.ent_type_ == "ORG" or (a.pos_ == "PROPN" and a.dep_ in _SUBJECTS)
            for a in cand.ancestors
        ):
            # "Ohio cast its votes for its governor": a place's post; not a place that only
            # describes a body ("TechNova, based in Austin, ... its chief executive").
            return ""
        if cand.ent_type_ == "ORG":
            name = _ent_text(doc, cand)
            words = name.split()
            if _is_proper(name) and (
                not gender_of_given_name(words[0]) or _ends_like_a_body(words)
            ):
                # Not a person's name read as a body ("Saul Roe"); "The Sierra Club" is one.
                return _party_or(name)
        elif cand.dep_ in _SUBJECTS and cand.pos_ == "PROPN":
            # The nearest subject decides: a body the recogniser read as a person or missed,
            # or a person, whose "its" this is not.
            return _misread_organisation(view, _name_run(doc, cand, view.sent_start[i], i + 1))
    return ""
