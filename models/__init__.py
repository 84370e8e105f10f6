"""claimx's trained artefacts, installed as the ``claimx.models`` package (see MODEL_CARDS)."""
