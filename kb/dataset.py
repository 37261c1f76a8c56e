"""The KB described as a dataset, in VoID and DCAT: what it holds, under which base and licence.

Catalogues and crawlers look for a VoID description (``/.well-known/void``) or a DCAT
dataset before they load anything. The description is computed from the store when asked
(counts change with every article) and joins the record the store keeps of its base
(:func:`kb.repository.claim_base`), in the same graph, ``{base}graph/dataset``; whole
exports carry it. The data licence is a setting (``GEOKB_LICENSE``, an IRI such as
``https://creativecommons.org/licenses/by/4.0/``): geokb cannot know what its articles'
annotations may be used for, so without it the description says nothing about a licence.
"""

from __future__ import annotations

import pyoxigraph as ox

from kb.errors import GeokbError
from kb.formats import FORMATS
from kb.mapping import Minter
from kb.repository import dataset_graph
from kb.stats import stats
from kb.store import Store
from kb.vocab import DCAT, DCT, GK, OA, ORG, PROV, RDF, SCHEMA, SKOS, VOID, XSD

__all__ = ["dataset_description", "dataset_iri"]

_VOCABULARIES = (str(GK), str(PROV), str(SCHEMA), str(SKOS), str(OA), str(ORG))
_PARTITIONS = {"articles": SCHEMA.NewsArticle, "actors": GK.Actor, "claims": GK.Claim, "stances": GK.Stance}
IANA = "https://www.iana.org/assignments/media-types/"
_DUMPS = ("trig", "nq", "jsonld", "turtle12")
"""The exports that hold the whole KB: the distributions a catalogue lists."""


def dataset_iri(base: str) -> ox.NamedNode:
    """The KB as a dataset: ``{base}dataset``."""
    return Minter(base).iri("dataset")


def dataset_description(
    store: Store, base: str, *, license: str = "", service: str | None = None
) -> list[ox.Quad]:
    """VoID and DCAT quads about the KB under ``base``, in its dataset graph.

    ``service`` is the service's root URL, when one serves the store: the description then
    names its SPARQL endpoint and its export URLs as data dumps.
    """
    base = Minter(base).base
    d, g = dataset_iri(base), dataset_graph(base)
    counts = stats(store)
    out = [
        (d, RDF.type, VOID.Dataset),
        (d, RDF.type, DCAT.Dataset),
        (d, DCT["title"], ox.Literal("geokb", language="en")),
        (
            d,
            DCT.description,
            ox.Literal(
                "Attributed claims from news articles: who said what about whom, as quoted by whom, "
                "and how sure we are. Each claim's content is in a named graph of its own, never asserted.",
                language="en",
            ),
        ),
        (d, VOID.uriSpace, ox.Literal(base, datatype=XSD.anyURI)),
        (d, VOID.triples, ox.Literal(str(counts["quads"]), datatype=XSD.integer)),
    ]
    example = f"SELECT ?a WHERE {{ GRAPH ?g {{ ?a {RDF.type} {SCHEMA.NewsArticle} }} }} ORDER BY ?a LIMIT 1"
    out += [(d, VOID.exampleResource, row["a"]) for row in store.query(example)]
    out += [(d, VOID.vocabulary, ox.NamedNode(v)) for v in _VOCABULARIES]
    for name, cls in _PARTITIONS.items():
        part = ox.NamedNode(f"{d.value}#{name}")
        out += [
            (d, VOID.classPartition, part),
            (part, VOID["class"], cls),
            (part, VOID.entities, ox.Literal(str(counts[name]), datatype=XSD.integer)),
        ]
    if license:
        try:
            out.append((d, DCT.license, ox.NamedNode(license)))
        except ValueError:
            raise GeokbError(f"GEOKB_LICENSE '{license}' is not an IRI (a licence's URL, say)") from None
    if service:
        root = service.rstrip("/")
        out.append((d, VOID.sparqlEndpoint, ox.NamedNode(root + "/sparql")))
        for name in _DUMPS:
            f = FORMATS[name]
            url = ox.NamedNode(f"{root}/export?format={name}")
            dist = ox.NamedNode(f"{d.value}#{name}-dump")
            out += [
                (d, VOID.dataDump, url),
                (d, DCAT.distribution, dist),
                (dist, RDF.type, DCAT.Distribution),
                (dist, DCAT.downloadURL, url),
                (dist, DCAT.mediaType, ox.NamedNode(IANA + f.media_type.split(";")[0])),
            ]
    return [ox.Quad(s, p, o, g) for s, p, o in out]
