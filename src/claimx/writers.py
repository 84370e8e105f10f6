"""Writing outputs: ``claims.csv``, ``claims.parquet`` and ``documents.csv`` in a folder.

:class:`OutputWriter` streams claim rows to temporary files next to the outputs, in row groups
of a fixed size so that memory stays flat, and moves them into place with :func:`os.replace`
only when the run finishes without an exception. A failed run leaves the previous outputs as
they were. :func:`read_claims` and :func:`claims_frame` give the claims table as a typed
pandas DataFrame.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import math
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Self, TextIO

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .errors import ClaimxError, Errors
from .reader import Article
from .table import (
    CLAIMS_SCHEMA,
    COLUMNS,
    DOCUMENT_COLUMNS,
    QUOTE_TYPES,
    SPEAKER_TYPES,
    STANCES,
)

__all__ = [
    "CLAIMS_CSV",
    "CLAIMS_PARQUET",
    "DOCUMENTS_CSV",
    "OutputWriter",
    "WriteSummary",
    "claims_frame",
    "excel_safe",
    "read_claims",
]

CLAIMS_CSV = "claims.csv"
CLAIMS_PARQUET = "claims.parquet"
DOCUMENTS_CSV = "documents.csv"
STANCES_CSV = "stances.csv"

#: Claim rows buffered before they are written out as one Parquet row group.
FLUSH_ROWS = 10_000

#: First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: Categorical columns of the claims DataFrame and their categories.
_CATEGORIES: dict[str, tuple[str, ...]] = {
    "quote_type": QUOTE_TYPES,
    "speaker_type": SPEAKER_TYPES,
    "stance": STANCES,
}

_COLUMN_SET = frozenset(COLUMNS)
_tmp_counter = itertools.count()


def excel_safe(value: str) -> str:
    """Neutralise a text cell that a spreadsheet would run as a formula.

    Following OWASP's advice on CSV injection, a cell starting with ``=``, ``+``, ``-``, ``@``,
    a tab or a carriage return gets a leading ``'``, which spreadsheets show as text. Apply it
    to text columns only, never to numbers (``-5`` as a number must stay ``-5``).

    Args:
        value: The cell text.

    Returns:
        The text, prefixed with ``'`` when it could start a formula.
    """
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


@dataclass(frozen=True)
class WriteSummary:
    """Counts of what an :class:`OutputWriter` wrote.

    Attributes:
        articles: Articles added (one ``documents.csv`` row each).
        claims: Claim rows written.
        speakers: Distinct non-empty ``speaker`` values.
        errors: Articles with ``status='error'``.
        empty: Articles with ``status='empty'``.
    """

    articles: int
    claims: int
    speakers: int
    errors: int
    empty: int


def document_row(article: Article, n_claims: int) -> dict[str, Any]:
    """The ``documents.csv`` row of an article (keys of ``table.DOCUMENT_COLUMNS``)."""
    return {
        "doc_id": article.doc_id,
        "status": article.status,
        "n_claims": n_claims,
        "date": article.date,
        "publisher": article.publisher,
        "error": article.error,
    }


def _sort_csv_rows(path: Path) -> None:
    """Sort a CSV file's rows (not its header) by their first cell, the doc_id (without the
    ``'`` that :func:`excel_safe` may have put before it), in place and synced.

    ``documents.csv`` rows are written as articles are added; a run adds them in doc_id order
    (from its parts), so this is only for writers fed out of order, whose rows fit in memory.
    """
    with path.open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))

    def doc_id(row: list[str]) -> str:
        cell = row[0]
        return cell[1:] if cell[:1] == "'" and cell[1:].startswith(_FORMULA_STARTS) else cell

    rows.sort(key=doc_id)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        handle.flush()
        os.fsync(handle.fileno())


class OutputWriter:
    """Write claims and documents to an output folder, atomically, as a context manager.

    Example:
        >>> with OutputWriter(Path("out")) as writer:  # doctest: +SKIP
        ...     for article in articles:
        ...         writer.add(article, rows_for(article))
        >>> writer.summary  # doctest: +SKIP

    Rows go to temporary files in ``out_dir`` (``.claims.csv.tmp-<pid>-<n>`` and so on). On a
    clean exit (or :meth:`close`) they are synced to disk and moved into place with
    :func:`os.replace`, each file atomically; on an exception (or :meth:`abort`) they are
    deleted and the previous outputs are left untouched. A run killed outright (SIGKILL)
    leaves only its temporary files beside the previous outputs; the next writer on the
    folder deletes them. Nothing is written outside ``out_dir``.

    CSV files are UTF-8, with one header row, minimal quoting and ``\\n`` line endings; None
    is an empty cell and ``stance_score`` is written as ``f"{x:.4f}"``. ``documents.csv`` is
    sorted by doc_id. Parquet uses :data:`claims.table.CLAIMS_SCHEMA`.
    """

    def __init__(
        self,
        out_dir: Path,
        excel_safe: bool = True,
        flush_rows: int = FLUSH_ROWS,
        stance_columns: Sequence[str] | None = None,
    ) -> None:
        """Create the folder and open the temporary files.

        Args:
            out_dir: The output folder; created when missing.
            excel_safe: Neutralise text cells that could run as spreadsheet formulas in the
                CSV files (see :func:`excel_safe`); Parquet always keeps the exact text.
            flush_rows: Claim rows to buffer before writing a Parquet row group.
            stance_columns: When given, ``stances.csv`` is written too, with these columns
                (rows come through :meth:`add_stances`).

        Raises:
            ClaimxError: If ``out_dir`` is an existing file (E003).
        """
        self.out_dir = Path(out_dir)
        if self.out_dir.exists() and not self.out_dir.is_dir():
            raise ClaimxError(Errors.E003.format(path=str(self.out_dir)))
        self.out_dir.mkdir(parents=True, exist_ok=True)
        _remove_stale_temporaries(self.out_dir)
        self._excel_safe = excel_safe
        self._flush_rows = max(1, flush_rows)
        suffix = f".tmp-{os.getpid()}-{next(_tmp_counter)}"
        names = [CLAIMS_PARQUET, CLAIMS_CSV, DOCUMENTS_CSV]
        if stance_columns is not None:
            names.append(STANCES_CSV)
        self._final = {name: self.out_dir / name for name in names}
        self._stance_columns = tuple(stance_columns or ())
        self._stances_file: TextIO | None = None
        self._tmp = {name: self.out_dir / f".{name}{suffix}" for name in self._final}
        self._buffer: list[Mapping[str, Any]] = []
        # documents.csv rows go straight to their file; counted here, not kept
        self._statuses: Counter[str] = Counter()
        self._last_doc_id: str | None = None
        self._documents_sorted = True
        self._documents_file: TextIO | None = None
        self._speakers: set[str] = set()
        self._n_claims = 0
        self._closed = False
        self._csv_file: TextIO | None = None
        self._parquet_file: BinaryIO | None = None
        self._parquet: pq.ParquetWriter | None = None
        try:
            # "x": a temporary name is always a new file, never something already there (such
            # as a link planted to make claimx write elsewhere).
            self._csv_file = self._tmp[CLAIMS_CSV].open("x", encoding="utf-8", newline="")
            self._csv = csv.writer(self._csv_file, lineterminator="\n")
            self._csv.writerow(COLUMNS)
            self._documents_file = self._tmp[DOCUMENTS_CSV].open("x", encoding="utf-8", newline="")
            self._documents = csv.writer(self._documents_file, lineterminator="\n")
            self._documents.writerow(DOCUMENT_COLUMNS)
            self._parquet_file = self._tmp[CLAIMS_PARQUET].open("xb")
            self._parquet = pq.ParquetWriter(self._parquet_file, CLAIMS_SCHEMA)
            if self._stance_columns:
                self._stances_file = self._tmp[STANCES_CSV].open("x", encoding="utf-8", newline="")
                self._stances = csv.writer(self._stances_file, lineterminator="\n")
                self._stances.writerow(self._stance_columns)
        except BaseException:
            self.abort()
            raise

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def add(self, article: Article, rows: list[dict[str, Any]]) -> None:
        """Add one article's claim rows and its ``documents.csv`` row.

        Args:
            article: The article the rows come from.
            rows: Claim rows, dicts with exactly the keys in :data:`claimx.table.COLUMNS`;
                offsets and other values may be None.

        Raises:
            ValueError: If a row's keys are not exactly the claims columns, or the writer is
                closed.
        """
        if self._closed:
            raise ValueError("this OutputWriter is closed; open a new one to write again")
        for row in rows:
            if row.keys() != _COLUMN_SET:
                missing = sorted(_COLUMN_SET - row.keys())
                extra = sorted(row.keys() - _COLUMN_SET)
                raise ValueError(
                    f"claim row for {article.doc_id!r} does not match the claims columns "
                    f"(missing {missing}, unexpected {extra})"
                )
        document = document_row(article, len(rows))
        self._documents.writerow(self._csv_cell(document[c], c) for c in DOCUMENT_COLUMNS)
        self._statuses[article.status] += 1
        if self._last_doc_id is not None and article.doc_id < self._last_doc_id:
            self._documents_sorted = False  # sorted at close
        self._last_doc_id = article.doc_id
        for row in rows:
            if row["speaker"]:
                self._speakers.add(row["speaker"])
        self._n_claims += len(rows)
        self._buffer.extend(rows)
        if len(self._buffer) >= self._flush_rows:
            self._flush()

    def add_stances(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Add rows to ``stances.csv`` (only when the writer was opened with stance columns)."""
        if self._stances_file is None:
            raise ValueError("this OutputWriter was opened without stance_columns")
        self._stances.writerows(
            [self._csv_cell(row[c], c) for c in self._stance_columns] for row in rows
        )

    @property
    def summary(self) -> WriteSummary:
        """Counts of the articles and claims added so far (final after :meth:`close`)."""
        return WriteSummary(
            articles=sum(self._statuses.values()),
            claims=self._n_claims,
            speakers=len(self._speakers),
            errors=self._statuses["error"],
            empty=self._statuses["empty"],
        )

    def close(self) -> None:
        """Write what is buffered and move the files into place. Closing twice is a no-op."""
        if self._closed:
            return
        try:
            self._flush()
            assert self._csv_file is not None and self._parquet_file is not None
            assert self._parquet is not None
            self._parquet.close()
            handles = (self._csv_file, self._parquet_file, self._stances_file, self._documents_file)
            for handle in handles:
                if handle is None:
                    continue
                handle.flush()
                os.fsync(handle.fileno())
                handle.close()
            if not self._documents_sorted:
                _sort_csv_rows(self._tmp[DOCUMENTS_CSV])
            # Every file is complete on disk before the first rename, so a run killed (or a
            # machine stopped) between renames leaves complete files, old or new.
            for name, tmp in self._tmp.items():
                os.replace(tmp, self._final[name])
            _fsync_dir(self.out_dir)
        except BaseException:
            self.abort()
            raise
        self._closed = True

    def abort(self) -> None:
        """Drop the temporary files, leaving previous outputs as they were."""
        self._closed = True
        self._buffer.clear()
        handles = (
            self._parquet,
            self._csv_file,
            self._parquet_file,
            self._stances_file,
            self._documents_file,
        )
        for handle in handles:
            if handle is not None:
                with contextlib.suppress(Exception):
                    handle.close()
        for tmp in self._tmp.values():
            tmp.unlink(missing_ok=True)

    def _flush(self) -> None:
        if not self._buffer:
            return
        assert self._parquet is not None
        self._parquet.write_table(pa.Table.from_pylist(self._buffer, schema=CLAIMS_SCHEMA))
        self._csv.writerows(
            [self._csv_cell(row[column], column) for column in COLUMNS] for row in self._buffer
        )
        self._buffer.clear()

    def _csv_cell(self, value: Any, column: str) -> str:
        """Format one CSV cell: None and NaN empty, floats fixed, text neutralised."""
        if value is None:
            return ""
        if isinstance(value, str):
            return excel_safe(value) if self._excel_safe else value
        if isinstance(value, float):
            return "" if math.isnan(value) else f"{value:.4f}"
        return str(value)


def _remove_stale_temporaries(out_dir: Path) -> None:
    """Delete temporary files that a killed run left in ``out_dir``.

    A temporary name holds the id of the process that wrote it; files of processes that no
    longer run are removed, files of live ones (a run going on beside this one) are kept.
    """
    for name in (CLAIMS_PARQUET, CLAIMS_CSV, DOCUMENTS_CSV):
        for path in out_dir.glob(f".{name}.tmp-*-*"):
            pid = path.name[len(f".{name}.tmp-") :].split("-", 1)[0]
            if pid.isdigit() and int(pid) != os.getpid() and not _process_exists(int(pid)):
                with contextlib.suppress(OSError):
                    path.unlink()


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. PermissionError: it exists, as another user's
        return True
    return True


def _fsync_dir(path: Path) -> None:
    """Make renames in a folder durable; a no-op where folders cannot be opened (Windows)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def claims_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Build the typed claims DataFrame from claim rows.

    Columns are exactly :data:`claimx.table.COLUMNS`, in order, with the dtypes of
    :func:`read_claims`; zero rows give an empty frame with those columns and dtypes.

    Args:
        rows: Claim rows, dicts keyed by the claims columns (missing keys become null).

    Returns:
        The claims DataFrame.
    """
    return _typed_frame(pa.Table.from_pylist(list(rows), schema=CLAIMS_SCHEMA))


def read_claims(out_dir: Path) -> pd.DataFrame:
    """Read ``claims.parquet`` from an output folder as a typed DataFrame.

    ``quote_type``, ``speaker_type`` and ``stance`` are Categorical (categories from
    :mod:`claimx.table`), integer columns (``claim_index`` and the offsets) are nullable
    ``Int64``, ``date`` is ``datetime64[ns]`` (NaT when empty) and ``stance_score`` is float64.

    Args:
        out_dir: The output folder that holds ``claims.parquet``.

    Returns:
        The claims DataFrame.
    """
    table = pq.read_table(Path(out_dir) / CLAIMS_PARQUET, schema=CLAIMS_SCHEMA)
    return _typed_frame(table)


def _typed_frame(table: pa.Table) -> pd.DataFrame:
    frame = table.select(list(COLUMNS)).to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)
    for column, categories in _CATEGORIES.items():
        unknown = set(frame[column].dropna()) - set(categories)
        if unknown:
            raise ValueError(
                f"{column} has values {sorted(unknown)}, expected one of {list(categories)}"
            )
        frame[column] = pd.Categorical(frame[column], categories=list(categories))
    frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d", errors="coerce").astype(
        "datetime64[ns]"
    )
    return frame
