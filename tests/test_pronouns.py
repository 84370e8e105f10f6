"""Pronouns, shared surnames and lists of names in speaker resolution, on short, invented news
snippets."""

from __future__ import annotations

import pytest
from snippets import claims_of, one


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # "She" is the subject of the sentence before, not the last speaker (a spokeswoman).
        (
            "Mary Jones, a spokeswoman for the campaign, said that the rally was a success.\n\n"
            "Senator Ann Lee is facing questions about her health. "
            "She said that she felt fine.",
            "she felt fine",
            "Ann Lee",
        ),
        # A pronoun in a clause after its sentence's subject refers to that subject.
        (
            "Tom Brady said that the plan was bad.\n\n"
            "Paul Kerr is drawing criticism after he said that veterans were weak.",
            "veterans were weak",
            "Paul Kerr",
        ),
        # A chain of pronouns goes back to the name: "He ... . He said".
        (
            "Paul Kerr has little support among farmers. He recently pitched himself to them.\n\n"
            "Rep. Tom Brady said that the plan was bad.\n\n"
            "Kerr is not worried. He brushed off the poll. "
            "He said that the farmers would come around.",
            "farmers would come around",
            "Paul Kerr",
        ),
        # A definite role noun as subject ("the president") stands for the person it names.
        (
            "President Sam Hale spoke about the climate in Ohio.\n\n"
            "Senator Rob King said that the plan had failed in the Senate.\n\n"
            "In defeat, the president went quiet for a year. "
            "Later, he said that the plan would return.",
            "the plan would return",
            "Sam Hale",
        ),
        # The owner of a subject is its sentence's topic: "Hale's bet is ... . He says".
        (
            "President Sam Hale met Rob King, a senator, who said that the talks went well.\n\n"
            "Hale's bet is that the rules will stick. He says that the rules will last.",
            "the rules will last",
            "Sam Hale",
        ),
    ],
)
def test_pronoun_takes_the_salient_person(nlp, text: str, fragment: str, speaker: str) -> None:
    assert one(claims_of(nlp, text), fragment)["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # A bare surname is the person the article makes its subject, not a relative named
        # last in passing.
        (
            "Former President John Dale criticized the law during a stop in Ohio for his wife "
            "Mary Dale.\n\n“It makes no sense,” Dale said.",
            "It makes no sense",
            "John Dale",
        ),
        # "Mrs. Dale" is not the man named last with the surname.
        (
            "Tom Reed and Mary Dale never tire of the story.\n\n"
            "“It went well,” said Sam Holt, a chief of staff to President John Dale.\n\n"
            "Mrs. Dale said that the plan would stay.",
            "the plan would stay",
            "Mary Dale",
        ),
    ],
)
def test_shared_surname(nlp, text: str, fragment: str, speaker: str) -> None:
    assert one(claims_of(nlp, text), fragment)["speaker"] == speaker


def test_list_of_names_is_every_speaker(nlp) -> None:
    text = "Sens. Mark Kell (D-Mont.) and Doug Venn (R-La.) said that the bank should be broken up."
    claim = one(claims_of(nlp, text), "the bank should be broken up")
    assert claim["speaker"] == "Mark Kell; Doug Venn"
    # The parties differ; the chamber the plural title places both in is shared.
    assert claim["organisation"] == "U.S. Senate"


def test_list_of_names_shares_a_party(nlp) -> None:
    text = (
        "Sens. Jack Merle (D-Ore.), Sam Brook (D-Ohio) and Rob Mendel (D-N.J.) all said that "
        "those claims could be grounds for a lawsuit."
    )
    claim = one(claims_of(nlp, text), "grounds for a lawsuit")
    assert claim["speaker"] == "Jack Merle; Sam Brook; Rob Mendel"
    assert claim["organisation"] == "Democratic Party"


def test_a_pronoun_opening_the_next_sentence_states_the_subjects_gender(nlp):
    # No title gives Doe's gender; "She needed ..." right after her sentence does, so the later
    # "He" is Roe, not Doe (the nearer subject).
    text = (
        "Jim Roe will insist on being himself.\n\n"
        "Jane Doe did not need a big event on Monday. She needed only to calm her party.\n\n"
        "Trade came up often. He said that trade deals had hurt workers."
    )
    assert one(claims_of(nlp, text), "trade deals")["speaker"] == "Jim Roe"


def test_a_surname_tagged_as_an_organisation_in_the_headline_is_the_person_named_later(nlp):
    # spaCy's small model tags the headline's "Trump" as ORG; the full name later is a person.
    text = (
        "The real Trump showed up at the debate. GOP must live with it.\n\n"
        "Republicans learned again that Donald Trump will insist on being Donald Trump. "
        "He said that trade deals had hurt workers."
    )
    row = one(claims_of(nlp, text), "trade deals")
    assert (row["speaker"], row["speaker_type"]) == ("Donald Trump", "person")


def test_a_shared_surname_alone_is_the_person_named_in_full_first(nlp):
    # Both are subjects and no title gives a gender: away from the second full name, news
    # names the second person by first name (right after it, "Kowalski" would be Maria,
    # as in tests/test_extract.py::test_two_people_with_one_surname_stay_apart).
    text = (
        "Adam Kowalski spoke in Ohio on Monday.\n\n"
        "In an interview last week, Maria Kowalski said the plan would help mothers.\n\n"
        "The plan would start in May. It would cover six weeks.\n\n"
        "On Tuesday, Kowalski said that the plan would cost little."
    )
    rows = claims_of(nlp, text)
    assert one(rows, "help mothers")["speaker"] == "Maria Kowalski"
    assert one(rows, "cost little")["speaker"] == "Adam Kowalski"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Luther Stan Pate IV, a developer, gave $1 million to the group.\n\n"
            "Pate said that the gift was a bargain.",
            "Luther Stan Pate IV",
        ),
        (
            "Robert Kennedy Jr. spoke on Monday. Kennedy said the vaccine was unsafe.",
            "Robert Kennedy Jr.",  # the suffix keeps its period
        ),
    ],
)
def test_a_surname_before_a_generational_suffix_is_the_surname(nlp, text, speaker):
    (row,) = claims_of(nlp, text)
    assert row["speaker"] == speaker
