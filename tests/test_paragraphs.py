"""A blank line ends a sentence: ``claimx_paragraphs`` and the tagger's spans."""

from __future__ import annotations

import pytest
import spacy
from snippets import claims_of, one

from claimx.attribution_model import split_at_blank_lines
from claimx.pipeline import extract_rows
from claimx.reader import article_from_text

HEADLINE = (
    "Mayor says bridge will open in May\n\n"
    "Mayor Anna Kowalski said on Monday that the council had approved the money."
)


def test_a_word_after_a_blank_line_starts_a_sentence():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimx_paragraphs")
    doc = nlp("One line\nand its wrap.\n \nA new paragraph\n\n\nand another.")
    starts = [t.text for t in doc if t.is_sent_start]
    # Only the first word and the words after blank lines are marked; the parser decides the rest.
    assert starts == ["One", "A", "and"]
    assert doc[2].is_sent_start is None  # "and" after a single line break: left to the parser


def test_the_parser_keeps_a_headline_apart_from_the_paragraph_below(nlp):
    doc = nlp(HEADLINE)
    assert next(s.text.strip() for s in doc.sents) == "Mayor says bridge will open in May"


def test_a_span_over_a_blank_line_is_cut_into_one_per_paragraph():
    text = "bridge will open\n\nMayor Anna said it"
    assert split_at_blank_lines([((0, 22),)], text) == [((0, 16),), ((18, 22),)]
    # A content in pieces (split around its cue) keeps its pieces within a paragraph.
    assert split_at_blank_lines([((0, 6), (7, 22))], text) == [((0, 6), (7, 16)), ((18, 22),)]
    # A single line break is not a paragraph's end, and a span of spaces only is dropped.
    assert split_at_blank_lines([((0, 16),), ((16, 18),)], text) == [((0, 16),)]
    assert split_at_blank_lines([((0, 8),)], "one\ntwo.") == [((0, 8),)]


def test_no_claim_runs_from_a_headline_into_the_body(nlp, nlp_tagged):
    for pipeline in (nlp, nlp_tagged):
        ((_, rows),) = extract_rows([article_from_text(HEADLINE, "h")], pipeline)
        assert rows, "the body's claim is found"
        assert all("\n\n" not in row["quote"] for row in rows)
        assert rows[-1]["speaker"] == "Anna Kowalski"


def test_a_dateline_is_not_part_of_the_sentence_after_it(nlp):
    text = (
        "JACKSON, Miss. - U.S. District Judge Carlton W. Reeves blocked the law on Thursday, "
        "saying it was unconstitutional."
    )
    doc = nlp(text)
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts[:2] == ["JACKSON", "U.S."]
    (row,) = claims_of(nlp, text)
    assert row["speaker"] == "Carlton W. Reeves"


@pytest.mark.parametrize(
    ("dateline", "speaker"),
    [
        ("WASHINGTON (AP) — ", "Jane Roe"),
        ("New York (AFP) – Oscar-winning actress ", "Jane Roe"),
        ("LONDON (Reuters) - Britain's finance minister ", "Jane Roe"),
    ],
)
def test_a_wire_dateline_with_its_agency_is_not_the_speaker(nlp, dateline, speaker):
    text = f"Headline.\n\n{dateline}Jane Roe said on Monday that growth would slow."
    row = one(claims_of(nlp, text), "growth would slow")
    assert row["speaker"] == speaker
    assert not row["speaker_mention"].startswith(dateline[:4])


def test_a_party_tag_before_a_dash_is_no_dateline(nlp):
    row = one(claims_of(nlp, "Jane Roe (D-Ohio) - the senator - said that it passed."), "passed")
    assert (row["speaker"], row["organisation"]) == ("Jane Roe", "Democratic Party")
