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
        # In its own sentence, "she" is a woman named as such before a subject whose gender
        # is not known ("Chris").
        (
            "Gov. Chris Hale described Senator Ann Lee as a “disgrace” after she said that "
            "the police were biased.",
            "the police were biased",
            "Ann Lee",
        ),
        # But "he" stays with the subject: such a name is a man's more often than not.
        (
            "Gov. Chris Hale praised Senator Tom Lee on Monday, and he said that the plan would "
            "pass.",
            "the plan would pass",
            "Chris Hale",
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


def test_a_surname_with_its_particle_tagged_as_an_organisation_is_the_person_named_later(nlp):
    # "De Blasio" in the headline is tagged as ORG; the body names "Mayor Bill de Blasio".
    text = (
        "De Blasio says Chelsea explosion was an 'intentional act.'\n\n"
        "Twenty-nine people were injured by an explosion that Mayor Bill de Blasio described "
        "as an intentional act.\n\n"
        "De Blasio said that there did not appear to be any connection."
    )
    for fragment in ("Chelsea explosion", "any connection"):
        row = one(claims_of(nlp, text), fragment)
        assert (row["speaker"], row["speaker_type"]) == ("Bill de Blasio", "person")


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


def test_a_given_name_states_the_gender_when_the_article_does_not(nlp):
    # No title or pronoun shows Marsh's gender; her given name does, so "he" is Ruiz, though
    # Marsh is the nearer subject. (claimx.given_names: the Census lists, nearly one-gender
    # names only.)
    text = (
        "Tom Ruiz introduced Cathy Marsh at the hearing. Marsh spoke for an hour. "
        '"It went well," he said afterwards.'
    )
    assert one(claims_of(nlp, text), "It went well")["speaker"] == "Tom Ruiz"


def test_a_name_tagged_as_an_organisation_but_given_a_given_name_and_a_surname_is_a_person(nlp):
    # The small model tags "Carly Vance" (and "Vance") as ORG; a one-gender given name and the
    # surname written alone later make her a person, not an organisation of her own.
    text = (
        "Carly Vance endorsed the mayor on Monday. Vance, the former chief executive of a bank, "
        "said the mayor had done well."
    )
    row = one(claims_of(nlp, text), "had done well")
    assert (row["speaker"], row["organisation"]) == ("Carly Vance", "")


@pytest.mark.parametrize(
    "second",
    [
        "Detective Inspector Sarah Jones, who leads the inquiry, said the victim was 34.",
        "\n\nSarah Jones, the lead investigator, said the victim was 34.",
    ],
)
def test_a_spokeswoman_is_not_the_officer_named_after_her(nlp, second):
    # A lede's unnamed spokeswoman is not the person the story names next with another role.
    text = "A spokeswoman for the Metropolitan Police said officers were called at 3 a.m. "
    rows = claims_of(nlp, text + second)
    assert one(rows, "officers were called")["speaker"] == ""
    assert one(rows, "the victim was 34")["speaker"] == "Sarah Jones"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # the role holder rule
            "A spokeswoman for the hospital said the patient was stable.\n\nSarah Jones, a "
            "spokeswoman for the hospital, said he was doing well.",
            "Sarah Jones",
        ),
        (
            # a staff role may be a spokeswoman's
            "A spokeswoman for Jane Doe says the senator did not help him.\n\nDoe "
            "communications director Jennifer Palmieri spoke to reporters Friday.",
            "Jennifer Palmieri",
        ),
    ],
)
def test_a_spokeswoman_is_the_speaker_named_after_her(nlp, text, speaker):
    # Guard: named after with the same role, or with a staff role, she is that person.
    assert claims_of(nlp, text)[0]["speaker"] == speaker


def test_a_definite_staff_role_is_the_person_named_before(nlp):
    # "The GOP speechwriter said": a role of political news's staff, like "the GOP strategist".
    text = (
        "Richard Dunn wrote the speech for Pat Smith last summer.\n\n"
        "The GOP speechwriter said that he had no regrets."
    )
    assert one(claims_of(nlp, text), "no regrets")["speaker"] == "Richard Dunn"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "President Bashar al-Assad of Syria has bombed Aleppo. President Obama met aides on "
            "Monday.\n\nMr. Obama has become skeptical about arming rebels to put more pressure "
            "on Mr. Assad. The president said that the rebels would not get more weapons.",
            "Obama",
        ),
        (
            "Sen. Marco Rubio of Florida and Sen. Ted Cruz of Texas spoke on Monday.\n\nRubio "
            "has criticised Cruz for weeks. The senator said that he would win the nomination.",
            "Marco Rubio",
        ),
    ],
)
def test_a_definite_role_is_the_subject_before_not_its_object(nlp, text, speaker):
    # Two people hold the role; the one named last is the object of the sentence before, the
    # other its subject, whom the role refers back to.
    row = next(r for r in claims_of(nlp, text) if r["speaker_mention"].startswith("The "))
    assert row["speaker"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Jim Doe was elected in 2020. The governor, a Democrat, said in an interview that he "
        "would veto the bill.",
        "The governor, a Democrat, said in an interview that he would veto the bill. Gov. Jim "
        "Doe has vetoed similar bills before.",
    ],
)
def test_a_definite_role_set_off_with_a_party_is_its_holder(nlp, text):
    # "a Democrat" is the governor's party, not a second person in the mention.
    row = one(claims_of(nlp, text), "veto the bill")
    assert (row["speaker"], row["organisation"]) == ("Jim Doe", "Democratic Party")


def test_a_definite_role_is_the_last_named_when_both_are_subjects(nlp):
    # Guard: where the one named last is a subject too, the last named stays the speaker.
    text = (
        "Sen. Marco Rubio of Florida and Sen. Ted Cruz of Texas spoke on Monday.\n\nRubio has "
        "criticised Cruz for weeks, and Cruz answered him on Monday. The senator said that he "
        "would win the nomination."
    )
    assert one(claims_of(nlp, text), "would win the nomination")["speaker"] == "Ted Cruz"


def test_an_organizer_is_not_the_last_person_named(nlp):
    # Guard: "organizer" is no role noun; as one, "the organizer of a pro-Doe rally" was
    # taken for the last person named, a leader of the other side.
    text = (
        '"We will march where we like," said Jane Roe, a leader of the Coalition to Stop Doe. '
        "Even the organizer of a pro-Doe rally said that the rules were bad."
    )
    assert one(claims_of(nlp, text), "the rules were bad")["speaker"] != "Jane Roe"


def test_a_definite_role_noun_is_the_name_in_its_appositive(nlp):
    # "the other candidate, Hillary Clinton": the appositive names her; the candidate named
    # before (whose given name states no gender) is someone else.
    text = (
        "Jordan Sanders, the first candidate, said that wages should rise.\n\n"
        "But the other candidate, Hillary Clinton, drew a contrast on the stage.\n\n"
        '"I do take those concerns seriously," she said.'
    )
    assert one(claims_of(nlp, text), "concerns seriously")["speaker"] == "Hillary Clinton"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We rock," said Founder Beverly Bond at the gala.', "Beverly Bond"),
        ("Actress Amandla Stenberg said that the show was great.", "Amandla Stenberg"),
        # Political news's staff and lawmakers' roles too.
        ("Assemblywoman Clara Dent said that the bill was dead.", "Clara Dent"),
    ],
)
def test_an_occupation_before_a_name_is_no_part_of_it(nlp, text, speaker):
    (row,) = claims_of(nlp, text)
    assert row["speaker"] == speaker


def test_a_plural_role_noun_is_no_one_person(nlp):
    # "the leading Democratic and Republican candidates" is not Roe, the last person named, nor
    # does it make him a Democrat.
    text = (
        'Jim Roe said Ann Lee "caused harm." Carly Vance said Ted Cruz "says whatever he needs '
        'to say."\n\nWith voters four weeks away, the leading Democratic and Republican '
        "candidates for president found themselves increasingly targeted by challengers."
    )
    rows = claims_of(nlp, text)
    assert one(rows, "caused harm")["organisation"] == ""
    assert one(rows, "targeted by challengers")["speaker"] == ""


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Mary Vitter (R-La.) opposed the plan. His office said that it was unsafe.",
        "Sen. Mary Vitter (R-La.) opposed the plan. Vitter's office said that it was unsafe.",
    ],
)
def test_an_office_speaks_for_its_holder(nlp, text):
    text = text.replace("His", "Her")
    row = one(claims_of(nlp, text), "it was unsafe")
    assert (row["speaker"], row["organisation"]) == ("Mary Vitter", "Republican Party")


def test_an_organisation_run_on_into_a_title_case_headline_is_cut_back(nlp):
    text = (
        "Obama Administration To Expand Program For Refugees\n\n"
        "The Obama administration said Tuesday that it would expand a program for refugees. "
        "The administration said that the plan was safe."
    )
    row = one(claims_of(nlp, text), "the plan was safe")
    assert row["speaker"].lower() == "obama administration"


def test_a_body_named_like_a_person_stays_a_body(nlp):
    # "Cornell" is also a given name and "University" recurs, but never alone as a surname does.
    text = (
        "Eswar Prasad, a professor of economics at Cornell University, said that the Fed was "
        "right. Harvard University disagreed."
    )
    assert one(claims_of(nlp, text), "the Fed was right")["organisation"] == "Cornell University"


def test_the_two_men_are_the_two_people_named_together(nlp):
    text = (
        "Ted Cruz and Donald Trump met on Monday. Later, the two men said that they had made "
        "peace.\n\nJim Roe met Ann Lee. The two lawmakers said that the bill was dead.\n\n"
        "Tom Moe called Jim Roe, Ann Lee and Bob Day. The two lawmakers said that the bill was "
        "alive."
    )
    rows = claims_of(nlp, text)
    assert one(rows, "made peace")["speaker"] == "Ted Cruz; Donald Trump"
    # Not named together, but the only two people named just before.
    assert one(rows, "the bill was dead")["speaker"] == "Jim Roe; Ann Lee"
    assert one(rows, "the bill was alive")["speaker"] == ""  # four named: unknown


def test_an_arabic_name_s_first_name_alone_is_the_person_named_in_full(nlp):
    # "Mohammed" after "Crown Prince Mohammed bin Salman": the name he is called by, and the
    # title is no part of his name.
    text = (
        "Crown Prince Mohammed bin Salman met the envoy on Monday. Mohammed said that the "
        "talks went well."
    )
    assert one(claims_of(nlp, text), "talks went well")["speaker"] == "Mohammed bin Salman"


def test_a_given_name_tagged_as_a_body_is_the_person_named_in_full(nlp):
    text = (
        "Saudi Prince Alwaleed Bin Talal mocked Jim Roe on Twitter.\n\n"
        "Alwaleed said that he would sell his stake."
    )
    assert one(claims_of(nlp, text), "sell his stake")["speaker"] == "Alwaleed Bin Talal"


def test_the_couple_is_the_two_people_named_together(nlp):
    text = (
        "Amir Haddad married Leila Haddad in 1990. The couple said that they felt welcome.\n\n"
        "A couple of aides said that the room was cold."
    )
    rows = claims_of(nlp, text)
    assert one(rows, "felt welcome")["speaker"] == "Amir Haddad; Leila Haddad"
    assert one(rows, "the room was cold")["speaker"] == ""  # "a couple of": a number


def test_her_campaign_is_the_campaign_of_the_woman_her_refers_to(nlp):
    # Ryan is named last, but "her" is Clinton (a given name states her gender); "Clinton's
    # team" in an election story is her campaign too.
    text = (
        "Paul Ryan spoke on Sunday. Hillary Clinton was happy.\n\n"
        "Clinton’s team said that Ryan was wrong. Her campaign quickly said that Ryan was "
        "joining a growing list."
    )
    rows = claims_of(nlp, text)
    assert one(rows, "Ryan was wrong")["speaker"] == "Clinton campaign"
    assert one(rows, "growing list")["speaker"] == "Clinton campaign"


def test_a_given_name_alone_is_the_one_person_named_in_full_with_it(nlp):
    text = (
        "Donald J. Trump and his brother Freddy Trump grew up in Queens. Their father, Fred "
        "Trump, was strict.\n\nDonald said that Freddy was kind. Freddy said that he loved flying."
    )
    rows = claims_of(nlp, text)
    assert one(rows, "Freddy was kind")["speaker"] == "Donald J. Trump"
    assert one(rows, "loved flying")["speaker"] == "Freddy Trump"


def test_a_place_before_a_comma_is_no_part_of_the_name(nlp):
    # The small model tags "Lehigh, Bruce Turry" as one name.
    text = (
        "Donald Trump had few close friends. One was his best friend at Lehigh, Bruce Turry, who "
        'said that Donald was driven. "He worked hard," Mr. Turry said.'
    )
    assert one(claims_of(nlp, text), "He worked hard")["speaker"] == "Bruce Turry"


def test_both_candidates_are_the_two_named_together(nlp):
    text = (
        "Hillary Clinton and Bernie Sanders met voters. Obama was away.\n\n"
        "Both candidates said that the plan was good."
    )
    row = one(claims_of(nlp, text), "the plan was good")
    assert row["speaker"] == "Hillary Clinton; Bernie Sanders"


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "organisation"),
    [
        # Bodies and countries joined by "and" are each a speaker, each its own organisation.
        (
            "France and Germany said that the deal was bad.",
            "France; Germany",
            "organisation",
            "France; Germany",
        ),
        # "the Gannett newspaper": a kind of body after a name the recogniser takes for a person.
        (
            "The New York Times and the Gannett newspaper argued that the records should be "
            "public.",
            "New York Times; Gannett",
            "organisation",
            "New York Times; Gannett",
        ),
        # A role noun after "and" is the name it introduces, however the parser attaches it.
        (
            "President Obama and Republican presidential nominee Donald Trump said that the deal "
            "was bad.",
            "Obama; Donald Trump",
            "person",
            "",
        ),
        # A pronoun in the list is the person it refers to.
        (
            "Sen. David Vitter spoke on Monday. He and House Judiciary Committee Chairman Bob "
            "Goodlatte (R-Va.) said that the program was broken.",
            "David Vitter; Bob Goodlatte",
            "person",
            "",
        ),
        # "A, B and C", parsed as an appositive with a conjunct.
        (
            '"Do not use them," wrote Jason Dana, Robyn Dawes and Nathanial Peterson.',
            "Jason Dana; Robyn Dawes; Nathanial Peterson",
            None,
            "",
        ),
        # Unnamed others are left out of a list of names.
        (
            "Jane Roe, John Doe and other officials said that they would appeal.",
            "Jane Roe; John Doe",
            "person",
            "",
        ),
        # The examples a plural head is given are who speaks.
        (
            "Anger at trade deals has grown, and candidates like Tom Hale and Jane Roe have said "
            "that the deals cost jobs.",
            "Tom Hale; Jane Roe",
            "person",
            "",
        ),
        # A body its appositive names is that body ("Doe's super PAC, Acme USA"), not "PAC".
        (
            "Outside money has poured in, and groups such as the Harbor Fund and Jim Doe's super "
            "PAC, Acme Action USA, said that the senator had failed.",
            "Harbor Fund; Acme Action USA",
            "organisation",
            "Harbor Fund; Acme Action USA",
        ),
        # "The Doe and Roe campaigns": a campaign each.
        (
            "The Sanders and Clinton campaigns said that the deal was done.",
            "Sanders campaign; Clinton campaign",
            "organisation",
            "Sanders campaign; Clinton campaign",
        ),
    ],
)
def test_a_list_of_named_speakers_is_every_one_of_them(nlp, text, speaker, kind, organisation):
    claim = claims_of(nlp, text)[-1]
    assert claim["speaker"] == speaker
    assert kind is None or claim["speaker_type"] == kind
    if organisation or kind == "organisation":
        assert claim["organisation"] == organisation


def test_a_role_noun_head_is_the_person_named_right_after_it(nlp):
    # The parser made the role the head: "Vatican spokesman the Rev. John Doyle said".
    text = (
        "The pope met the mayor on Friday. Vatican spokesman the Rev. John Doyle said that the "
        "visit was private."
    )
    row = one(claims_of(nlp, text), "the visit was private")
    assert row["speaker"] == "John Doyle"
    assert row["organisation"] == "Vatican"


def test_a_role_for_a_person_is_not_that_person(nlp):
    # Guard: a name after the role's preposition is who it works for, not the speaker.
    row = one(claims_of(nlp, "A spokesman for Sen. Jane Roe said that the bill was dead."), "dead")
    assert row["speaker"] != "Jane Roe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Bodies that describe the speakers, party members and places are no list of speakers.
        ("Acme and Globex officials said that they would merge.", ""),
        (
            "Ed Rendell, a former Pennsylvania governor and two-term Philadelphia mayor, said that "
            "the race was close.",
            "Ed Rendell",
        ),
        (
            "RENO, Nev. (AP) — Republican presidential hopeful Donald Trump said the wall would "
            "be built.",
            "Donald Trump",
        ),
        (
            "Former U.N. Ambassador John Bolton and Breitbart News National Security editor Dr. "
            "Sebastian Gorka both said that the deal was bad.",
            "John Bolton; Sebastian Gorka",
        ),
    ],
)
def test_names_inside_a_mention_that_are_not_its_speakers(nlp, text, speaker):
    assert claims_of(nlp, text)[-1]["speaker"] == speaker


def test_given_names_before_a_shared_surname_take_it(nlp):
    # A given name before "and" and a full name shares its surname: by the census list (Bill),
    # or because the article writes it with that surname elsewhere (Khizr).
    rows = claims_of(
        nlp,
        "Bill and Hillary Clinton said that the foundation was clean.\n\n"
        "Khizr and Ghazala Khan said that the speech was cruel. Khizr Khan spoke in July.",
    )
    assert one(rows, "foundation")["speaker"] == "Bill Clinton; Hillary Clinton"
    assert one(rows, "cruel")["speaker"] == "Khizr Khan; Ghazala Khan"
    # A surname alone before "and" stays a person of its own.
    rows = claims_of(nlp, "Obama and Hillary Clinton said that the deal was good.")
    assert one(rows, "the deal was good")["speaker"] == "Obama; Hillary Clinton"


def test_a_surname_in_the_plural_is_the_family(nlp):
    text = (
        "Rupert Murdoch and his son James Murdoch run the company. The Murdochs said that the "
        "network was fine.\n\nJohn Roberts spoke. The Jameses said that they would appeal."
    )
    rows = claims_of(nlp, text)
    assert one(rows, "network was fine")["speaker"] == "Rupert Murdoch; James Murdoch"
    assert one(rows, "would appeal")["speaker"] != "John Roberts"  # no family named Roberts


def test_mr_and_mrs_state_no_gender(nlp):
    # "Mr. and Mrs. Khan" is a couple: it does not make the first Khan named a woman.
    text = (
        "Khizr Khan spoke in Philadelphia. Letters were sent to Mr. and Mrs. Khan.\n\n"
        "Ghazala Khan reads them. Khizr Khan said that the letters were kind. He said that "
        "people were decent."
    )
    assert one(claims_of(nlp, text), "people were decent")["speaker"] == "Khizr Khan"


def test_a_headline_name_run_on_into_the_headline_is_the_name_the_article_gives(nlp):
    # The recogniser tags "Trump Insists He Never Said" as one name; the article calls him
    # "Trump", so the headline's claim is his, not a person of that name.
    text = (
        "Trump Insists He Never Said That About Women\n\nDonald Trump spoke in Ohio on Monday. "
        "Trump said that the report was false."
    )
    assert claims_of(nlp, text)[0]["speaker"] == "Donald Trump"


def test_a_title_in_a_headline_places_no_one_named_after_other_words(nlp):
    # "Ohio Gov." heads the headline; Obama, named after "Hears About", is no Ohio official.
    text = (
        "Ohio Gov. Hears About Obama’s Tax Grab, Sends Stark Warning To White House\n\n"
        "During his campaign, Barack Obama promised change. Now Obama said that the plan was "
        "fair."
    )
    assert one(claims_of(nlp, text), "the plan was fair")["organisation"] == ""


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "Vladimir" and "Huma" are not in the 1990 Census lists; the SSA counts give their
        # genders. And people joined by "and" as subjects give no pronoun after them a gender.
        (
            "Huma Abedin and Vladimir Putin met in Paris on Monday. Asked about the deal, he "
            "said that it would hold.",
            "Vladimir Putin",
        ),
        (
            "Vladimir Putin and Huma Abedin met in Paris on Monday. Asked about the deal, she "
            "said that it would hold.",
            "Huma Abedin",
        ),
    ],
)
def test_a_rarer_given_name_states_the_gender(nlp, text, speaker):
    assert one(claims_of(nlp, text), "would hold")["speaker"] == speaker


def test_a_surname_used_alone_is_not_a_given_name_before_a_full_name(nlp):
    text = "Clinton and Barack Obama met in Ohio on Monday. Clinton said that the deal was good."
    assert claims_of(nlp, text)[0]["speaker"] == "Clinton"


def test_a_building_tagged_as_a_person_is_no_he(nlp):
    # The small model tags "Trump Tower" as a person's name; "he" is still Trump.
    text = (
        "Both teams cheered, but it was Mr. Trump who seemed different. As he spoke in the "
        "lobby of Trump Tower, there were no long speeches. He said that the economy was his "
        "strength."
    )
    assert one(claims_of(nlp, text), "economy")["speaker"] == "Trump"


def test_a_surname_gets_the_full_name_the_recogniser_missed_elsewhere(nlp):
    # "Mehmet Oz" is not tagged at all; one later "Oz" is: he is Mehmet Oz.
    text = (
        "Mehmet Oz — Ivy League surgeon, TV host — is a doctor with critics.\n\nBut for Donald "
        "Trump, Oz's show proved to be a good stage. Oz said that Trump was healthy."
    )
    assert one(claims_of(nlp, text), "healthy")["speaker"] == "Mehmet Oz"


def test_a_place_after_a_title_and_a_preposition_is_no_person(nlp):
    # "The U.S. senator from Vermont": the title is not Vermont's, so "he" is not Vermont.
    text = (
        "The race has become a problem for Jane Hall in her battle against Sen. Bernie Roe.\n\n"
        "Hall has won more states, but Roe has had the momentum. But after stumbles by the "
        "Vermont senator, the primary gives Hall a chance.\n\n"
        "The U.S. senator from Vermont has been running a strong campaign. He said that he "
        "will contest every primary."
    )
    assert one(claims_of(nlp, text), "every primary")["speaker"] == "Bernie Roe"


def test_a_pronoun_after_two_subjects_is_the_one_of_its_gender(nlp):
    # "Jane Hall has won more states, but Sam Roe has had the momentum. He ...": Hall's given
    # name says she is no "he", so "he" is Roe, and Roe (no given name to tell) is no "she".
    text = (
        "The race is a problem for Jane Hall in her battle against Sen. Sam Roe.\n\n"
        "Hall has won more states, but Roe has had the momentum. He has won seven of the past "
        "eight contests.\n\n"
        "Hall's team had hoped that the math would set in. The more Roe has won, the more the "
        "focus has been on Hall. She has said that she will turn to the general election."
    )
    assert one(claims_of(nlp, text), "general election")["speaker"] == "Jane Hall"


@pytest.mark.parametrize(
    ("fragment", "speaker"),
    [
        ("numbers will be clear", "Hale campaign"),  # "The Hale team"
        ("numbers are wrong", "Roe campaign"),  # "The Roe camp"
        ("would be a success", "Doe campaign"),  # "Team Doe"
    ],
)
def test_a_candidates_team_or_camp_is_the_campaign(nlp, fragment, speaker):
    text = (
        "Jane Hale leads the primary campaign against Sam Roe and Jim Doe.\n\n"
        "The Hale team thinks that by the end of the month, the numbers will be clear. "
        "The Roe camp argues that the numbers are wrong. "
        "Team Doe said that the convention would be a success."
    )
    assert one(claims_of(nlp, text), fragment)["speaker"] == speaker


def test_a_relative_the_recogniser_left_untagged_is_a_person(nlp):
    # Only "Donald Trump" is tagged; "Ivanka Trump" is a given name and his surname.
    text = (
        "Former Arizona Gov. Jan Brewer said that Donald Trump would win. Trump agreed.\n\n"
        "Ivanka Trump, 34, could be a bridge to female voters. She said that he has been a "
        "pioneer."
    )
    assert one(claims_of(nlp, text), "pioneer")["speaker"] == "Ivanka Trump"


def test_a_given_name_beside_a_kinship_noun_is_a_person_and_the_subject_she_refers_to(nlp):
    # The recogniser tags "Melania" as a place; a wife works for no campaign of her husband's.
    text = (
        "Jan Brewer said that Donald Trump would win the campaign.\n\n"
        "On Monday, Trump's wife, Melania, is scheduled to be among the featured speakers. "
        "At a rally in Milwaukee this spring, she said that Trump was kind."
    )
    row = one(claims_of(nlp, text), "was kind")
    assert (row["speaker"], row["organisation"]) == ("Melania", "")


def test_team_and_a_surname_the_recogniser_missed_is_the_campaign(nlp):
    # "Trump" after "Team" is no entity here; it is the surname of Jim Trump all the same.
    text = (
        "Jim Trump leads the primary campaign against Sam Roe.\n\n"
        "Team Trump believes that the convention is a second chance for Jim Trump to make a "
        "first impression with women voters."
    )
    assert one(claims_of(nlp, text), "second chance")["speaker"] == "Trump campaign"


def test_a_role_noun_the_recogniser_took_into_a_name_is_no_part_of_it(nlp):
    text = (
        "Moderator Hugh Hewitt asked about the delegate count. Hewitt said that the math was harsh."
    )
    assert one(claims_of(nlp, text), "math was harsh")["speaker"] == "Hugh Hewitt"


@pytest.mark.parametrize(
    "text",
    [
        # Two subjects joined by "and" in the sentence before.
        "Sam Hale spoke on Monday. Jane Roe and Jim Doe have used the harshest words about the "
        "plan. Yet they said that the targets were secret.",
        # The subjects of two clauses joined in one sentence.
        "Jane Roe accuses the mayor of hiding and Jim Doe says he is losing, part of a lashing "
        "they have given him. Yet they said that the targets were secret.",
    ],
)
def test_they_after_two_named_subjects_is_both(nlp, text):
    assert one(claims_of(nlp, text), "targets were secret")["speaker"] == "Jane Roe; Jim Doe"


@pytest.mark.parametrize(
    "text",
    [
        # A headline's comma list (real names: the recogniser tags these two in a headline).
        "Trump, Ryan pledge to work together.\n\nDonald Trump and Paul Ryan met on Monday.",
        # "House" parsed as the conjunct: the names are still listed, and Ryan's body is not
        # given to Trump (the parser reads the invented "Jane Hale and House Speaker Sam Roe"
        # right, so these are real names).
        "WASHINGTON (AP) — Donald Trump and House Speaker Paul Ryan pledged to work together "
        "despite their differences after a meeting Thursday aimed at unifying a party.",
    ],
)
def test_names_listed_in_a_mention_the_parse_missed_are_all_speakers(nlp_tagged, text):
    # The tagger finds the headline's claim; the rules do not.
    claim = one(claims_of(nlp_tagged, text), "work together")
    assert claim["speaker"] == "Donald Trump; Paul Ryan"
    assert claim["organisation"] == ""


def test_a_spokeswoman_for_a_name_then_her_name_is_no_list(nlp):
    text = "A spokeswoman for Jane Doe, Ann Lee, said that it was over."
    assert one(claims_of(nlp, text), "over")["speaker"] == "Ann Lee"


def test_a_surname_the_parser_took_for_another_word_is_the_person(nlp_tagged):
    # "From" is read as a preposition; the article names Al From in full.
    text = (
        "Al From, who helped found the council, said that the party had changed. From said "
        "that the shift began in the 1990s."
    )
    assert one(claims_of(nlp_tagged, text), "1990s")["speaker"] == "Al From"


def test_a_missed_full_name_with_a_known_surname_and_another_given_name_is_another_person(nlp):
    # The recogniser misses "Ivanka Trump" (a work of art, or nothing): she is not Donald Trump,
    # and "Ivanka" alone is her, not an organisation.
    text = (
        'Donald Trump spoke in Ohio on Monday. "We will win," Trump said.\n\n'
        'Ivanka Trump, his daughter, also addressed the crowd. "My father is a fighter," '
        "Ivanka Trump said.\n\nLater, Trump said that the polls were rigged. Ivanka said she "
        "was proud."
    )
    claims = claims_of(nlp, text)
    assert one(claims, "fighter")["speaker"] == "Ivanka Trump"
    assert one(claims, "proud")["speaker"] == "Ivanka Trump"
    assert one(claims, "proud")["speaker_type"] == "person"
    assert one(claims, "rigged")["speaker"] == "Donald Trump"


@pytest.mark.parametrize(
    "text",
    [
        # The party noun is the subject of the sentence before, not the last person quoted.
        'Republican Jane Doe said on Monday that "the plan is dead."\n\nSpeaker Jim Roe says '
        "the world is watching and that allies are rattled by Doe's comments.\n\nIn an "
        "interview on Thursday, the Ohio Republican criticized the plan and said that allies "
        "were worried.",
        # The subject of the sentences before, though another person was named (and spoke)
        # between them.
        'Jim Roe says too much is made of Jane Doe\'s posts. "It is nothing," Doe said.\n\n'
        "Roe was speaking on Friday in Dayton, hours after Doe sent a flurry of posts.\n\n"
        "The Ohio Democrat said that the media were to blame.",
    ],
)
def test_a_party_noun_is_the_subject_just_before_it(nlp, text):
    claims = claims_of(nlp, text)
    said = one(claims, "worried" if "worried" in text else "to blame")
    assert said["speaker"] == "Jim Roe"


def test_a_party_noun_after_a_name_in_its_own_sentence_is_that_person(nlp):
    text = (
        "Jane Doe has a long history of blaming others. In Sen. Jim Roe's column on Monday, "
        '"The piling on must stop," the Republican from Ohio seems to be doing the same.'
    )
    assert one(claims_of(nlp, text), "piling")["speaker"] == "Jim Roe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "David Roe, a former campaign strategist for Jane Doe, spoke on Monday. Doe's former "
            "campaign strategist said that the race was close.",
            "David Roe",
        ),
        (
            "Keith Doe was hurt on Tuesday. His wife, Ann Doe, filmed the encounter. Keith Doe's "
            "wife said that he was unarmed.",
            "Ann Doe",
        ),
        # No one the article describes as a lawyer: no speaker.
        ("Jim Doe's lawyer said that the deal was off.", ""),
        # The one spokeswoman named speaks for someone else.
        (
            "Jim Doe and Tom Moore are running for the Senate. Ann Roe, a spokeswoman for Tom "
            "Moore, declined to comment. Doe's spokeswoman said that the ad was false.",
            "",
        ),
    ],
)
def test_an_owned_role_is_the_one_person_the_article_gives_that_role(nlp_tagged, text, speaker):
    assert one(claims_of(nlp_tagged, text), "that")["speaker"] == speaker


def test_a_lede_role_is_the_person_the_story_names_with_it_below(nlp_tagged):
    # A title across a verb ("Judge rejects Daily Post request") is not the newspaper's, and the
    # lede's "a ... judge" is the justice the story names below it.
    text = (
        "Judge rejects Daily Post request to unseal divorce file.\n\n"
        "A Springfield judge has rejected a media request to unseal a court file, saying that "
        "the courts have no business deciding what is useful to voters.\n\n"
        "The Daily Post filed a motion to unseal the records.\n\n"
        "Superior Court Justice Mary Roe rejected that argument in a ruling released Thursday."
    )
    claims = claims_of(nlp_tagged, text)
    assert one(claims, "no business")["speaker"] == "Mary Roe"
    assert all(c["speaker"] != "Daily Post" or "motion" in c["quote"] for c in claims)


def test_an_epithet_in_a_headline_is_no_part_of_the_name(nlp):
    # (Public names: the small model tags these as people where it misses invented ones.)
    text = (
        "Derelict Obama and Clinton blamed for Benghazi.\n\n"
        "President Obama and Hillary Clinton said that the attack was spontaneous. Obama said "
        "that the video was to blame."
    )
    assert one(claims_of(nlp, text), "video")["speaker"] == "Obama"


def test_a_headline_role_with_modifiers_is_the_person_the_story_names_with_it(nlp):
    # "Former Navy Doctor" is written as a title; the recogniser may take it for a body.
    text = (
        "Former Navy Doctor: Mayor Jim Doe is healthy.\n\n"
        "Jane Roe, a former Navy physician, said on Monday that Mayor Jim Doe was healthy."
    )
    assert one(claims_of(nlp, text), "is healthy")["speaker"] == "Jane Roe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A plural role before a list of names is no obstacle to the list.
        (
            "Democratic presidential candidates Martin Roe and Bernie Sanders said the banks "
            "must be broken up.",
            "Martin Roe; Bernie Sanders",
        ),
        # A source the parser made a clause of (its head is "eliminated") is the name it opens
        # with.
        (
            "Sen. Jim Roe of Texas, a candidate mathematically eliminated from winning the GOP "
            "nomination on the first ballot, said he would stay in the race.",
            "Jim Roe",
        ),
    ],
)
def test_a_tagger_source_around_a_name_is_that_name(nlp_tagged, text, speaker):
    (row,) = claims_of(nlp_tagged, text)
    assert row["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The name written after a role's object is the role's ("An attorney for Roe, Mark
        # Doe"), though the parser sets it beside the object; "his attorney" is then Doe.
        (
            "An attorney for Pagliano, Mark Doe, stressed that his client would appear. "
            "His attorney said that the showdown was fruitless.",
            "Mark Doe",
        ),
        # "Dr." is a doctor's title, and a physician is a doctor.
        (
            "Dr. Harold Roe examined him last year. His longtime personal physician said that "
            "the results were excellent.",
            "Harold Roe",
        ),
        # A capitalised role written as a title before a name is that person's role too.
        (
            "New York Attorney General Eric Moss opened an inquiry. Later, Phil Lovas, the "
            'state chairman, spoke.\n\n"It is a sham," Lovas said.\n\nThe New York state '
            "attorney general said that the inquiry would go on.",
            "Eric Moss",
        ),
        (
            'Secretary Ann Lee met Jim Roe.\n\n"It is a sham," Roe said.\n\nThe secretary '
            "said that the talks would go on.",
            "Ann Lee",
        ),
    ],
)
def test_a_role_given_before_a_name_or_as_a_title_is_that_persons(nlp, text, speaker):
    assert one(claims_of(nlp, text), "that the")["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A kinship noun owned by a named person is the one other person of that surname the
        # article names, of the noun's gender ...
        (
            "Police shot Keith Roe on Tuesday. Ann Roe can be heard yelling. Keith Roe's wife "
            "said on Friday that he was unarmed.",
            "Ann Roe",
        ),
        # ... not one of two, nor one of the other gender, nor for a role that is no kin.
        (
            "Police shot Keith Roe on Tuesday. Ann Roe and Jane Roe can be heard yelling. Keith "
            "Roe's wife said on Friday that he was unarmed.",
            "",
        ),
        (
            "Police shot Keith Roe on Tuesday. Tom Roe can be heard yelling. Keith Roe's wife "
            "said on Friday that he was unarmed.",
            "",
        ),
        (
            "Police shot Keith Roe on Tuesday. Ann Roe can be heard yelling. Keith Roe's lawyer "
            "said on Friday that he was unarmed.",
            "",
        ),
        # The same for a kinship noun "his" or "her" owns, the person it refers to the owner
        # ("ex-wife" split at its hyphen) ...
        (
            "Police shot Keith Roe on Tuesday. Ann Roe can be heard yelling. His wife said on "
            "Friday that he was unarmed.",
            "Ann Roe",
        ),
        (
            "Police shot Keith Roe in 1990. Ann Roe can be heard yelling. His ex-wife said on "
            "Friday that he was unarmed.",
            "Ann Roe",
        ),
        # ... but not one of the other gender (the noun's gender from "wife" after "ex-").
        (
            "Police shot Keith Roe in 1990. Tom Roe can be heard yelling. His ex-wife said on "
            "Friday that he was unarmed.",
            "",
        ),
    ],
)
def test_a_named_persons_kin_is_the_one_relative_named(nlp, text, speaker):
    assert one(claims_of(nlp, text), "unarmed")["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The lede names a spokesman for Lowe; the story names the one spokesman of her
        # campaign below.
        (
            "Lowe aide disputes report.\n\nA spokesman for Democratic candidate Mary Lowe said "
            "that the report was misleading.\n\nBrian Fallon, a spokesman for the Lowe "
            "campaign, said the report focused on a small subset of her meetings.",
            "Brian Fallon",
        ),
        # An entry of a live page opens like a lede: its role is the person named just after.
        (
            "The Latest: Lowe campaigns in Ohio.\n\nLowe spoke in Dayton on Monday.\n\n___\n\n"
            "10:10 a.m.\n\nA top Mary Lowe adviser says that the senator is on a glide path "
            "to the nomination.\n\nJim Roe spoke to reporters Thursday after a meeting with "
            "House members.",
            "Jim Roe",
        ),
        (
            "Former chairman urges a plan.\n\nA former party chairman says that the party "
            'should name a successor.\n\n"Now is the time," said Don Roe, who led the party '
            "in the 1990s.",
            "Don Roe",
        ),
        # A source kept unnamed on purpose is no one named later.
        (
            "Aides weigh debate plan.\n\nA longtime adviser to Lowe, who requested anonymity, "
            "said that the debate would be hard.\n\nJim Roe spoke to reporters on Thursday.",
            "",
        ),
        # The first person named after the lede is not its subject: no one.
        (
            "Judge blocks law.\n\nA federal judge said that the law was void.\n\nThe suit was "
            "brought by Jim Roe on Monday.",
            "",
        ),
        # The Acme official of the lede is no former one.
        (
            "Acme backs Doe.\n\nAn Acme official said that the firm would back Doe.\n\nJim "
            "Roe, a former Acme official, praised the pick.",
            "",
        ),
        # A party's national committee in the role: a member of that party fits it.
        (
            "Former DNC chairman calls for a plan.\n\nA former Democratic National Committee "
            'chairman says that the party should plan ahead.\n\n"Now is the time," said Don '
            "Fowler, who helmed the DNC from 1995 to 1997.",
            "Don Fowler",
        ),
    ],
)
def test_a_lede_role_is_the_person_named_just_after_it(nlp, text, speaker):
    assert one(claims_of(nlp, text), "that the")["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The headline's role is the lede's, whose person the story names just after it.
        (
            "Former DNC chairman calls for a plan.\n\nA former Democratic National Committee "
            'chairman says that the party should plan ahead.\n\n"Now is the time," said Don '
            "Fowler, who helmed the DNC from 1995 to 1997.",
            "Don Fowler",
        ),
        # Else the subject of the first sentence's main clause, not of a clause inside it.
        (
            "Jim Roe will win, eventually, former rival says.\n\nJim Roe will win the "
            "nomination before the convention, predicted Ann Lee, the former governor "
            "challenged by Roe 30 years ago.",
            "Ann Lee",
        ),
    ],
)
def test_a_headline_role_with_modifiers_is_the_person_its_lede_introduces(nlp, text, speaker):
    headline_end = text.index("\n")
    (row,) = [r for r in claims_of(nlp, text) if (r["speaker_start"] or 0) < headline_end]
    assert row["speaker"] == speaker


def test_a_party_nominals_owner_reading_keeps_its_party_from_the_doctor(nlp):
    # The parser took "maintains" for the noun, and the candidate for its subject; the "'s"
    # still makes the candidate the doctor's owner, so her party is not the doctor's.
    text = (
        "Lowe Hid Past Health Problems From Public, Former White House Doctor Says.\n\n"
        "Secrecy is not a stranger when it comes to Mary Lowe’s health issues, the Democratic "
        "presidential candidate’s former doctor maintains.\n\nDr. Connie Roe, who as a Navy "
        "captain was the White House physician, said that in 1998, Lowe hid a blood clot."
    )
    said = one(claims_of(nlp, text), "blood clot")
    assert said["speaker"] == "Connie Roe"
    assert said["organisation"] == ""


def test_a_noun_after_a_place_that_opens_a_sentence_does_not_describe_the_place(nlp):
    # The parser reads "an unarmed man" as the city's appositive; the city is still no person.
    text = (
        "Mary Lowe spoke in Ohio on Tuesday.\n\n“In Dayton, an unarmed man with his hands in "
        "the air. This is just unbearable,” Lowe said.\n\nDayton said on Monday that the "
        "officer was suspended."
    )
    said = one(claims_of(nlp, text), "suspended")
    assert said["speaker"] == "Dayton"
    assert said["speaker_type"] == "organisation"


def test_a_closed_appositive_after_an_opening_phrase_still_describes_the_name(nlp):
    text = (
        "As Jane Doe, a professor of constitutional law at Yale, put it, the court may wait. "
        "Ms. Doe said that a bargain was possible."
    )
    said = one(claims_of(nlp, text), "bargain")
    assert said["speaker"] == "Jane Doe"
    assert said["organisation"] == "Yale"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "Both" alone is the two people named together before it.
        (
            "Mary Roe and Jim Doe met voters in Iowa on Monday. Both said that the economy was "
            "rigged.",
            "Mary Roe; Jim Doe",
        ),
        # A definite pair is the only two people named in the sentences before it, though
        # not named together.
        (
            "Mary Lowe won Iowa on Monday. The count showed Lowe had 49.8 percent while Jim Doe "
            "had 49.6 percent. Officials say a recount cannot be done. At a debate on Thursday, "
            "both candidates said that the economy was rigged.",
            "Mary Lowe; Jim Doe",
        ),
        # Two men not yet named are two more people.
        (
            "Mary Roe spoke at the fair on Monday. Jim Doe spoke there too. Two men who had just "
            "voted said that the economy was rigged.",
            "",
        ),
    ],
)
def test_both_or_a_definite_pair_is_the_two_people_named_before(nlp, text, speaker):
    assert one(claims_of(nlp, text), "rigged")["speaker"] == speaker


def test_a_pairs_own_role_noun_gives_its_party(nlp):
    text = (
        "Richard Nixon and Ronald Reagan led the party. The two Republican presidents said that "
        "crime was rising."
    )
    row = one(claims_of(nlp, text), "crime")
    assert (row["speaker"], row["organisation"]) == (
        "Richard Nixon; Ronald Reagan",
        "Republican Party",
    )


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # a live page's entry
            "The Latest: a charge is dropped.\n\n2:40 p.m.\n\n"
            "John Smith's campaign manager says he is gratified by the decision of a prosecutor "
            "to drop a charge against him.\n\n"
            "Mark Ellison, in a statement released by the campaign on Thursday, said he "
            "appreciates the decision.",
            "he is gratified",
            "Mark Ellison",
        ),
        (  # a live page's later entry, whose time stamp the parser cuts in two sentences
            "The Latest: a count is checked.\n\nThe Latest on the race (all times EDT):\n\n"
            "1:10 p.m.\n\n"
            "Ohio’s elections chief says that a review found no fraud in the count.\n\n"
            "Maria Lopez says she asked her staff to check every county.",
            "found no fraud",
            "Maria Lopez",
        ),
        (  # a lede
            "Connecticut’s tax commissioner says an internal review shows no one from the state "
            "released the filings.\n\n"
            "Kevin Sullivan says he instructed staff Monday to check whether anyone disclosed "
            "the information.",
            "an internal review shows",
            "Kevin Sullivan",
        ),
    ],
)
def test_a_possessive_role_opening_a_story_is_the_person_named_just_after(
    nlp, text, fragment, speaker
):
    assert one(claims_of(nlp, text), fragment)["speaker"] == speaker


def test_a_possessive_role_is_not_its_owner_named_just_after(nlp):
    text = (
        "John Smith's campaign manager says the rally will go ahead.\n\n"
        "John Smith said on Thursday that he would speak at the rally."
    )
    assert one(claims_of(nlp, text), "the rally will go ahead")["speaker"] != "John Smith"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Pope Francis spoke in Rome on Monday.\n\nThe pope said that walls were wrong.",
            "Francis",
        ),
        (
            "Saudi Prince Alwaleed Bin Talal called the plan a disgrace on Monday.\n\n"
            "The prince said that walls were wrong.",
            "Alwaleed Bin Talal",
        ),
    ],
)
def test_a_royal_or_religious_title_is_the_role_noun_for_the_person_later(nlp, text, speaker):
    assert one(claims_of(nlp, text), "walls were wrong")["speaker"] == speaker


def test_an_object_pronoun_after_a_named_person_in_a_subjectless_sentence_is_that_person(nlp):
    # "him" is Dan Poe, named just before it, not Jim Roe, the subject of the sentence before.
    text = (
        "Jim Roe has abandoned years of Republican support for open trade.\n\n"
        "Anger at trade pacts has also energized backers of Dan Poe, helping him carry the Ohio "
        "Democratic primary last week.\n\n"
        '"We will win," Mr. Roe said. "It is ours," Mr. Poe said.'
    )
    rows = claims_of(nlp, text)
    assert one(rows, "We will win")["organisation"] != "Democratic Party"
    assert one(rows, "It is ours")["organisation"] == "Democratic Party"


def test_a_share_of_voters_is_not_the_person_a_figure_was_written_beside(nlp):
    # "about Jim Roe, 71 percent to 58 percent" makes "percent" no role of Roe's.
    text = (
        "More voters say Jane Doe shares their values than say so about Jim Roe, 71 percent to "
        "58 percent.\n\nSixty-eight percent now think he could win in November."
    )
    assert one(claims_of(nlp, text), "could win")["speaker"] == ""


def test_a_poll_the_parser_hangs_on_a_name_is_no_role_of_that_person(nlp):
    # spaCy's small model parses the headline's "poll" as a word describing "Trump".
    text = (
        "Latest poll has Trump catching up with Clinton; \nEmail inquiry hurts Democratic "
        "candidate's efforts.\n\nHillary Clinton has lost her lead over Donald J. Trump, "
        "according to the latest Acme Research poll. The two candidates are now tied in a "
        "general election matchup, the new poll indicates, with each getting 41 percent."
    )
    row = one(claims_of(nlp, text), "now tied")
    assert (row["speaker"], row["organisation"]) == ("", "Acme Research")


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # "the campaign chairman for Doe" is Tom Roe's role: it makes Jane Doe no man, so
        # "She" can still be her.
        (
            "Jane Doe announced her plan on Monday in Ohio.\n\n"
            "Tom Roe, the campaign chairman for Doe, said the plan was ready.\n\n"
            "Later, Doe spoke to reporters at the state fair. She said the plan would pass in "
            "the spring.",
            "would pass",
            "Jane Doe",
        ),
        # "The administrator is Denise Turner Roth": "her" is Roth, though "administrator" is
        # no role noun claimx knows, not the president who spoke before.
        (
            "Under the new law, the president must set up a transition plan, President Obama "
            "said on Monday.\n\nThe administrator is Denise Turner Roth, head of the General "
            "Services Administration. She has not decided whether third-party candidates would "
            "be eligible, her office said.",
            "has not decided",
            "Denise Turner Roth",
        ),
        # Nothing states either Doe's gender but their given names: "Mrs. Doe" is Hillary.
        (
            "Bill Doe and Hillary Doe arrived at the dinner on Friday.\n\n"
            "Bill Doe told the guests that the food was good.\n\n"
            "Later, Mrs. Doe said that the night was long.",
            "night was long",
            "Hillary Doe",
        ),
        # News writes "spokesman" for women too: Jane Roe is "She" all the same.
        (
            "The Acme plant in Ohio will close in June, the company announced on Monday.\n\n"
            "Acme spokesman Jane Roe said that 300 workers would lose their jobs. She said that "
            "the company would help them find new work.",
            "help them",
            "Jane Roe",
        ),
        # The pair is four sentences back, past a quote of one of them; "they" is both.
        (
            "Jane Doe and Tom Roe, economists at Acme University, just published a book on "
            "trade. They compare the labor markets of America and Europe. In the end, they do "
            'not pick a winner.\n\n"There are many differences," Professor Doe told me.\n\n'
            "Still, they argue that Europe makes it hard for newcomers to find work.",
            "hard for newcomers",
            "Jane Doe; Tom Roe",
        ),
        # "They" are the workers, whom the article does not name: not the last speaker.
        (
            "The mayor spoke to reporters on Monday about the budget.\n\n"
            "Jim Poe, a city councilman, said that the budget was too large.\n\n"
            "The workers at the plant were angry. They said that the mayor had broken his word.",
            "broken his word",
            "",
        ),
    ],
)
def test_genders_a_naming_be_and_they(nlp, text, fragment, speaker):
    assert one(claims_of(nlp, text), fragment)["speaker"] == speaker


def test_a_name_in_quote_marks_inside_a_tagger_content_is_no_antecedent(nlp_tagged):
    # The tagger's content runs past the quote marks; "President Poe" in them is what Doe
    # talks about, and "she" is Doe.
    text = (
        '"It is true that we came close to reform," Jane Doe said in Ohio, recalling a 2007 '
        'bill that failed when she, Jim Roe and President Poe were in the Senate. "President '
        'Poe and I voted for it, and Senator Roe voted against it."\n\n'
        'The bill\'s failure was "heartbreaking," she said.'
    )
    assert one(claims_of(nlp_tagged, text), "failure was")["speaker"] == "Jane Doe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A definite role after an unnamed holder of it is that holder, not the last person
        # named ...
        (
            "Talks stall.\n\nAcme Inc. CEO Tom Poe said that the company would move. Speaking "
            "on condition of anonymity, a senior administration official said that talks had "
            "stalled. The official added that no deal was near.",
            "",
        ),
        # ... but a role that describes a name is that person's.
        (
            "Talks stall.\n\nJim Roe, an official at the State Department, said that talks had "
            "stalled. The official added that no deal was near.",
            "Jim Roe",
        ),
    ],
)
def test_a_definite_role_after_an_unnamed_holder_is_that_holder(nlp, text, speaker):
    assert one(claims_of(nlp, text), "no deal")["speaker"] == speaker


def test_a_second_name_in_a_headline_is_no_employer_of_the_first(nlp):
    # "Clinton, Trump clash": "Trump", tagged as a body there, had become Clinton's
    # organisation, so "the Democratic nominee" could not be her (whose party the packaged
    # party lexicon knows) and went to Trump.
    text = (
        "Clinton, Trump clash.\n\nHillary Clinton and Donald Trump traded barbs on Monday. The "
        "Democratic nominee said that the debate was unfair. The Republican said that she was a "
        "liar."
    )
    rows = claims_of(nlp, text)
    assert one(rows, "unfair")["speaker"] == "Hillary Clinton"
    assert one(rows, "liar")["speaker"] == "Donald Trump"


def test_a_surname_the_recogniser_missed_with_a_party_appositive_is_the_person(nlp):
    # "Doe, a Republican, said", with "Doe" untagged: the person named before, of that party,
    # not a speaker called "Republican".
    text = (
        "Senate passes bill.\n\nJane Doe spoke on Monday. Doe, a Republican, said that the bill "
        "cost too much."
    )
    row = one(claims_of(nlp, text), "cost too much")
    assert (row["speaker"], row["organisation"]) == ("Jane Doe", "Republican Party")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The tagger reads "baker" after a quote as a proper noun: a role all the same, the
        # baker the article described.
        (
            "Maria Gonzalez, a baker in Queens, opened her shop in 2001. “We are barely "
            "surviving,” the baker said.",
            "Maria Gonzalez",
        ),
        # A web address is a name though written in lower case.
        (
            "A report appeared on news.example.com. “We are barely surviving,” news.example.com "
            "said.",
            "news.example.com",
        ),
    ],
)
def test_a_lower_case_word_read_as_a_name_is_a_role(nlp, text, speaker):
    assert one(claims_of(nlp, text), "surviving")["speaker"] == speaker


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("Maria Gonzalez has run the bakery for 20 years.", "Maria Gonzalez"),
        # The subject just before names no one: not the name further back.
        ("Jim Roe praised his wife. The former teacher then took the stage to cheers.", ""),
    ],
)
def test_an_age_as_speaker_is_the_person_named_as_subject_just_before(nlp, before, speaker):
    text = f"{before} “We are barely surviving,” said the 46-year-old."
    assert one(claims_of(nlp, text), "surviving")["speaker"] == speaker


def test_an_unnamed_body_is_described_by_its_words_up_to_its_head(nlp):
    text = "The company, based in Austin, said it would hire 300 people."
    assert one(claims_of(nlp, text), "hire")["speaker"] == "company"


def test_a_definite_role_opening_a_live_entry_is_the_holder_it_names_next(nlp):
    # The last person of the entry before (Jim Doe) is someone else's story.
    text = (
        "The Latest on the race (all times EDT):\n\n1:10 p.m.\n\nThe state party chairman, Jim "
        "Doe, said he had not seen the letter.\n\n___\n\n11:50 a.m.\n\nThe New York state "
        "attorney general is confirming that the foundation is not registered as a charity.\n\n"
        "But Attorney General Jane Roe is not saying if the foundation broke any laws."
    )
    assert one(claims_of(nlp, text), "not registered")["speaker"] == "Jane Roe"


def test_a_definite_role_opening_a_live_entry_needs_the_role_named_next(nlp):
    # Guard: the person named next without that role (a new voice reacting) is not the
    # nominee; the last person named is.
    text = (
        "The Latest on the race (all times EDT):\n\n1:10 p.m.\n\nJim Doe spoke in Ohio on "
        "Monday.\n\n___\n\n11:50 a.m.\n\nThe Republican nominee is saying that the "
        "polls are wrong.\n\nJane Roe, a voter in Dayton, said she agreed with him."
    )
    assert one(claims_of(nlp, text), "polls are wrong")["speaker"] == "Jim Doe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Jane Roe thanked her fans on Monday. "You are everything," the singer wrote.',
            "Jane Roe",
        ),
        (
            "Jim Doe scored twice on Sunday. The striker told reporters that the team had "
            "deserved to win.",
            "Jim Doe",
        ),
        (
            "Jane Roe withdrew from the tournament on Wednesday. The four-time Grand Slam "
            'champion said in a post that she was "heartbroken" to miss it.',
            "Jane Roe",
        ),
        # So does a politician's wealth or newness.
        (
            "Jim Doe bought the resort in 2012. The real estate mogul said that it would be "
            "rebuilt.",
            "Jim Doe",
        ),
        (
            "Jim Doe is not in Ohio. Instead, the political novice said he was raising money.",
            "Jim Doe",
        ),
        # A nationality or people's singular reads the same way.
        (
            "Jim Doe said on Saturday that his side had been unlucky. "
            '"We created enough chances to win," the Spaniard told reporters.',
            "Jim Doe",
        ),
        (
            'Jane Roe won the race in Oslo. "It was hard," the Norwegian said.',
            "Jane Roe",
        ),
        # A nationality's "-man" or "-woman", which the recogniser may tag as a product.
        (
            'Jim Doe said his side deserved more. "Everyone saw it," the Dutchman told reporters.',
            "Jim Doe",
        ),
        ('Jane Roe won the final in Paris. "It was hard," the Frenchwoman said.', "Jane Roe"),
        # ... with an age before it.
        (
            'Jane Roe won on Sunday. "I am just happy to be here," the 19-year-old American '
            "told reporters.",
            "Jane Roe",
        ),
        # A noun for an age reads as an age does.
        (
            'Jane Roe won on Sunday. "I am just happy to be here," the teenager told reporters '
            "after the match.",
            "Jane Roe",
        ),
        # The subject's name may stand beside its role, set off by commas.
        (
            'Chelsea\'s captain, Mark Hughes, disagreed. "It was never a penalty," the defender '
            "said.",
            "Mark Hughes",
        ),
        # Guards: an occupation is the subject of the sentence before, not the last person
        # quoted; with no named subject there, no one.
        (
            'Jim Doe said the show was over. Fans cheered the cast. "I loved it," the actor said.',
            "",
        ),
    ],
)
def test_a_definite_occupation_is_the_subject_of_the_sentence_before(nlp, text, speaker):
    # Everyday occupations ("the singer") are no role nouns of political news: they stayed
    # unresolved.
    (row,) = [r for r in claims_of(nlp, text) if r["speaker_mention"].lower().startswith("the")]
    assert row["speaker"] == speaker


@pytest.mark.parametrize("title", ["Sgt.", "Lt.", "Capt.", "Det.", "Prof."])
def test_an_abbreviated_rank_before_a_name_is_no_speaker(nlp_tagged, title: str) -> None:
    # The parser may end a sentence at the rank's period and take the rank for the head of the
    # mention: the name after it speaks.
    text = (
        "Police in Portland are searching for a man who robbed a bank on Tuesday.\n"
        f"{title} Kevin Allen, a police spokesman, said the suspect handed a teller a note."
    )
    assert one(claims_of(nlp_tagged, text), "handed a teller")["speaker"] == "Kevin Allen"


@pytest.mark.parametrize(
    ("title", "name"),
    [("Co-CEO", "Ted Marlow"), ("Co-Chair", "Jane Roe"), ("Vice-Chair", "Jane Roe")],
)
def test_a_hyphenated_title_before_a_name_is_no_speaker(nlp, nlp_tagged, title, name) -> None:
    # The parser cuts "Co-CEO" into "Co", "-" and "CEO", and may read "Co" and "-" as subjects
    # beside the name (the claim had no speaker); the recogniser may miss the name after
    # "Co-Chair" (the speaker was "Co - Chair Jane Roe").
    text = (
        "Acme reported 8 million new subscribers in the quarter. "
        f"{title} {name} said the company's ad-supported plan was growing fast."
    )
    for pipeline in (nlp, nlp_tagged):
        assert one(claims_of(pipeline, text), "growing fast")["speaker"] == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Ann Lee and Mary Warren met the judge on Monday. "We will wait," Lee said. Warren, '
            "though she praised Garland and said Republicans should give him a hearing, notably "
            "stopped short of committing to renominate him if she wins.",
            "Mary Warren",
        ),
        (
            'Bernie Sanders and John Kerry met the judge on Monday. "We will wait," Kerry said. '
            "Sanders, though he praised the judge and said senators should give him a hearing, "
            "notably stopped short of committing to renominate him if he wins.",
            "Bernie Sanders",
        ),
    ],
)
def test_a_name_opening_the_sentence_before_a_comma_is_its_subject(nlp, text, speaker):
    # The parser gives the name no subject role (a bare modifier, or the root), so the
    # sentence seemed to have no subject and the pronoun went to the last speaker.
    assert one(claims_of(nlp, text), "a hearing")["speaker"] == speaker


def test_a_subject_opening_the_sentence_before_is_its_main_subject(nlp):
    # The parser made "championed" the root, with "He would like ..." as its clause: the
    # pronoun after it went to Sanders, the subject of the root.
    text = (
        "Bernie Sanders spoke in Ohio. Michael Roe, who lives outside the capital, said he "
        "still prays that Sanders wins.\n\nHe would like to see the Democratic platform "
        "represent some of the progressive ideas Sanders championed. Even then, he said, he "
        "has learned enough about Ann Lee that he can not support her."
    )
    assert one(claims_of(nlp, text), "can not support her")["speaker"] == "Michael Roe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jim Lee spoke to Ted Cruz in Iowa. Cruz is not only right on the issues, he is also "
            'the most able candidate Lee argues. "Cruz is our best debater," he says.',
            "Jim Lee",
        ),
        (
            "Ted Cruz toured Iowa with Bob Stovall. Cruz electrified the small crowds with "
            'impassioned speeches, Stovall said. "He was very articulate," he said.',
            "Bob Stovall",
        ),
    ],
)
def test_a_subject_opening_a_sentence_reported_after_it_is_not_its_main_subject(nlp, text, speaker):
    # "X did Y, Stovall said": the one saying is the main clause's subject, not X.
    assert (
        one(claims_of(nlp, text), "articulate" if "Stovall" in text else "debater")["speaker"]
        == speaker
    )


def test_the_one_man_named_in_the_sentence_before_with_no_subject_is_he(nlp):
    # The sentence before has no person as its subject ("there's not much chance"): the man
    # it names is "he", not the singer quoted before it.
    text = (
        'In his song, Jim Baker sings, "Don\'t go changing." With septuagenarian Donald Trump, '
        "there's not much chance of that happening. \"You think I'm going to change?\" he said "
        "at a news conference."
    )
    assert one(claims_of(nlp, text), "going to change")["speaker"] == "Donald Trump"


def test_two_men_named_in_the_sentence_before_with_no_subject_are_not_he(nlp):
    text = (
        'In his song, Jim Baker sings, "Don\'t go changing." With Donald Trump and Bob Lee '
        "there, there's not much chance of that happening. \"You think I'm going to change?\" "
        "he said at a news conference."
    )
    assert one(claims_of(nlp, text), "going to change")["speaker"] not in (
        "Donald Trump",
        "Bob Lee",
    )


def test_a_woman_named_in_the_pronouns_own_sentence_comes_before_the_one_named_before(nlp):
    text = (
        "Ann Lee spoke in Ohio on Monday. In 2006, the Vexa fund hired Mary Hope. These donors "
        "have stuck by Lee as she has said that banks need new rules."
    )
    assert one(claims_of(nlp, text), "new rules")["speaker"] == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "Last month, the campaign released a web ad with a clip of Tom Hale at a rally, where he "
        "said that the nominee would win.",
        "These donors have stuck by Tom Hale as he has said that the nominee would win.",
    ],
)
def test_the_one_man_named_before_he_in_a_sentence_with_no_subject_is_he(nlp, text):
    # Not the last speaker before it.
    text = '"We will win," said Jim Roe, a party official. ' + text
    assert one(claims_of(nlp, text), "nominee would win")["speaker"] == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # the man named is in what he said
        (
            "Therefore any attempt to debunk a falsehood by Tom Hale, he said, becomes hopeless.",
            "hopeless",
        ),
        # "her" before "she" is the woman "she" is
        (
            "In her frequent letters to Ann Hale, she said that the campaign would win.",
            "campaign would win",
        ),
        # the subject after the pronoun's clause is the one it stands for
        (
            "Asked by Tom Hale if he believed the campaign would win, Jim Doe said yes.",
            "campaign would win",
        ),
    ],
)
def test_the_one_person_named_before_a_pronoun_is_not_it_when_another_reading_is_stated(
    nlp, text, fragment
):
    speaker = "Jane Roe" if "Ann Hale" in text else "Jim Roe"
    text = f'"We will win," said {speaker}, a party official. ' + text
    assert one(claims_of(nlp, text), fragment)["speaker"] not in ("Tom Hale", "Ann Hale")


def test_the_writers_own_question_is_not_who_a_later_he_refers_to(nlp):
    # The writer ("I", signed by the last line) asked; "he" is the one asked.
    text = (
        "Last month, when I asked Jim Doe if he would ever endorse Jane Roe, he looked straight "
        'into my camera and said, "I will endorse you!"\n\n'
        "Tom Hale is a Washington-based reporter for the Acme Network."
    )
    assert one(claims_of(nlp, text), "I will endorse you")["speaker"] == "Jim Doe"


def test_he_is_not_the_object_of_his_own_verb(nlp):
    # "he told Hale": Hale is the one told, so "he" is the other man.
    text = 'Tom Hale asked Jim Doe about the wall.  "It could be higher," he told Hale.'
    assert one(claims_of(nlp, text), "It could be higher")["speaker"] == "Jim Doe"


def test_an_unsigned_pieces_i_in_a_speakers_quote_is_not_the_writer(nlp):
    # The "I" of a quote the quote finder did not pair is the speaker's; no one signs the
    # piece, so "He added" is still Mr. Hale.
    text = (
        "Mr. Trump attacked the judge on Friday. He said the judge was biased.\n\n"
        "Mr. Hale said Mr. Trump's criticism of the judge was wrong. But Mr. Hale reiterated his "
        "support for Mr. Trump.\n\n"
        "''I disavow these comments - I regret those comments that he made,'' Mr. Hale said. "
        "''I think that should be absolutely disavowed. It's absolutely unacceptable. But do I "
        "believe that Jane Roe is the answer? No, I do not.''\n\n"
        "He added: ''I believe that we have more common ground on the policy issues of the "
        "day.''"
    )
    assert one(claims_of(nlp, text), "I believe that we have")["speaker"] == "Hale"


def test_a_given_name_written_before_the_full_name_is_that_person(nlp):
    text = (
        "Rupert Murdoch leads the company. What comes next rests with his two sons, Lachlan, "
        "44, and James, 43.  As for James Murdoch, his views are plain. James has led green "
        'initiatives. "He will change it," said James.'
    )
    assert one(claims_of(nlp, text), "He will change it")["speaker"] == "James Murdoch"


def test_a_given_name_written_before_two_full_names_with_it_is_neither(nlp):
    text = (
        "Rupert Murdoch leads the company. What comes next rests with his son James, 43.  "
        "James Murdoch and James Hale spoke. James has led green initiatives. "
        '"He will change it," said James.'
    )
    assert one(claims_of(nlp, text), "He will change it")["speaker"] == "James"


@pytest.mark.parametrize(
    ("word", "nationality"),
    [
        ("Dutchman", True),
        ("Frenchwoman", True),
        ("Irishman", True),
        ("Englishman", True),
        ("Scotsman", True),
        # Guards: "-man" words whose first part is no nationality.
        ("German", False),
        ("Roman", False),
        ("Ottoman", False),
        ("chairman", False),
        ("businesswoman", False),
        ("Congressman", False),
    ],
)
def test_a_nationality_man_is_told_from_other_man_words(word, nationality):
    from claimx.speakers import _demonym_man

    assert _demonym_man(word) is nationality


def test_it_is_not_the_body_its_own_verb_takes_as_object(nlp_tagged):
    # "It accused Initech": "it" is not Initech, though Initech spoke last.
    text = (
        "Globex Corp. sued Initech on Monday. Initech said the suit was baseless. It accused "
        "Initech of lying about the contract, saying that the deal was void."
    )
    row = one(claims_of(nlp_tagged, text), "the deal was void")
    assert (row["speaker_mention"], row["speaker"]) == ("It", "Globex Corp.")
