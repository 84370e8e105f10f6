"""claimx reads a Doc's text once and keeps it (spaCy joins every token on each read)."""

from __future__ import annotations

from claimx.doc_text import text_of


def test_the_text_is_read_once_and_is_the_docs_text(nlp):
    doc = nlp.make_doc('He said: "It will rain."  Then he left.\n')
    assert text_of(doc) == doc.text
    doc.user_data["claimx.text"] = "kept"  # the second read does not join the tokens again
    assert text_of(doc) == "kept"


def test_each_doc_has_its_own_text(nlp):
    first, second = nlp.make_doc("One."), nlp.make_doc("Two.")
    assert (text_of(first), text_of(second)) == ("One.", "Two.")
