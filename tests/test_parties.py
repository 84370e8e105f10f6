"""The party lexicon (claimx.parties): built from what articles state, used only where an
article states no organisation for a person and names the party. Names are invented."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from spacy.language import Language

from claimx.parties import (
    PartyLexicon,
    count_parties,
    lexicon_from_counts,
    load_party_lexicon,
    name_key,
    train_party_lexicon,
)
from claimx.pipeline import extract_rows, load_pipeline
from claimx.reader import Article

REP = "Republican Party"
DEM = "Democratic Party"


@pytest.fixture(scope="module")
def lexicon_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("parties") / "party_lexicon.tsv"
    PartyLexicon({("jane", "roe"): (REP, 5, 5), ("john", "doe"): (REP, 4, 4)}).write(path)
    return path


@pytest.fixture(scope="module")
def nlp_lexicon(lexicon_file: Path) -> Language:
    nlp = load_pipeline(fast=True)
    config = {"party_lexicon": str(lexicon_file)}
    nlp.replace_pipe("claimx_speakers", "claimx_speakers", config=config)
    return nlp


def _rows(nlp: Language, text: str) -> list[dict]:
    article = Article("a.txt", text, "2016-03-01", "", "ok")
    return [row for _a, rows in extract_rows([article], nlp) for row in rows]


def _by_speaker(rows: list[dict], speaker: str) -> dict:
    return next(r for r in rows if r["speaker"] == speaker)


def test_name_key_joins_middle_initials_and_leaves_out_one_word_names():
    assert name_key("Donald J. Trump") == name_key("Donald Trump") == ("donald", "trump")
    assert name_key("Trump") is None
    assert name_key("Jane Roe; John Doe") is None


def test_counts_are_articles_not_claims_and_only_parties_of_people():
    claims = [
        ("a", "Jane Roe", "person", REP),
        ("a", "Jane Roe", "person", REP),  # a second claim in the same article
        ("b", "Jane Q. Roe", "person", REP),
        ("c", "Jane Roe", "person", DEM),
        ("c", "Acme Corp", "organisation", REP),
        ("d", "John Doe", "person", "Acme"),  # not a party
    ]
    counts, written = count_parties(claims)
    assert counts == {("jane", "roe"): Counter({REP: 2, DEM: 1})}
    assert written[("jane", "roe")] == Counter({"Jane Roe": 3, "Jane Q. Roe": 1})


def test_thresholds_keep_only_names_most_articles_agree_on():
    counts = {
        ("jane", "roe"): Counter({REP: 4, DEM: 1}),  # 4 of 5 agree: kept
        ("john", "doe"): Counter({REP: 2}),  # too few articles
        ("mary", "major"): Counter({REP: 3, DEM: 2}),  # 3 of 5 agree: not kept
    }
    lexicon = lexicon_from_counts(counts, min_articles=3, min_agreement=0.8)
    assert lexicon.party_of("Jane Roe") == REP
    assert lexicon.party_of("John Doe") == ""
    assert lexicon.party_of("Mary Major") == ""
    assert lexicon.party_of("Roe") == ""  # a surname alone is no key


def test_written_lexicon_reads_back(tmp_path: Path):
    lexicon = PartyLexicon({("jane", "roe"): (REP, 5, 4)})
    lexicon.write(tmp_path / "p.tsv", {("jane", "roe"): "Jane Q. Roe"})
    assert PartyLexicon.read(tmp_path / "p.tsv") == lexicon
    assert "Jane Q. Roe" in (tmp_path / "p.tsv").read_text()


def test_packaged_lexicon_meets_its_own_thresholds():
    lexicon = load_party_lexicon()
    if lexicon is None:
        pytest.skip("models/party_lexicon.tsv is not installed")
    assert lexicon.entries
    for key, (party, articles, agreeing) in lexicon.entries.items():
        assert agreeing >= lexicon.min_articles, key
        assert agreeing / articles >= lexicon.min_agreement, key
        assert party.endswith("Party"), key


def test_a_known_person_takes_the_party_the_article_names(nlp_lexicon):
    text = (
        "Jane Roe spoke in Dayton as the Republican primary got closer. "
        '"We will win this state," Jane Roe said on Tuesday.'
    )
    row = _by_speaker(_rows(nlp_lexicon, text), "Jane Roe")
    assert (row["organisation"], row["organisation_source"]) == (REP, "lexicon")


def test_a_party_named_only_in_another_paragraph_is_not_the_persons(nlp_lexicon):
    text = (
        "The Republican primary is getting closer.\n\n"
        '"We will win this state," Jane Roe said on Tuesday.'
    )
    row = _by_speaker(_rows(nlp_lexicon, text), "Jane Roe")
    assert (row["organisation"], row["organisation_source"]) == ("", "")


def test_no_party_from_the_lexicon_when_the_article_never_names_it(nlp_lexicon):
    text = '"We will win this state," Jane Roe said on Tuesday.'
    row = _by_speaker(_rows(nlp_lexicon, text), "Jane Roe")
    assert (row["organisation"], row["organisation_source"]) == ("", "")


def test_what_the_article_states_wins_over_the_lexicon(nlp_lexicon):
    text = (
        "The Republican primary is getting closer. "
        '"Prices will rise," said Jane Roe, a spokeswoman for Exxon.'
    )
    row = _by_speaker(_rows(nlp_lexicon, text), "Jane Roe")
    assert (row["organisation"], row["organisation_source"]) == ("Exxon", "article")


def test_a_pair_of_known_people_shares_their_party(nlp_lexicon):
    text = (
        "Jane Roe and John Doe said on Tuesday that taxes are too high. Both are running in "
        "the Republican primary."
    )
    row = _by_speaker(_rows(nlp_lexicon, text), "Jane Roe; John Doe")
    assert (row["organisation"], row["organisation_source"]) == (REP, "lexicon")


def test_without_a_lexicon_only_the_article_counts(lexicon_file):
    nlp = load_pipeline(fast=True)
    nlp.replace_pipe("claimx_speakers", "claimx_speakers", config={"party_lexicon": "none"})
    text = (
        "Jane Roe spoke in Dayton as the Republican primary got closer. "
        '"We will win this state," Jane Roe said on Tuesday.'
    )
    row = _by_speaker(_rows(nlp, text), "Jane Roe")
    assert (row["organisation"], row["organisation_source"]) == ("", "")


def test_training_reads_parties_the_articles_state(tmp_path: Path):
    for n in range(4):
        (tmp_path / f"a{n}.txt").write_text(
            f'"Article {n} matters," said Republican Sen. Jane Roe of Ohio.\n\n'
            f'"We disagree," said John Doe, a spokesman for Acme.\n',
            encoding="utf-8",
        )
    nlp = load_pipeline(fast=True)
    nlp.replace_pipe("claimx_speakers", "claimx_speakers", config={"party_lexicon": "none"})
    lexicon, names = train_party_lexicon(tmp_path, nlp, min_articles=3)
    assert lexicon.party_of("Jane Roe") == REP
    assert names[("jane", "roe")] == "Jane Roe"
    assert lexicon.party_of("John Doe") == ""
    fewer, _ = train_party_lexicon(tmp_path, nlp, exclude={"a0.txt", "a1.txt"}, min_articles=3)
    assert fewer.party_of("Jane Roe") == ""


def test_a_party_role_the_article_never_names_is_one_of_the_partys_people(nlp_lexicon):
    text = (
        "Jane Roe held a rally in Dayton on Monday.\n\n"
        'Mary Major, an economist at the Acme Institute, said the plan was vague. "It is '
        'unclear who gains," Major said.\n\n'
        "The GOP nominee said on Tuesday that parents would pay less tax."
    )
    rows = _rows(nlp_lexicon, text)
    assert next(r for r in rows if "parents would pay" in r["quote"])["speaker"] == "Jane Roe"


def test_a_party_role_with_no_one_of_that_party_is_the_last_speaker(nlp_lexicon):
    text = (
        'Mary Major, an economist at the Acme Institute, said the plan was vague. "It is '
        'unclear who gains," Major said.\n\n'
        "The GOP nominee said on Tuesday that parents would pay less tax."
    )
    rows = _rows(nlp_lexicon, text)
    assert next(r for r in rows if "parents would pay" in r["quote"])["speaker"] == "Mary Major"
