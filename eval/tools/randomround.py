#!/usr/bin/env python3
"""The gold set's random tuning rounds (twenty-second session: rounds 4, 5 and 6), annotated in batches.

usage: randomround.py ROUND DEV.txt batches OUTDIR -> OUTDIR/batchK.tsv (id, hash, sentence with [name]{Type}
                                                      marks) for the annotators, and OUTDIR/overlap.ids
       randomround.py ROUND DEV.txt merge OUTDIR   -> reads OUTDIR/batchK.jsonl, prints the agreement on the doubly
                                                      annotated sentences and writes the round's gold lines (split
                                                      "tune", stratum "random", round ROUND) to stdout

Sample (ROUNDS: seed, sentences, doubly annotated ones, batches): sentences of dev.txt outside the gold file's
earlier rounds (any position), with at least two tagged names, as in round 3. The sample is dealt round robin into
the batches; each overlap sentence is annotated by two batches (batch k gets overlap chunks k and k+1). A doubly
annotated sentence keeps the lower-numbered batch's annotation. Every line is "tune": the rounds give the rule work
new sentences to read, and the held-out part stays as it was, so its figures stay comparable with earlier sessions'.
See eval/gold/GUIDELINES.md, "Rounds 4 to 6"."""
import json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import round3  # noqa: E402  (the reader, the dealing into batches and the agreement are round 3's)

ROUNDS = {4: (22, 400, 20, 4), 5: (23, 800, 40, 4), 6: (24, 800, 40, 4)}


def batches(rnd, sents, out):
    seed, sample, overlap_size, count = ROUNDS[rnd]
    taken = {d["id"] for d in map(json.loads, open(round3.GOLD, encoding="utf-8")) if d.get("round", 1) < rnd}
    cand = [i for i in range(len(sents)) if i not in taken
            and sum(1 for t in round3.tags(sents[i]) if t.startswith("B-")) >= 2]
    random.seed(seed)
    pick = random.sample(cand, sample + overlap_size)
    round3.deal(sents, pick[:sample], pick[sample:], count, out)
    print(f"{len(cand)} candidate sentences, {sample + overlap_size} drawn into {out}", file=sys.stderr)


def merge(rnd, out):
    ann = round3.read_batches(out)
    round3.agreement(ann, out)
    for i in sorted(ann):
        d = ann[i][min(ann[i])]
        print(json.dumps({"id": i, "hash": d["hash"], "split": "tune", "stratum": "random", "round": rnd,
                          "facts": d["facts"]}, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 5 or not sys.argv[1].isdigit() or int(sys.argv[1]) not in ROUNDS \
            or sys.argv[3] not in ("batches", "merge"):
        sys.exit(__doc__)
    if sys.argv[3] == "batches":
        batches(int(sys.argv[1]), round3.read_dev(sys.argv[2]), sys.argv[4])
    else:
        merge(int(sys.argv[1]), sys.argv[4])
