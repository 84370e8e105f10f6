"""claimx's trained artefacts and their cards, installed as the ``claimx.models`` package."""
