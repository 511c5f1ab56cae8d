#!/usr/bin/python3
"""Draw the readable core of a newsgraph output as a Graphviz graph (DOT).

  /usr/bin/python3 tools/graph_picture.py OUTPUT [-o FILE.dot]
  dot -Tsvg FILE.dot -o FILE.svg

OUTPUT is any file newsgraph writes (Turtle, N-Triples, N-Quads, TriG; the format is guessed
from the extension, N-Triples when there is none). The picture keeps what a reader asks
about and leaves out the text layer (NIF context, sentences, mentions, evidence spans) and
the run:

  - the article (headline, date), its publisher and the original it is based on;
  - the entities that anything drawn links to, coloured by kind, with their Wikidata ids;
  - every event (class, CAMEO code, epistemic status, time, the words that name it) with
    its roles, quantities and casualties; events that are not asserted have a dashed frame;
  - every claim, linked to its event and claimant, with the words that make it a claim;
  - the standing relations between entities (membership, co-chairs, part of, located in...),
    dashed when the text only claims them.

Output is deterministic (nodes and edges sorted), so the picture changes only when the graph
does. Needs rdflib (Debian's python3-rdflib, hence /usr/bin/python3). Exit status: 0 on
success, 1 on an unreadable input, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import sys
import textwrap

try:
    from rdflib import Dataset, Graph, Namespace, URIRef
    from rdflib.namespace import RDF, RDFS
    from rdflib.util import guess_format
except ImportError:  # pragma: no cover - depends on the machine
    sys.stderr.write("graph_picture.py: needs rdflib (apt-get install python3-rdflib; run it with /usr/bin/python3)\n")
    sys.exit(1)

NG = Namespace("https://w3id.org/newsgraph/ns#")
SCHEMA = Namespace("http://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
OWL_SAME_AS = URIRef("http://www.w3.org/2002/07/owl#sameAs")
WD = "http://www.wikidata.org/entity/"
CAMEO = "https://w3id.org/newsgraph/cameo/"

# Fill colours by the entity's class: states, organisations, people, places, groups, things.
ENTITY_STYLE = {
    SCHEMA.Country: "#cfe2f3", NG.Territory: "#cfe2f3",
    NG.InternationalOrganization: "#fff2cc", NG.OrganizationBody: "#fff2cc", SCHEMA.GovernmentOrganization: "#fff2cc",
    SCHEMA.NewsMediaOrganization: "#eeeeee", NG.ArmedGroup: "#f4cccc",
    SCHEMA.Person: "#ead1dc",
    SCHEMA.City: "#d9ead3", SCHEMA.Place: "#d9ead3", NG.Region: "#d9ead3",
    NG.Group: "#fce5cd", NG.MilitaryEquipment: "#e6e6e6",
}
# Properties drawn as edges from an event, and between entities.
EVENT_ROLES = [NG.sourceActor, NG.targetActor, NG.supplier, NG.recipient, NG.participant, NG.transitPlace,
               NG.eventLocation]
ENTITY_RELATIONS = [NG.memberOf, NG.coChairOf, NG.leads, NG.hostsBaseOf, NG.breakawayRegionOf, NG.partOf,
                    NG.institutionOf, NG.affiliatedWith, NG.borderOf, SCHEMA.containedInPlace]
LEGEND = ("\nentities: states blue, organisations yellow, people pink, places green, groups orange, media grey"
          "\nevents: class and CAMEO code, status, time, the words that name them; dashed when not asserted"
          "\nclaims: dashed white boxes, with the words that make them claims")
BOUNDS = [(SCHEMA.minValue, "min"), (SCHEMA.maxValue, "max"), (SCHEMA.value, "")]


def load(path: str, syntax: str | None) -> Graph:
    syntax = syntax or guess_format(path) or "nt"
    graph = Dataset(default_union=True) if syntax in ("nquads", "trig") else Graph()
    graph.parse(path, format=syntax)
    return graph


def local(term) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def wrap(text: str, width: int = 28) -> str:
    return "\n".join(textwrap.wrap(" ".join(text.split()), width)) or text


def first(graph: Graph, subject, predicate):
    values = sorted(graph.objects(subject, predicate), key=str)
    return values[0] if values else None


def anchor_text(graph: Graph, span) -> str | None:
    text = first(graph, span, NIF.anchorOf) if span is not None else None
    return None if text is None else " ".join(str(text).split())


class Picture:
    """Nodes and edges of the picture, keyed by IRI so that each is drawn once."""

    def __init__(self, graph: Graph):
        self.g = graph
        self.nodes: dict[str, tuple[str, dict]] = {}
        self.edges: set[tuple[str, str, str, str]] = set()
        self.entities: set = set()

    def node(self, term, label: str, **attrs) -> str:
        key = str(term)
        self.nodes[key] = (label, attrs)
        return key

    def edge(self, source, target, label: str, style: str = "solid"):
        self.edges.add((str(source), str(target), label, style))

    def entity(self, term):
        self.entities.add(term)
        return str(term)

    def draw_entities(self):
        for term in self.entities:
            if str(term) in self.nodes:
                continue
            label = first(self.g, term, RDFS.label)
            classes = sorted(self.g.objects(term, RDF.type), key=str)
            fill = next((ENTITY_STYLE[c] for c in classes if c in ENTITY_STYLE), "#ffffff")
            text = wrap(str(label) if label is not None else local(term), 24)
            same = first(self.g, term, OWL_SAME_AS)
            if same is not None and str(same).startswith(WD):
                text += f"\nwd:{str(same)[len(WD):]}"
            self.node(term, text, shape="ellipse", style="filled", fillcolor=fill)

    def status_of(self, term) -> str:
        status = first(self.g, term, NG.epistemicStatus)
        return local(status) if status is not None else ""

    def add_article(self):
        for article in sorted(self.g.subjects(RDF.type, SCHEMA.NewsArticle), key=str):
            headline = first(self.g, article, SCHEMA.headline)
            date = first(self.g, article, SCHEMA.datePublished)
            text = "NewsArticle\n" + wrap(str(headline or local(article)), 34) + (f"\n{date}" if date else "")
            self.node(article, text, shape="note", style="filled", fillcolor="#ffffff")
            for publisher in self.g.objects(article, SCHEMA.publisher):
                self.edge(article, self.entity(publisher), "publisher")
            for original in self.g.objects(article, SCHEMA.isBasedOn):
                date = first(self.g, original, SCHEMA.datePublished)
                self.node(original, "original" + (f"\n{date}" if date else ""), shape="note")
                self.edge(article, original, "isBasedOn")
                for publisher in self.g.objects(original, SCHEMA.publisher):
                    self.edge(original, self.entity(publisher), "publisher")

    def add_events(self):
        for event in sorted(set(self.g.subjects(NG.eventCode, None)), key=str):
            classes = ", ".join(sorted(local(c) for c in self.g.objects(event, RDF.type)))
            code = first(self.g, event, NG.eventCode)
            status = self.status_of(event)
            head = f"{classes} {str(code)[len(CAMEO):]}" if code is not None else classes
            time = first(self.g, event, SEM.hasTimeStamp)
            since = first(self.g, event, SEM.hasEarliestBeginTimeStamp)
            when = str(time) if time is not None else f"since {since}" if since is not None else ""
            trigger = anchor_text(self.g, first(self.g, event, NG.trigger))
            detail = " · ".join(x for x in (status, when, f"“{trigger}”" if trigger else "") if x)
            lines = [head, detail]
            dashed = "filled,rounded" + ("" if status == "Asserted" else ",dashed")
            self.node(event, "\n".join(lines), shape="box", style=dashed, fillcolor="#fde9d9")
            for role in EVENT_ROLES:
                for target in self.g.objects(event, role):
                    self.edge(event, self.entity(target), local(role))
            for quantity in self.g.objects(event, NG.quantity):
                self.node(quantity, self.quantity_text(quantity), shape="box", style="filled", fillcolor="#f3f3f3",
                          fontsize="10")
                self.edge(event, quantity, "quantity")

    def quantity_text(self, quantity) -> str:
        qualifier = first(self.g, quantity, NG.qualifier)
        unit = first(self.g, quantity, SCHEMA.unitCode)
        for predicate, name in BOUNDS:
            value = first(self.g, quantity, predicate)
            if value is not None:
                words = [str(qualifier) if qualifier is not None else name, str(value), str(unit or "")]
                return " ".join(w for w in words if w)
        return "quantity"

    def add_casualties(self):
        for casualties in sorted(self.g.subjects(RDF.type, NG.Casualties), key=str):
            outcome = first(self.g, casualties, NG.outcome)
            count = first(self.g, casualties, NG.casualtyCount)
            text = f"Casualties · {outcome or '?'}\n{self.quantity_text(count) if count is not None else '?'}"
            self.node(casualties, text, shape="box", style="filled", fillcolor="#f3f3f3", fontsize="10")
            for event in self.g.objects(casualties, NG.inEvent):
                self.edge(casualties, event, "inEvent")
            for group in self.g.objects(casualties, NG.casualtyGroup):
                self.edge(casualties, self.entity(group), "casualtyGroup")

    def add_claims(self):
        for claim in sorted(self.g.subjects(RDF.type, NG.Claim), key=str):
            cue = anchor_text(self.g, first(self.g, claim, NG.evidence))
            text = f"Claim · {self.status_of(claim)}" + (f"\n“{cue}”" if cue else "")
            self.node(claim, text, shape="box", style="filled,dashed", fillcolor="#ffffff", fontsize="10")
            for event in self.g.objects(claim, NG.claimedEvent):
                self.edge(claim, event, "claimedEvent")
            for claimant in self.g.objects(claim, NG.claimant):
                self.edge(claim, self.entity(claimant), "claimant")

    def add_positions(self):
        for person, position in sorted(self.g.subject_objects(NG.holdsPosition), key=str):
            label = first(self.g, position, RDFS.label)
            self.node(position, wrap(str(label or local(position)), 22), shape="box", style="filled",
                      fillcolor="#ead1dc", fontsize="10")
            self.edge(self.entity(person), position, "holdsPosition")
            for state in self.g.objects(position, NG.positionOf):
                self.edge(position, self.entity(state), "positionOf")

    def add_relations(self):
        """Standing relations between entities drawn so far; a relation the text only claims
        (an rdf:Statement without its direct triple) is dashed and names its status."""
        drawn = set(self.entities)
        for prop in ENTITY_RELATIONS:
            for subject, target in self.g.subject_objects(prop):
                if subject in drawn or target in drawn:
                    self.edge(self.entity(subject), self.entity(target), local(prop))
        for statement in self.g.subjects(RDF.type, RDF.Statement):
            s = first(self.g, statement, RDF.subject)
            p = first(self.g, statement, RDF.predicate)
            o = first(self.g, statement, RDF.object)
            if None in (s, p, o) or (s, p, o) in self.g:
                continue
            self.edge(self.entity(s), self.entity(o), f"{local(p)} ({self.status_of(statement)})", "dashed")

    def dot(self, title: str) -> str:
        out = ["digraph newsgraph {",
               f"  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, labelloc=t, labeljust=l, "
               f"label={quote(title + LEGEND)}, nodesep=0.12, ranksep=0.45];",
               "  node [fontname=\"Helvetica\", fontsize=11, margin=\"0.08,0.04\"];",
               "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\", arrowsize=0.6];"]
        ids = {key: f"n{i}" for i, key in enumerate(sorted(self.nodes))}
        for key in sorted(self.nodes):
            label, attrs = self.nodes[key]
            extra = "".join(f", {name}={quote(value)}" for name, value in sorted(attrs.items()))
            out.append(f"  {ids[key]} [label={quote(label)}{extra}];  // {key}")
        for source, target, label, style in sorted(self.edges):
            if source in ids and target in ids:
                dashed = ", style=dashed" if style == "dashed" else ""
                out.append(f"  {ids[source]} -> {ids[target]} [label={quote(label)}{dashed}];")
        out.append("}")
        return "\n".join(out) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Write a Graphviz DOT picture of a newsgraph output's readable core.")
    parser.add_argument("output", help="a file newsgraph wrote")
    parser.add_argument("-o", "--out", help="the DOT file to write (default: standard output)")
    parser.add_argument("--syntax", help="rdflib format name, when the extension does not tell")
    parser.add_argument("--title", help="a title for the picture (default: the input's name)")
    args = parser.parse_args(argv)
    try:
        graph = load(args.output, args.syntax)
    except Exception as error:  # rdflib raises many types for unreadable input
        print(f"{args.output}: error: {error}", file=sys.stderr)
        return 1
    picture = Picture(graph)
    picture.add_article()
    picture.add_events()
    picture.add_casualties()
    picture.add_claims()
    picture.add_positions()
    picture.add_relations()
    picture.draw_entities()
    text = picture.dot(args.title or args.output.rsplit("/", 1)[-1])
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
