"""The notebook runs top to bottom on a clean kernel, offline, and is committed without outputs."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"


def test_notebook_is_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


def test_notebook_runs_top_to_bottom(tmp_path, monkeypatch):
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend draws the figure
    nb = nbformat.read(NOTEBOOK, as_version=4)
    resources = {"metadata": {"path": str(tmp_path)}}
    NotebookClient(nb, timeout=120, kernel_name="python3", resources=resources).execute()
    texts: list[str] = []
    images = 0
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out.output_type != "error", out
            texts.append(out.get("text", "") or out.get("data", {}).get("text/plain", ""))
            images += "image/png" in out.get("data", {})
    text = "\n".join(texts)
    assert "alleged by Mykola Azarov via Izvestia" in text  # the bloc, and the chain of who quoted whom
    assert "Turtle:" in text and "JSON-LD:" in text  # rdflib read both exports back
    assert "loaded" in text  # the user's own article, drafted and loaded
    assert "1 move(s) between camps" in text and "swing-1" in text  # the planted drift, explained
    assert images == 1  # the stance matrix
