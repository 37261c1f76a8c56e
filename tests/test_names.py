"""Actors and articles by name (kb.browse.resolve_actor, resolve_article), on every store backend."""

from __future__ import annotations

import pytest

from kb.browse import resolve_actor, resolve_article
from kb.cache import LRUCache
from kb.errors import AmbiguousName, NotFoundError, QueryError
from kb.names import name_key
from tests.conftest import BASE

STARMER = BASE + "actor/keir-starmer"


NAMES = ["keir-starmer", STARMER, "Keir Starmer", "  keir   STARMER ", "Sir Keir Starmer", "Boris Starmer"]


@pytest.mark.parametrize("ref", [*NAMES, "Kéir"])
def test_an_actor_by_id_iri_label_alias_hidden_label_or_word(store, ref):
    assert resolve_actor(store, BASE, ref).value == STARMER


def test_an_exact_id_wins_over_names_and_a_word_only_counts_when_no_name_fits(store):
    # "Putin" is one of Vladimir Putin's names, and a word of none of the others'
    assert resolve_actor(store, BASE, "putin").value == BASE + "actor/vladimir-putin"
    assert resolve_actor(store, BASE, "russia").value == BASE + "actor/russia"  # not every Russian


def test_nothing_and_several_are_errors_that_say_which(store):
    with pytest.raises(NotFoundError, match="no actor called 'Napoleon'"):
        resolve_actor(store, BASE, "Napoleon")
    with pytest.raises(AmbiguousName) as info:
        resolve_actor(store, BASE, "UNNAMED")
    assert sorted(c["iri"] for c in info.value.candidates) == [
        BASE + "actor/unnamed-analyst",
        BASE + "actor/unnamed-russian-mp",
    ]
    assert info.value.status == 400 and "unnamed analyst" in str(info.value)
    with pytest.raises(QueryError, match="neither an ID nor an IRI"):
        resolve_actor(store, BASE, "http://x> } UNION { ?a ?b ?c")


def test_an_article_by_id_iri_or_headline(store):
    article = BASE + "article/starmer-putin"
    query = "SELECT ?h WHERE { GRAPH ?g { ?a schema:headline ?h } }"
    (headline,) = [r["h"].value for r in store.query(query)]
    for ref in ("starmer-putin", article, name_key(headline)):
        assert resolve_article(store, BASE, ref).value == article
    with pytest.raises(NotFoundError, match="no article called 'Starmer'"):
        resolve_article(store, BASE, "Starmer")  # a word of a headline is not enough


def test_cached_names_are_read_again_after_a_write(store):
    cache = LRUCache()
    with pytest.raises(NotFoundError):
        resolve_actor(store, BASE, "Zed Zedson", cache)
    store.update(
        f"INSERT DATA {{ GRAPH <{BASE}graph/extra> {{ "
        f'<{BASE}actor/zed> a gk:Actor ; rdfs:label "Zed Zedson" }} }}'
    )
    assert resolve_actor(store, BASE, "zed zedson", cache).value == BASE + "actor/zed"
