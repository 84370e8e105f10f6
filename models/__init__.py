"""claimx's trained artefacts and their cards, installed as the ``claimx.models`` package.

Both ONNX models (``attribution/``, ``stance/``) are folders of ``model.onnx``, ``tokenizer.json``
and ``config.json``; :func:`folder` and :func:`onnx_model_available` are shared by their loaders
(``claimx.attribution_model``, ``claimx.stance_model``); :func:`packaged_file` by the lexicons'
(``claimx.cues``, ``claimx.parties``).
"""

from __future__ import annotations

from pathlib import Path

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
