"""The int8 models give the same output on every CPU: where onnxruntime's int8 kernel saturates
(x86 without VNNI), the sessions take onnxruntime's exact kernels (``claimx.models``)."""

from __future__ import annotations

import claimx.models
import numpy as np
import onnx
import onnxruntime as ort
import pytest

from claimx.attribution_model import AttributionModel
from claimx.onnx_export import PROBE_SHAPE, int8_probe_graph
from claimx.stance_model import StanceModel

PRECISION = "session.x64quantprecision"


@pytest.fixture(autouse=True)
def _fresh_probe():
    claimx.models.int8_saturates.cache_clear()
    yield
    claimx.models.int8_saturates.cache_clear()


def _precise(session) -> bool:
    try:
        return session.get_session_options().get_session_config_entry(PRECISION) == "1"
    except RuntimeError:  # onnxruntime raises for an entry never set
        return False


def test_the_packaged_probe_is_the_one_the_builder_makes():
    shipped = onnx.load(str(claimx.models.folder(claimx.models.INT8_PROBE)))
    assert shipped.SerializeToString() == int8_probe_graph().SerializeToString()


def test_the_probe_overflows_16_bits_in_every_pair_and_exact_kernels_get_it_right():
    m, k, n = PROBE_SHAPE
    assert 2 * 255 * 127 > 2**15 - 1
    options = ort.SessionOptions()
    options.add_session_config_entry(PRECISION, "1")
    path = str(claimx.models.folder(claimx.models.INT8_PROBE))
    session = ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])
    (y,) = session.run(None, {"a": np.full((m, k), 255, dtype=np.uint8)})
    assert y.shape == (m, n)
    assert (y == k * 255 * 127).all()


class _Saturating:
    """Stands in for a session on a CPU whose kernel sums each pair of products in 16 bits."""

    def __init__(self, *args, **kwargs):
        pass

    def get_inputs(self):
        return [type("Arg", (), {"shape": list(PROBE_SHAPE[:2])})()]

    def run(self, names, feeds):
        a = feeds["a"].astype(np.int64)
        b = np.full((PROBE_SHAPE[1], PROBE_SHAPE[2]), 127, dtype=np.int64)
        pairs = a[:, 0::2, None] * b[None, 0::2] + a[:, 1::2, None] * b[None, 1::2]
        return [np.clip(pairs, -(2**15), 2**15 - 1).sum(axis=1).astype(np.int32)]


def test_a_saturating_kernel_is_found(monkeypatch):
    monkeypatch.setattr(ort, "InferenceSession", _Saturating)
    assert claimx.models.int8_saturates() is True


def test_an_exact_kernel_is_found_exact(monkeypatch):
    real = ort.InferenceSession

    def exact(path, *args, **kwargs):
        options = ort.SessionOptions()
        options.add_session_config_entry(PRECISION, "1")
        return real(path, options, providers=["CPUExecutionProvider"])

    monkeypatch.setattr(ort, "InferenceSession", exact)
    assert claimx.models.int8_saturates() is False


def test_without_the_probe_the_kernels_are_left_as_they_are(monkeypatch, tmp_path):
    monkeypatch.setattr(claimx.models, "folder", lambda name: tmp_path / name)
    assert claimx.models.int8_saturates() is False


@pytest.mark.parametrize("saturates", [True, False])
def test_sessions_take_the_exact_kernels_only_where_the_fast_ones_saturate(monkeypatch, saturates):
    monkeypatch.setattr(claimx.models, "int8_saturates", lambda: saturates)
    probe = claimx.models.folder(claimx.models.INT8_PROBE)
    assert _precise(claimx.models.onnx_session(probe, 1)) is saturates


@pytest.mark.parametrize(
    ("loader", "name"), [(AttributionModel, "attribution"), (StanceModel, "stance")]
)
def test_both_models_open_their_sessions_that_way(monkeypatch, loader, name):
    if not claimx.models.onnx_model_available(claimx.models.folder(name)):
        pytest.skip(f"models/{name} is not installed")
    monkeypatch.setattr(claimx.models, "int8_saturates", lambda: True)
    assert _precise(loader.load(threads=1).session)
