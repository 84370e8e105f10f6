"""The claimx components as spaCy components: entry points, save/load, n_process."""

from __future__ import annotations

import json
import subprocess
import sys

import spacy
from spacy.tokens import DocBin

from claimx.pipeline import COMPONENTS, PARAGRAPHS, doc_to_rows, extract_rows
from claimx.reader import article_from_text, iter_articles
from claimx.reported import CLAIMS_ATTR, CONTENT_KEY

TEXT = (
    "“We will rebuild the bridge before winter,” said Mayor Anna Kowalski on Monday. "
    "She added that the council had approved the money."
)


def test_factories_load_through_entry_points():
    # A fresh interpreter that never imports claimx finds the factories through the
    # spacy_factories entry point.
    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('en')\n"
        f"for name in {[PARAGRAPHS, *COMPONENTS]!r}: nlp.add_pipe(name)\n"
        "print(','.join(nlp.pipe_names))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ",".join([PARAGRAPHS, *COMPONENTS])


def test_save_load_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert [n for n in loaded.pipe_names if n.startswith("claimx_")] == [PARAGRAPHS, *COMPONENTS]
    article = article_from_text(TEXT, "t")
    assert doc_to_rows(loaded(TEXT), article) == doc_to_rows(nlp(TEXT), article)


def test_docs_serialise_with_docbin(nlp):
    doc = nlp(TEXT)
    assert len(doc._.get(CLAIMS_ATTR)) == 2
    restored = next(iter(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab)))
    # msgpack turns lists into tuples; the values are otherwise the same.
    assert json.dumps(restored._.get(CLAIMS_ATTR)) == json.dumps(doc._.get(CLAIMS_ATTR))
    assert len(restored.spans[CONTENT_KEY]) == 2


def test_n_process_gives_the_same_rows(nlp):
    texts = [TEXT, "Nothing here.", TEXT.replace("Anna Kowalski", "Ola Nowak")] * 2
    one = [rows for _, rows in extract_rows(iter_articles(texts), nlp, n_process=1)]
    two = [rows for _, rows in extract_rows(iter_articles(texts), nlp, n_process=2)]
    assert one == two
    assert [len(r) for r in one] == [2, 0, 2] * 2


def test_analyze_pipes_has_no_problems(nlp):
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values())


def test_worker_processes_read_only_a_few_batches_ahead(nlp):
    """With worker processes, at most two batches per worker are in flight: a long input is
    streamed, not read whole."""
    consumed = 0

    def articles():
        nonlocal consumed
        for article in iter_articles(["Nothing here."] * 100):
            consumed += 1
            yield article

    stream = extract_rows(articles(), nlp, batch_size=2, n_process=2)
    first, _ = next(stream)
    assert first.doc_id == "text-0"
    assert consumed <= 2 * 2 * 2 + 2  # two batches per worker, and the one being read
    assert len(list(stream)) == 99
    assert consumed == 100
