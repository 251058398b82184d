#!/usr/bin/env python3
"""The held-out sentences that share no passage with a tuning sentence.

dev.txt repeats passages (a paragraph quoted in two articles, a command list given twice), so a held-out sentence
can hold words a tuning sentence holds too; a rule or a model that learnt them from the tuning copy is then scored
on what it has seen. Two sentences share a passage when they have at least 3 runs of 8 tokens in common (as
`train relations` groups its cross-validation folds: PassageFolds.java).

usage: unshared.py GOLD.jsonl DEV.txt OUT.jsonl
           writes the held-out lines of GOLD whose sentences share no passage with a tune sentence, and prints
           how many were left out; then `softkg eval relations --gold OUT.jsonl --split heldout` scores the rest"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pool  # noqa: E402

SHINGLE = 8
SHARED = 3


def runs(tokens):
    return {tuple(tokens[k:k + SHINGLE]) for k in range(len(tokens) - SHINGLE + 1)}


def main(gold_path, dev_path, out_path):
    dev = pool.read_dev(dev_path)
    lines = [line for line in open(gold_path, encoding="utf-8") if line.strip()]
    gold = [json.loads(line) for line in lines]
    tuned = collections.defaultdict(set)
    for g in gold:
        if g["split"] == "tune":
            for run in runs(dev[g["id"]]):
                tuned[run].add(g["id"])
    kept = left = facts_left = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for line, g in zip(lines, gold):
            if g["split"] != "heldout":
                continue
            shared = collections.Counter(t for run in runs(dev[g["id"]]) for t in tuned.get(run, ()))
            if any(n >= SHARED for n in shared.values()):
                left += 1
                facts_left += len(g["facts"])
                continue
            out.write(line.rstrip("\n") + "\n")
            kept += 1
    print(f"{kept} held-out sentences kept; {left} left out ({facts_left} facts): they share a passage with a "
          f"tune sentence")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
