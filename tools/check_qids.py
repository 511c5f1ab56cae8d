#!/usr/bin/env python3
"""Cross-check the gazetteers' Wikidata ids against those of the gold files.

The gold files give a Wikidata id only where their authors checked it. For every gold
entity with an id, this finds gazetteer entries that share a name with it (label or alias,
case and diacritics folded) and reports: conflicts (the same name, another id), ids the
gazetteer could take (gazetteer '-', gold has one), and agreements.

  tools/check_qids.py --corpus ../shared/corpus [--gazetteer data/gazetteer]

Exit 1 when there is a conflict. Standard library only.
"""
import argparse
import csv
import glob
import json
import os
import sys
import unicodedata


def fold(name):
    name = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    name = "".join(c for c in name if not unicodedata.combining(c)).casefold().strip()
    return name[4:] if name.startswith("the ") else name


def load_gazetteer(folder):
    by_name = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.tsv"))):
        if os.path.basename(path) in ("offices.tsv", "memberships.tsv"):
            continue
        with open(path, encoding="utf-8") as f:
            rows = [line for line in f if not line.startswith("#")]
        for row in csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE):
            names = [row["label"]] + ([] if row["aliases"] == "-" else row["aliases"].split("|"))
            for name in names:
                by_name.setdefault(fold(name), []).append((row["id"], row["qid"], os.path.basename(path)))
    return by_name


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--gazetteer", default=os.path.join(os.path.dirname(__file__), "..", "data", "gazetteer"))
    args = parser.parse_args()
    by_name = load_gazetteer(args.gazetteer)
    conflicts, open_ids, agree = set(), set(), set()
    for path in sorted(glob.glob(os.path.join(args.corpus, "*.gold.json"))):
        for e in json.load(open(path, encoding="utf-8")).get("entities", []):
            if not e.get("qid"):
                continue
            for gid, qid, file in by_name.get(fold(e["label"]), []):
                if qid == "-":
                    open_ids.add(f"{file}: {gid} could take {e['qid']} ({e['label']}, {os.path.basename(path)})")
                elif qid != e["qid"]:
                    conflicts.add(f"{file}: {gid} has {qid}, gold {os.path.basename(path)} has {e['qid']} ({e['label']})")
                else:
                    agree.add(gid)
    for line in sorted(conflicts):
        print("CONFLICT", line)
    for line in sorted(open_ids):
        print("OPEN    ", line)
    print(f"{len(agree)} ids agree, {len(conflicts)} conflict, {len(open_ids)} could be filled")
    return 1 if conflicts else 0


if __name__ == "__main__":
    sys.exit(main())
