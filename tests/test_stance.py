"""The stance API: the trained model, its VADER fallback, order, empty input and bad spans."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimx
from claimx.errors import ClaimxError
from claimx.stance import polarity_stance, stance_backend, stance_toward, stance_toward_many
from claimx.stance_model import encode, get_model, load_tokenizer, mark, model_available

needs_model = pytest.mark.skipif(
    not model_available(), reason="models/stance is not built (claimx train-stance)"
)

PUTIN = "Putin is losing control of the situation, and his regime is collapsing."
SOCIETY = "America will continue to support that part of Russian society fighting for freedom."
NEUTRAL = "Merkel will travel to Paris on Tuesday, a spokesman said."


def _span(text: str, word: str) -> tuple[str, int, int]:
    start = text.index(word)
    return text, start, start + len(word)


ITEMS = [_span(PUTIN, "Putin"), _span(SOCIETY, "Russian society"), _span(NEUTRAL, "Merkel")]


def test_exported_from_package() -> None:
    assert claimx.stance_toward is stance_toward
    assert claimx.stance_toward_many is stance_toward_many
    assert {"stance_toward", "stance_toward_many", "Stance"} <= set(claimx.__all__)


@needs_model
def test_model_is_the_default_backend() -> None:
    assert stance_backend() == "model"


@needs_model
def test_model_judges_clear_cases() -> None:
    labels = [s.label for s in stance_toward_many(ITEMS)]
    assert labels == ["oppose", "support", "neutral"]


@needs_model
def test_results_keep_input_order_across_batches() -> None:
    items = ITEMS * 3 + ITEMS[::-1]
    single = [stance_toward(*item) for item in items]
    batched = list(stance_toward_many(items, batch_size=2))
    assert [s.label for s in batched] == [s.label for s in single]
    # int8 dynamic quantisation scales activations per batch, so scores move slightly with it
    assert [s.score for s in batched] == pytest.approx([s.score for s in single], abs=0.02)
    assert batched[0] != batched[1]  # different targets really get different answers


@needs_model
def test_two_targets_in_one_sentence_can_differ() -> None:
    text = "Smith praised the brave nurses but accused Jones of lying to voters."
    smith_nurses = stance_toward(*_span(text, "nurses"))
    jones = stance_toward(*_span(text, "Jones"))
    assert smith_nurses.label == "support"
    assert jones.label == "oppose"


@needs_model
def test_score_is_the_models_probability_for_the_label() -> None:
    probs = get_model().probabilities(ITEMS)
    for stance, row in zip(stance_toward_many(ITEMS), probs, strict=True):
        assert stance.score == pytest.approx(float(row.max()), abs=1e-4)
        assert 1 / 3 < stance.score <= 1


def test_empty_input_gives_nothing() -> None:
    assert list(stance_toward_many([])) == []
    assert list(stance_toward_many(iter(()), backend="vader")) == []


@pytest.mark.parametrize(("start", "end"), [(0, 0), (5, 3), (-1, 4), (0, 999), (len(PUTIN), 999)])
@pytest.mark.parametrize("backend", ["auto", "vader"])
def test_out_of_range_span_is_a_clear_error(start: int, end: int, backend: str) -> None:
    with pytest.raises(ClaimxError, match=r"\[E008\]") as info:
        stance_toward(PUTIN, start, end, backend=backend)
    assert f"[{start}:{end}]" in str(info.value)


def test_bad_span_among_good_ones_raises() -> None:
    with pytest.raises(ClaimxError, match=r"\[E008\]"):
        list(stance_toward_many([ITEMS[0], (NEUTRAL, 3, 1000)]))


def test_missing_model_falls_back_to_vader(tmp_path: Path) -> None:
    assert stance_backend("auto", model_dir=tmp_path) == "vader"
    assert stance_backend("vader") == "vader"
    with pytest.raises(FileNotFoundError, match="train-stance"):
        stance_backend("model", model_dir=tmp_path)
    with pytest.raises(ValueError, match="not one of"):
        stance_backend("bert")


def test_fallback_gives_the_vader_baseline(tmp_path: Path) -> None:
    text, start, end = ITEMS[0]
    got = stance_toward(text, start, end, model_dir=tmp_path)  # auto, no model there
    assert got == polarity_stance(text)  # the whole sentence is the clause around "Putin"
    assert got == stance_toward(text, start, end, backend="vader")


@needs_model
def test_model_and_fallback_are_different_judges() -> None:
    # VADER reads "support" in the word itself; the model reads who is supported.
    text, start, end = _span("Critics of Putin support sanctions against him.", "Putin")
    assert stance_toward(text, start, end, backend="vader").label == "support"
    assert stance_toward(text, start, end, backend="model").label == "oppose"


def test_long_text_is_windowed_around_the_target() -> None:
    text = "word " * 400 + "Putin lied." + " filler" * 400
    start = text.index("Putin")
    marked, ms, me = mark(text, start, start + 5)
    assert len(marked) < 700
    assert marked[ms:me] == "[unused0] Putin [unused1]"
    if model_available():
        from claimx.stance_model import _model_dir

        tokenizer = load_tokenizer(_model_dir() / "tokenizer.json")
        inputs = encode(tokenizer, [(text, start, start + 5)])
        assert inputs["input_ids"].shape[1] <= 128
        assert inputs["target_mask"].sum() == 3  # the two markers and "putin"


@needs_model
def test_sample_article_stances() -> None:
    frame = claimx.extract(Path(__file__).resolve().parent.parent / "data" / "raw")
    toward = frame[frame["stance_target"].isin(["Vladimir Putin", "Kremlin"])]
    kholod = toward[toward["speaker"] == "Kholod"]
    assert len(kholod) >= 4
    assert set(toward["stance"]) == {"oppose"}  # every claim about Putin or the Kremlin
    blinken = frame[frame["speaker"] == "Antony Blinken"].sort_values("claim_index")
    second = blinken.iloc[1]
    assert (second["stance_target"], second["stance"]) == ("Russian society", "support")


@needs_model
def test_thread_count_does_not_change_results() -> None:
    """The component runs onnxruntime on one thread, the API on all cores: same numbers."""
    items = ITEMS * 4 + [_span(SOCIETY, "America")]
    one = get_model(threads=1).probabilities(items)
    two = get_model(threads=2).probabilities(items)
    assert (one == two).all()


@needs_model
def test_component_pipe_matches_call(nlp) -> None:  # type: ignore[no-untyped-def]
    """The overlapped ``pipe`` gives exactly what calling the component on each Doc gives."""
    texts = [
        f'"{PUTIN}" said Jane Roe, a senator. {SOCIETY} Bob Stone said.',
        "",
        f"Tom Hill said that Merkel lied. {NEUTRAL}",
    ] * 3
    stance = nlp.get_pipe("claimx_stance")
    assert hasattr(stance, "pipe")
    piped = [doc._.claimx_claims for doc in nlp.pipe(texts, batch_size=2)]
    called = []
    for text in texts:
        doc = nlp.make_doc(text)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        called.append(doc._.claimx_claims)
    assert piped == called
    judged = [c for claims in piped for c in claims if c["stance_target"]]
    assert judged and all(0 < c["stance_score"] <= 1 for c in judged)
