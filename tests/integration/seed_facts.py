#!/usr/bin/env python3
"""rdflib, one of the three engines the tests put newsgraph's output through (with
Oxigraph, oxigraph.mjs, and Virtuoso, virtuoso.sh):

- every bundled article, in each of the four output formats, parses, and all four hold the
  same triples; the quad formats put them in one named graph per article;
- every question of seed_questions.json (the seed's facts, each traced to its evidence in
  the article's text) gets its expected answer, from each of the four formats of the seed.

  seed_facts.py NEWSGRAPH ROOT
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

import rdflib
from rdflib.compare import isomorphic

FORMATS = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig"}
QUAD_FORMATS = {"nquads", "trig"}
SEED = "seed-avim-2020-08-14"


def load(path, newsgraph_format):
    """Parses one output file. The questions name no graph, so quad formats go into a
    Dataset whose default graph is the union of its named graphs."""
    if newsgraph_format in QUAD_FORMATS:
        graph = rdflib.Dataset(default_union=True)
    else:
        graph = rdflib.Graph()
    graph.parse(path, format=FORMATS[newsgraph_format])
    return graph


def named_graphs(dataset):
    default = rdflib.graph.DATASET_DEFAULT_GRAPH_ID
    return {g.identifier for g in dataset.contexts() if len(g) and g.identifier != default}


def check_article(binary, article, work, fail):
    """Builds one article in every format and returns its graphs by format."""
    name = os.path.splitext(os.path.basename(article))[0]
    graphs = {}
    for newsgraph_format in FORMATS:
        out = os.path.join(work, f"{name}.{newsgraph_format}")
        subprocess.run([binary, "build", "-q", "--deterministic", "-f", newsgraph_format, article, "-o", out],
                       check=True)
        try:
            graphs[newsgraph_format] = load(out, newsgraph_format)
        except Exception as error:  # any parse error of rdflib fails this format, not the run
            fail(f"{name}.{newsgraph_format}: rdflib cannot parse it: {error}")
    # The same triples in every format, compared as graphs so that blank nodes may differ.
    triples = {}
    for newsgraph_format, graph in graphs.items():
        triples[newsgraph_format] = rdflib.Graph()
        for triple in graph.triples((None, None, None)):
            triples[newsgraph_format].add(triple)
    reference = triples.get("ntriples")
    if reference is None or len(reference) == 0:
        fail(f"{name}: no triples in N-Triples")
        return graphs
    for newsgraph_format, found in triples.items():
        if not isomorphic(found, reference):
            fail(f"{name}.{newsgraph_format}: {len(found)} triples, not those of N-Triples ({len(reference)})")
    for newsgraph_format in QUAD_FORMATS & graphs.keys():
        count = len(named_graphs(graphs[newsgraph_format]))
        if count != 1:
            fail(f"{name}.{newsgraph_format}: {count} named graphs instead of one")
    return graphs


def main():
    binary, root = sys.argv[1], sys.argv[2]
    with open(os.path.join(root, "tests/integration/seed_questions.json"), encoding="utf-8") as f:
        questions = json.load(f)["questions"]
    failures = []
    fail = failures.append
    articles = sorted(glob.glob(f"{root}/data/articles/*.txt")) + sorted(glob.glob(f"{root}/tests/data/articles/*.txt"))
    asked = 0
    with tempfile.TemporaryDirectory() as work:
        for article in articles:
            graphs = check_article(binary, article, work, fail)
            if os.path.basename(article) != f"{SEED}.txt":
                continue
            for newsgraph_format, graph in graphs.items():
                for question in questions:
                    answer = graph.query(question["sparql"]).askAnswer
                    asked += 1
                    if answer != question["expect"]:
                        fail(f"{newsgraph_format}: {question['name']}: answered {answer}")
    if asked != len(questions) * len(FORMATS):
        fail(f"asked {asked} questions, expected {len(questions)} in each of {len(FORMATS)} formats")
    for message in failures:
        print(f"FAIL: {message}")
    print(f"{len(articles)} articles parsed in {len(FORMATS)} formats, {asked} answers, {len(failures)} failed")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
