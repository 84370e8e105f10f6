"""Scoring stance on NewsMTSC-style JSONL (sentence, target spans, polarity 2/4/6)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rich.table import Table

from .errors import ClaimxError, Errors
from .table import STANCES

#: NewsMTSC polarity codes as claimx stances.
POLARITY = {2.0: "oppose", 4.0: "neutral", 6.0: "support"}


@dataclass(frozen=True)
class StanceReport:
    """Per-label precision, recall and F1 (percent), macro-F1, accuracy and the item count."""

    per_label: dict[str, tuple[float, float, float]]
    macro_f1: float
    accuracy: float
    n: int
    backend: str = ""

    def to_table(self) -> Table:
        """A Rich table of the report."""
        table = Table(
            title=f"stance{f' ({self.backend})' if self.backend else ''}: "
            f"macro-F1 {self.macro_f1:.1f}, accuracy {self.accuracy:.1f} (n={self.n})"
        )
        for column in ("label", "P", "R", "F1"):
            table.add_column(column, justify="right")
        for label, (p, r, f) in self.per_label.items():
            table.add_row(label, f"{p:.1f}", f"{r:.1f}", f"{f:.1f}")
        return table


def load_items(path: Path) -> list[tuple[str, int, int, str]]:
    """Read ``(sentence, start, end, gold stance)`` for every target in a NewsMTSC file."""
    items = []
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                record = json.loads(line)
                text = record["sentence_normalized"]
                for target in record["targets"]:
                    label = POLARITY[float(target["polarity"])]
                    items.append((text, int(target["from"]), int(target["to"]), label))
    except (OSError, ValueError, KeyError) as exc:
        raise ClaimxError(Errors.E009.format(path=str(path), reason=repr(exc))) from exc
    return items


def score(gold: list[str], predicted: list[str]) -> StanceReport:
    """Macro-averaged F1 over support, oppose and neutral."""
    per_label = {}
    for label in STANCES:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        n_pred = sum(p == label for p in predicted)
        n_gold = sum(g == label for g in gold)
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per_label[label] = (100 * p, 100 * r, 100 * f)
    macro = sum(f for _, _, f in per_label.values()) / len(per_label)
    accuracy = 100 * sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(1, len(gold))
    return StanceReport(per_label, macro, accuracy, len(gold))


def evaluate_stance(path: Path) -> StanceReport:
    """Predict the stance toward every target in ``path`` and score it."""
    from dataclasses import replace

    from .stance import stance_backend, stance_toward_many

    items = load_items(path)
    predicted = [s.label for s in stance_toward_many((t, s, e) for t, s, e, _ in items)]
    report = score([label for *_, label in items], predicted)
    judge = stance_backend()
    name = "trained model, models/stance" if judge == "model" else "VADER fallback"
    return replace(report, backend=name)
