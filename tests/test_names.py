"""Names with particles ("von der Leyen", "ten Hag", "in 't Veld") and an Arabic article
("al-Assad"), on short, invented news snippets: the small model splits them, and the words went
to "Ursula von der", to "Hag" or to no one."""

from __future__ import annotations

import pytest
from snippets import claims_of, one
from spacy.tokens import Span

from claimx.names import (
    mend_bodies_cut_short,
    mend_names_after_roles,
    mend_surnames_run_into_bodies,
)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Commission President Ursula von der Leyen said the bloc would respond. "
            "Von der Leyen added that sanctions were ready.",
            "sanctions were ready",
            "Ursula von der Leyen",
        ),
        (
            "Commission President Ursula von der Leyen said the bloc would respond.",
            "the bloc would respond",
            "Ursula von der Leyen",
        ),
        (
            "Acme United manager Erik ten Hag said his side deserved to win. "
            '"We were the better team," ten Hag told reporters.',
            "We were the better team",
            "Erik ten Hag",
        ),
        (
            "Acme United manager Erik ten Hag said his side deserved to win.",
            "his side deserved to win",
            "Erik ten Hag",
        ),
        (
            "Dutch lawmaker Sophie in 't Veld said the rules were unfair. "
            "In 't Veld added that she would vote against them.",
            "she would vote against them",
            "Sophie in 't Veld",
        ),
        (
            "Syrian President Bashar al-Assad said the war was over. "
            "Assad added that refugees should return.",
            "refugees should return",
            "Bashar al-Assad",
        ),
    ],
)
def test_a_name_with_particles_is_one_person(nlp, text, fragment, speaker):
    assert one(claims_of(nlp, text), fragment)["speaker"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # A particle and a capitalised word are a surname only after a person's name in full.
        "Le Monde reported that the talks had failed.",
        # The first word of a full name is a person's: "Banco" is no given name.
        "Banco de Brasil said that rates would rise.",
    ],
)
def test_particles_alone_make_no_person(nlp, text):
    doc = nlp(text)
    assert not any(e.label_ == "PERSON" for e in doc.ents if e.text.split()[0] in ("Le", "Banco"))


def test_a_surname_alone_with_particles_needs_the_full_name(nlp):
    # "De Beers" ends no full name in the article, so it stays what the recogniser said.
    doc = nlp("Mayor Bill de Blasio said the mine would close. De Beers said it would not.")
    persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert "Bill de Blasio" in persons and "De Beers" not in persons


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The recogniser misses the name after the role ("Rovers boss Arne Lindqvist": no
        # entity), so "he" went to the person named before.
        (
            "Jim Doe said his side had been unlucky. Rovers boss Arne Lindqvist disagreed. "
            '"I thought we deserved it," he said.',
            "Arne Lindqvist",
        ),
        # It runs a capitalised role into a body's name ("Striker Erling Dahl").
        (
            "Striker Erling Dahl, who missed a penalty, did not speak to reporters. He said "
            "later that he was fine.",
            "Erling Dahl",
        ),
    ],
)
def test_a_name_after_a_role_is_a_person(nlp, text: str, speaker: str) -> None:
    (row,) = [r for r in claims_of(nlp, text) if r["speaker_mention"].lower() == "he"]
    assert row["speaker"] == speaker


def test_a_body_after_a_role_stays_a_body(nlp) -> None:
    # Guard: after a lower-case role, words the recogniser tagged as a body stay one, given
    # name or not ("analyst Charles Schwab" may be the brokerage); only untagged words change.
    doc = nlp("An industry analyst Charles Schwab said on Monday that the deal was done.")
    doc.ents = [Span(doc, 3, 5, "ORG")]
    assert [(e.text, e.label_) for e in mend_names_after_roles(doc).ents] == [
        ("Charles Schwab", "ORG")
    ]
    doc.ents = []
    assert [(e.text, e.label_) for e in mend_names_after_roles(doc).ents] == [
        ("Charles Schwab", "PERSON")
    ]


def test_a_person_run_over_a_body_and_role_is_cut_in_two(nlp) -> None:
    # The recogniser tags "Cal Fire spokesperson Jason Clay" as one person.
    text = "Cal Fire spokesperson Jason Clay said the blaze was 5 percent contained."
    row = one(claims_of(nlp, text), "the blaze was")
    assert (row["speaker"], row["organisation"]) == ("Jason Clay", "Cal Fire")


@pytest.mark.parametrize(
    "body",
    ["St. Jude Children's Research Hospital", "St. Mary's Medical Center", "Saint Paul's School"],
)
def test_a_body_named_for_a_saint_is_one_organisation(nlp, body: str) -> None:
    # The recogniser cuts the name at the possessive, or tags the saint as a place.
    row = one(claims_of(nlp, f"{body} said the study would take five years."), "five years")
    assert (row["speaker"], row["organisation"]) == (body, body)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "In an interview with CNN Sanders said the plan was wrong. Bernie Sanders is a "
            "senator from Vermont.",
            "the plan was wrong",
            "Bernie Sanders",
        ),
        (
            "Speaking to Fox News Clinton said she would win the state. Hillary Clinton is "
            "running for president.",
            "she would win",
            "Hillary Clinton",
        ),
        (
            "In a meeting with the editorial board of the Washington Post Trump said that the "
            'alliance may need to shrink. "We cannot afford it," Trump said.',
            "the alliance may need to shrink",
            "Trump",
        ),
    ],
)
def test_a_surname_run_into_a_body_is_the_speaker(nlp, text, fragment, speaker) -> None:
    # A comma is missing, and the recogniser tags "CNN Sanders" as one body; the parser makes
    # "Sanders" the object of "with" and leaves "said" without a subject.
    row = one(claims_of(nlp, text), fragment)
    assert row["speaker"] == speaker


def _tagged(nlp, text: str, ents: list[tuple[int, int, str]]):
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label) for start, end, label in ents]
    for tok in doc:
        tok.pos_ = "PROPN" if tok.is_title else "X"
    return doc


def test_a_persons_name_tagged_as_a_body_is_not_cut(nlp) -> None:
    # Guard: the words before the surname must not be a person's ("Carly Fiorina" tagged as
    # a body, and "Carly" alone as a body elsewhere; "Trump Tower" beside "Jim Tower", where
    # "Trump" is a body elsewhere too), and a body's own name that ends like a person's
    # ("Morgan Stanley" beside "Jane Stanley") stays whole.
    text = "Carly Fiorina said it. Fiorina agreed. Carly Inc. and Carly spoke."
    doc = _tagged(nlp, text, [(0, 2, "ORG"), (5, 6, "PERSON"), (11, 12, "ORG")])
    assert [e.text for e in mend_surnames_run_into_bodies(doc).ents] == [
        "Carly Fiorina",
        "Fiorina",
        "Carly",
    ]
    text = "Trump Tower is tall, Jim Tower said. Donald Trump and Trump Inc. won."
    ents = [(0, 2, "FAC"), (5, 7, "PERSON"), (9, 11, "PERSON"), (12, 13, "ORG")]
    doc = _tagged(nlp, text, ents)
    assert [e.text for e in mend_surnames_run_into_bodies(doc).ents] == [
        "Trump Tower",
        "Jim Tower",
        "Donald Trump",
        "Trump",
    ]
    text = "Analysts at Morgan Stanley said so. Jane Stanley agreed."
    doc = _tagged(nlp, text, [(2, 4, "ORG"), (7, 9, "PERSON")])
    assert [e.text for e in mend_surnames_run_into_bodies(doc).ents] == [
        "Morgan Stanley",
        "Jane Stanley",
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "Shares of Nvidia rose 8 percent after the chipmaker beat forecasts.",
        "Nvidia's shares rose 8 percent after the chipmaker beat forecasts.",
    ],
)
def test_a_name_whose_shares_trade_is_a_company(nlp, opening) -> None:
    # The recogniser tags "Nvidia" as a place; only a company has shares, so "the company's
    # chief executive" calls it back.
    text = f"{opening} Jensen Huang, the company's chief executive, said demand was strong."
    row = one(claims_of(nlp, text), "demand was strong")
    assert (row["speaker"], row["organisation"]) == ("Jensen Huang", "Nvidia")


def test_a_place_before_stocks_stays_a_place(nlp) -> None:
    # Guard: "U.S. stocks" are no company's; only the object of "shares of" or the possessor.
    doc = nlp("U.S. stocks fell on Monday, and shares of Acme Corp. rose.")
    assert ("U.S.", "GPE") in [(e.text, e.label_) for e in doc.ents]


def test_a_body_cut_short_takes_the_name_before_it(nlp) -> None:
    # The recogniser tags only "Media" of "Acme Media", and the body was called "Media".
    row = one(claims_of(nlp, "Acme Media said on Monday that the video was fake."), "fake")
    assert (row["speaker"], row["organisation"]) == ("Acme Media", "Acme Media")


def test_a_role_or_given_name_before_a_body_stays_out_of_it(nlp) -> None:
    # Guard: a role ("Representative Brooks") or a given name ("Jane Shapiro") before a word
    # the recogniser tagged as a body is not the body's name.
    doc = nlp("Representative Brooks said so. Jane Shapiro agreed.")
    doc.ents = [Span(doc, 1, 2, "ORG"), Span(doc, 6, 7, "ORG")]
    for tok in (doc[0], doc[5]):
        tok.dep_, tok.head, tok.pos_ = "compound", doc[tok.i + 1], "PROPN"
    assert [e.text for e in mend_bodies_cut_short(doc).ents] == ["Brooks", "Shapiro"]


def test_a_headlines_capitals_stay_out_of_a_body(nlp) -> None:
    # Guard: in a headline of capitals ("EUROPEANS ASK IF ..."), the word before a word the
    # recogniser tagged as a body is no part of its name.
    doc = nlp("EUROPEANS ASK IF VIOLENCE IS A FACT OF LIFE")
    doc.ents = [Span(doc, 1, 2, "ORG")]
    doc[0].dep_, doc[0].head, doc[0].pos_ = "compound", doc[1], "PROPN"
    assert [e.text for e in mend_bodies_cut_short(doc).ents] == ["ASK"]
