"""The SPARQL 1.1 Service Description of the endpoint (https://www.w3.org/TR/sparql11-service-description/)."""

from __future__ import annotations

import pyoxigraph as ox

from kb.formats import FORMATS, RESULT_FORMATS
from kb.vocab import RDF, SD, W3C_FORMATS

__all__ = ["DESCRIPTION_FORMATS", "service_description"]

DESCRIPTION_FORMATS = [FORMATS[name] for name in ("turtle", "nt", "xml", "jsonld")]
"""What the description itself is offered in (the RDF formats a plain graph reads well in)."""


def service_description(
    endpoint: str, media_type: str = DESCRIPTION_FORMATS[0].media_type, *, federation: bool = False
) -> bytes:
    """What the endpoint speaks: SPARQL 1.1 Query only, its result formats, its dataset shape.

    ``sd:BasicFederatedQuery`` only when ``SERVICE`` is allowed (to some endpoints).

    The default graph is empty (claims live in named graphs), so it is not the union of
    the named graphs: no ``sd:UnionDefaultGraph``.
    """
    service = ox.NamedNode(endpoint + "#service")
    triples = [
        ox.Triple(service, RDF.type, SD.Service),
        ox.Triple(service, SD.endpoint, ox.NamedNode(endpoint)),
        ox.Triple(service, SD.supportedLanguage, SD.SPARQL11Query),
    ]
    if federation:
        triples.append(ox.Triple(service, SD.feature, SD.BasicFederatedQuery))
    for f in [*RESULT_FORMATS.values(), *FORMATS.values()]:
        triples.append(ox.Triple(service, SD.resultFormat, ox.NamedNode(f.iri)))
    dataset = ox.NamedNode(endpoint + "#dataset")
    triples += [
        ox.Triple(service, SD.defaultDataset, dataset),
        ox.Triple(dataset, RDF.type, SD.Dataset),
        ox.Triple(dataset, SD.defaultGraph, ox.NamedNode(endpoint + "#default-graph")),
        ox.Triple(ox.NamedNode(endpoint + "#default-graph"), RDF.type, SD.Graph),
    ]
    fmt = next(f for f in DESCRIPTION_FORMATS if media_type in f.media_types)
    return ox.serialize(triples, format=fmt.rdf_format, prefixes={"sd": str(SD), "formats": str(W3C_FORMATS)})
