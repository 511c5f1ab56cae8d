#!/usr/bin/env python3
"""List the mentions of a newsgraph graph (N-Triples on stdin): anchor -> entity (form).

A reviewing aid: `newsgraph build -f ntriples ARTICLE | tools/mentions.py`.
"""
import re
import sys

TRIPLE = re.compile(r'^(<[^>]*>|_:\S+) <([^>]*)> (.*) \.$')
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
NG = "https://w3id.org/newsgraph/ns#"


def literal(term):
    m = re.match(r'^"((?:[^"\\]|\\.)*)"', term)
    return bytes(m.group(1), "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") if m else term


def main():
    nodes = {}
    for line in sys.stdin:
        m = TRIPLE.match(line.strip())
        if not m:
            continue
        s, p, o = m.groups()
        nodes.setdefault(s, {}).setdefault(p, []).append(o)
    rows = []
    for s, props in nodes.items():
        if "http://www.w3.org/2005/11/its/rdf#taIdentRef" not in props:
            continue
        begin = int(literal(props[NIF + "beginIndex"][0]))
        for target in props["http://www.w3.org/2005/11/its/rdf#taIdentRef"]:
            label = nodes.get(target, {}).get("http://www.w3.org/2000/01/rdf-schema#label", ["?"])[0]
            rows.append((begin, literal(props[NIF + "anchorOf"][0]), literal(label),
                         literal(props.get(NG + "mentionForm", ['""'])[0])))
    for begin, anchor, label, form in sorted(rows):
        print(f"{begin:6d}  {anchor[:60]!r:64} -> {label} ({form})")


if __name__ == "__main__":
    main()
