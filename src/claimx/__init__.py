"""claimx: who said what in the news, for whom, when, and with what stance."""

from __future__ import annotations

from .api import extract
from .errors import ClaimxWarning
from .highlight import Highlight, display, highlight, register_notebook_display
from .stance import Stance, stance_toward, stance_toward_many
from .table import COLUMNS
from .writers import read_claims

__all__ = [
    "COLUMNS",
    "ClaimxWarning",
    "Highlight",
    "Stance",
    "display",
    "extract",
    "highlight",
    "read_claims",
    "stance_toward",
    "stance_toward_many",
]
__version__ = "0.1.0"

register_notebook_display()  # a no-op outside IPython/Jupyter
