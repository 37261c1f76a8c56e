"""Namespaces and the fixed IRIs of the geokb ontology (``ontology/geokb.ttl``).

Instance IRIs are minted under a configurable base by :class:`kb.mapping.Minter`; the
vocabulary below is fixed so that queries written against one KB work against any other.
"""

from __future__ import annotations

from functools import cache

from pyoxigraph import NamedNode


class Namespace(str):
    """A namespace string whose attributes and items are :class:`NamedNode` terms.

    An attribute's term is kept on the namespace once made: the mapping looks up
    ``RDF.type`` and the like about two thousand times per article, and a miss that
    reaches ``__getattr__`` costs a failed lookup plus a new term each time.
    """

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        term = NamedNode(self + name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> NamedNode:  # type: ignore[override]
        return NamedNode(self + name)


class TextNamespace(str):
    """A namespace whose attributes and items are its terms' N-Triples text (``<...>``).

    What the mapping writes N-Quads with (:mod:`kb.mapping`): ``TextNamespace(RDF).type`` is
    ``"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"``, kept once made, as in
    :class:`Namespace`. Only for names that are IRI characters (the vocabulary's own, and the
    schema's enumerations): nothing is checked or escaped.
    """

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        term = "<" + self + name + ">"
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> str:  # type: ignore[override]
        return "<" + self + name + ">"


@cache
def as_text(namespace: str) -> TextNamespace:
    """The one :class:`TextNamespace` of ``namespace``, shared by every module that asks.

    The mapping and the tie graphs (:mod:`kb.analysis.ties`) write the same vocabulary; one
    instance per namespace keeps one cache of its terms instead of one per module.
    """
    return TextNamespace(namespace)


GK = Namespace("https://w3id.org/geokb/ns#")
KIND = Namespace("https://w3id.org/geokb/kind/")
STATUS = Namespace("https://w3id.org/geokb/status/")
FLAG = Namespace("https://w3id.org/geokb/flag/")
EVENT = Namespace("https://w3id.org/geokb/event/")
EXISTENCE = Namespace("https://w3id.org/geokb/existence/")
CAMEO = Namespace("https://w3id.org/geokb/cameo/")
"""CAMEO event codes as concepts geokb mints (CAMEO has no IRIs): ``CAMEO["112"]`` is "Accuse"."""
PLOVER = Namespace("https://w3id.org/geokb/plover/")
"""PLOVER event categories as concepts geokb mints (PLOVER has no IRIs): ``PLOVER.accuse``."""
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
DCT = Namespace("http://purl.org/dc/terms/")
WD = Namespace("http://www.wikidata.org/entity/")
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
W3C_FORMATS = Namespace("http://www.w3.org/ns/formats/")
"""The W3C's format IRIs (https://www.w3.org/ns/formats/), as the service description names them."""

PREFIXES: dict[str, str] = {
    "gk": str(GK),
    "kind": str(KIND),
    "status": str(STATUS),
    "flag": str(FLAG),
    "event": str(EVENT),
    "existence": str(EXISTENCE),
    "cameo": str(CAMEO),
    "plover": str(PLOVER),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "oa": str(OA),
    "dct": str(DCT),
    "wd": str(WD),
    "void": str(VOID),
    "dcat": str(DCAT),
}

PREFIX_DECLARATIONS = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
"""The KB's prefixes as SPARQL ``PREFIX`` lines, for servers and clients that lack them."""

ACTOR_TYPES: dict[str, tuple[NamedNode, ...]] = {
    "person": (GK.Person, SCHEMA.Person),
    "state": (GK.State, SCHEMA.Country),
    "organization": (GK.Organization, SCHEMA.Organization),
    "government-body": (GK.GovernmentBody, SCHEMA.GovernmentOrganization),
    "media": (GK.MediaOutlet, SCHEMA.NewsMediaOrganization),
    "bloc": (GK.Bloc,),
    "armed-force": (GK.ArmedForce,),
}
"""Actor type in an annotation -> the RDF classes an actor of that type gets."""
ACTOR_TYPE_NAMES: dict[str, str] = {classes[0].value: name for name, classes in ACTOR_TYPES.items()}
"""The geokb class IRI of an actor type -> its name in annotations ("person", "state"...)."""

CLAIM_KINDS = (
    "statement",
    "prediction",
    "meeting",
    "appeal",
    "demand",
    "proposal",
    "endorsement",
    "criticism",
    "accusation",
    "rejection",
    "threat",
)
STATUSES = ("asserted", "reported", "alleged")
ANNOTATION_METHODS = ("curated", "drafted")  # by a person's hand; by kb.extract, not yet reviewed
FLAG_KINDS = ("wrong-name", "wrong-title", "garbled-title", "wrong-fact", "ambiguous-reference")
EVENT_TYPES = ("meeting", "troop-deployment", "aid", "negotiation", "proposal", "attack", "other")
EXISTENCE_STATUSES = ("established", "alleged", "proposed")
