"""Resumable, shardable runs: part files, a manifest, and deterministic assembly.

A run writes its work as it goes, into *part files* under ``OUT/.claimx-parts/``. Each part is
one Parquet file holding the claim rows of a few articles (sorted by ``doc_id``,
``claim_index``); its key-value metadata (``claimx``) holds the run's configuration fingerprint
and the ``documents.csv`` row, content hash and ``stances.csv`` rows of every article in it.
A part is written to a temporary name, synced and renamed, so a killed run leaves complete
parts and, at worst, a temporary file that the next run deletes. The parts together are the
manifest: a rerun reads them and skips every article whose ``doc_id`` and content hash are
already there (``--force`` deletes them first). Articles with ``status='error'`` are redone.

When every article is done, :func:`assemble` streams the parts, in ``doc_id`` then
``claim_index`` order, through :class:`claimx.writers.OutputWriter`, so the final files are the
same bytes as an uninterrupted run's however the work was split, killed or distributed.

:func:`process_items` is the one function that turns ``(doc_id, path)`` items into part files;
the local engine calls it over all the items, the Dask engine (:mod:`claimx.dask_engine`)
through ``dask.bag.map_partitions``, and so can any other engine (Ray, Spark).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import heapq
import itertools
import json
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from spacy.language import Language

from .errors import ClaimxError
from .pipeline import extract_rows, load_pipeline
from .reader import MAX_CHARS, Article, read_article
from .table import CLAIMS_SCHEMA, COLUMNS
from .targets import STANCE_COLUMNS, parse_target, target_stance_rows
from .writers import OutputWriter, WriteSummary, _fsync_dir, _process_exists, document_row

__all__ = [
    "PARTS_DIR",
    "PartWriter",
    "RunConfig",
    "assemble",
    "find_parts_dirs",
    "load_manifest",
    "parse_shard",
    "process_items",
    "select_files",
    "shard_of",
]

#: The folder, inside ``--out``, that holds a run's part files.
PARTS_DIR = ".claimx-parts"
#: Articles per part file (the most work a SIGKILL can lose).
PART_DOCS = 64
#: Metadata key of a part file.
_META_KEY = b"claimx"
_counter = itertools.count()

#: One input: ``(doc_id, path, content hash already done or None)``.
Item = tuple[str, str, str | None]


# --------------------------------------------------------------------------- selection


def shard_of(doc_id: str, n: int) -> int:
    """The 0-based shard of a doc_id among ``n``: a stable hash, the same on every machine."""
    digest = hashlib.sha256(doc_id.encode("utf-8", "surrogateescape")).digest()
    return int.from_bytes(digest[:8], "big") % n


def parse_shard(spec: str) -> tuple[int, int]:
    """Parse ``"i/N"`` (1 ≤ i ≤ N) into ``(i, N)``.

    Raises:
        ValueError: If the spec is not of that form.
    """
    try:
        i_text, n_text = spec.split("/")
        i, n = int(i_text), int(n_text)
    except ValueError:
        raise ValueError(f"--shard expects i/N such as 1/4, got {spec!r}") from None
    if not 1 <= i <= n:
        raise ValueError(f"--shard {spec}: i must be between 1 and N")
    return i, n


def select_files(
    found: Sequence[tuple[str, Path]], shard: tuple[int, int] | None = None, limit: int = 0
) -> list[tuple[str, Path]]:
    """The files a run processes: those of its shard (if any), then the first ``limit``."""
    if shard is not None:
        i, n = shard
        found = [(doc_id, path) for doc_id, path in found if shard_of(doc_id, n) == i - 1]
    return list(found[:limit]) if limit else list(found)


# --------------------------------------------------------------------------- configuration


@dataclass(frozen=True)
class RunConfig:
    """What a run's rows depend on; parts of another configuration are not reused.

    Attributes:
        model: The ``--model`` given (None: the default).
        fast: ``--fast``: the rules alone, without the trained attribution tagger.
        targets: The ``--target`` specs, as given.
        date_overrides: ``--date-from`` as a mapping of doc_id to date, or None.
        batch_size: Texts per spaCy batch (rows do not depend on it).
        part_docs: Articles per part file.
    """

    model: str | None = None
    fast: bool = False
    targets: tuple[str, ...] = ()
    date_overrides: Mapping[str, str] | None = field(default=None, hash=False)
    batch_size: int = 16
    part_docs: int = PART_DOCS

    @property
    def fingerprint(self) -> str:
        """A digest of everything the rows depend on."""
        overrides = sorted((self.date_overrides or {}).items())
        payload = json.dumps(
            {
                "model": self.model,
                "fast": self.fast,
                "targets": list(self.targets),
                "dates": overrides,
                "max_chars": MAX_CHARS,
                "columns": list(COLUMNS),  # parts written before a column was added are redone
            },
            sort_keys=True,
        )
        return hashlib.sha256(payload.encode()).hexdigest()[:16]


_PIPELINES: dict[tuple[str | None, bool], Language] = {}


def cached_pipeline(model: str | None, fast: bool = False) -> Language:
    """The pipeline, loaded once per process (a Dask or Ray worker loads it once)."""
    if (model, fast) not in _PIPELINES:
        _PIPELINES[model, fast] = load_pipeline(model, fast)
    return _PIPELINES[model, fast]


# --------------------------------------------------------------------------- parts


def _part_meta(path: Path) -> dict[str, Any] | None:
    try:
        metadata = pq.read_schema(path).metadata or {}
        return json.loads(metadata[_META_KEY])
    except Exception:  # not a claimx part (or unreadable): ignored
        return None


def _remove_stale_part_temporaries(parts_dir: Path) -> None:
    for path in parts_dir.glob(".part-*.tmp-*"):
        pid = path.name.rsplit(".tmp-", 1)[1]
        if pid.isdigit() and int(pid) != os.getpid() and not _process_exists(int(pid)):
            with contextlib.suppress(OSError):
                path.unlink()


def _part_files(parts_dir: Path) -> list[Path]:
    return sorted(parts_dir.glob("part-*.parquet"))


def load_manifest(parts_dir: Path, fingerprint: str) -> dict[str, str]:
    """``doc_id -> content hash`` of the articles already done (not errors) in ``parts_dir``.

    Parts written under another configuration are deleted: their rows would differ.
    """
    done: dict[str, str] = {}
    if not parts_dir.is_dir():
        return done
    _remove_stale_part_temporaries(parts_dir)
    for path in _part_files(parts_dir):
        meta = _part_meta(path)
        if meta is None or meta.get("fingerprint") != fingerprint:
            with contextlib.suppress(OSError):
                path.unlink()
            continue
        for doc in meta["documents"]:
            if doc["status"] != "error" and doc["content_hash"]:
                done[doc["doc_id"]] = doc["content_hash"]
    return done


class PartWriter:
    """Collect articles' rows and write them as part files of ``part_docs`` articles each."""

    def __init__(self, parts_dir: Path, config: RunConfig) -> None:
        self.parts_dir = Path(parts_dir)
        self.parts_dir.mkdir(parents=True, exist_ok=True)
        self.config = config
        self.written: list[str] = []
        self._rows: list[dict[str, Any]] = []
        self._documents: list[dict[str, Any]] = []

    def add(self, article: Article, rows: list[dict[str, Any]], stances: list[Any]) -> None:
        self._documents.append(
            {
                **document_row(article, len(rows)),
                "content_hash": article.content_hash,
                "stances": [dict(s) for s in stances],
            }
        )
        self._rows.extend(rows)
        if len(self._documents) >= self.config.part_docs:
            self.flush()

    def flush(self) -> None:
        """Write what is collected as one part file, atomically."""
        if not self._documents:
            return
        self._documents.sort(key=lambda d: d["doc_id"])
        self._rows.sort(key=lambda r: (r["doc_id"], r["claim_index"]))
        meta = {
            "fingerprint": self.config.fingerprint,
            "targets": list(self.config.targets),
            "documents": self._documents,
        }
        table = pa.Table.from_pylist(self._rows, schema=CLAIMS_SCHEMA)
        table = table.replace_schema_metadata({_META_KEY: json.dumps(meta)})
        name = f"part-{time.time_ns():020d}-{os.getpid()}-{next(_counter)}.parquet"
        tmp = self.parts_dir / f".{name}.tmp-{os.getpid()}"
        with tmp.open("xb") as handle:
            pq.write_table(table, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.parts_dir / name)
        _fsync_dir(self.parts_dir)
        self.written.append(name)
        self._rows, self._documents = [], []


def process_items(
    items: Iterable[Item],
    parts_dir: str | Path,
    config: RunConfig,
    nlp: Language | None = None,
    n_process: int = 1,
    on_article: Callable[[], None] | None = None,
) -> list[dict[str, Any]]:
    """Read and extract items into part files; the one function every engine calls.

    Args:
        items: ``(doc_id, path, done_hash)``: an item whose file still has ``done_hash`` as its
            content hash is skipped (already in a part).
        parts_dir: Where to write part files.
        config: The run's configuration.
        nlp: The pipeline; by default loaded once per process (:func:`cached_pipeline`).
        n_process: Worker processes (see :func:`claimx.pipeline.extract_rows`).
        on_article: Called once per item, done or skipped (a progress bar).

    Returns:
        One summary dict: ``{"parts": [...], "processed": n, "skipped": n}``.
    """
    nlp = nlp if nlp is not None else cached_pipeline(config.model, config.fast)
    targets = [parse_target(spec) for spec in config.targets]
    writer = PartWriter(Path(parts_dir), config)
    skipped = 0

    def articles() -> Iterator[Article]:
        nonlocal skipped
        for doc_id, path, done_hash in items:
            article = read_article(doc_id, Path(path), config.date_overrides)
            if done_hash is not None and article.content_hash == done_hash:
                skipped += 1
                if on_article:
                    on_article()
                continue
            yield article

    processed = 0
    for article, rows in extract_rows(
        articles(), nlp, batch_size=config.batch_size, n_process=n_process
    ):
        stances = target_stance_rows(article.text, rows, targets) if targets and rows else []
        writer.add(article, rows, stances)
        processed += 1
        if on_article:
            on_article()
    writer.flush()
    return [{"parts": writer.written, "processed": processed, "skipped": skipped}]


# --------------------------------------------------------------------------- assembly


@dataclass(eq=False)  # hashed by identity, for the cache of its documents' rows
class _Part:
    path: Path
    doc_ids: frozenset[str]  # the rows of documents.csv are read again when written
    first: str
    last: str

    def documents(self) -> dict[str, dict[str, Any]]:
        """The part's ``documents.csv`` rows (and stance rows), by doc_id, read from its file."""
        meta = _part_meta(self.path)
        if meta is None:
            raise ClaimxError(f"(claimx) The part file {str(self.path)!r} can no longer be read.")
        return {d["doc_id"]: d for d in meta["documents"]}


def find_parts_dirs(folder: Path) -> list[Path]:
    """The parts folders of a run folder: its own and those of its ``shard-*`` folders."""
    found = [folder / PARTS_DIR] if (folder / PARTS_DIR).is_dir() else []
    found += sorted(p / PARTS_DIR for p in folder.glob("shard-*") if (p / PARTS_DIR).is_dir())
    return found


def _load_parts(
    parts_dirs: Sequence[Path], fingerprint: str | None
) -> tuple[list[_Part], list[str]]:
    parts: list[_Part] = []
    targets: set[tuple[str, ...]] = set()
    for parts_dir in parts_dirs:
        for path in _part_files(parts_dir):
            meta = _part_meta(path)
            if meta is None or (fingerprint is not None and meta["fingerprint"] != fingerprint):
                continue
            targets.add(tuple(meta.get("targets", ())))
            docs = frozenset(d["doc_id"] for d in meta["documents"])
            if docs:
                parts.append(_Part(path, docs, min(docs), max(docs)))
    if len(targets) > 1:
        raise ClaimxError(
            "(claimx) The parts were written with different --target lists "
            f"({sorted(targets)}); merge parts of runs with the same targets."
        )
    return parts, list(next(iter(targets), ()))


def _part_rows(path: Path, keep: set[str]) -> Iterator[dict[str, Any]]:
    parquet = pq.ParquetFile(path)
    for batch in parquet.iter_batches(batch_size=2048):
        for row in batch.to_pylist():
            if row["doc_id"] in keep:
                yield row


def assemble(
    out_dir: Path,
    parts_dirs: Sequence[Path],
    doc_ids: Iterable[str] | None = None,
    fingerprint: str | None = None,
    excel_safe: bool = True,
) -> WriteSummary:
    """Write the final ``claims.csv``/``claims.parquet``/``documents.csv`` from part files.

    Rows come out sorted by ``doc_id`` then ``claim_index`` (``documents.csv`` by ``doc_id``);
    where an article is in several parts (redone), the latest part wins. Claims are streamed:
    parts whose doc_id ranges do not overlap are read one after another, and those chains are
    merged. Memory holds each article's doc_id and the rows of the parts being read, not the
    claims nor the other ``documents.csv`` rows.

    Args:
        out_dir: The folder for the final files (written atomically by ``OutputWriter``).
        parts_dirs: Folders of part files.
        doc_ids: The articles to include (a run's selected files); None: all in the parts.
        fingerprint: Only parts of this configuration; None: any (all must share targets).
        excel_safe: As for ``OutputWriter``.

    Raises:
        ClaimxError: If an article in ``doc_ids`` is in no part.
    """
    parts, targets = _load_parts(parts_dirs, fingerprint)
    chosen: dict[str, _Part] = {}
    for part in sorted(parts, key=lambda p: p.path.name):  # later parts win
        for doc_id in part.doc_ids:
            chosen[doc_id] = part
    if doc_ids is not None:
        wanted = set(doc_ids)
        missing = wanted - chosen.keys()
        if missing:
            raise ClaimxError(
                f"(claimx) {len(missing)} article(s) are in no part file, e.g. "
                f"{sorted(missing)[0]!r}; rerun to process them."
            )
        chosen = {doc_id: part for doc_id, part in chosen.items() if doc_id in wanted}
    keep: dict[Path, set[str]] = {}
    for doc_id, part in chosen.items():
        keep.setdefault(part.path, set()).add(doc_id)
    used = sorted((p for p in parts if p.path in keep), key=lambda p: (p.first, p.path.name))
    chains: list[list[_Part]] = []
    for part in used:  # patience-style: append to the first chain it follows
        for chain in chains:
            if chain[-1].last < part.first:
                chain.append(part)
                break
        else:
            chains.append([part])

    def chain_rows(chain: list[_Part]) -> Iterator[dict[str, Any]]:
        for part in chain:
            yield from _part_rows(part.path, keep[part.path])

    rows = heapq.merge(
        *(chain_rows(c) for c in chains), key=lambda r: (r["doc_id"], r["claim_index"])
    )
    pending = next(rows, None)
    stance_columns = STANCE_COLUMNS if targets else None
    # Each chain reads one part at a time, in doc_id order: its documents' rows are kept while
    # it is read (a part read again after falling out of the cache gives the same rows).
    documents_of = functools.lru_cache(maxsize=len(chains) + 8)(_Part.documents)
    with OutputWriter(out_dir, excel_safe=excel_safe, stance_columns=stance_columns) as writer:
        for doc_id in sorted(chosen):
            doc = documents_of(chosen[doc_id])[doc_id]
            doc_rows = []
            while pending is not None and pending["doc_id"] == doc_id:
                doc_rows.append(pending)
                pending = next(rows, None)
            article = Article(
                doc_id=doc_id,
                text="",
                date=doc["date"],
                publisher=doc["publisher"],
                status=doc["status"],
                error=doc["error"],
            )
            writer.add(article, doc_rows)
            if stance_columns and doc["stances"]:
                writer.add_stances(doc["stances"])
        assert pending is None, f"claim rows of {pending['doc_id']!r} have no document"
    return writer.summary


def remove_parts(parts_dir: Path) -> None:
    """Delete a parts folder (after its run was assembled)."""
    shutil.rmtree(parts_dir, ignore_errors=True)
