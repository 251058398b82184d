#!/usr/bin/env python3
"""The gold set's fourth round (twenty-second session): random sentences for tuning, annotated in batches.

usage: round4.py DEV.txt batches OUTDIR   -> OUTDIR/batchK.tsv (id, hash, sentence with [name]{Type} marks)
                                             for four annotators, and OUTDIR/overlap.ids
       round4.py DEV.txt merge OUTDIR     -> reads OUTDIR/batchK.jsonl, prints the agreement on the doubly
                                             annotated sentences and writes round 4's gold lines (split "tune",
                                             stratum "random", round 4) to stdout

Sample: SEED; sentences of dev.txt outside rounds 1 to 3 (any position), with at least two tagged names, as in
round 3. 400 are dealt round robin into four batches; 20 more are each annotated by two batches (batch k gets
overlap chunks k and k+1). A doubly annotated sentence keeps the lower-numbered batch's annotation. Every line is
"tune": the round gives the rule work new sentences to read, and the held-out part stays as it was, so its figures
stay comparable with earlier sessions'. See eval/gold/GUIDELINES.md, "Round 4"."""
import glob, json, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import round3  # noqa: E402  (the reader, the marks and the fact matching are round 3's)

SEED = 22
SAMPLE, OVERLAP, BATCHES = 400, 20, 4


def batches(sents, out):
    taken = {json.loads(line)["id"] for line in open(round3.GOLD, encoding="utf-8")}
    cand = [i for i in range(len(sents)) if i not in taken
            and sum(1 for t in round3.tags(sents[i]) if t.startswith("B-")) >= 2]
    random.seed(SEED)
    pick = random.sample(cand, SAMPLE + OVERLAP)
    main, overlap = pick[:SAMPLE], pick[SAMPLE:]
    size = OVERLAP // BATCHES
    chunks = [overlap[k * size:(k + 1) * size] for k in range(BATCHES)]
    os.makedirs(out, exist_ok=True)
    for b in range(BATCHES):
        with open(f"{out}/batch{b + 1}.tsv", "w", encoding="utf-8") as f:
            for i in sorted(main[b::BATCHES] + chunks[b] + chunks[(b + 1) % BATCHES]):
                f.write(f"{i}\t{round3.sentence_hash(sents[i])}\t{round3.marked(sents[i])}\n")
    with open(f"{out}/overlap.ids", "w") as f:
        f.write("\n".join(map(str, sorted(overlap))))
    print(f"{len(cand)} candidate sentences, {SAMPLE + OVERLAP} drawn into {out}", file=sys.stderr)


def merge(out):
    ann = {}
    for path in sorted(glob.glob(f"{out}/batch*.jsonl")):
        b = int(re.search(r"batch(\d+)", path).group(1))
        for line in open(path, encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                ann.setdefault(d["id"], {})[b] = d
    matched = only_a = only_b = 0
    for i in map(int, open(f"{out}/overlap.ids").read().split()):
        if len(ann.get(i, {})) < 2:
            continue
        (_, a), (_, b) = sorted(ann[i].items())[:2]
        ma = sum(1 for f in a["facts"] if any(round3.same_fact(f, g) for g in b["facts"]))
        mb = sum(1 for g in b["facts"] if any(round3.same_fact(f, g) for f in a["facts"]))
        matched += ma
        only_a += len(a["facts"]) - ma
        only_b += len(b["facts"]) - mb
    pa, pb = matched / max(1, matched + only_a), matched / max(1, matched + only_b)
    print(f"agreement on the doubly annotated sentences: {matched} facts shared, {only_a} only in the first, "
          f"{only_b} only in the second: F1 {2 * pa * pb / max(1e-9, pa + pb):.3f}", file=sys.stderr)
    for i in sorted(ann):
        d = ann[i][min(ann[i])]
        print(json.dumps({"id": i, "hash": d["hash"], "split": "tune", "stratum": "random", "round": 4,
                          "facts": d["facts"]}, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[2] not in ("batches", "merge"):
        sys.exit(__doc__)
    if sys.argv[2] == "batches":
        batches(round3.read_dev(sys.argv[1]), sys.argv[3])
    else:
        merge(sys.argv[3])
