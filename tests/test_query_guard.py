"""kb.query_guard: what a query must pass before an engine parses it."""

from __future__ import annotations

import pytest

from kb.errors import QueryError
from kb.query_guard import check_service, code_text

EP = "http://example.org/sparql"


def test_code_text_keeps_positions_and_hides_literals_iris_and_comments():
    q = "SELECT ('''{{(''' AS ?a) { <urn:a#(> ?p \"x\\\"(\" } # ((("
    code = code_text(q)
    assert len(code) == len(q)
    assert code.count("(") == 1 and code.count("{") == 1 and "urn" not in code and "#" not in code


def test_an_escaped_character_of_a_prefixed_name_does_not_open_a_comment_or_a_string():
    assert "SERVICE" in code_text("SELECT * { ?s ex:a\\#b ?o . SERVICE <urn:x> {} }")
    assert "SERVICE" in code_text("SELECT * { ?s ex:a\\'b ?o . SERVICE <urn:x> {} } #'")


@pytest.mark.parametrize(
    "query",
    [
        f"SELECT * {{ SERVICE <{EP}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SERVICE SILENT <{EP}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SERVICE # a comment\n <{EP}> {{ ?s ?p ?o }} }}",
        "SELECT ?service { ?service ?p 'SERVICE' }",
    ],
)
def test_allowed_endpoints_pass(query):
    check_service(query, [EP])


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
        "SELECT * { SERVICE ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://127.0.0.1:1/> } }",
        f"PREFIX ep: <{EP}> SELECT * {{ SERVICE ep: {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SERVICE <{EP}> {{ }} SERVICE <http://127.0.0.1:1/> {{ }} }}",
    ],
)
def test_other_endpoints_are_refused(query):
    with pytest.raises(QueryError, match="only name one of the endpoints"):
        check_service(query, [EP])
