#!/usr/bin/python3
"""Check the newsgraph ontology: every term it defines documented, every property typed.

  /usr/bin/python3 tools/check_ontology.py [--ontology-dir DIR]

Reads every ontology/*.ttl and fails (exit 1, one line per problem) when
  - the ontology header lacks a label, comment, owl:versionIRI, owl:versionInfo,
    dct:license, dct:creator (a node, not a literal) or dct:description;
  - an ng: term has no rdf:type, rdfs:label, rdfs:comment or rdfs:isDefinedBy the ontology;
  - an ng: property has no rdfs:domain or rdfs:range, or one that no file declares;
  - an ng: term is a sub-class or sub-property of a term no file declares;
  - a reused term of external.ttl lacks a label or comment, or (a property) a domain or range;
  - any triple names an ng: term that is not declared (a typo in a subClassOf, say);
  - a Wikidata alignment is not a property (wd:P...) for a property, or an item (wd:Q...)
    for a class.
sord_validate checks the output against the ontology; this checks the ontology itself.
tools/gen_term_reference.py runs the same checks before it writes docs/terms.md, and
imports the reading of the files from here.

Needs rdflib (Debian's python3-rdflib, hence /usr/bin/python3). Exit status: 0 when the
ontology passes, 1 when it does not, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

try:
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD
except ImportError:  # pragma: no cover - depends on the machine
    sys.stderr.write("check_ontology.py: needs rdflib (apt-get install python3-rdflib; run it with /usr/bin/python3)\n")
    sys.exit(1)

REPO_ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_IRI = URIRef("https://w3id.org/newsgraph/ns")
NG = "https://w3id.org/newsgraph/ns#"
WD = "http://www.wikidata.org/entity/"
DCT = "http://purl.org/dc/terms/"
EXTERNAL_FILE = "external.ttl"
# Files in the order their terms are listed (and shown on docs/terms.md); others follow, by name.
FILE_ORDER = ["newsgraph.ttl", EXTERNAL_FILE, "cameo.ttl", "plover.ttl"]
# Namespaces whose terms every validator knows from the W3C schemas: no file need declare them.
W3C = (str(RDF), str(RDFS), str(OWL), str(XSD))
# Display-only prefixes for alignment targets whose vocabularies the output does not use (the
# ontology does not declare their prefixes, since every declared prefix reaches the output).
EXTRA_PREFIXES = {"org": "http://www.w3.org/ns/org#", "foaf": "http://xmlns.com/foaf/0.1/"}

CLASS_TYPES = {RDFS.Class, OWL.Class}
PROPERTY_TYPES = {RDF.Property, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
MATCHES = [(SKOS.exactMatch, "exact match"), (SKOS.closeMatch, "close match"), (SKOS.relatedMatch, "related match"),
           (SKOS.broadMatch, "broad match"), (SKOS.narrowMatch, "narrow match")]
HEADER_FIELDS = [(RDFS.label, "rdfs:label"), (RDFS.comment, "rdfs:comment"), (OWL.versionIRI, "owl:versionIRI"),
                 (OWL.versionInfo, "owl:versionInfo"), (URIRef(DCT + "license"), "dct:license"),
                 (URIRef(DCT + "creator"), "dct:creator"), (URIRef(DCT + "description"), "dct:description")]


class Ontology:
    """The ontology files, read one by one (to know which file declares what) and together."""

    def __init__(self, folder: Path):
        self.folder = folder
        def rank(path: Path):
            return (FILE_ORDER.index(path.name) if path.name in FILE_ORDER else len(FILE_ORDER), path.name)

        paths = sorted(folder.glob("*.ttl"), key=rank)
        if not paths:
            raise SystemExit(f"check_ontology.py: no .ttl file in {folder}")
        self.files = [p.name for p in paths]
        self.graph = Graph()
        self.declared_in: dict[URIRef, str] = {}
        self.line_of: dict[URIRef, tuple[int, int]] = {}
        self.prefixes: dict[str, str] = {}
        for index, path in enumerate(paths):
            part = Graph()
            try:
                part.parse(path, format="turtle")
            except Exception as error:  # rdflib raises several types for bad Turtle
                raise SystemExit(f"{path}: error: {error}")
            self.graph += part
            text = path.read_text(encoding="utf-8")
            # The prefixes as the file writes them (rdflib may rename one that clashes with its own).
            for prefix, namespace in re.findall(r"^@prefix\s+([A-Za-z][\w-]*):\s*<([^>]*)>", text, re.MULTILINE):
                self.prefixes.setdefault(prefix, namespace)
            for subject in set(part.subjects(RDF.type, None)):
                if isinstance(subject, URIRef):
                    self.declared_in.setdefault(subject, path.name)
                    self.line_of.setdefault(subject, (index, self._line(text, subject)))

    def _line(self, text: str, term: URIRef) -> int:
        """The line where the file opens the term's description, to keep the authors' order."""
        for prefix, namespace in self.prefixes.items():
            if str(term).startswith(namespace):
                local = re.escape(str(term)[len(namespace):])
                found = re.search(rf"^{prefix}:{local}(?=[\s;,.])", text, re.MULTILINE)
                if found:
                    return text.count("\n", 0, found.start()) + 1
        found = re.search(rf"^<{re.escape(str(term))}>", text, re.MULTILINE)
        return text.count("\n", 0, found.start()) + 1 if found else 10**9

    def types(self, term) -> set:
        return set(self.graph.objects(term, RDF.type))

    def is_class(self, term) -> bool:
        return bool(self.types(term) & CLASS_TYPES)

    def is_property(self, term) -> bool:
        return bool(self.types(term) & PROPERTY_TYPES)

    def one(self, term, predicate):
        values = sorted(self.graph.objects(term, predicate), key=str)
        return values[0] if values else None

    def all(self, term, predicate) -> list:
        return sorted(self.graph.objects(term, predicate), key=str)

    def ordered(self, terms):
        return sorted(terms, key=lambda t: (self.line_of.get(t, (99, 10**9)), str(t)))

    def ng_terms(self) -> list[URIRef]:
        return self.ordered(t for t in self.declared_in if str(t).startswith(NG))

    def external_terms(self) -> list[URIRef]:
        return self.ordered(t for t, f in self.declared_in.items() if f == EXTERNAL_FILE and not str(t).startswith(NG)
                            and (self.is_class(t) or self.is_property(t)))

    def known(self, term) -> bool:
        """Declared by a file here, or by the W3C schemas every validator loads."""
        return term in self.declared_in or str(term).startswith(W3C)



def lint(onto: Ontology) -> list[str]:
    problems = []
    g = onto.graph
    if (ONTOLOGY_IRI, RDF.type, OWL.Ontology) not in g:
        problems.append(f"<{ONTOLOGY_IRI}> is not declared an owl:Ontology")
    for predicate, name in HEADER_FIELDS:
        if onto.one(ONTOLOGY_IRI, predicate) is None:
            problems.append(f"the ontology header has no {name}")
    creator = onto.one(ONTOLOGY_IRI, URIRef(DCT + "creator"))
    if isinstance(creator, Literal):
        problems.append("dct:creator is a literal; it wants a node (a dct:Agent) with a label")

    for term in onto.ng_terms():
        name = curie(onto, term)
        where = onto.declared_in[term]
        if onto.one(term, RDFS.label) is None:
            problems.append(f"{where}: {name} has no rdfs:label")
        if onto.one(term, RDFS.comment) is None:
            problems.append(f"{where}: {name} has no rdfs:comment")
        if onto.one(term, RDFS.isDefinedBy) != ONTOLOGY_IRI:
            problems.append(f"{where}: {name} has no rdfs:isDefinedBy <{ONTOLOGY_IRI}>")
        if onto.is_property(term):
            for predicate, what in ((RDFS.domain, "rdfs:domain"), (RDFS.range, "rdfs:range")):
                values = onto.all(term, predicate)
                if not values:
                    problems.append(f"{where}: {name} has no {what}")
                for value in values:
                    if not onto.known(value):
                        problems.append(f"{where}: the {what} of {name}, {curie(onto, value)}, is declared nowhere")
        for predicate in (RDFS.subClassOf, RDFS.subPropertyOf):
            for parent in onto.all(term, predicate):
                if not onto.known(parent):
                    problems.append(f"{where}: {name} is a sub-term of {curie(onto, parent)}, declared nowhere")
        for predicate, _ in MATCHES:
            for target in onto.all(term, predicate):
                local = str(target)[len(WD):] if str(target).startswith(WD) else None
                if local is None:
                    continue
                if onto.is_property(term) and not re.fullmatch(r"P[1-9][0-9]*", local):
                    problems.append(f"{where}: {name} is a property, aligned to the Wikidata item wd:{local}")
                if onto.is_class(term) and not re.fullmatch(r"Q[1-9][0-9]*", local):
                    problems.append(f"{where}: {name} is a class, aligned to the Wikidata property wd:{local}")

    for term in onto.external_terms():
        name = curie(onto, term)
        for predicate, what in ((RDFS.label, "rdfs:label"), (RDFS.comment, "rdfs:comment")):
            if onto.one(term, predicate) is None:
                problems.append(f"{EXTERNAL_FILE}: {name} has no {what}")
        if onto.is_property(term):
            for predicate, what in ((RDFS.domain, "rdfs:domain"), (RDFS.range, "rdfs:range")):
                if onto.one(term, predicate) is None:
                    problems.append(f"{EXTERNAL_FILE}: {name} has no {what}")

    mentioned = set()
    for triple in g:
        mentioned.update(node for node in triple if isinstance(node, URIRef) and str(node).startswith(NG))
    for term in sorted(mentioned - set(onto.declared_in), key=str):
        problems.append(f"{curie(onto, term)} is used but declared nowhere (no rdf:type)")
    return problems



def curie(onto: Ontology, term) -> str:
    text = str(term)
    best = None
    for prefix, namespace in list(onto.prefixes.items()) + list(EXTRA_PREFIXES.items()):
        if text.startswith(namespace) and (best is None or len(namespace) > len(best[1])):
            best = (prefix, namespace)
    if best and re.fullmatch(r"[A-Za-z0-9_.-]*", text[len(best[1]):]):
        return f"{best[0]}:{text[len(best[1]):]}"
    return f"<{text}>"



def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Check the newsgraph ontology.")
    parser.add_argument("--ontology-dir", type=Path, default=REPO_ROOT / "ontology")
    args = parser.parse_args(argv)
    problems = lint(Ontology(args.ontology_dir))
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in {args.ontology_dir}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
