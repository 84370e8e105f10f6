"""examples/quickstart.ipynb runs end to end in a real Jupyter kernel (nbclient + ipykernel)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat is in the test extra")
nbclient = pytest.importorskip("nbclient", reason="nbclient is in the test extra")

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "quickstart.ipynb"


def _kernel_manager():  # the kernel runs this interpreter (the venv with claimx installed)
    from jupyter_client.manager import KernelManager

    manager = KernelManager(kernel_name="python3")
    manager.kernel_spec.argv[0] = sys.executable
    return manager


def test_quickstart_notebook_runs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
        km=_kernel_manager(),
    )
    try:
        client.execute()
    except (RuntimeError, TimeoutError) as exc:
        if "kernel" in str(exc).lower() and "died" not in str(exc).lower():
            pytest.skip(f"the Jupyter kernel could not start: {exc}")
        raise
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "Kholod" in html  # the table
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the chart
    assert "QUOTE" in html and "SPEAKER" in html and 'href="#claimx-' in html  # the article
    # After `import claimx`, a whole claims frame and an annotated Doc display highlighted by
    # themselves (IPython's text/html formatter), while a column subset stays a plain table.
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    html_of = [
        "".join(o.get("data", {}).get("text/html", "") for o in cell.outputs) for cell in code
    ]
    assert "claimx-highlight" in html_of[-2]  # `df`
    assert "claimx-highlight" in html_of[-1] and "Anna Kowalski" in html_of[-1]  # `doc`
    assert "claimx-highlight" not in html_of[1]  # `df[[...]]`: an ordinary table
