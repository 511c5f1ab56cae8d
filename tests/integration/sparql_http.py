#!/usr/bin/env python3
"""Asks a SPARQL endpoint over HTTP (the SPARQL 1.1 protocol) whether it holds the graphs
newsgraph wrote and whether it answers every question of seed_questions.json as expected.

  sparql_http.py ENDPOINT QUESTIONS.json [--graph IRI=TRIPLES]... [--default-graph IRI]

--graph: the named graph IRI must hold exactly TRIPLES triples.
--default-graph: ask the questions with IRI as the default graph (the protocol's
  default-graph-uri); without it, the endpoint's own default dataset is asked.
Prints one line per failure; exits 1 on any.
"""
import argparse
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

TIMEOUT_SECONDS = 60  # for each request: a store that stops answering fails the test, never hangs it


def ask(endpoint, query, default_graphs):
    """Returns the decoded application/sparql-results+json answer."""
    params = [("query", query)] + [("default-graph-uri", g) for g in default_graphs]
    request = urllib.request.Request(
        endpoint, data=urllib.parse.urlencode(params).encode(),
        headers={"Accept": "application/sparql-results+json",
                 "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
        return json.loads(response.read().decode("utf-8"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("endpoint")
    parser.add_argument("questions")
    parser.add_argument("--graph", action="append", default=[], metavar="IRI=TRIPLES")
    parser.add_argument("--default-graph", action="append", default=[], metavar="IRI")
    args = parser.parse_args()
    with open(args.questions, encoding="utf-8") as f:
        questions = json.load(f)["questions"]
    failures = []
    for spec in args.graph:
        graph, expected = spec.rsplit("=", 1)
        try:
            result = ask(args.endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", [])
            found = int(result["results"]["bindings"][0]["n"]["value"])
        except (OSError, ValueError, KeyError, IndexError) as error:
            failures.append(f"graph <{graph}>: {error}")
            continue
        if found != int(expected):
            failures.append(f"graph <{graph}> holds {found} triples, newsgraph wrote {expected}")
    answered = 0
    for question in questions:
        try:
            answer = ask(args.endpoint, question["sparql"], args.default_graph)["boolean"]
        except urllib.error.HTTPError as error:
            failures.append(f"{question['name']}: HTTP {error.code}: {error.read()[:300].decode(errors='replace')}")
            continue
        except (OSError, ValueError, KeyError) as error:
            failures.append(f"{question['name']}: {error!r}")
            continue
        answered += 1
        if answer != question["expect"]:
            failures.append(f"{question['name']}: answered {answer}")
    for message in failures:
        print(f"FAIL: {message}")
    dataset = " ".join(f"<{g}>" for g in args.default_graph) or "the endpoint's default dataset"
    print(f"{len(args.graph)} graphs counted, {answered} answers from {dataset}, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
