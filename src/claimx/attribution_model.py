"""The trained attribution tagger: inference with ``onnxruntime`` and ``tokenizers``, no torch.

The tagger is all-MiniLM-L6-v2 fine-tuned on PolNeAR ``train`` (see
``models/attribution/MODEL_CARD.md`` and :mod:`claimx.train_attribution`) to tag every word
piece of an article three times, once per role (``content``, ``source``, ``cue``), with
``O`` / ``B`` / ``I`` (outside, begins, inside). Three independent tag layers let a source or a
cue sit inside another attribution's content, which PolNeAR does all the time.

An article is longer than the encoder's input, so it is cut into overlapping windows of word
pieces; a piece in two windows takes the mean of their scores, weighted towards the window
that sees more text around it.
:func:`decode` turns the tags back into character spans. A content that its cue splits in two
("..., he said, ...") is one span of two pieces, as PolNeAR annotates it: an ``I`` that follows a
short gap holding a cue continues the content before the gap.

This module imports nothing from claimx, so that the training script can use the same
:func:`token_windows` and :func:`decode` on a machine that has torch but not spaCy.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
CONFIG_FILE = "config.json"

#: Roles, in the order of the tag layers.
ROLES: tuple[str, ...] = ("content", "source", "cue")
#: Tags of one layer.
OUTSIDE, BEGIN, INSIDE = 0, 1, 2
#: Word pieces per window, [CLS] and [SEP] included, and the step between windows at run time
#: (the model's config.json can set both). Windows of 128 cost 30% less time than windows of 256
#: for about one point of content F1 (see the model card); a stride of 112 leaves each piece at
#: least 7 pieces of context on either side in the window it takes its tags from.
WINDOW = 128
STRIDE = 112
#: Most word pieces between two pieces of one content (the cue and its speaker between them).
MAX_GAP = 12

Piece = tuple[int, int]
CharSpan = tuple[Piece, ...]


def token_windows(n: int, size: int = WINDOW - 2, stride: int = STRIDE) -> list[tuple[int, int]]:
    """Cut ``n`` word pieces into windows ``[start, end)`` of at most ``size``, ``stride`` apart.

    The last window is moved back so that it ends at ``n``; every piece lies in one window at
    least. ``n == 0`` gives no window.
    """
    if n <= 0:
        return []
    if n <= size:
        return [(0, n)]
    starts = [*range(0, n - size, stride), n - size]
    return [(s, s + size) for s in starts]


def decode_layer(
    tags: np.ndarray, join_gaps: bool, bridge: np.ndarray | None = None
) -> list[list[tuple[int, int]]]:
    """Token spans of one tag layer: each span a list of ``[start, end)`` token pieces.

    ``B`` starts a span and ``I`` extends it. An ``I`` after ``O`` continues the previous span as
    a new piece when ``join_gaps``, the gap is at most :data:`MAX_GAP` pieces and (when
    ``bridge`` is given) some piece in the gap is marked in ``bridge``, e.g. tagged as a cue,
    as in '"A," he said, "B"'; otherwise it starts a span of its own.
    """
    spans: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] | None = None
    piece_start = -1
    last_end = -(10**9)
    for i, tag in enumerate(tags.tolist()):
        inside = piece_start >= 0
        if tag == BEGIN or (tag == INSIDE and not inside):
            if inside and current is not None:
                current.append((piece_start, i))
                last_end = i
            if (
                tag == INSIDE
                and join_gaps
                and spans
                and 0 < i - last_end <= MAX_GAP
                and (bridge is None or bool(bridge[last_end:i].any()))
            ):
                current = spans[-1]
            else:
                current = []
                spans.append(current)
            piece_start = i
        elif tag == OUTSIDE and inside and current is not None:
            current.append((piece_start, i))
            last_end = i
            piece_start = -1
    if piece_start >= 0 and current is not None:
        current.append((piece_start, len(tags)))
    return spans


def decode(tags: np.ndarray, offsets: np.ndarray) -> dict[str, list[CharSpan]]:
    """Character spans per role from per-piece tags ``[n, 3]`` and piece offsets ``[n, 2]``."""
    result: dict[str, list[CharSpan]] = {}
    cue_tagged = tags[:, ROLES.index("cue")] != OUTSIDE
    for layer, role in enumerate(ROLES):
        spans = []
        join = role == "content"
        for token_pieces in decode_layer(tags[:, layer], join, cue_tagged if join else None):
            pieces = tuple(
                (int(offsets[start, 0]), int(offsets[end - 1, 1])) for start, end in token_pieces
            )
            spans.append(pieces)
        result[role] = spans
    return result


#: A blank line: the pattern of ``claimx.paragraphs.BLANK_LINE``, written again here because
#: this module imports nothing from claimx.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def split_at_blank_lines(spans: list[CharSpan], text: str) -> list[CharSpan]:
    """Cut every span where it runs over a blank line, into one span per paragraph.

    The tagger reads word pieces, not lines, and now and then carries a content from a headline
    into the paragraph below ("... ignored warnings\n\nRep."); no PolNeAR span crosses a line
    break, and a blank line ends a paragraph in any news text. Each part keeps its words only.
    """
    result: list[CharSpan] = []
    for span in spans:
        current: list[Piece] = []
        for start, end in span:
            for cut in _BLANK_LINE.finditer(text, start, end):
                current.append((start, cut.start()))
                result.append(tuple(current))
                current, start = [], cut.end()
            current.append((start, end))
        result.append(tuple(current))
    return [
        span
        for span in (
            tuple(_strip(text, p) for p in span if text[p[0] : p[1]].strip()) for span in result
        )
        if span
    ]


def _strip(text: str, piece: Piece) -> Piece:
    start, end = piece
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _model_dir() -> Path:
    """The packaged tagger folder, ``claimx.models/attribution`` (``models/attribution``)."""
    import claimx.models

    return claimx.models.folder("attribution")


def model_available(model_dir: Path | None = None) -> bool:
    """Whether the tagger's files (and onnxruntime/tokenizers) are there to load."""
    import claimx.models

    return claimx.models.onnx_model_available(model_dir or _model_dir())


def load_tokenizer(path: Path) -> Any:
    """The base model's fast tokenizer, without truncation or padding."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def tokenize(tokenizer: Any, text: str) -> tuple[np.ndarray, np.ndarray]:
    """Word-piece ids and character offsets of ``text``, without special tokens."""
    ids, offsets, _ = tokenize_words(tokenizer, text)
    return ids, offsets


#: Signs that stay with the number they are written against ("$40", "40%"): no span edge
#: falls between them, though the tokenizer makes them words of their own.
_CURRENCY = frozenset("$€£¥")


@lru_cache(maxsize=4)
def _sign_ids(tokenizer: Any) -> np.ndarray:
    """The vocabulary ids of the currency signs and "%"."""
    found = (tokenizer.token_to_id(sign) for sign in (*_CURRENCY, "%"))
    return np.array([i for i in found if i is not None], dtype=np.int64)


def tokenize_words(tokenizer: Any, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Like :func:`tokenize`, with whether each piece starts a word (not a ``##`` piece, nor a
    number written against a currency sign, nor a "%" written against a number)."""
    encoding = tokenizer.encode(text, add_special_tokens=False)
    ids = np.asarray(encoding.ids, dtype=np.int64)
    offsets = np.asarray(encoding.offsets, dtype=np.int64).reshape(-1, 2)
    words = encoding.word_ids
    word_start = np.array(
        [i == 0 or words[i] is None or words[i] != words[i - 1] for i in range(len(words))],
        dtype=bool,
    )
    # Only the pieces next to a sign are looked at (a loop over every piece cost 2 ms).
    signs = np.flatnonzero(np.isin(ids, _sign_ids(tokenizer)))
    for i in {*(signs + 1), *signs} - {0, len(ids)}:
        (start, end), (prev_start, prev_end) = offsets[i], offsets[i - 1]
        if prev_end != start or not word_start[i]:
            continue  # a space between them, or one word already
        before, piece = text[prev_start:prev_end], text[start:end]
        money = before in _CURRENCY and piece[:1].isdigit()
        if money or (before[-1:].isdigit() and piece == "%"):
            word_start[i] = False
    return ids, offsets, word_start


def window_batch(
    ids: np.ndarray, windows: Sequence[tuple[int, int]], cls_id: int, sep_id: int
) -> dict[str, np.ndarray]:
    """The encoder's inputs for ``windows`` of ``ids``: [CLS] piece... [SEP], right-padded."""
    length = max(end - start for start, end in windows) + 2
    input_ids = np.zeros((len(windows), length), dtype=np.int64)
    mask = np.zeros((len(windows), length), dtype=np.int64)
    for row, (start, end) in enumerate(windows):
        n = end - start
        input_ids[row, 0] = cls_id
        input_ids[row, 1 : n + 1] = ids[start:end]
        input_ids[row, n + 1] = sep_id
        mask[row, : n + 2] = 1
    return {
        "input_ids": input_ids,
        "attention_mask": mask,
        "token_type_ids": np.zeros_like(input_ids),
    }


def log_probs(logits: np.ndarray) -> np.ndarray:
    """Each role's log-probabilities of its three tags, from logits ``[..., 9]``."""
    scores = logits.reshape(*logits.shape[:-1], len(ROLES), 3).astype(np.float64)
    scores -= scores.max(axis=-1, keepdims=True)
    scores -= np.log(np.exp(scores).sum(axis=-1, keepdims=True))
    return scores.reshape(logits.shape)


def context_weights(start: int, end: int, n: int) -> np.ndarray:
    """How much each piece of the window ``[start, end)`` of ``n`` pieces counts.

    A piece near a window's edge has seen little text on that side; its weight is one plus the
    number of pieces it sees on its shorter side, where the start or end of the document counts
    as full context (the window's length).
    """
    length = end - start
    position = np.arange(length)
    left = position + 1 if start > 0 else np.full(length, length)
    right = length - position if end < n else np.full(length, length)
    return np.minimum(left, right).astype(np.float64)


def gather_logits(logits: np.ndarray, windows: Sequence[tuple[int, int]], n: int) -> np.ndarray:
    """Per-piece log-probabilities ``[n, 9]`` from window logits ``[w, length, 9]``.

    A piece that lies in two windows takes the mean of their log-probabilities, each weighted by
    :func:`context_weights`, so the window that sees more text around it counts more.
    """
    scores = log_probs(logits)
    total = np.zeros((n, logits.shape[-1]), dtype=np.float64)
    weight = np.zeros(n, dtype=np.float64)
    for index, (start, end) in enumerate(windows):
        w = context_weights(start, end, n)
        total[start:end] += w[:, None] * scores[index, 1 : end - start + 1]
        weight[start:end] += w
    return total / weight[:, None]


def tags_of(logits: np.ndarray, word_start: np.ndarray | None = None) -> np.ndarray:
    """Tags ``[n, 3]``: each role's most likely tag sequence that obeys the tagging scheme.

    The tagger scores each piece alone; its arg-max can break the scheme the decoder reads, e.g.
    ``B O I`` for "Mr. Ban" (a lone "Mr" and a stray "Ban"), a content cut in two by one
    doubtful piece, or a span that starts or ends inside a word. A Viterbi search over each
    role's log-probabilities finds the best sequence in which an ``I`` follows ``B`` or ``I``
    only (source and cue), or, in a content, also ends a gap that holds a cue-tagged piece (a
    content split by its cue, which :func:`decode_layer` joins); and in which a piece that
    continues a word (``word_start`` False, a ``##`` piece) takes its word's tag. When the
    arg-max already obeys the scheme, it is the result.
    """
    n = len(logits)
    scores = log_probs(logits).reshape(n, len(ROLES), 3)
    starts = np.ones(n, dtype=bool) if word_start is None else word_start
    tags = np.empty((n, len(ROLES)), dtype=np.int64)
    content, source, cue = (ROLES.index(role) for role in ("content", "source", "cue"))
    tags[:, cue] = viterbi_bio(scores[:, cue], starts)
    tags[:, source] = viterbi_bio(scores[:, source], starts)
    tags[:, content] = viterbi_content(scores[:, content], tags[:, cue] != OUTSIDE, starts)
    return tags


# The two searches below are written by hand: they are a few lines of plain Python (about 1 ms
# per thousand pieces), and the libraries that offer a constrained CRF decoder need torch.

_NEVER = -np.inf


def _best(*candidates: tuple[float, int]) -> tuple[float, int]:
    best = candidates[0]
    for candidate in candidates[1:]:
        if candidate[0] > best[0]:
            best = candidate
    return best


def _backtrack(final: list[float], back: list[tuple[int, ...]]) -> list[int]:
    state = final.index(max(final))
    out = [0] * len(back)
    out[-1] = state
    for t in range(len(back) - 1, 0, -1):
        state = back[t][state]
        out[t - 1] = state
    return out


def viterbi_bio(scores: np.ndarray, word_start: np.ndarray) -> list[int]:
    """The best ``O``/``B``/``I`` sequence for log-probabilities ``[n, 3]`` with no ``O I``.

    A sequence may not start with ``I``; a piece that does not start a word keeps the tag of
    the piece before it (``I`` after ``B``).
    """
    o, b, i = (scores[:, tag].tolist() for tag in (OUTSIDE, BEGIN, INSIDE))
    n = len(o)
    if n == 0:
        return []
    starts = word_start.tolist()
    back: list[tuple[int, ...]] = [(0, 0, 0)] * n
    d_o, d_b, d_i = o[0], b[0], _NEVER
    for t in range(1, n):
        inside = _best((d_b, BEGIN), (d_i, INSIDE))
        if starts[t]:
            best = _best((d_o, OUTSIDE), (d_b, BEGIN), (d_i, INSIDE))
            back[t] = (best[1], best[1], inside[1])
            d_o, d_b, d_i = best[0] + o[t], best[0] + b[t], inside[0] + i[t]
        else:  # within a word: O stays O, B and I go on as I
            back[t] = (OUTSIDE, OUTSIDE, inside[1])
            d_o, d_b, d_i = d_o + o[t], _NEVER, inside[0] + i[t]
    return _backtrack([d_o, d_b, d_i], back)


# States of the content search beyond O, B, I: a gap is a run of O pieces inside a split
# content, before (G0) or after (G1) it holds a cue-tagged piece; only G1 may be followed by I.
_GAP, _GAP_CUE = 3, 4


def viterbi_content(scores: np.ndarray, cue: np.ndarray, word_start: np.ndarray) -> list[int]:
    """The best content tags for log-probabilities ``[n, 3]``, given cue-tagged pieces ``cue``.

    ``I`` may follow ``B``, ``I``, or a gap of ``O`` pieces after ``B``/``I`` that holds a
    cue-tagged piece; gap pieces come back as ``O``. A piece that does not start a word keeps
    the state of the piece before it (``I`` after ``B``).
    """
    o, b, i = (scores[:, tag].tolist() for tag in (OUTSIDE, BEGIN, INSIDE))
    n = len(o)
    if n == 0:
        return []
    is_cue, starts = cue.tolist(), word_start.tolist()
    back: list[tuple[int, ...]] = [(0, 0, 0, 0, 0)] * n
    d_o, d_b, d_i, d_g, d_c = o[0], b[0], _NEVER, _NEVER, _NEVER
    for t in range(1, n):
        to_i = _best((d_b, BEGIN), (d_i, INSIDE))
        if not starts[t]:  # within a word
            back[t] = (OUTSIDE, OUTSIDE, to_i[1], _GAP, _GAP_CUE)
            d_o, d_b, d_i = d_o + o[t], _NEVER, to_i[0] + i[t]
            d_g, d_c = d_g + o[t], d_c + o[t]
            continue
        any_ = _best((d_o, OUTSIDE), (d_b, BEGIN), (d_i, INSIDE), (d_g, _GAP), (d_c, _GAP_CUE))
        to_i = _best(to_i, (d_c, _GAP_CUE))
        to_gap = _best((d_b, BEGIN), (d_i, INSIDE), (d_g, _GAP))
        to_cue_gap = _best(to_gap, (d_c, _GAP_CUE)) if is_cue[t] else (d_c, _GAP_CUE)
        back[t] = (any_[1], any_[1], to_i[1], to_gap[1], to_cue_gap[1])
        d_o, d_b, d_i = any_[0] + o[t], any_[0] + b[t], to_i[0] + i[t]
        d_g, d_c = to_gap[0] + o[t], to_cue_gap[0] + o[t]
    return [OUTSIDE if s >= _GAP else s for s in _backtrack([d_o, d_b, d_i, d_g, d_c], back)]


@dataclass
class AttributionModel:
    """The ONNX tagger and its tokenizer; :meth:`spans` tags one text."""

    session: Any
    tokenizer: Any
    cls_id: int
    sep_id: int
    config: dict[str, Any]

    @classmethod
    def load(cls, model_dir: Path | None = None, threads: int = 1) -> AttributionModel:
        import claimx.models

        folder = model_dir or _model_dir()
        session = claimx.models.onnx_session(folder / MODEL_FILE, threads)
        tokenizer = load_tokenizer(folder / TOKENIZER_FILE)
        config = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
        return cls(
            session=session,
            tokenizer=tokenizer,
            cls_id=tokenizer.token_to_id("[CLS]"),
            sep_id=tokenizer.token_to_id("[SEP]"),
            config=config,
        )

    def spans(self, text: str) -> dict[str, list[CharSpan]]:
        """Character spans per role that the tagger finds in ``text``."""
        ids, offsets, word_start = tokenize_words(self.tokenizer, text)
        window = int(self.config.get("window", WINDOW))
        windows = token_windows(len(ids), window - 2, int(self.config.get("stride", STRIDE)))
        if not windows:
            return {role: [] for role in ROLES}
        inputs = window_batch(ids, windows, self.cls_id, self.sep_id)
        (logits,) = self.session.run(["logits"], inputs)
        spans = decode(tags_of(gather_logits(logits, windows, len(ids)), word_start), offsets)
        return {role: split_at_blank_lines(found, text) for role, found in spans.items()}


_MODELS: dict[tuple[str, int], AttributionModel] = {}


def get_model(model_dir: Path | None = None, threads: int = 1) -> AttributionModel:
    """The tagger in ``model_dir`` (default: the packaged one), loaded once per process."""
    folder = (model_dir or _model_dir()).resolve()
    key = (str(folder), threads)
    if key not in _MODELS:
        _MODELS[key] = AttributionModel.load(folder, threads)
    return _MODELS[key]
