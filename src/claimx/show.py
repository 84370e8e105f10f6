"""``claimx show``: one article's claims in the terminal (a Rich table) or as JSON for pipes."""

from __future__ import annotations

import json
import math
from typing import Any

import pandas as pd
from rich.console import Console
from rich.markup import escape
from rich.table import Table

_STANCE_STYLE = {"oppose": "red", "support": "green", "neutral": "dim"}


def claims_records(claims: pd.DataFrame) -> list[dict[str, Any]]:
    """The claims as JSON-ready dicts: missing values are None, dates ``YYYY-MM-DD``."""
    records = []
    for row in claims.to_dict(orient="records"):
        record: dict[str, Any] = {}
        for key, value in row.items():
            if value is None or value is pd.NA or value is pd.NaT:
                value = None
            elif isinstance(value, pd.Timestamp):
                value = value.strftime("%Y-%m-%d")
            elif isinstance(value, float) and math.isnan(value):
                value = None
            elif hasattr(value, "item"):  # numpy scalars
                value = value.item()
            record[key] = value
        records.append(record)
    return records


def claims_json(claims: pd.DataFrame) -> str:
    """The claims as a JSON array (UTF-8 text, one object per claim)."""
    return json.dumps(claims_records(claims), ensure_ascii=False, indent=2)


def claims_tables(claims: pd.DataFrame) -> list[Table]:
    """One Rich table per article."""
    tables = []
    for doc_id, doc_claims in claims.groupby("doc_id", sort=False):
        table = Table(
            title=escape(f"{doc_id}: {len(doc_claims)} claims"), show_lines=True, expand=True
        )
        if (doc_claims["organisation_source"] == "lexicon").any():
            table.caption = "* not stated in this article: the party lexicon's"
        table.add_column("#", justify="right", no_wrap=True)
        table.add_column("speaker", ratio=2)
        table.add_column("type", no_wrap=True)
        table.add_column("cue", ratio=1)
        table.add_column("quote", ratio=6)
        table.add_column("stance → target", ratio=2)
        table.add_column("date", no_wrap=True)
        for row in doc_claims.sort_values("claim_index").itertuples(index=False):
            speaker = escape(row.speaker or row.speaker_mention or "?")
            if row.organisation and row.organisation != row.speaker:
                known = "*" if row.organisation_source == "lexicon" else ""
                speaker += f"\n[dim]{escape(row.organisation)}{known}[/dim]"
            stance = str(row.stance) if pd.notna(row.stance) else ""
            target = row.stance_target or ""
            table.add_row(
                str(row.claim_index),
                speaker,
                str(row.quote_type) if pd.notna(row.quote_type) else "",
                escape(row.cue or ""),
                escape(row.quote),
                f"[{_STANCE_STYLE.get(stance, '')}]{stance}[/]"
                + (f" → {escape(target)}" if target else ""),
                f"{row.date:%Y-%m-%d}" if pd.notna(row.date) else "",
            )
        tables.append(table)
    return tables


def print_claims(claims: pd.DataFrame, console: Console) -> None:
    """Print the claims as Rich tables, or a line saying there are none."""
    if claims.empty:
        console.print("No claims found.")
        return
    for table in claims_tables(claims):
        console.print(table)
