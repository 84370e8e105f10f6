"""The cue lexicon: which words introduce claims, learned from PolNeAR train.

A hand-written list of reporting verbs (``reported.SPEECH_VERBS``) misses much of what news
attributes: "criticized X", "wants to", "called for". The lexicon counts, over the training
articles, how often each lemma (and each verb + preposition, "call for") heads an annotated cue,
and keeps those that do so often enough. It is a plain TSV (no texts), rebuilt with
``claimx train-cues``; when it is missing claimx falls back to the hand-written list.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from .quotes import is_claim_like, scan_quotes

#: Parts of speech that can head a cue.
CUE_POS = ("VERB", "AUX", "ADJ")
LEXICON_FILE = "cue_lexicon.tsv"


@dataclass(frozen=True)
class CueLexicon:
    """Cue keys (``lemma`` or ``lemma prep``) with their training hits and occurrences."""

    entries: dict[str, tuple[int, int]]
    min_hits: int = 3
    min_precision: float = 0.3

    def is_cue(self, key: str) -> bool:
        """Whether ``key`` heads a cue often enough in training."""
        hits, total = self.entries.get(key, (0, 0))
        return hits >= self.min_hits and hits / max(1, total) >= self.min_precision

    def write(self, path: Path) -> None:
        """Write the lexicon as TSV, sorted by key."""
        with path.open("w", encoding="utf-8", newline="") as handle:
            out = csv.writer(handle, delimiter="\t", lineterminator="\n")
            out.writerow(["key", "hits", "total"])
            for key in sorted(self.entries):
                out.writerow([key, *self.entries[key]])

    @classmethod
    def read(cls, path: Path, min_hits: int = 3, min_precision: float = 0.3) -> CueLexicon:
        """Read a lexicon written by :meth:`write`."""
        with path.open(encoding="utf-8") as handle:
            rows = csv.DictReader(handle, delimiter="\t")
            entries = {r["key"]: (int(r["hits"]), int(r["total"])) for r in rows}
        return cls(entries, min_hits, min_precision)


@lru_cache(maxsize=8)
def load_lexicon(
    source: str = "default", min_hits: int = 3, min_precision: float = 0.3
) -> CueLexicon | None:
    """Load the packaged lexicon (``"default"``), one at a path, or none (``"none"``)."""
    if source == "none":
        return None
    if source == "default":
        import claimx.models

        path = claimx.models.packaged_file(LEXICON_FILE)
        return CueLexicon.read(path, min_hits, min_precision) if path is not None else None
    return CueLexicon.read(Path(source), min_hits, min_precision)


def train_cue_lexicon(gold_dir: Path, nlp: Language, n_process: int = 1) -> CueLexicon:
    """Count cue heads over brat gold (PolNeAR layout).

    Tokens inside direct quotes are skipped, as claimx skips them when it extracts.

    Args:
        gold_dir: A folder with ``text/`` and ``attributions/``, e.g. PolNeAR train.
        nlp: A spaCy pipeline with a tagger, lemmatizer and parser.
        n_process: Worker processes for parsing.

    Returns:
        A lexicon with every key that headed at least one gold cue.
    """
    from .evaluate import load_gold

    gold = load_gold(gold_dir)
    hits: Counter[str] = Counter()
    total: Counter[str] = Counter()
    items = [(g.text, doc_id) for doc_id, g in sorted(gold.items())]
    for doc, doc_id in nlp.pipe(items, as_tuples=True, n_process=n_process, batch_size=16):
        text = doc.text
        cue_chars = {i for span in gold[doc_id].cue for s, e in span for i in range(s, e)}
        quotes = [q for q in scan_quotes(text) if is_claim_like(text, q, 4)]
        for tok in doc:
            if tok.pos_ not in CUE_POS or any(q.start <= tok.idx < q.end for q in quotes):
                continue
            for key, toks in cue_keys(tok):
                total[key] += 1
                if all(t.idx in cue_chars for t in toks):
                    hits[key] += 1
    return CueLexicon({k: (hits[k], total[k]) for k in hits})


def cue_keys(tok):  # type: ignore[no-untyped-def]
    """The lexicon keys a token can head: its lemma, and ``lemma prep`` for a verb whose
    preposition follows it ("called for")."""
    keys = [(tok.lemma_.lower(), [tok])]
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.pos_ == "ADP" and nxt.head.i == tok.i:
        keys.append((f"{tok.lemma_.lower()} {nxt.lower_}", [tok, nxt]))
    return keys
