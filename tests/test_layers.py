"""The layers hold: kb never imports api, and no module of kb or api imports itself back."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> nx.DiGraph:
    """Module -> the kb and api modules it imports, anywhere in its body (lazy imports too)."""
    G = nx.DiGraph()
    paths = [*(ROOT / "kb").rglob("*.py"), *(ROOT / "api").rglob("*.py")]
    modules = {_module(p) for p in paths}
    for path in paths:
        here = _module(path)
        G.add_node(here)
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                if name in modules and name != here and not here.startswith(name + "."):
                    G.add_edge(here, name)
    return G


def test_no_import_cycle():
    assert list(nx.simple_cycles(import_graph())) == []


def test_kb_never_imports_api():
    G = import_graph()
    assert [(a, b) for a, b in G.edges if a.startswith("kb") and b.startswith("api")] == []
