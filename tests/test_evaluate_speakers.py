"""The resolved-speaker scorer on invented gold."""

from __future__ import annotations

from pathlib import Path

from claimx.evaluate_speakers import load_speaker_gold, normalise_name, score_speakers
from claimx.table import COLUMNS
from claimx.writers import claims_frame

HEADER = (
    "doc_id\tsource_start\tsource_end\tsource_text\tspeaker\torganisation\tspeaker_type\tnote\n"
)


def _row(**values) -> dict:
    row = dict.fromkeys(COLUMNS)
    row.update(
        doc_id="a.txt",
        claim_index=0,
        quote="x",
        quote_start=0,
        quote_end=1,
        quote_type="direct",
        cue="",
        speaker_mention="",
        speaker="",
        speaker_type="unknown",
        organisation="",
        date="",
        stance="neutral",
        stance_target="",
        stance_score=0.5,
    )
    row.update(values)
    return row


def test_a_list_of_speakers_is_compared_as_a_set():
    assert normalise_name("Donald Trump; Ted Cruz") == normalise_name("Ted Cruz; Sen. Donald Trump")
    assert normalise_name("Donald Trump; Ted Cruz") != normalise_name("Donald Trump")
    assert normalise_name("Ted Cruz") == "ted cruz"


def test_normalise_name_ignores_titles_and_case():
    assert normalise_name("Sen. Ted Cruz") == normalise_name("ted cruz")
    assert normalise_name("the White House") == "white house"
    assert normalise_name("Blinken's") == "blinken"


def test_scores_speakers_and_organisations(tmp_path: Path):
    gold_file = tmp_path / "gold.tsv"
    gold_file.write_text(
        HEADER
        + "a.txt\t10\t12\the\tAnna Kowalski\tCity Council\tperson\tpronoun\n"
        + "a.txt\t40\t51\tthe official\tPeter Hall\t\tperson\tnominal\n"
        + "a.txt\t80\t89\tobservers\t\t\tunknown\tgroup\n",
        encoding="utf-8",
    )
    gold = load_speaker_gold(gold_file)
    claims = claims_frame(
        [
            _row(
                claim_index=0,
                speaker_mention="he",
                speaker_start=10,
                speaker_end=12,
                speaker="Anna Kowalski",
                organisation="City Council",
            ),
            _row(
                claim_index=1,
                speaker_mention="the official",
                speaker_start=40,
                speaker_end=51,
                speaker="",
            ),
            _row(claim_index=2, speaker_mention="observers", speaker_start=80, speaker_end=89),
            _row(
                claim_index=3,
                speaker_mention="she",
                speaker_start=200,
                speaker_end=203,
                speaker="Nobody",
            ),  # matches no gold mention: not scored
        ]
    )
    report = score_speakers(gold, claims)
    assert report.n_scored == 3
    assert report.n_named == 2
    assert report.speaker_accuracy == 50.0
    assert report.unknown_rate == 50.0
    assert report.organisation_accuracy == 100.0
    assert [e["gold"] for e in report.errors] == ["Peter Hall"]


def test_scores_the_organisations_the_article_states(tmp_path: Path):
    # Row 1: the annotator knew a party the article never states; the article calls her a
    # council member. Row 2: nothing stated, and claimx gives nothing. Row 3: nothing stated,
    # but claimx gives an organisation anyway.
    gold_file = tmp_path / "gold.tsv"
    gold_file.write_text(
        HEADER.rstrip("\n")
        + "\tstated_organisation\n"
        + "a.txt\t10\t12\tshe\tAnna Kowalski\tGreen Party\tperson\tpronoun\tCity Council\n"
        + "a.txt\t40\t51\tthe official\tPeter Hall\tLabour Party\tperson\tnominal\t\n"
        + "a.txt\t80\t84\tRoe\tJane Roe\t\tperson\tnamed\t\n",
        encoding="utf-8",
    )
    gold = load_speaker_gold(gold_file)
    assert [g.stated_organisation for g in gold] == ["City Council", "", ""]
    claims = claims_frame(
        [
            _row(
                claim_index=0,
                speaker_mention="she",
                speaker_start=10,
                speaker_end=12,
                speaker="Anna Kowalski",
                organisation="City Council",
            ),
            _row(claim_index=1, speaker_start=40, speaker_end=51, speaker="Peter Hall"),
            _row(
                claim_index=2,
                speaker_start=80,
                speaker_end=84,
                speaker="Jane Roe",
                organisation="Acme",
            ),
        ]
    )
    report = score_speakers(gold, claims)
    assert report.organisation_accuracy == 0.0  # against what the annotators knew
    assert (report.n_stated, report.stated_accuracy) == (1, 100.0)
    assert (report.n_without_stated, report.given_without_stated) == (2, 1)
    assert report.given_without_stated_rate == 50.0
    rows = list(report.to_table().columns[0].cells)
    assert "organisation accuracy, stated in the article" in rows


def test_gold_without_the_stated_column_reports_no_stated_figure(tmp_path: Path):
    gold_file = tmp_path / "gold.tsv"
    gold_file.write_text(
        HEADER + "a.txt\t10\t12\tshe\tAnna Kowalski\tGreen Party\tperson\tpronoun\n",
        encoding="utf-8",
    )
    gold = load_speaker_gold(gold_file)
    assert gold[0].stated_organisation is None
    claims = claims_frame([_row(speaker_start=10, speaker_end=12, speaker="Anna Kowalski")])
    report = score_speakers(gold, claims)
    assert (report.n_stated, report.n_without_stated) == (0, 0)
    assert len(report.to_table().rows) == 3
