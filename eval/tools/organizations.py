#!/usr/bin/env python3
"""The list of known organisations (src/main/resources/org/softkg/mention/organizations.txt): the names that the
pipeline itself types Organization, from the sentences of its role and shape rules (AgentTyper), on the WikiSER-small
dev sentences outside the gold set. KnownOrganizations types an untyped name on that list as an Organization, so that
a company named once in a small document ("a near-partnership with Zeta , which ...") gets the type that the corpus
gives it where the sentence says so.

usage: organizations.py pool DEV.txt GOLD.jsonl OUT.txt
           writes the dev sentences that the gold set does not list, in the WikiSER format
       organizations.py list GRAPH.nt POOL.txt > organizations.txt
           the labels of the Organization entities of GRAPH.nt (the output of
           `softkg extract -o GRAPH.nt --format ntriples OUT.txt`), without:
           - one-word labels that the pool also writes in lower case ("Standards", "Wall": common words),
           - one-word labels that are the last word of a Person entity's label (surnames: "by Quill" after
             "Ada Quill")"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import round3  # noqa: E402  (the dev.txt reader the gold tools share)

TYPE = re.compile(r'(<[^>]+>) <http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type> <https://w3id\.org/softkg/ontology#(\w+)>')
LABEL = re.compile(r'(<[^>]+>) <http://www\.w3\.org/2000/01/rdf-schema#label> "((?:[^"\\]|\\.)*)"')


def pool(dev, gold, out):
    taken = {json.loads(line)["id"] for line in open(gold, encoding="utf-8") if line.strip()}
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for i, lines in enumerate(round3.read_dev(dev)):
            if i in taken:
                continue
            f.write("<s>\n" + "\n".join(lines) + "\n</s>\n")
            n += 1
    print(f"{n} sentences outside the gold set -> {out}", file=sys.stderr)


def unescape(label):
    return label.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") if "\\" in label else label


def organisations(graph, pool_file):
    types, labels = {}, {}
    for line in open(graph, encoding="utf-8"):
        m = TYPE.match(line)
        if m:
            types.setdefault(m.group(1), set()).add(m.group(2))
        m = LABEL.match(line)
        if m:
            labels[m.group(1)] = unescape(m.group(2))
    lower = set()
    for line in open(pool_file, encoding="utf-8"):
        token = line.split("\t", 1)[0]
        if token[:1].islower():
            lower.add(token)
    surnames = {labels[e].split()[-1] for e, t in types.items() if "Person" in t and e in labels and " " in labels[e]}
    names = set()
    for e, t in types.items():
        label = labels.get(e)
        if "Organization" not in t or not label:
            continue
        if " " not in label and (label.lower() in lower or label in surnames):
            continue
        names.add(label)
    return sorted(names)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "pool":
        pool(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) == 4 and sys.argv[1] == "list":
        for name in organisations(sys.argv[2], sys.argv[3]):
            print(name)
    else:
        sys.exit(__doc__)
