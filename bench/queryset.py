"""The fixed query set of the API benchmark, shared with the growth benchmark.

Typical questions an analyst's client asks, each marked cheap (a lookup) or heavy (result-
or compute-heavy), with the busiest speaker and stance holder of the store filled in.
"""

from __future__ import annotations

from kb.store import Store

BASE = "http://127.0.0.1:8000/id/"
STARMER = f"<{BASE}actor/keir-starmer>"


def queries(speaker: str, holder: str) -> dict[str, tuple[str, str]]:
    """name -> (kind, query); kind is 'cheap' or 'heavy' (result-heavy or compute-heavy)."""
    return {
        "lookup by label": ("cheap", 'SELECT ?a WHERE { GRAPH ?g { ?a rdfs:label "Keir Starmer" } }'),
        "claims by speaker": (
            "cheap",
            f"SELECT ?c ?quote WHERE {{ GRAPH ?g {{ ?c prov:wasAttributedTo <{speaker}> ; "
            "gk:quote ?quote } }",
        ),
        "stance aggregation": (
            "heavy",
            "SELECT ?target (SUM(?p) AS ?net) (COUNT(*) AS ?n) WHERE { GRAPH ?cg { ?s a gk:Stance ; "
            "gk:target ?target ; gk:polarity ?p } } GROUP BY ?target ORDER BY DESC(?n) LIMIT 20",
        ),
        "bloc members + alleging claim": (
            "heavy",
            "SELECT ?bloc ?member ?speaker WHERE { GRAPH ?cg { ?m gk:member ?member ; "
            "gk:group ?bloc ; gk:statedIn ?c } GRAPH ?g { ?c prov:wasAttributedTo ?speaker } }",
        ),
        "2-hop co-alignment": (
            "heavy",
            f"SELECT ?other (COUNT(*) AS ?n) WHERE {{ GRAPH ?g1 {{ ?s1 gk:holder <{holder}> ; gk:target ?t ; "
            "gk:polarity 1 } GRAPH ?g2 { ?s2 gk:holder ?other ; gk:target ?t ; gk:polarity 1 } "
            f"FILTER(?other != <{holder}>) }} GROUP BY ?other ORDER BY DESC(?n) LIMIT 20",
        ),
        "text FILTER": (
            "heavy",
            "SELECT ?c ?q WHERE { GRAPH ?g { ?c gk:quote ?q "
            'FILTER(CONTAINS(?q, "ceasefire sanctions")) } } LIMIT 100',
        ),
        "CONSTRUCT neighbourhood": (
            "cheap",
            f"CONSTRUCT {{ {STARMER} ?p ?o . ?s ?q {STARMER} }} WHERE {{ GRAPH ?g {{ {{ {STARMER} ?p ?o }} "
            f"UNION {{ ?s ?q {STARMER} }} }} }}",
        ),
        "all quotes (result-heavy)": (
            "heavy",
            "SELECT ?c ?q ?status WHERE { GRAPH ?g { ?c gk:quote ?q ; gk:epistemicStatus ?status } }",
        ),
    }


def busiest(store: Store) -> tuple[str, str]:
    """The actor who speaks the most claims, and the one who holds the most stances."""
    (speaker,) = [
        r["s"].value
        for r in store.query(
            "SELECT ?s (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a gk:Claim ; prov:wasAttributedTo ?s } "
            "FILTER(CONTAINS(STR(?s), '/actor/')) } GROUP BY ?s ORDER BY DESC(?n) LIMIT 1"
        )
    ]
    (holder,) = [
        r["h"].value
        for r in store.query(
            "SELECT ?h (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s gk:holder ?h } } "
            "GROUP BY ?h ORDER BY DESC(?n) LIMIT 1"
        )
    ]
    return speaker, holder
