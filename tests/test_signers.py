"""Letters and op-eds signed at the end, names written with a nickname, international bodies
and the titles of foreign and U.S. officials, on short, invented news snippets."""

from __future__ import annotations

import pytest
from snippets import claims_of, one


def test_op_ed_writer_is_the_signer_with_the_bodies_of_her_line(nlp) -> None:
    text = (
        "Our town deserves better.\n\n"
        "Mayor Tom Ferrell has promised a new bridge for years.\n\n"
        '"The bridge will never be built," I told my neighbours last week.\n\n'
        "Marta Kowalczyk is a lecturer at Greenfield College and director of the Riverside "
        "Players, which staged her play at the Lakeside Arts Center."
    )
    row = one(claims_of(nlp, text), "The bridge will never be built")
    assert row["speaker"] == "Marta Kowalczyk"
    assert row["organisation"] == "Greenfield College; Riverside Players"


def test_letters_page_first_person_is_the_next_signature(nlp) -> None:
    text = (
        "LETTERS.\n\n"
        '"The council has wasted our money," I told the mayor.\n\n'
        "Anna Berglund.\n\n"
        "Springfield, Ill.\n\n"
        '"The new park is a gift to the city," I told my friends.\n\n'
        "Tomas Lindqvist."
    )
    rows = claims_of(nlp, text)
    assert one(rows, "wasted our money")["speaker"] == "Anna Berglund"
    assert one(rows, "gift to the city")["speaker"] == "Tomas Lindqvist"


def test_quoted_nickname_is_dropped_from_the_fullest_name(nlp) -> None:
    text = (
        'Rep. Walter J. "Wally" Hensley (D-Ohio) opened the hearing on Monday.\n\n'
        '"We need answers," Wally Hensley said.\n\n'
        '"The agency failed," Wally Hensley said later.'
    )
    rows = claims_of(nlp, text)
    for fragment in ("We need answers", "The agency failed"):
        assert one(rows, fragment)["speaker"] == "Walter J. Hensley"
        assert one(rows, fragment)["organisation"] == "Democratic Party"


def test_party_tag_after_a_nicknamed_name_is_not_the_speaker(nlp) -> None:
    text = (
        'His cousin, state Del. Doreen "Dee" Marlowe (D-Fairfax), said that the vote was '
        "rigged.\n\n"
    )
    row = one(claims_of(nlp, text), "the vote was rigged")
    assert row["speaker"] == "Doreen Marlowe"
    assert row["organisation"] == "Democratic Party"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # An abbreviation names the body it stands for.
        (
            'Diplomats met in New York on Monday.\n\nThe U.N. said that "the tests must stop."',
            "the tests must stop",
            "United Nations",
        ),
        # A short form names the body whose last words it is.
        (
            "The United Nations Security Council met on Friday.\n\n"
            'Later, the Security Council said that "the tests must stop."',
            "the tests must stop",
            "United Nations Security Council",
        ),
    ],
)
def test_international_bodies(nlp, text: str, fragment: str, speaker: str) -> None:
    row = one(claims_of(nlp, text), fragment)
    assert row["speaker"] == speaker
    assert row["organisation"] == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "organisation"),
    [
        (
            "Pierre Lamotte, the foreign minister of France, said the talks had failed.",
            "the talks had failed",
            "France",
        ),
        (
            "South Korea protested on Monday.\n\n"
            "South Korean President Kim Soo-jin said the test was reckless.",
            "the test was reckless",
            "South Korea",
        ),
        (
            "The U.N. met on Friday.\n\n"
            'Secretary General Anders Kvist said that "the test must be punished."',
            "the test must be punished",
            "United Nations",
        ),
    ],
)
def test_titles_of_officials(nlp, text: str, fragment: str, organisation: str) -> None:
    assert one(claims_of(nlp, text), fragment)["organisation"] == organisation


def test_middle_initial_written_once_is_part_of_the_fullest_name(nlp) -> None:
    text = (
        "Marcus T. Abernathy will speak in Dayton today.\n\n"
        '"We will win Ohio," Marcus Abernathy said on Monday.\n\n'
        "Marcus Abernathy said the polls were wrong."
    )
    rows = claims_of(nlp, text)
    assert one(rows, "We will win Ohio")["speaker"] == "Marcus T. Abernathy"
    assert one(rows, "the polls were wrong")["speaker"] == "Marcus T. Abernathy"


def test_a_longer_name_with_another_surname_is_not_a_middle_name(nlp) -> None:
    text = (
        "Marcus Abernathy Jr. will speak in Dayton today.\n\n"
        '"We will win Ohio," Marcus Abernathy said on Monday.\n\n'
        "Marcus Abernathy said the polls were wrong."
    )
    rows = claims_of(nlp, text)
    assert one(rows, "We will win Ohio")["speaker"] == "Marcus Abernathy"


def test_a_name_the_recogniser_split_in_two_is_one_name(nlp) -> None:
    # Tagged as "Samuel Porter" and "Vance III", side by side.
    text = "U.S. District Court Judge Samuel Porter Vance III wrote that the statute was vague."
    assert one(claims_of(nlp, text), "the statute was vague")["speaker"] == (
        "Samuel Porter Vance III"
    )


def test_a_word_after_a_title_begins_the_name_though_no_census_lists_it(nlp) -> None:
    # Tagged as "Bin Faisal"; "Alwaleed" is no given name the census knows.
    text = "Saudi Prince Alwaleed Bin Faisal said on Monday that the deal was sound."
    assert one(claims_of(nlp, text), "the deal was sound")["speaker"] == "Alwaleed Bin Faisal"


def test_a_name_beside_the_place_a_role_is_at_names_the_role(nlp) -> None:
    # "Brian Kessel" parsed as an appositive of "Bucknell", which the recogniser tagged
    # together with the name.
    text = (
        "Mr. Hale grew up in Ohio. His best friend at Bucknell, Brian Kessel, said that Hale "
        "was always competitive."
    )
    assert one(claims_of(nlp, text), "Hale was always competitive")["speaker"] == "Brian Kessel"


def test_a_name_beside_a_role_noun_object_is_that_role_not_the_speaker(nlp) -> None:
    text = "A friend of the senator, Jane Doe, said that she was tired."
    assert one(claims_of(nlp, text), "she was tired")["speaker"] != "Jane Doe"


@pytest.mark.parametrize(
    ("text", "speaker", "organisation"),
    [
        (
            '"Taxes are too high," Americans for Prosperity\'s Tom Becker said.',
            "Tom Becker",
            "Americans for Prosperity",
        ),
        (
            "Physicians for Human Rights' Dana Whitfield said the hospital was bombed.",
            "Dana Whitfield",
            "Physicians for Human Rights",
        ),
        # An appositive, parsed as "Students" with the phrase "for Fair Housing's director".
        (
            '"Rents are out of control," said Maya Lindqvist, Students for Fair Housing\'s '
            "policy director.",
            "Maya Lindqvist",
            "Students for Fair Housing",
        ),
    ],
)
def test_a_body_named_with_for_before_a_possessive_is_the_persons_body(
    nlp, text, speaker, organisation
) -> None:
    # Parsed as "Americans" with the phrase "for Prosperity's Tom Becker".
    row = claims_of(nlp, text)[0]
    assert (row["speaker"], row["organisation"]) == (speaker, organisation)


def test_a_spokesman_for_a_persons_campaign_is_not_that_person(nlp) -> None:
    text = "A spokesman for Jane Doe's campaign said the plan was dead."
    assert claims_of(nlp, text)[0]["speaker"] != "Jane Doe"
