"""The trained, target-dependent stance model: inference with ``onnxruntime`` and ``tokenizers``.

The model is all-MiniLM-L6-v2 fine-tuned on NewsMTSC ``train`` (see ``models/stance/MODEL_CARD.md``
and :mod:`claimx.train_stance`). Its input is the sentence with the target span wrapped in two
marker tokens; its head reads the mean of all tokens and the mean of the marked target's tokens.
The same :func:`encode` prepares the input for training and for inference, so the two cannot
drift apart. No torch and no download at run time: everything lives in ``models/stance/``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
CONFIG_FILE = "config.json"

#: Marker tokens around the target (existing vocabulary entries, registered as special tokens).
TARGET_OPEN = "[unused0]"
TARGET_CLOSE = "[unused1]"
#: Characters kept on each side of the target before tokenising a long text.
WINDOW_CHARS = 250
DEFAULT_MAX_LENGTH = 128
LABELS = ("oppose", "neutral", "support")
#: Targets per ONNX run, after sorting a batch by length (less padding).
SORTED_CHUNK = 16


def _model_dir() -> Path:
    """The packaged model folder, ``claimx.models/stance`` (``models/stance`` in the source)."""
    import claimx.models

    return claimx.models.folder("stance")


def model_available(model_dir: Path | None = None) -> bool:
    """Whether the trained model's files (and onnxruntime/tokenizers) are there to load."""
    import claimx.models

    return claimx.models.onnx_model_available(model_dir or _model_dir())


def _usable_cpus() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def load_tokenizer(path: Path, max_length: int = DEFAULT_MAX_LENGTH) -> Any:
    """A fast tokenizer from ``tokenizer.json`` with the target markers as special tokens."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.add_special_tokens([TARGET_OPEN, TARGET_CLOSE])
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_length)
    return tokenizer


def mark(text: str, start: int, end: int) -> tuple[str, int, int]:
    """Cut a window of ``text`` around ``text[start:end]`` and wrap the target in markers.

    Returns:
        The marked text and the character span of the marked target (markers included).
    """
    lo, hi = max(0, start - WINDOW_CHARS), min(len(text), end + WINDOW_CHARS)
    if lo > 0:  # start the window at a word boundary
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    left, target, right = text[lo:start], text[start:end], text[end:hi]
    marked = f"{left}{TARGET_OPEN} {target} {TARGET_CLOSE}{right}"
    span_start = len(left)
    return marked, span_start, span_start + len(TARGET_OPEN) + len(target) + len(TARGET_CLOSE) + 2


def encode(tokenizer: Any, items: Sequence[tuple[str, int, int]]) -> dict[str, np.ndarray]:
    """Tokenise ``(text, start, end)`` triples into padded int64 model inputs.

    Returns:
        ``input_ids``, ``attention_mask``, ``token_type_ids`` and ``target_mask`` (1 on the
        marked target's tokens; all tokens if truncation cut the target off), each
        ``(batch, longest)``.
    """
    marked = [mark(text, start, end) for text, start, end in items]
    encodings = tokenizer.encode_batch([m[0] for m in marked])
    width = max((len(e.ids) for e in encodings), default=0)
    shape = (len(encodings), width)
    ids = np.zeros(shape, dtype=np.int64)
    attention = np.zeros(shape, dtype=np.int64)
    target = np.zeros(shape, dtype=np.int64)
    for row, (enc, (_, ts, te)) in enumerate(zip(encodings, marked, strict=True)):
        n = len(enc.ids)
        ids[row, :n] = enc.ids
        attention[row, :n] = 1
        for col, (cs, ce) in enumerate(enc.offsets):
            if ts <= cs < ce <= te:
                target[row, col] = 1
        if not target[row].any():
            target[row, :n] = 1
    return {
        "input_ids": ids,
        "attention_mask": attention,
        "token_type_ids": np.zeros(shape, dtype=np.int64),
        "target_mask": target,
    }


@dataclass
class StanceModel:
    """The loaded ONNX model and its tokenizer."""

    session: Any
    tokenizer: Any
    labels: tuple[str, ...]

    @classmethod
    def load(cls, model_dir: Path | None = None, threads: int | None = None) -> StanceModel:
        """Load the model from ``model_dir`` (default: the packaged ``models/stance``)."""
        import claimx.models

        folder = model_dir or _model_dir()
        config = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
        # onnxruntime's own default counts the host's cores, not the ones this process may use
        session = claimx.models.onnx_session(folder / MODEL_FILE, threads or _usable_cpus())
        tokenizer = load_tokenizer(
            folder / TOKENIZER_FILE, int(config.get("max_length", DEFAULT_MAX_LENGTH))
        )
        return cls(session, tokenizer, tuple(config.get("labels", LABELS)))

    def probabilities(
        self, items: Sequence[tuple[str, int, int]], chunk: int = SORTED_CHUNK
    ) -> np.ndarray:
        """Label probabilities, ``(len(items), len(labels))``, in input order.

        The items are run shortest first in chunks of ``chunk``, so that little padding is
        computed; the rows are put back in input order.
        """
        probs = np.zeros((len(items), len(self.labels)), dtype=np.float32)
        wanted = {i.name for i in self.session.get_inputs()}
        order = sorted(range(len(items)), key=lambda i: len(items[i][0]))
        for at in range(0, len(order), chunk):
            rows = order[at : at + chunk]
            inputs = encode(self.tokenizer, [items[i] for i in rows])
            (logits,) = self.session.run(
                ["logits"], {k: v for k, v in inputs.items() if k in wanted}
            )
            logits = logits - logits.max(axis=1, keepdims=True)
            exp = np.exp(logits)
            probs[rows] = exp / exp.sum(axis=1, keepdims=True)
        return probs

    def predict(self, items: Sequence[tuple[str, int, int]]) -> list[tuple[str, float]]:
        """``(label, probability)`` for each item of one batch."""
        probs = self.probabilities(items)
        best = probs.argmax(axis=1)
        return [(self.labels[b], float(probs[i, b])) for i, b in enumerate(best)]


_loaded: dict[tuple[Path, int | None], StanceModel] = {}


def get_model(model_dir: Path | None = None, threads: int | None = None) -> StanceModel:
    """The model from ``model_dir`` (default: packaged), loaded once per process and ``threads``.

    ``threads`` is onnxruntime's intra-op thread count (default: the usable cores). It changes
    the speed only: the results are bit-identical for any count (checked in the tests).
    """
    folder = (model_dir or _model_dir()).resolve()
    if (folder, threads) not in _loaded:
        _loaded[folder, threads] = StanceModel.load(folder, threads)
    return _loaded[folder, threads]
