#!/usr/bin/python3
"""Write docs/terms.md, the reference of the newsgraph ontology's terms, or check it.

  /usr/bin/python3 tools/gen_term_reference.py           check the ontology, write docs/terms.md
  /usr/bin/python3 tools/gen_term_reference.py --check   check the ontology, and exit 1 unless
                                                         docs/terms.md is what it would write

Reads every ontology/*.ttl. The page has one section per class, property and individual of
the ng: namespace (label, IRI, comment, domain, range, super- and sub-terms, alignments to
Wikidata and reused vocabularies, the file that declares it), then the reused terms that
external.ttl declares for the output, then a summary of each SKOS concept scheme (CAMEO,
PLOVER): counts, not every concept. Terms appear in the order of their files, which group
them by topic; the contents list them alphabetically. Anchors are GitHub's.

The checks of tools/check_ontology.py run first, every time: no page is written from an
ontology that fails them. Needs rdflib (Debian's python3-rdflib, hence /usr/bin/python3;
tools/install-deps.sh installs it). Output is deterministic. Exit status: 0 on success, 1
on a failed check or a stale page, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.dont_write_bytecode = True  # keep tools/ free of __pycache__
from check_ontology import (  # noqa: E402  (the sibling tool, found beside this file)
    DCT, EXTERNAL_FILE, EXTRA_PREFIXES, MATCHES, NG, ONTOLOGY_IRI, REPO_ROOT, WD, Ontology, curie, lint)
from rdflib import BNode, URIRef  # noqa: E402
from rdflib.namespace import OWL, RDF, RDFS, SKOS  # noqa: E402

# Terms the output uses that the W3C schemas define, so external.ttl does not declare them.
W3C_TERMS_USED = ("`rdf:type`, `rdfs:label`, `owl:sameAs` (Wikidata links), and `rdf:Statement` with "
                  "`rdf:subject`, `rdf:predicate`, `rdf:object` (standing relations, each with its status and "
                  "evidence)")


def anchor(title: str) -> str:
    """A placeholder for the anchor of a heading, resolved once the page is whole."""
    return f"\x00{title}\x00"


def github_slug(title: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation but '-' and '_' dropped."""
    return re.sub(r"[^a-z0-9 _-]", "", title.lower()).replace(" ", "-")


def resolve_anchors(page: str) -> tuple[str, list[str]]:
    """Replaces the placeholders with GitHub's anchors, which number repeated slugs in page
    order (ng:EpistemicStatus is #ngepistemicstatus, ng:epistemicStatus #ngepistemicstatus-1)."""
    slugs, counts, problems = {}, defaultdict(int), []
    for heading in re.findall(r"^#+ (.+)$", page, re.MULTILINE):
        if heading in slugs:
            problems.append(f"two headings read '{heading}'")
            continue
        base = github_slug(heading)
        slugs[heading] = base if counts[base] == 0 else f"{base}-{counts[base]}"
        counts[base] += 1

    def replace(match):
        title = match.group(1)
        if title not in slugs:
            problems.append(f"a link to '{title}', which has no heading")
            return github_slug(title)
        return slugs[title]

    return re.sub("\x00([^\x00]*)\x00", replace, page), problems


def plain(text) -> str:
    """A literal as one line of Markdown, safe in a table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def link(onto: Ontology, term) -> str:
    if isinstance(term, BNode):
        return "(an anonymous class)"
    name = curie(onto, term)
    text = str(term)
    if text.startswith(NG) and term in onto.declared_in:
        return f"[{name}](#{anchor(name)})"
    if text.startswith(WD):
        local = text[len(WD):]
        page = f"Property:{local}" if local.startswith("P") else local
        return f"[{name}](https://www.wikidata.org/wiki/{page})"
    if term in onto.declared_in and onto.declared_in[term] == EXTERNAL_FILE:
        return f"[{name}](#{anchor(name)})"
    if name.startswith("<"):
        return f"`{name}`"
    return f"[{name}]({text})" if text.startswith("http") and ":" in name else f"`{name}`"


def links(onto: Ontology, terms) -> str:
    return ", ".join(link(onto, t) for t in terms)


def kind_of(onto: Ontology, term) -> str:
    types = onto.types(term)
    if OWL.DatatypeProperty in types:
        return "datatype property"
    if OWL.ObjectProperty in types:
        return "object property"
    if onto.is_property(term):
        return "property"
    return "class"


def alignment_cell(onto: Ontology, term) -> str:
    parts = []
    for predicate, name in MATCHES:
        targets = onto.all(term, predicate)
        if targets:
            parts.append(f"{name} {links(onto, targets)}")
    return "; ".join(parts)


def term_section(onto: Ontology, term, subs: dict) -> list[str]:
    name = curie(onto, term)
    out = [f"### {name}", ""]
    label = onto.one(term, RDFS.label)
    comment = onto.one(term, RDFS.comment)
    out.append(f"**{plain(label)}**: {plain(comment)}" if label is not None else plain(comment or ""))
    out += ["", "| | |", "|---|---|", f"| IRI | `{term}` |"]
    if onto.is_property(term):
        out.append(f"| kind | {kind_of(onto, term)} |")
        out.append(f"| domain | {links(onto, onto.all(term, RDFS.domain))} |")
        out.append(f"| range | {links(onto, onto.all(term, RDFS.range))} |")
        parents = onto.all(term, RDFS.subPropertyOf)
        if parents:
            out.append(f"| sub-property of | {links(onto, parents)} |")
    else:
        parents = onto.all(term, RDFS.subClassOf)
        if parents:
            out.append(f"| sub-class of | {links(onto, parents)} |")
    if subs.get(term):
        what = "sub-properties" if onto.is_property(term) else "sub-classes"
        out.append(f"| {what} | {links(onto, onto.ordered(subs[term]))} |")
    alignments = alignment_cell(onto, term)
    if alignments:
        out.append(f"| alignments | {alignments} |")
    out.append(f"| declared in | `ontology/{onto.declared_in[term]}` |")
    return out + [""]


def header_section(onto: Ontology) -> list[str]:
    def value(predicate):
        node = onto.one(ONTOLOGY_IRI, predicate)
        if isinstance(node, URIRef):
            label = onto.one(node, RDFS.label)
            return f"[{plain(label)}]({node})" if label is not None else f"`{node}`"
        return plain(node) if node is not None else ""

    version_iri = onto.one(ONTOLOGY_IRI, OWL.versionIRI)
    out = [
        "| | |",
        "|---|---|",
        f"| ontology | `{ONTOLOGY_IRI}` |",
        f"| version | {value(OWL.versionInfo)} (`{version_iri}`) |",
        f"| licence | {value(URIRef(DCT + 'license'))} |",
        f"| creator | {value(URIRef(DCT + 'creator'))} |",
        f"| files | {', '.join(f'`ontology/{f}`' for f in onto.files)} |",
        "",
        plain(onto.one(ONTOLOGY_IRI, URIRef(DCT + "description"))),
        "",
        "Prefixes used on this page:",
        "",
        "| prefix | namespace |",
        "|---|---|",
    ]
    shown = dict(onto.prefixes)
    shown.update(EXTRA_PREFIXES)
    out += [f"| `{p}:` | `{ns}` |" for p, ns in sorted(shown.items())]
    return out + [""]


def contents(onto: Ontology, groups: list[tuple[str, list]]) -> list[str]:
    out = ["## Contents", ""]
    for title, terms in groups:
        names = sorted((curie(onto, t) for t in terms), key=str.lower)
        out.append(f"- [{title}](#{anchor(title)}) ({len(terms)}): " + ", ".join(f"[{n}](#{anchor(n)})" for n in names))
    out += ["- [Reused terms](#reused-terms)", "- [Code lists](#code-lists)", ""]
    return out


def individuals_section(onto: Ontology, individuals: list) -> list[str]:
    out = []
    by_class = defaultdict(list)
    for term in individuals:
        for cls in onto.types(term):
            by_class[cls].append(term)
    for cls in onto.ordered(by_class):
        out += [f"Instances of {link(onto, cls)}:", ""]
        for term in onto.ordered(by_class[cls]):
            name = curie(onto, term)
            label, comment = plain(onto.one(term, RDFS.label)), plain(onto.one(term, RDFS.comment))
            out += [f"### {name}", "", f"**{label}**: {comment}",
                    "", f"IRI `{term}`, declared in `ontology/{onto.declared_in[term]}`.", ""]
    return out


def reused_section(onto: Ontology) -> list[str]:
    out = ["## Reused terms", "",
           f"The terms of other vocabularies that the output uses, as `ontology/{EXTERNAL_FILE}` declares them for "
           "validators (labels and comments follow each vocabulary's own definitions; where a vocabulary allows "
           "several ranges, the one newsgraph writes). The output also uses " + W3C_TERMS_USED +
           ", which the W3C schemas define.", ""]
    by_namespace = defaultdict(list)
    for term in onto.external_terms():
        by_namespace[curie(onto, term).split(":", 1)[0]].append(term)
    for prefix in sorted(by_namespace):
        out += [f"### {prefix}: `{onto.prefixes.get(prefix, '')}`", ""]
        for term in by_namespace[prefix]:
            name = curie(onto, term)
            label = plain(onto.one(term, RDFS.label))
            comment = plain(onto.one(term, RDFS.comment))
            if onto.is_property(term):
                domain, range_ = links(onto, onto.all(term, RDFS.domain)), links(onto, onto.all(term, RDFS.range))
                detail = f"{kind_of(onto, term)}: {domain} → {range_}"
            else:
                parents = onto.all(term, RDFS.subClassOf)
                detail = "class" + (f", sub-class of {links(onto, parents)}" if parents else "")
            out += [f"#### {name}", "", f"**{label}** ({detail}). {comment}", ""]
    return out


def schemes_section(onto: Ontology) -> list[str]:
    g = onto.graph
    out = ["## Code lists", "",
           "The event codes are SKOS concept schemes, generated by `tools/gen_code_schemes.py` (their files say "
           "from what). Events point to a concept with `ng:eventCode`. Counts only; the files list every concept.", ""]
    schemes = onto.ordered(g.subjects(RDF.type, SKOS.ConceptScheme))
    members = {s: set(g.subjects(SKOS.inScheme, s)) for s in schemes}
    mappings = [p for p in onto.ng_terms() if SKOS.mappingRelation in onto.all(p, RDFS.subPropertyOf)]
    for scheme in schemes:
        concepts = members[scheme]
        label = onto.one(scheme, SKOS.prefLabel) or onto.one(scheme, RDFS.label)
        out += [f"### {plain(label)}", "", plain(onto.one(scheme, RDFS.comment) or ""), "", "| | |", "|---|---|",
                f"| scheme | `{scheme}` (`ontology/{onto.declared_in.get(scheme, '?')}`) |",
                f"| concepts | {len(concepts)} |",
                f"| top concepts | {len(set(g.objects(scheme, SKOS.hasTopConcept)))} |"]
        lengths = defaultdict(int)
        for concept in concepts:
            notation = onto.one(concept, SKOS.notation)
            if notation is not None and str(notation).isdigit():
                lengths[len(str(notation))] += 1
        if lengths:
            counts = ", ".join(f"{n} of {k} digits" for k, n in sorted(lengths.items()))
            out.append(f"| by length of code | {counts} |")
        for prop in mappings:
            mapped = [c for c in concepts if onto.one(c, prop) is not None]
            if mapped:
                out.append(f"| concepts with {link(onto, prop)} | {len(mapped)} |")
        for prop in onto.ng_terms():
            if onto.is_property(prop) and prop not in mappings and onto.one(prop, RDFS.domain) == SKOS.Concept:
                count = sum(1 for c in concepts if onto.one(c, prop) is not None)
                if count:
                    out.append(f"| concepts with {link(onto, prop)} | {count} |")
        sources = onto.all(scheme, URIRef(DCT + "source"))
        if sources:
            out.append("| sources | " + ", ".join(f"<{s}>" for s in sources) + " |")
        licence = onto.one(scheme, URIRef(DCT + "license"))
        if licence is not None:
            out.append(f"| licence | [{plain(onto.one(licence, RDFS.label) or licence)}]({licence}) |")
        out.append("")
        # For a scheme that others map to: how many concepts of each map to each of its concepts.
        for prop in mappings:
            incoming = defaultdict(int)
            for source, target in g.subject_objects(prop):
                if target in concepts:
                    incoming[target] += 1
            if incoming:
                out += [f"Concepts of this scheme, and how many codes map to each with {link(onto, prop)}:", "",
                        "| concept | label | codes mapped to it |", "|---|---|---|"]
                for concept in sorted(concepts, key=lambda c: str(onto.one(c, SKOS.notation) or c)):
                    out.append(f"| `{plain(onto.one(concept, SKOS.notation) or curie(onto, concept))}` | "
                               f"{plain(onto.one(concept, SKOS.prefLabel) or '')} | {incoming.get(concept, 0)} |")
                out.append("")
    return out


def render(onto: Ontology) -> str:
    terms = onto.ng_terms()
    classes = [t for t in terms if onto.is_class(t)]
    properties = [t for t in terms if onto.is_property(t)]
    individuals = [t for t in terms if t not in classes and t not in properties]
    subs = defaultdict(list)
    for term in terms:
        for parent in onto.all(term, RDFS.subClassOf) + onto.all(term, RDFS.subPropertyOf):
            subs[parent].append(term)

    lines = ["# Terms of the newsgraph ontology", "",
             "<!-- Generated by tools/gen_term_reference.py from ontology/*.ttl. Do not edit: change the ontology and "
             "run /usr/bin/python3 tools/gen_term_reference.py. -->", "",
             "Every class, property and individual that newsgraph defines, then the terms it reuses, then its code "
             "lists. This page is generated from `ontology/`; the `docs_terms` test fails when the two disagree. "
             "[model.md](model.md) shows how the terms fit together on the seed article.", ""]
    lines += header_section(onto)
    lines += contents(onto, [("Classes", classes), ("Properties", properties), ("Individuals", individuals)])
    lines += ["## Classes", ""]
    for term in classes:
        lines += term_section(onto, term, subs)
    lines += ["## Properties", ""]
    for term in properties:
        lines += term_section(onto, term, subs)
    lines += ["## Individuals", ""]
    lines += individuals_section(onto, individuals)
    lines += reused_section(onto)
    lines += schemes_section(onto)
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Check the ontology and write (or check) docs/terms.md.")
    parser.add_argument("--ontology-dir", type=Path, default=REPO_ROOT / "ontology")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "docs" / "terms.md")
    parser.add_argument("--check", action="store_true", help="exit 1 unless the page is up to date")
    args = parser.parse_args(argv)

    onto = Ontology(args.ontology_dir)
    problems = lint(onto)
    page, page_problems = resolve_anchors(render(onto))
    problems += page_problems
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in {args.ontology_dir}", file=sys.stderr)
        return 1
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current == page:
            return 0
        diff = difflib.unified_diff(current.splitlines(), page.splitlines(), str(args.out), "generated", lineterm="")
        for line in list(diff)[:40]:
            print(line, file=sys.stderr)
        print(f"{args.out} is out of date: run /usr/bin/python3 tools/gen_term_reference.py", file=sys.stderr)
        return 1
    args.out.write_text(page, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
