#!/usr/bin/env python3
"""The pool: every WikiSER-small dev sentence outside the gold set, used as the precision guard when rules
change (every fact a change adds or removes there is judged by hand, eval/judged/pool-judged.tsv).

usage: pool.py skeleton DEV.txt GOLD.jsonl OUT.jsonl
           writes the pool as a gold file with no facts (split "tune"), so that
           `softkg eval relations --gold OUT.jsonl --details --json` lists every extracted fact as wrong
       pool.py facts EVAL.json OUT.tsv [JUDGED.tsv...]
           the facts of such an eval run, one row each (sentence hash subject relation object rule verdict);
           the verdict comes from the judged files (same sentence, subject, relation, object), else "?"
       pool.py diff BEFORE.tsv AFTER.tsv
           rows only in one of the two (the rule id is ignored), with their verdicts and counts"""
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import round3  # noqa: E402  (the dev.txt reader the gold tools share)


def read_dev(path):
    """The sentences of dev.txt, each as its list of tokens."""
    return [round3.tokens(s) for s in round3.read_dev(path)]


def sentence_hash(tokens):
    return hashlib.sha256(" ".join(tokens).encode("utf-8")).hexdigest()[:8]


def skeleton(dev, gold, out):
    taken = {json.loads(l)["id"] for l in open(gold, encoding="utf-8") if l.strip()}
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for i, toks in enumerate(read_dev(dev)):
            if i in taken:
                continue
            f.write(json.dumps({"id": i, "hash": sentence_hash(toks), "split": "tune", "stratum": "pool",
                                "facts": []}) + "\n")
            n += 1
    print(f"{n} pool sentences -> {out}", file=sys.stderr)


def key(row):
    return (str(row[0]), row[2], row[3], row[4])


def read_rows(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("sentence\t") or not line.strip():
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows


def facts(eval_json, out, judged):
    verdicts = {}
    for path in judged:
        for r in read_rows(path):
            if len(r) >= 7 and r[6] != "?":
                verdicts[key(r)] = r[6]
    d = json.load(open(eval_json, encoding="utf-8"))
    hashes = {}
    rows = []
    for s in d["details"]:
        for w in s["wrong"]:
            row = [str(s["id"]), "", w["s"], w["r"], w["o"], w.get("rule", ""), "?"]
            row[6] = verdicts.get(key(row), "?")
            rows.append((row, s["text"]))
    with open(out, "w", encoding="utf-8") as f:
        f.write("sentence\thash\tsubject\trelation\tobject\trule\tverdict\ttext\n")
        for row, text in rows:
            f.write("\t".join(row) + "\t" + text + "\n")
    judged_n = sum(1 for r, _ in rows if r[6] != "?")
    right = sum(1 for r, _ in rows if r[6] == "right")
    print(f"{len(rows)} facts, {judged_n} judged, {right} right"
          + (f" ({right / judged_n:.3f} of the judged)" if judged_n else ""), file=sys.stderr)


def diff(before, after):
    b = {key(r): r for r in read_rows(before)}
    a = {key(r): r for r in read_rows(after)}
    for name, src, other in (("added", a, b), ("removed", b, a)):
        ks = [k for k in src if k not in other]
        counts = {}
        for k in ks:
            counts[src[k][6]] = counts.get(src[k][6], 0) + 1
        print(f"## {name}: {len(ks)} {counts}")
        for k in sorted(ks, key=lambda k: int(k[0])):
            r = src[k]
            print("\t".join(r[:7]) + ("\t" + r[7][:220] if len(r) > 7 else ""))


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "skeleton":
        skeleton(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) >= 4 and sys.argv[1] == "facts":
        facts(sys.argv[2], sys.argv[3], sys.argv[4:])
    elif len(sys.argv) == 4 and sys.argv[1] == "diff":
        diff(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
