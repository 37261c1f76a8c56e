"""The HTML geokb renders, from one Jinja2 environment with autoescaping: article text never
becomes markup.

Templates live in ``kb/templates``: the service's pages (``base.html`` and what extends
it) and the graph page (:mod:`kb.graph_page`). Each page here is a function of what
:mod:`kb` computes, so the API only sends the string it gets.
"""

from __future__ import annotations

from collections import defaultdict
from importlib.resources import files
from typing import Any

import pyoxigraph as ox
from jinja2 import Environment, FileSystemLoader

from kb.browse import list_articles
from kb.formats import FORMATS
from kb.linked_data import Description, local_path
from kb.questions import questions
from kb.stats import stats
from kb.store import Store
from kb.terms import short
from kb.vocab import PREFIXES

__all__ = ["env", "home_page", "query_page", "resource_page", "resource_view"]

env = Environment(
    loader=FileSystemLoader(str(files("kb") / "templates")),
    autoescape=True,  # every template, whatever its file name
    keep_trailing_newline=True,
)


def home_page(store: Store, base: str) -> str:
    """What the KB holds and where to go next."""
    articles = list_articles(store)
    for a in articles:
        a["link"] = local_path(base, a["iri"]) or a["iri"]
    return env.get_template("index.html").render(stats=stats(store), articles=articles)


def query_page(base: str, query: str | None = None) -> str:
    """The SPARQL query page, with the competency questions to start from; with ``query``
    (a shared link), its script runs that query at once."""
    qs = questions()
    page = {"questions": {q.name: q.sparql for q in qs}, "prefixes": PREFIXES, "base": base, "query": query}
    return env.get_template("query.html").render(
        questions=qs, page_json=page, prefixes=PREFIXES, query=query, base=base
    )


def resource_view(desc: Description, base: str) -> dict[str, Any]:
    """A description as plain data: its IRI, label and, graph by graph, its rows (the JSON record
    of a resource that is not an actor, and what its HTML page shows)."""
    iri = desc.iri
    by_graph: dict[str, list[dict[str, object]]] = defaultdict(list)
    for q in desc.quads:
        is_iri = isinstance(q.object, ox.NamedNode)
        by_graph[q.graph_name.value].append(
            {
                "subject": q.subject.value.removeprefix(iri.value) or "",
                "predicate": short(q.predicate),
                "predicate_iri": q.predicate.value,
                "object": q.object.value,
                "link": local_path(base, q.object.value) if is_iri else None,
                "is_iri": is_iri,
            }
        )
    graphs = [
        {"iri": g, "link": local_path(base, g), "rows": rows} for g, rows in sorted(by_graph.items())
    ]
    return {"iri": iri.value, "label": desc.label, "is_graph": desc.is_graph, "graphs": graphs}


def resource_page(desc: Description, base: str) -> str:
    """A minted IRI's page: its quads graph by graph, and links to its other representations."""
    path = desc.iri.value.removeprefix(base)
    return env.get_template("resource.html").render(
        **resource_view(desc, base),
        actor_id=path.removeprefix("actor/") if path.startswith("actor/") else None,
        formats=[(f.name, f.media_type) for f in FORMATS.values()],
    )
