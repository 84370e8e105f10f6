"""claimx's trained artefacts and their cards, installed as the ``claimx.models`` package.

Both ONNX models (``attribution/``, ``stance/``) are folders of ``model.onnx``, ``tokenizer.json``
and ``config.json``; :func:`folder`, :func:`onnx_model_available` and :func:`onnx_session` are
shared by their loaders (``claimx.attribution_model``, ``claimx.stance_model``);
:func:`packaged_file` by the lexicons' (``claimx.cues``, ``claimx.parties``).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

#: The files of a packaged ONNX model folder.
ONNX_MODEL_FILES = ("model.onnx", "tokenizer.json", "config.json")


def folder(name: str) -> Path:
    """The packaged folder of model ``name`` (``models/NAME`` in the source tree)."""
    return Path(__file__).resolve().parent / name


def packaged_file(name: str) -> Path | None:
    """The packaged file ``name`` (``models/NAME`` in the source tree); None when it is not
    installed (the lexicons' loaders then fall back to the rules)."""
    path = folder(name)
    return path if path.is_file() else None


def onnx_model_available(path: Path) -> bool:
    """Whether an ONNX model folder is complete and onnxruntime and tokenizers import."""
    if not all((path / name).is_file() for name in ONNX_MODEL_FILES):
        return False
    try:
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError:
        return False
    return True


#: A one-node int8 graph (``int8_probe.md``; rebuilt by ``python -m claimx.onnx_export probe``).
INT8_PROBE = "int8_probe.onnx"


@functools.cache
def int8_saturates() -> bool:
    """Whether onnxruntime's int8 kernel on this CPU saturates, as it does on x86 CPUs without
    VNNI (AVX2, AVX-512 before VNNI), where each pair of uint8 x int8 products is summed in 16 bits.

    Both packaged models are int8, so on such a CPU their tags would differ from other machines'
    (a one-off count on 20 PolNeAR dev articles: 0.09% of the
    tagger's matrix product cells have a pair that overflows). onnxruntime documents the
    remedy, ``session.x64quantprecision``, but its own check turns it on for VNNI CPUs as well,
    where it costs the tagger some 70% more time for the same output. So this runs the probe
    graph, whose every product pair overflows 16 bits, and compares it with the exact result.
    """
    import numpy as np
    import onnxruntime as ort

    probe = folder(INT8_PROBE)
    if not probe.is_file():  # a partial install: keep onnxruntime's own kernels
        return False
    session = ort.InferenceSession(str(probe), providers=["CPUExecutionProvider"])
    (shape,) = (tuple(i.shape) for i in session.get_inputs())
    (y,) = session.run(None, {"a": np.full(shape, 255, dtype=np.uint8)})
    return not bool((y == shape[1] * 255 * 127).all())


def onnx_session(path: Path, threads: int) -> Any:
    """An onnxruntime CPU session on ``path`` with ``threads`` threads; where the CPU's int8
    kernel saturates (:func:`int8_saturates`), with onnxruntime's exact (slower) kernels, so that
    the models give the same output on every machine."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    if int8_saturates():
        options.add_session_config_entry("session.x64quantprecision", "1")
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
