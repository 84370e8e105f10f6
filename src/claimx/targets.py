"""User targets: "who is for and who is against X?" for targets the analyst names.

``claimx run --target "Putin=Vladimir Putin,Kremlin leader"`` judges, for every claim that
mentions a target (by its name or an alias), the speaker's stance toward it; the rows go to
``stances.csv`` in long format (one row per claim and target mentioned).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .errors import ClaimxError, Errors
from .stance import stance_toward_many
from .table import Row

#: Columns of ``stances.csv``.
STANCE_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "claim_index",
    "target",
    "mention",
    "stance",
    "stance_score",
)


@dataclass(frozen=True)
class Target:
    """A target and the aliases that mention it (the name itself included)."""

    name: str
    aliases: tuple[str, ...]

    @property
    def pattern(self) -> re.Pattern[str]:
        """Whole-word, case-insensitive, longest alias first."""
        words = sorted({a for a in self.aliases if a}, key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I)


def parse_target(spec: str) -> Target:
    """Parse ``NAME`` or ``NAME=ALIAS,ALIAS`` (e.g. ``Putin=Vladimir Putin,Kremlin leader``).

    Raises:
        ClaimxError: If the name is empty (E010).
    """
    name, _, rest = spec.partition("=")
    name = name.strip()
    if not name:
        raise ClaimxError(Errors.E010.format(spec=spec))
    aliases = (name, *(a.strip() for a in rest.split(",") if a.strip()))
    return Target(name, aliases)


def target_stance_rows(text: str, rows: Sequence[Row], targets: Sequence[Target]) -> list[Row]:
    """Stance rows for every claim in ``rows`` that mentions one of ``targets``.

    Args:
        text: The article text the rows' offsets index.
        rows: The article's claim rows.
        targets: The user's targets.

    Returns:
        Rows with the keys of :data:`STANCE_COLUMNS`, in claim order then target order; the
        stance is judged on the claim's words toward the target's first mention in them.
    """
    found: list[tuple[Row, Target, int, int]] = []
    for row in rows:
        start, end = row["quote_start"], row["quote_end"]
        for target in targets:
            match = target.pattern.search(text, start, end)
            if match:
                found.append((row, target, match.start(), match.end()))
    items = [
        (
            text[row["quote_start"] : row["quote_end"]],
            s - row["quote_start"],
            e - row["quote_start"],
        )
        for row, _, s, e in found
    ]
    out: list[Row] = []
    for (row, target, s, e), stance in zip(found, stance_toward_many(items), strict=True):
        out.append(
            {
                "doc_id": row["doc_id"],
                "claim_index": row["claim_index"],
                "target": target.name,
                "mention": text[s:e],
                "stance": stance.label,
                "stance_score": round(stance.score, 4),
            }
        )
    return out
