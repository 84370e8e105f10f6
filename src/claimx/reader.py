"""Reading inputs: texts, files and folders become :class:`Article` records.

Reading never raises for a bad file: a binary, oversized, undecodable or unreadable file becomes
an ``Article`` with ``status='error'`` and a plain ``error`` reason, so that it gets a row in
``documents.csv`` instead of stopping a run. Only bad *arguments* (a missing input, an input of
the wrong type, a broken date file) raise :class:`~claimx.errors.ClaimxError`.

The decoded text is kept exactly as decoded (only a byte-order mark is removed; line endings
are not normalised), because every character offset downstream indexes into ``Article.text``.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import errno
import hashlib
import os
import re
import stat
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import ClaimxError, ClaimxWarning, Errors

__all__ = [
    "MAX_BYTES",
    "MAX_CHARS",
    "Article",
    "article_from_text",
    "discover",
    "iter_articles",
    "load_date_overrides",
    "read_article",
]

#: Largest file, in bytes, that :func:`read_article` reads (5 MB). A news article is a few
#: kilobytes; anything much larger is almost certainly not one (a dump, a log, a mis-named
#: binary) and would only make the pipeline slow, so it becomes an error row instead.
MAX_BYTES = 5_000_000

#: Longest text, in characters, that :func:`claimx.pipeline.extract_rows` parses (100,000,
#: about 15,000 words; the longest PolNeAR article has 34,000). A longer text becomes an error
#: row with a plain reason instead of being parsed: parsing time and memory grow faster than
#: the length of a document, and spaCy refuses texts over ``nlp.max_length`` outright.
MAX_CHARS = 100_000

#: Magic numbers of common binary formats that end up in text folders, with plain names.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
    (b"%PDF-", "PDF document"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
)

#: Byte-order marks and the codec of what follows them. UTF-32 LE must come before UTF-16 LE,
#: whose mark is a prefix of it.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Encodings tried in order when there is no byte-order mark; latin-1 always succeeds.
_FALLBACKS: tuple[str, ...] = ("utf-8", "cp1252", "latin-1")

_ISO_DATE = r"\d{4}-\d{2}-\d{2}"
#: A header such as `` date 2024-03-21 (MENAFN- UkrinForm) `` at the very start of a text.
_HEADER_RE = re.compile(
    rf"\A\s*date[ \t]+(?P<date>{_ISO_DATE})(?![\d])"
    r"(?:[ \t]*\([ \t]*MENAFN-(?P<publisher>[^)\n]*)\))?",
    re.IGNORECASE,
)
#: A date in a file name, not glued to other digits.
_NAME_DATE_RE = re.compile(rf"(?<!\d)({_ISO_DATE})(?!\d)")
#: A PolNeAR-style file name, ``publisher_YYYY-MM-DD_slug.txt``.
_NAME_PUBLISHER_RE = re.compile(rf"\A(?P<publisher>.+?)_{_ISO_DATE}(?!\d)")

_MONTHS = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
#: A full date as news prints it on a line of its own or in a dateline: "Nov. 5, 2025",
#: "November 5th, 2025", "5 November 2025", "2025-11-05".
FULL_DATE = re.compile(
    rf"(?<![\w-])(?:(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    rf"(?P<year>\d{{4}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTHS})\.?,?\s+(?P<year2>\d{{4}})"
    rf"|(?P<iso>{_ISO_DATE}))(?![\w-])"
)
#: How many of a text's first non-empty lines may carry its date (headline, byline, date).
LEAD_LINES = 4
#: A line with more words than this besides its date is prose, whose dates are what it tells
#: ("On March 3, 2019, the senator said ..."), not a date or byline line.
DATE_LINE_WORDS = 12
#: Three lower-case words in a row: prose ("the senator said the bill would pass").
_PROSE_RE = re.compile(r"(?:^|\s)(?:[a-z]+[,;:]?\s+){2}[a-z]+[.,;:]?(?=\s|$)")
#: A dateline opening the first paragraph: "WASHINGTON, Nov. 5, 2025 (Reuters) - ...".
_DATELINE_RE = re.compile(r"[A-Z][A-Z .'-]+,\s")

_MB = 1_000_000


@dataclass(frozen=True)
class Article:
    """One input text, decoded, with its metadata and reading status.

    Attributes:
        doc_id: The path relative to the input root, POSIX style; ``text-N`` for plain strings.
        text: The decoded text (``''`` when unreadable). Offsets downstream index into it.
        date: The article date as ISO ``YYYY-MM-DD``, or None when unknown.
        publisher: The publisher, or None when unknown.
        status: ``'ok'``, ``'empty'`` (nothing but whitespace) or ``'error'``.
        error: A plain reason when ``status`` is not ``'ok'``, e.g. ``"binary file (PNG image)"``.
        encoding: The codec the text was decoded with, or None.
        content_hash: The SHA-256 hex digest of the raw bytes (of the UTF-8 text for strings);
            ``''`` when the file could not be read.
        path: The file read, or None for plain strings.
    """

    doc_id: str
    text: str
    date: str | None
    publisher: str | None
    status: str
    error: str = ""
    encoding: str | None = None
    content_hash: str = ""
    path: Path | None = None


def discover(root: Path) -> list[tuple[str, Path]]:
    """List the files to read under an input path.

    A file is returned on its own, with its name as doc_id. For a folder, every ``*.txt`` file
    below it (the suffix matched case-insensitively) is returned, recursively, sorted by doc_id
    (the path relative to ``root``, POSIX style; bytes of a file name that are not UTF-8 are
    written as ``\\xNN``, so that every doc_id can be written out). Symlinked folders are
    followed, each real folder at most once, so a link back to a parent cannot loop. Broken
    symlinks, symlink loops, unreadable files and special files (named pipes, sockets) are kept,
    so that :func:`read_article` reports them as error rows; a sub-folder that cannot be listed
    (no permission, a path too long for the system) is returned as an entry too, for the same
    reason.

    Args:
        root: A file or a folder.

    Returns:
        ``(doc_id, path)`` pairs, sorted by doc_id.

    Raises:
        ClaimxError: If ``root`` does not exist (E002).
    """
    root = Path(root)
    if not root.exists():
        raise ClaimxError(Errors.E002.format(path=str(root)))
    if not root.is_dir():
        return [(_safe_id(root.name), root)]

    found: dict[str, Path] = {}
    seen = {os.path.realpath(root)}

    def on_error(exc: OSError) -> None:
        if exc.filename and os.path.realpath(exc.filename) != os.path.realpath(root):
            path = Path(exc.filename)
            found.setdefault(_safe_id(path.relative_to(root).as_posix()), path)

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=True):
        keep = []
        for name in sorted(dirnames):
            real = os.path.realpath(os.path.join(dirpath, name))
            if real not in seen:
                seen.add(real)
                keep.append(name)
        dirnames[:] = keep
        for name in filenames:
            if name.lower().endswith(".txt"):
                path = Path(dirpath, name)
                found[_safe_id(path.relative_to(root).as_posix())] = path
    return sorted(found.items())


def read_article(
    doc_id: str,
    path: Path,
    date_overrides: Mapping[str, str] | None = None,
    max_bytes: int = MAX_BYTES,
) -> Article:
    """Read and decode one file; never raises for a bad file.

    Binary files (known magic numbers, or NUL bytes outside UTF-16/32), files over
    ``max_bytes``, folders, named pipes and devices, and unreadable paths give
    ``status='error'`` with a plain reason; a named pipe is never waited on. Text is decoded by
    its byte-order mark if it has one (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE), else as strict
    UTF-8, else cp1252, else latin-1. A text with nothing but whitespace is ``'empty'``.

    The date comes from ``date_overrides[doc_id]``, else a header at the start of the text
    (see :func:`article_from_text`), else a real ``YYYY-MM-DD`` date in the file name, else a
    date printed at the top of the text (:func:`date_from_lead`). The
    publisher comes from the header, else from a ``publisher_YYYY-MM-DD...`` file name.

    Args:
        doc_id: The document id to give the article.
        path: The file to read.
        date_overrides: Dates by doc_id that win over the ones found in the file.
        max_bytes: The largest file size to read, in bytes.

    Returns:
        The article.
    """
    path = Path(path)
    name_date, name_publisher = _date_from_name(path.name)
    override = (date_overrides or {}).get(doc_id)

    def failed(reason: str, content_hash: str = "") -> Article:
        return Article(
            doc_id=doc_id,
            text="",
            date=override or name_date,
            publisher=name_publisher,
            status="error",
            error=reason,
            content_hash=content_hash,
            path=path,
        )

    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer; it is refused below.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return failed(_not_regular_reason(info.st_mode))
            size = info.st_size
            if size > max_bytes:
                return failed(
                    f"file is {size / _MB:.1f} MB, over the {max_bytes / _MB:.1f} MB limit"
                )
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return failed(_os_reason(exc, path))
    if len(data) > max_bytes:  # grew while being read, or st_size lied (e.g. /proc)
        return failed(f"file is over the {max_bytes / _MB:.1f} MB limit")

    content_hash = hashlib.sha256(data).hexdigest()
    decoded = _decode(data)
    if isinstance(decoded, str):
        return failed(decoded, content_hash)
    text, encoding = decoded

    header_date, header_publisher = _date_from_header(text)
    empty = not text.strip()
    return Article(
        doc_id=doc_id,
        text=text,
        date=override or header_date or name_date or date_from_lead(text),
        publisher=header_publisher or name_publisher,
        status="empty" if empty else "ok",
        error=_empty_reason(text) if empty else "",
        encoding=encoding,
        content_hash=content_hash,
        path=path,
    )


def article_from_text(text: str, doc_id: str) -> Article:
    """Wrap a plain string as an article.

    The date and publisher come from a header at the very start of the text, like the MENAFN
    wire's `` date 2024-03-21 (MENAFN- UkrinForm) `` (leading whitespace allowed); a bare
    ``date YYYY-MM-DD`` gives the date alone; else a date printed at the top of the text
    (:func:`date_from_lead`). The text is kept as is, header included.

    Args:
        text: The article text.
        doc_id: The document id, e.g. ``text-0``.

    Returns:
        The article, ``status='empty'`` when the text is only whitespace, else ``'ok'``.
    """
    date, publisher = _date_from_header(text)
    empty = not text.strip()
    return Article(
        doc_id=doc_id,
        text=text,
        date=date or date_from_lead(text),
        publisher=publisher,
        status="empty" if empty else "ok",
        error=_empty_reason(text) if empty else "",
        content_hash=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
    )


def load_date_overrides(path: Path) -> dict[str, str]:
    """Read a CSV of article dates that win over the dates found in the files.

    Args:
        path: A UTF-8 CSV file with a header and the columns ``doc_id,date`` (other columns
            are ignored); each date is ``YYYY-MM-DD``.

    Returns:
        Dates by doc_id.

    Raises:
        ClaimxError: If the file cannot be read, lacks a column, has an empty doc_id, a bad
            date, or the same doc_id twice with different dates (E006).
    """
    path = Path(path)

    def bad(reason: str) -> ClaimxError:
        return ClaimxError(Errors.E006.format(path=str(path), reason=reason))

    overrides: dict[str, str] = {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            fields = [name.strip() for name in reader.fieldnames or []]
            missing = [column for column in ("doc_id", "date") if column not in fields]
            if missing:
                raise bad(f"no {' or '.join(missing)} column in the header {fields}")
            reader.fieldnames = fields
            for row in reader:
                line = reader.line_num
                doc_id = (row.get("doc_id") or "").strip()
                date = (row.get("date") or "").strip()
                if not doc_id:
                    raise bad(f"line {line} has an empty doc_id")
                if not _valid_date(date):
                    raise bad(f"line {line} has the date {date!r}, not a real YYYY-MM-DD date")
                if overrides.get(doc_id, date) != date:
                    raise bad(f"line {line} gives {doc_id!r} a second, different date")
                overrides[doc_id] = date
    except OSError as exc:
        raise bad(_os_reason(exc, path)) from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise bad(f"not a UTF-8 CSV file ({exc})") from exc
    return overrides


def iter_articles(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    date_overrides: Mapping[str, str] | None = None,
) -> Iterator[Article]:
    """Turn texts, files and folders into articles, lazily.

    A ``str`` is always a *text*, never a path, so that a short text that happens to name a
    file is not read from disk; pass a :class:`pathlib.Path` (or any ``os.PathLike``) for a
    file or folder. Strings are numbered ``text-0``, ``text-1``, ... in input order. A folder is
    expanded with :func:`discover` (doc_ids relative to it); a file's doc_id is its name.

    The inputs are checked and folders listed before this function returns, so bad arguments
    raise here; the files themselves are read one at a time as the iterator is consumed.

    Args:
        inputs: A text, a path, or an iterable mixing texts and paths.
        date_overrides: Dates by doc_id that win over the dates found in files.

    Returns:
        An iterator of articles, in input order (folders in doc_id order).

    Raises:
        ClaimxError: If an input is neither a str nor a path (E005), or a path does not
            exist (E002).
    """
    items: list[str | os.PathLike[str]]
    if isinstance(inputs, str | os.PathLike):
        items = [inputs]
    elif isinstance(inputs, Iterable) and not isinstance(inputs, bytes | bytearray):
        items = list(inputs)
    else:
        raise ClaimxError(Errors.E005.format(type=type(inputs).__name__))

    sources: list[str | tuple[str, Path]] = []
    for item in items:
        if isinstance(item, str):
            if _names_a_path(item):  # claimx.extract("data/raw/a.txt"): a common slip
                warnings.warn(Errors.W014.format(text=item), ClaimxWarning, stacklevel=3)
            sources.append(item)
        elif isinstance(item, os.PathLike):
            sources.extend(discover(Path(item)))
        else:
            raise ClaimxError(Errors.E005.format(type=type(item).__name__))
    return _read_sources(sources, date_overrides)


def _names_a_path(text: str) -> bool:
    """Whether a text is one line naming an existing file or folder."""
    if not text.strip() or len(text) > 1024 or "\n" in text:
        return False
    try:
        return Path(text).exists()
    except (OSError, ValueError):
        return False


def _read_sources(
    sources: list[str | tuple[str, Path]], date_overrides: Mapping[str, str] | None
) -> Iterator[Article]:
    n_texts = 0
    for source in sources:
        if isinstance(source, str):
            yield article_from_text(source, f"text-{n_texts}")
            n_texts += 1
        else:
            yield read_article(*source, date_overrides=date_overrides)


def _decode(data: bytes) -> tuple[str, str] | str:
    """Decode raw bytes: ``(text, encoding)``, or a plain reason why they are not text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return f"binary file ({kind})"
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), codec
            except UnicodeDecodeError as exc:
                return f"not valid {codec.upper()} text after its byte-order mark ({exc.reason})"
    if b"\x00" in data:
        return "binary file (contains NUL bytes)"
    for codec in _FALLBACKS:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def header_end(text: str) -> int:
    """The offset where the body starts after a dateline header such as the sample's.

    The header (``date 2024-03-21 (MENAFN- UkrinForm)``) is metadata, not prose: the pipeline
    blanks it out before parsing so that it never becomes part of a claim. Returns 0 when the
    text has no such header.
    """
    match = _HEADER_RE.match(text)
    return match.end() if match and _valid_date(match["date"]) else 0


def _date_from_header(text: str) -> tuple[str | None, str | None]:
    match = _HEADER_RE.match(text)
    if not match or not _valid_date(match["date"]):
        return None, None
    publisher = (match["publisher"] or "").strip() or None
    return match["date"], publisher


def date_from_lead(text: str) -> str | None:
    """The article's date when the text prints it at its top: a full date on one of its first
    :data:`LEAD_LINES` non-empty lines with few other words (a date or byline line: "Published
    Nov. 5, 2025", "November 5, 2025 | 3:14 PM"), or in a dateline opening a paragraph there
    ("WASHINGTON, Nov. 5, 2025 (Reuters) - ..."). None when there is none: a date in the
    prose of a lede ("On March 3, 2019, the senator ...") is what the story tells, not when
    it was written."""
    lines = [line.strip() for line in text[:2000].splitlines() if line.strip()][:LEAD_LINES]
    for line in lines:
        match = FULL_DATE.search(line)
        if match is None:
            continue
        opener = _DATELINE_RE.match(line)
        dateline = opener is not None and opener.end() == match.start()
        rest = f"{line[: match.start()]} {line[match.end() :]}"
        prose = len(re.findall(r"[A-Za-z]+", rest)) > DATE_LINE_WORDS or _PROSE_RE.search(rest)
        if prose and not dateline:
            continue
        value = iso_date(match)
        if value is not None:
            return value
    return None


def iso_date(match: re.Match[str]) -> str | None:
    """The ISO form of a :data:`FULL_DATE` match, or None for a day that does not exist."""
    if match["iso"]:
        return match["iso"] if _valid_date(match["iso"]) else None
    month = (match["month"] or match["month2"])[:3].title()
    day, year = match["day"] or match["day2"], match["year"] or match["year2"]
    try:
        return dt.datetime.strptime(f"{year} {month} {day}", "%Y %b %d").date().isoformat()
    except ValueError:
        return None


def _date_from_name(name: str) -> tuple[str | None, str | None]:
    for match in _NAME_DATE_RE.finditer(name):
        if _valid_date(match[1]):
            prefix = _NAME_PUBLISHER_RE.match(name)
            publisher = prefix["publisher"] if prefix and prefix.end() == match.end() else None
            return match[1], publisher
    return None, None


def _valid_date(value: str) -> bool:
    if not re.fullmatch(_ISO_DATE, value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _safe_id(doc_id: str) -> str:
    """A doc_id that encodes as UTF-8: undecodable file-name bytes become ``\\xNN``."""
    try:
        doc_id.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(doc_id).decode("utf-8", "backslashreplace")
    return doc_id


def _not_regular_reason(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a directory"
    kinds = (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    kind = next((name for test, name in kinds if test(mode)), "a special file")
    return f"not a regular file ({kind})"


def _empty_reason(text: str) -> str:
    return "file is empty" if not text else "file has only whitespace"


def _os_reason(exc: OSError, path: Path) -> str:
    """A plain, lower-case reason for an OSError, e.g. ``permission denied``."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop (too many levels of symbolic links)"
    if exc.errno == errno.ENOENT and path.is_symlink():
        try:
            target = os.readlink(path)
        except OSError:  # pragma: no cover - raced away
            return "broken symbolic link"
        return f"broken symbolic link (points to {target!r}, which does not exist)"
    reason = exc.strerror or str(exc) or type(exc).__name__
    return reason[:1].lower() + reason[1:]
