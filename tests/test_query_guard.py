"""kb.query_guard: what a query must pass before an engine parses it."""

from __future__ import annotations

import pytest

from kb.errors import QueryError
from kb.query_guard import MAX_DEPTH, check_depth, check_service, code_text

EP = "http://example.org/sparql"


def test_code_text_leaves_only_keywords_and_punctuation():
    q = "SELECT ('''{{(''' AS ?a) { <urn:a#(> ?p \"x\\\"(\" } # ((("
    assert code_text(q) == "SELECT (  AS  ) {       }  "


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


def test_an_iri_with_a_quote_does_not_open_a_string():
    with pytest.raises(QueryError, match="turned off"):
        check_service("SELECT * { ?s <urn:it's> ?o . SERVICE <http://127.0.0.1:1/> {} ?s <urn:x'> ?o }")


@pytest.mark.parametrize("opening", ["(", "[", "{", "\\u0028"])
def test_nesting_past_the_limit_is_refused(opening):
    closing = {"(": ")", "[": "]", "{": "}", "\\u0028": ")"}[opening]
    check_depth("SELECT * " + opening * MAX_DEPTH + closing * MAX_DEPTH)
    with pytest.raises(
        QueryError, match=f"nests brackets {MAX_DEPTH + 1} deep, past the limit of {MAX_DEPTH}"
    ):
        check_depth("SELECT * " + opening * (MAX_DEPTH + 1) + closing * (MAX_DEPTH + 1))


def test_brackets_in_strings_iris_and_comments_do_not_count():
    deep = "(" * (MAX_DEPTH + 1)
    check_depth(f'SELECT ("{deep}" AS ?x) {{ <urn:{deep}> ?p ?o }} # {deep}')


def test_a_huge_nesting_is_refused_without_counting_all_of_it():
    with pytest.raises(QueryError, match="nests brackets 1000001 deep"):
        check_depth("SELECT (" + "(" * 1_000_000 + "1" + ")" * 1_000_000 + " AS ?x) {}")
