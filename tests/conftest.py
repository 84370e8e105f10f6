"""Shared fixtures: the pipeline loads once per test session (as negspacy's tests do)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from claimx.pipeline import load_pipeline

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The rule-based pipeline (``--fast``): the rules' behaviour, which the tagger refines."""
    return load_pipeline(fast=True)


@pytest.fixture(scope="session")
def nlp_tagged() -> Language:
    """The default pipeline, with the trained attribution tagger."""
    return load_pipeline()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not (SHARED_DATA / "polnear").is_dir():
        pytest.skip(f"the research data is not beside the checkout ({SHARED_DATA} is missing)")
    return SHARED_DATA
