"""The SPARQL 1.1 Service Description of the endpoint (https://www.w3.org/TR/sparql11-service-description/)."""

from __future__ import annotations

import pyoxigraph as ox

from kb.sparql import GRAPH_TYPES, RESULT_TYPES
from kb.vocab import Namespace

__all__ = ["service_description"]

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

_FORMAT_IRIS = {
    "application/sparql-results+json": FORMATS.SPARQL_Results_JSON,
    "application/sparql-results+xml": FORMATS.SPARQL_Results_XML,
    "text/csv": FORMATS.SPARQL_Results_CSV,
    "text/tab-separated-values": FORMATS.SPARQL_Results_TSV,
    "text/turtle": FORMATS.Turtle,
    "application/n-triples": FORMATS["N-Triples"],
    "application/rdf+xml": FORMATS.RDF_XML,
    "application/ld+json": FORMATS["JSON-LD"],
    "application/trig": FORMATS.TriG,
    "application/n-quads": FORMATS["N-Quads"],
}


def service_description(endpoint: str, media_type: str = "text/turtle", *, federation: bool = False) -> bytes:
    """What the endpoint speaks: SPARQL 1.1 Query only, its result formats, its dataset shape.

    ``sd:BasicFederatedQuery`` only when ``SERVICE`` is allowed (to some endpoints).

    The default graph is empty (claims live in named graphs), so it is not the union of
    the named graphs: no ``sd:UnionDefaultGraph``.
    """
    service = ox.NamedNode(endpoint + "#service")
    triples = [
        ox.Triple(service, RDF_TYPE, SD.Service),
        ox.Triple(service, SD.endpoint, ox.NamedNode(endpoint)),
        ox.Triple(service, SD.supportedLanguage, SD.SPARQL11Query),
    ]
    if federation:
        triples.append(ox.Triple(service, SD.feature, SD.BasicFederatedQuery))
    for media in [*RESULT_TYPES, *GRAPH_TYPES]:
        if media in _FORMAT_IRIS:
            triples.append(ox.Triple(service, SD.resultFormat, _FORMAT_IRIS[media]))
    dataset = ox.NamedNode(endpoint + "#dataset")
    triples += [
        ox.Triple(service, SD.defaultDataset, dataset),
        ox.Triple(dataset, RDF_TYPE, SD.Dataset),
        ox.Triple(dataset, SD.defaultGraph, ox.NamedNode(endpoint + "#default-graph")),
        ox.Triple(ox.NamedNode(endpoint + "#default-graph"), RDF_TYPE, SD.Graph),
    ]
    formats = {
        "text/turtle": ox.RdfFormat.TURTLE,
        "application/n-triples": ox.RdfFormat.N_TRIPLES,
        "application/rdf+xml": ox.RdfFormat.RDF_XML,
        "application/ld+json": ox.RdfFormat.JSON_LD,
    }
    return ox.serialize(
        triples, format=formats[media_type], prefixes={"sd": str(SD), "formats": str(FORMATS)}
    )
