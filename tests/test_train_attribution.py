"""The training script's distillation step, on a tiny random tagger (needs the `train` extra).

CI installs only the test extra, so this skips there; it runs wherever torch and transformers
are installed (the development machine).
"""

from __future__ import annotations

import json

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from claimx.train_attribution import (  # noqa: E402
    TrainConfig,
    _build,
    _tagger_from_state,
    distil,
    fit,
    save_state,
)

TINY = {
    "hidden_size": 32,
    "intermediate_size": 64,
    "num_attention_heads": 2,
    "num_hidden_layers": 3,
    "vocab_size": 200,
    "max_position_embeddings": 64,
    "type_vocab_size": 2,
    "model_type": "bert",
}


@pytest.fixture()
def tiny(tmp_path):
    config = tmp_path / "config.json"
    config.write_text(json.dumps(TINY))
    torch.manual_seed(0)
    teacher = _build(config, None, None, 0.1)
    state = tmp_path / "teacher.npz"
    save_state(teacher, state)
    rng = np.random.default_rng(0)
    lengths = np.array([50, 30])
    tags = rng.integers(0, 3, size=(lengths.sum(), 3))
    data = tmp_path / "train.npz"
    np.savez(data, ids=rng.integers(5, 200, size=lengths.sum()), tags=tags, lengths=lengths)
    return config, state, data


def test_the_student_starts_from_the_teachers_kept_layers(tiny):
    config, state, _ = tiny
    teacher = _tagger_from_state(config, state)
    student = _tagger_from_state(config, state, layers=(0, 2))
    assert len(student.encoder.encoder.layer) == 2
    kept = student.encoder.encoder.layer[1].state_dict()
    for name, value in teacher.encoder.encoder.layer[2].state_dict().items():
        assert torch.equal(kept[name], value)


def test_distil_trains_a_smaller_tagger_that_tags_every_piece(tiny):
    config, state, data = tiny
    cfg = TrainConfig(epochs=2, batch_size=4, lr=1e-3, window=24, stride=16)
    before = _tagger_from_state(config, state, layers=(0, 2))
    student = distil(data, config, state, (0, 2), cfg, log=lambda _line: None)
    assert len(student.encoder.encoder.layer) == 2
    ids = torch.randint(5, 200, (1, 10))
    logits = student(ids, torch.ones_like(ids), torch.zeros_like(ids))
    assert logits.shape == (1, 10, 9)
    changed = any(
        not torch.equal(a, b)
        for a, b in zip(student.state_dict().values(), before.state_dict().values(), strict=True)
    )
    assert changed


def test_fit_trains_and_reports_validation_f1(tiny):
    config, _, data = tiny
    cfg = TrainConfig(epochs=1, batch_size=4, lr=1e-3, head_lr=1e-3, window=24, stride=16)
    model, history = fit(data, cfg, config, val_fraction=0.5, log=lambda _line: None)
    assert [h["epoch"] for h in history] == [1]
    assert set(history[0]) == {"epoch", "content", "source", "cue"}
    assert not model.training
