"""The claims table: its columns, their types, and the rows built from annotated Docs.

Data flows one way: texts -> spaCy Docs -> claimx components annotate them -> **rows** (here)
-> writers. This module is the only place that knows the column order and types.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

#: The claims table's columns, in order.
COLUMNS: tuple[str, ...] = (
    "doc_id",
    "claim_index",
    "quote",
    "quote_start",
    "quote_end",
    "quote_type",
    "cue",
    "cue_start",
    "cue_end",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "speaker",
    "speaker_type",
    "organisation",
    "organisation_source",
    "date",
    "stance",
    "stance_target",
    "stance_score",
)

#: Columns that hold character offsets; missing offsets (no cue, no speaker mention) are null.
OFFSET_COLUMNS: tuple[str, ...] = (
    "quote_start",
    "quote_end",
    "cue_start",
    "cue_end",
    "speaker_start",
    "speaker_end",
)

QUOTE_TYPES: tuple[str, ...] = ("direct", "indirect", "mixed")
SPEAKER_TYPES: tuple[str, ...] = ("person", "organisation", "unknown")
STANCES: tuple[str, ...] = ("support", "oppose", "neutral")

#: The Parquet schema of ``claims.parquet``: typed columns, offsets as nullable int64.
CLAIMS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("claim_index", pa.int64()),
        ("quote", pa.string()),
        ("quote_start", pa.int64()),
        ("quote_end", pa.int64()),
        ("quote_type", pa.string()),
        ("cue", pa.string()),
        ("cue_start", pa.int64()),
        ("cue_end", pa.int64()),
        ("speaker_mention", pa.string()),
        ("speaker_start", pa.int64()),
        ("speaker_end", pa.int64()),
        ("speaker", pa.string()),
        ("speaker_type", pa.string()),
        ("organisation", pa.string()),
        ("organisation_source", pa.string()),
        ("date", pa.string()),
        ("stance", pa.string()),
        ("stance_target", pa.string()),
        ("stance_score", pa.float64()),
    ]
)

#: Columns of ``documents.csv``: one row per input file.
DOCUMENT_COLUMNS: tuple[str, ...] = ("doc_id", "status", "n_claims", "date", "publisher", "error")

Row = dict[str, Any]
