"""The party lexicon: which party a politician belongs to, learned from a news corpus.

Many articles speak of a party ("the Democratic primary", "GOP voters") without tying the
speaker to it in words the rules can read ("his rival in the race"), although other articles
state it plainly ("Republican nominee Donald Trump", "Sen. Ted Cruz (R-Texas)"). The lexicon
carries those plain statements over: :func:`train_party_lexicon` runs claimx's own rules over a
folder of articles and keeps, for each full name, the party the rules gave that person's claims
in at least ``min_articles`` articles, when at least ``min_agreement`` of the articles that give
a party give that one. It reads no gold annotation, so any news folder can rebuild it.

At run time (:class:`claimx.speakers.SpeakerResolver`) a person whose article states no
organisation for them takes the lexicon's party, only when a paragraph that names the person
names that party too (:func:`parties_near`); the row's ``organisation_source`` is then
``lexicon``. The packaged table is ``models/party_lexicon.tsv`` (card:
``models/party_lexicon.md``); without it claimx gives only what the article states. No
maintained knowledge base of politicians' parties installs from PyPI and works offline, which is
why the table is built here.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from .mentions import PARTIES, PARTY_ABBREVIATIONS, PARTY_ADJECTIVES

LEXICON_FILE = "party_lexicon.tsv"

#: The words that name each party in an article ("Republican", "GOP", "Democrats"), and the
#: party tags after a name ("R-Texas").
_PARTY_WORDS: dict[str, re.Pattern[str]] = {
    party: re.compile(
        r"\b(?:" + "|".join(w for w, p in PARTY_ADJECTIVES.items() if p == party) + r")\b",
        re.IGNORECASE,
    )
    for party in set(PARTY_ADJECTIVES.values())
}
_TAG = re.compile(r"\b([A-Z])-[A-Z]")


def _agreed(articles: int, agreeing: int, min_articles: int, min_agreement: float) -> bool:
    """Whether enough articles agree on a person's party for the lexicon to give it."""
    return agreeing >= min_articles and agreeing / max(1, articles) >= min_agreement


def name_key(name: str) -> tuple[str, str] | None:
    """The key a full name is looked up by: its first and last words, lower-cased, without
    periods ("Donald J. Trump" and "Donald Trump" are one key); None for a one-word name, a
    name list ("A; B") or an empty one."""
    words = name.replace(".", "").split()
    if len(words) < 2 or ";" in name:
        return None
    return words[0].lower(), words[-1].lower()


@dataclass(frozen=True)
class PartyLexicon:
    """Full names (by :func:`name_key`) with their party and the evidence for it.

    Attributes:
        entries: ``key -> (party, articles, agreeing)``: the party, how many articles gave that
            person a party, and how many of them gave this one.
        min_articles: The fewest agreeing articles for an entry to be used.
        min_agreement: The least share of agreeing articles for an entry to be used.
    """

    entries: dict[tuple[str, str], tuple[str, int, int]]
    min_articles: int = 3
    min_agreement: float = 0.8

    def party_of(self, name: str) -> str:
        """The party the lexicon knows for a full name, or ""."""
        key = name_key(name)
        if key is None or key not in self.entries:
            return ""
        party, articles, agreeing = self.entries[key]
        return party if _agreed(articles, agreeing, self.min_articles, self.min_agreement) else ""

    def write(self, path: Path, names: dict[tuple[str, str], str] | None = None) -> None:
        """Write the lexicon as TSV (``first, last, name, party, articles, agreeing``), sorted
        by key; ``names`` gives each key's name as most often written, for readers."""
        with path.open("w", encoding="utf-8", newline="") as handle:
            out = csv.writer(handle, delimiter="\t", lineterminator="\n")
            out.writerow(["first", "last", "name", "party", "articles", "agreeing"])
            for key in sorted(self.entries):
                party, articles, agreeing = self.entries[key]
                shown = (names or {}).get(key, " ".join(key))
                out.writerow([*key, shown, party, articles, agreeing])

    @classmethod
    def read(cls, path: Path, min_articles: int = 3, min_agreement: float = 0.8) -> PartyLexicon:
        """Read a lexicon written by :meth:`write`."""
        with path.open(encoding="utf-8") as handle:
            entries = {
                (r["first"], r["last"]): (r["party"], int(r["articles"]), int(r["agreeing"]))
                for r in csv.DictReader(handle, delimiter="\t")
            }
        return cls(entries, min_articles, min_agreement)


@lru_cache(maxsize=8)
def load_party_lexicon(source: str = "default") -> PartyLexicon | None:
    """Load the packaged lexicon (``"default"``), one at a path, or none (``"none"``)."""
    if source == "none":
        return None
    if source == "default":
        import claimx.models

        path = claimx.models.packaged_file(LEXICON_FILE)
        return PartyLexicon.read(path) if path is not None else None
    return PartyLexicon.read(Path(source))


def parties_named(text: str) -> frozenset[str]:
    """The parties a text names: a party word ("Republican", "GOP", "Democrats") or a party
    tag ("R-Texas")."""
    found = {party for party, words in _PARTY_WORDS.items() if words.search(text)}
    for match in _TAG.finditer(text):
        if match.group(1) in PARTY_ABBREVIATIONS:
            found.add(PARTY_ABBREVIATIONS[match.group(1)])
    return frozenset(found)


def parties_near(paragraphs: list[str], name: str) -> frozenset[str]:
    """The parties named in the paragraphs that name a person (by the last word of ``name``):
    the article must tie the party to the person's part of the story, not only mention it."""
    surname = re.compile(r"\b" + re.escape(name.split()[-1]) + r"\b")
    found: set[str] = set()
    for paragraph in paragraphs:
        if surname.search(paragraph):
            found |= parties_named(paragraph)
    return frozenset(found)


def count_parties(
    claims: Iterable[tuple[str, str, str, str]],
) -> tuple[dict[tuple[str, str], Counter[str]], dict[tuple[str, str], Counter[str]]]:
    """Per full-name key, how many articles gave each party, from ``(doc_id, speaker,
    speaker_type, organisation)`` rows of claims whose organisation the article states; and
    how each key was written."""
    given: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    written: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for doc_id, speaker, speaker_type, organisation in claims:
        key = name_key(speaker)
        if speaker_type != "person" or key is None or organisation not in PARTIES:
            continue
        given[key][organisation].add(doc_id)
        written[key][speaker] += 1
    counts = {k: Counter({p: len(docs) for p, docs in ps.items()}) for k, ps in given.items()}
    return counts, written


def lexicon_from_counts(
    counts: dict[tuple[str, str], Counter[str]], min_articles: int = 3, min_agreement: float = 0.8
) -> PartyLexicon:
    """Keep the keys whose most given party meets both thresholds."""
    entries = {}
    for key, parties in counts.items():
        party, agreeing = parties.most_common(1)[0]
        articles = sum(parties.values())
        if _agreed(articles, agreeing, min_articles, min_agreement):
            entries[key] = (party, articles, agreeing)
    return PartyLexicon(entries, min_articles, min_agreement)


def train_party_lexicon(
    text_dir: Path,
    nlp: Language,
    exclude: Iterable[str] = (),
    min_articles: int = 3,
    min_agreement: float = 0.8,
    n_process: int = 1,
) -> tuple[PartyLexicon, dict[tuple[str, str], str]]:
    """Build the lexicon from the articles under ``text_dir``, leaving out the doc_ids in
    ``exclude`` (e.g. articles of a gold set). ``nlp`` must be a claimx pipeline whose
    ``claimx_speakers`` has no party lexicon (``party_lexicon="none"``), so that only what the
    articles state is counted. Returns the lexicon and each key's most written name."""
    from .pipeline import extract_rows
    from .reader import iter_articles

    skip = set(exclude)
    articles = (a for a in iter_articles(text_dir) if a.doc_id not in skip)
    claims = (
        (r["doc_id"], r["speaker"], r["speaker_type"], r["organisation"])
        for _article, rows in extract_rows(articles, nlp, n_process=n_process)
        for r in rows
        if r["organisation_source"] == "article"
    )
    counts, written = count_parties(claims)
    lexicon = lexicon_from_counts(counts, min_articles, min_agreement)
    names = {key: written[key].most_common(1)[0][0] for key in lexicon.entries}
    return lexicon, names
