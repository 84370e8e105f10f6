"""claimx: who said what in the news, for whom, when, and with what stance."""

from __future__ import annotations

from .api import extract
from .table import COLUMNS
from .writers import read_claims

__all__ = ["COLUMNS", "extract", "read_claims"]
__version__ = "0.1.0"
