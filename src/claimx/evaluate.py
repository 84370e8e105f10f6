"""Score a claims table against gold attributions in brat standoff (PolNeAR layout).

The gold folder holds ``text/<doc>.txt`` and ``attributions/<doc>_<annotator>.ann``. When a
document has several annotator files, the first one in sorted order is used; a document without
any ``.ann`` file has no gold attributions (it is still scored: every prediction is a false
alarm). A document's id is its text file's path relative to ``text/``, in POSIX form.

Three roles are scored: ``content`` (what was said), ``source`` (who said it) and ``cue`` (the
word(s) introducing it). A span is a tuple of ``(start, end)`` character pieces; gold contents
may be discontinuous (brat's ``start end;start end``).

Scoring convention (span normalisation), applied to gold and predicted spans alike:

* each piece is trimmed at both ends of whitespace, quote marks (straight and curly double and
  single quotes, low double quotes, double and single guillemets: `QUOTE_MARKS`) and the
  punctuation ``, . : ;``; empty pieces are dropped;
* pieces separated only by such characters (or touching, or overlapping) are merged;
* a span whose pieces all trim away (e.g. a cue that is just ``:``) keeps its pieces trimmed of
  whitespace only, so that it is still scored.

The rationale: claimx puts enclosing quote marks outside a quote's span, PolNeAR includes them,
and the two disagree on trailing punctuation; neither difference is an extraction error.

Per document and role, gold and predicted spans are compared as *sets* of normalised spans
(one source mention may serve several attributions), and figures are micro-averaged over
documents:

* exact: a predicted span matches when it equals a gold span;
* overlap (proportional, after Johansson & Moschitti): precision is the mean, over predicted
  spans, of the largest share of the span's characters covered by one gold span; recall is the
  mean, over gold spans, of the largest share covered by one predicted span.

Precision, recall and F1 are reported as percentages with one decimal; a ratio with a zero
denominator is 0.0.

Predicted attributions are built from the claims table: rows of a document sharing the same
non-null cue offsets and the same speaker offsets form one attribution, whose content is the
union of their quote pieces (a quote split around its cue gives two rows); rows without a cue
are attributions of their own.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

import pandas as pd
from rich.table import Table

from claimx.errors import ClaimxError, Errors
from claimx.table import COLUMNS, OFFSET_COLUMNS

Piece = tuple[int, int]
Span = tuple[Piece, ...]
Role = Literal["content", "source", "cue"]

#: The scored roles, in report order.
ROLES: tuple[Role, ...] = ("content", "source", "cue")

#: brat labels of the scored roles.
_LABEL_ROLES: dict[str, Role] = {"Content": "content", "Source": "source", "Cue": "cue"}

QUOTE_MARKS = "\"\u201c\u201d\u201e\u2018\u2019'\u00ab\u00bb\u2039\u203a"
"""Quote marks trimmed from the ends of span pieces."""

TRIM_CHARS = QUOTE_MARKS + ",.:;"
"""Characters (besides whitespace) trimmed from the ends of pieces and bridged between them."""

#: Columns of the errors CSV.
ERROR_COLUMNS: tuple[str, ...] = ("doc_id", "role", "kind", "span", "text")


def _is_trim(char: str) -> bool:
    return char.isspace() or char in TRIM_CHARS


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution relation (a brat ``E`` line); a role is None when absent."""

    content: Span | None = None
    source: Span | None = None
    cue: Span | None = None


@dataclass
class GoldDoc:
    """A gold document: its text and its gold spans per role, as raw brat offsets.

    Attributes:
        text: The document text, read as UTF-8.
        content: Gold content spans.
        source: Gold source spans.
        cue: Gold cue spans.
        attributions: The ``E`` relations tying the roles together.
        annotation_file: The ``.ann`` file used, or None when the doc has none.
    """

    text: str
    content: list[Span] = field(default_factory=list)
    source: list[Span] = field(default_factory=list)
    cue: list[Span] = field(default_factory=list)
    attributions: list[GoldAttribution] = field(default_factory=list)
    annotation_file: Path | None = None

    def spans(self, role: Role) -> list[Span]:
        """Return the gold spans of ``role``."""
        spans: list[Span] = getattr(self, role)
        return spans


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 (percentages, one decimal) and the span counts."""

    p: float
    r: float
    f1: float
    n_pred: int
    n_gold: int


@dataclass(frozen=True)
class RoleScore:
    """Exact and overlap scores of one role."""

    exact: Score
    overlap: Score


@dataclass(frozen=True)
class EvalError:
    """An exact-match error: a gold span not predicted, or a predicted span not in gold.

    Attributes:
        doc_id: The document.
        role: ``content``, ``source`` or ``cue``.
        kind: ``miss`` (gold, not predicted) or ``false_alarm`` (predicted, not gold).
        span: The normalised pieces as ``start-end;start-end``.
        text: The pieces' text joined by `` … ``.
        start: The span's first offset (for sorting).
    """

    doc_id: str
    role: str
    kind: Literal["miss", "false_alarm"]
    span: str
    text: str
    start: int


@dataclass
class EvalReport:
    """Scores per role and the list of exact-match errors."""

    roles: dict[str, RoleScore]
    errors: list[EvalError] = field(default_factory=list)
    n_docs: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Return the scores as plain data: ``{role: {"exact": {...}, "overlap": {...}}}``."""
        return {
            "n_docs": self.n_docs,
            "n_errors": len(self.errors),
            "roles": {role: asdict(score) for role, score in self.roles.items()},
        }

    def to_table(self) -> Table:
        """Return a rich table: one row per role, exact and overlap P/R/F1, n_gold, n_pred."""
        table = Table(title=f"claimx evaluation ({self.n_docs} docs)")
        table.add_column("role")
        for name in ("exact P", "exact R", "exact F1", "overlap P", "overlap R", "overlap F1"):
            table.add_column(name, justify="right")
        table.add_column("n_gold", justify="right")
        table.add_column("n_pred", justify="right")
        for role, score in self.roles.items():
            ex, ov = score.exact, score.overlap
            table.add_row(
                role,
                *(f"{value:.1f}" for value in (ex.p, ex.r, ex.f1, ov.p, ov.r, ov.f1)),
                str(ex.n_gold),
                str(ex.n_pred),
            )
        return table


# --------------------------------------------------------------------------- normalisation


def normalise_span(text: str, pieces: Iterable[Piece]) -> Span:
    """Normalise a span's pieces by the module's scoring convention.

    Args:
        text: The document text the offsets point into.
        pieces: ``(start, end)`` character pieces, in any order.

    Returns:
        The trimmed, merged pieces in order; empty only when every piece is whitespace.
    """
    raw = sorted((max(0, int(s)), min(len(text), int(e))) for s, e in pieces)
    trimmed = [_trim(text, s, e, _is_trim) for s, e in raw]
    kept = [(s, e) for s, e in trimmed if s < e]
    if not kept:
        kept = [(s, e) for s, e in (_trim(text, s, e, str.isspace) for s, e in raw) if s < e]
    merged: list[Piece] = []
    for start, end in kept:
        if merged:
            prev_start, prev_end = merged[-1]
            if start <= prev_end or all(_is_trim(c) for c in text[prev_end:start]):
                merged[-1] = (prev_start, max(prev_end, end))
                continue
        merged.append((start, end))
    return tuple(merged)


def _trim(text: str, start: int, end: int, strip: Callable[[str], bool]) -> Piece:
    while start < end and strip(text[start]):
        start += 1
    while end > start and strip(text[end - 1]):
        end -= 1
    return start, end


def span_chars(span: Span) -> set[int]:
    """Return the set of character positions a span's pieces cover."""
    return {i for start, end in span for i in range(start, end)}


def format_span(span: Span) -> str:
    """Format pieces as ``start-end;start-end``."""
    return ";".join(f"{start}-{end}" for start, end in span)


def span_text(text: str, span: Span) -> str:
    """Return a span's text, its pieces joined by `` … ``."""
    return " … ".join(text[start:end] for start, end in span)


# --------------------------------------------------------------------------- gold


def _parse_pieces(offsets: str) -> Span:
    pieces = []
    for chunk in offsets.split(";"):
        start, end = chunk.split()
        pieces.append((int(start), int(end)))
    return tuple(pieces)


def parse_ann(text: str, ann: str) -> GoldDoc:
    """Parse a brat ``.ann`` file's content into a GoldDoc (raw, unnormalised offsets).

    Only ``T`` lines labelled Source, Cue or Content and ``E`` lines are used; other labels and
    ``A``/``R``/``#`` (and any other) lines are ignored.

    Args:
        text: The document text.
        ann: The annotation file's content.

    Returns:
        The gold document.
    """
    doc = GoldDoc(text=text)
    by_id: dict[str, tuple[Role, Span]] = {}
    events: list[str] = []
    for line in ann.splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label, _, offsets = parts[1].partition(" ")
            role = _LABEL_ROLES.get(label)
            if role is None:
                continue
            span = _parse_pieces(offsets)
            by_id[parts[0]] = (role, span)
            doc.spans(role).append(span)
        elif line.startswith("E"):
            events.append(line)
    for line in events:
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        roles: dict[str, Span] = {}
        for arg in parts[1].split():
            _, _, ref = arg.partition(":")
            if ref in by_id:
                role, span = by_id[ref]
                roles.setdefault(role, span)
        if roles:
            doc.attributions.append(GoldAttribution(**roles))
    return doc


def _doc_id_of_ann(ann_path: Path, attributions_dir: Path) -> str:
    rel = ann_path.relative_to(attributions_dir).as_posix()
    stem = rel[: -len(".ann")]
    base, sep, _annotator = stem.rpartition("_")
    return (base if sep else stem) + ".txt"


def load_gold(gold_dir: Path) -> dict[str, GoldDoc]:
    """Load a PolNeAR-style gold folder.

    Args:
        gold_dir: A folder with ``text/`` (``*.txt``) and ``attributions/`` (``*.ann``, named
            ``<doc>_<annotator>.ann``).

    Returns:
        The gold documents by doc id (text path relative to ``gold_dir/text``, POSIX), sorted.

    Raises:
        ClaimxError: When ``text/`` or ``attributions/`` is missing (E007).
    """
    gold_dir = Path(gold_dir)
    text_dir, ann_dir = gold_dir / "text", gold_dir / "attributions"
    if not (text_dir.is_dir() and ann_dir.is_dir()):
        raise ClaimxError(Errors.E007.format(path=str(gold_dir)))
    ann_files: dict[str, Path] = {}
    for ann_path in sorted(ann_dir.rglob("*.ann")):
        ann_files.setdefault(_doc_id_of_ann(ann_path, ann_dir), ann_path)
    gold: dict[str, GoldDoc] = {}
    for text_path in sorted(text_dir.rglob("*.txt")):
        doc_id = text_path.relative_to(text_dir).as_posix()
        text = _read_text(text_path)
        ann_path = ann_files.get(doc_id)
        if ann_path is None:
            gold[doc_id] = GoldDoc(text=text)
            continue
        doc = parse_ann(text, _read_text(ann_path))
        doc.annotation_file = ann_path
        gold[doc_id] = doc
    return gold


def _read_text(path: Path) -> str:
    # newline="" keeps "\r\n" as two characters, as brat's offsets count them.
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


# --------------------------------------------------------------------------- predictions


def _offset(value: Any) -> int | None:
    if value is None or pd.isna(value):
        return None
    return int(value)


def _attribution_spans(rows: pd.DataFrame) -> dict[Role, list[Span]]:
    groups: dict[Any, dict[str, Any]] = {}
    for i, row in enumerate(rows.itertuples(index=False)):
        cue = (_offset(row.cue_start), _offset(row.cue_end))
        speaker = (_offset(row.speaker_start), _offset(row.speaker_end))
        has_cue = None not in cue
        key = (cue, speaker) if has_cue else ("row", i)
        group = groups.setdefault(key, {"content": [], "cue": cue, "speaker": speaker})
        quote = (_offset(row.quote_start), _offset(row.quote_end))
        if None not in quote:
            group["content"].append(quote)
    spans: dict[Role, list[Span]] = {role: [] for role in ROLES}
    for group in groups.values():
        if group["content"]:
            spans["content"].append(tuple(group["content"]))
        if None not in group["speaker"]:
            spans["source"].append((group["speaker"],))
        if None not in group["cue"]:
            spans["cue"].append((group["cue"],))
    return spans


# --------------------------------------------------------------------------- scoring


@dataclass
class _Tally:
    n_pred: int = 0
    n_gold: int = 0
    exact_hits_pred: int = 0
    exact_hits_gold: int = 0
    overlap_pred: float = 0.0
    overlap_gold: float = 0.0

    def scores(self) -> RoleScore:
        exact = _score(self.exact_hits_pred, self.exact_hits_gold, self.n_pred, self.n_gold)
        overlap = _score(self.overlap_pred, self.overlap_gold, self.n_pred, self.n_gold)
        return RoleScore(exact=exact, overlap=overlap)


def _score(hits_pred: float, hits_gold: float, n_pred: int, n_gold: int) -> Score:
    p = hits_pred / n_pred if n_pred else 0.0
    r = hits_gold / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Score(
        p=round(100 * p, 1),
        r=round(100 * r, 1),
        f1=round(100 * f1, 1),
        n_pred=n_pred,
        n_gold=n_gold,
    )


def _best_overlap(span: Span, others: list[set[int]]) -> float:
    chars = span_chars(span)
    if not chars or not others:
        return 0.0
    return max(len(chars & other) for other in others) / len(chars)


def _normalised_set(text: str, spans: Iterable[Span]) -> set[Span]:
    normalised = (normalise_span(text, span) for span in spans)
    return {span for span in normalised if span}


def _match_doc_ids(gold: Mapping[str, GoldDoc], claims: pd.DataFrame) -> pd.Series:
    """Map claims doc ids to gold ids, accepting ids given without the ``.txt`` suffix."""
    ids = claims["doc_id"].astype("string")
    return ids.map(lambda d: d if d in gold or f"{d}.txt" not in gold else f"{d}.txt")


def score(gold: Mapping[str, GoldDoc], claims: pd.DataFrame) -> EvalReport:
    """Score a claims table against gold documents.

    Args:
        gold: Gold documents by doc id, as from `load_gold`.
        claims: The claims table; docs absent from ``gold`` are ignored, gold docs absent from
            it count all their gold spans as misses.

    Returns:
        The report: exact and overlap scores per role, micro-averaged over docs, and errors.
    """
    tallies = {role: _Tally() for role in ROLES}
    errors: list[EvalError] = []
    if len(claims):
        claims = claims.assign(doc_id=_match_doc_ids(gold, claims))
        by_doc = {str(doc_id): rows for doc_id, rows in claims.groupby("doc_id", sort=False)}
    else:
        by_doc = {}
    for doc_id, doc in gold.items():
        rows = by_doc.get(doc_id)
        predicted = _attribution_spans(rows) if rows is not None else {role: [] for role in ROLES}
        for role in ROLES:
            gold_set = _normalised_set(doc.text, doc.spans(role))
            pred_set = _normalised_set(doc.text, predicted[role])
            tally = tallies[role]
            tally.n_gold += len(gold_set)
            tally.n_pred += len(pred_set)
            hits = len(gold_set & pred_set)
            tally.exact_hits_pred += hits
            tally.exact_hits_gold += hits
            gold_chars = [span_chars(span) for span in gold_set]
            pred_chars = [span_chars(span) for span in pred_set]
            tally.overlap_pred += sum(_best_overlap(span, gold_chars) for span in pred_set)
            tally.overlap_gold += sum(_best_overlap(span, pred_chars) for span in gold_set)
            for kind, spans in (
                ("miss", gold_set - pred_set),
                ("false_alarm", pred_set - gold_set),
            ):
                errors.extend(
                    EvalError(
                        doc_id=doc_id,
                        role=role,
                        kind=kind,
                        span=format_span(span),
                        text=span_text(doc.text, span),
                        start=span[0][0],
                    )
                    for span in spans
                )
    errors.sort(key=lambda e: (e.doc_id, e.role, e.start, e.span, e.kind))
    return EvalReport(
        roles={role: tallies[role].scores() for role in ROLES}, errors=errors, n_docs=len(gold)
    )


def write_errors(report: EvalReport, path: Path) -> Path:
    """Write a report's errors as CSV (UTF-8, header), sorted by doc_id, role and start.

    Args:
        report: The evaluation report.
        path: The CSV file to write; its folder is created when missing.

    Returns:
        The path written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    errors = sorted(report.errors, key=lambda e: (e.doc_id, e.role, e.start, e.span, e.kind))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(ERROR_COLUMNS)
        for error in errors:
            writer.writerow([getattr(error, column) for column in ERROR_COLUMNS])
    return path


def run_evaluation(
    gold_dir: Path,
    extract_fn: Callable[[list[Path], Path], pd.DataFrame],
    errors_path: Path | None = None,
) -> EvalReport:
    """Load gold, extract claims from its texts, score them and optionally write the errors.

    Args:
        gold_dir: The gold folder (``text/`` and ``attributions/``).
        extract_fn: Called with the sorted text file paths and the text root ``gold_dir/text``;
            returns the claims table with doc ids relative to that root.
        errors_path: Where to write the errors CSV, or None not to write it.

    Returns:
        The evaluation report.
    """
    gold_dir = Path(gold_dir)
    gold = load_gold(gold_dir)
    text_root = gold_dir / "text"
    paths = [text_root / doc_id for doc_id in gold]
    claims = extract_fn(sorted(paths), text_root)
    report = score(gold, claims)
    if errors_path is not None:
        write_errors(report, errors_path)
    return report


def gold_to_claims(gold: Mapping[str, GoldDoc]) -> pd.DataFrame:
    """Convert gold annotations into a claims table (for sanity checks of the scorer).

    Each gold attribution gives one row per content piece (one row with null quote offsets when
    it has no content), all sharing the attribution's cue and source offsets. Gold spans that no
    attribution references give one cue-less row each, holding only that span. Columns other
    than the offsets, ``doc_id`` and ``claim_index`` are left null.

    Args:
        gold: Gold documents by doc id.

    Returns:
        A DataFrame with the columns of ``claimx.table.COLUMNS``, offsets as ``Int64``.
    """
    rows: list[dict[str, Any]] = []
    for doc_id, doc in gold.items():
        items: list[GoldAttribution] = list(doc.attributions)
        for role in ROLES:
            used = {getattr(attribution, role) for attribution in doc.attributions}
            items.extend(
                GoldAttribution(**{role: span}) for span in doc.spans(role) if span not in used
            )
        for index, item in enumerate(items):
            cue = item.cue[0] if item.cue else (None, None)
            source = item.source[0] if item.source else (None, None)
            pieces: tuple[tuple[int | None, int | None], ...] = item.content or ((None, None),)
            rows.extend(
                {
                    "doc_id": doc_id,
                    "claim_index": index,
                    "quote_start": start,
                    "quote_end": end,
                    "cue_start": cue[0],
                    "cue_end": cue[1],
                    "speaker_start": source[0],
                    "speaker_end": source[1],
                }
                for start, end in pieces
            )
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in (*OFFSET_COLUMNS, "claim_index"):
        frame[column] = frame[column].astype("Int64")
    return frame
