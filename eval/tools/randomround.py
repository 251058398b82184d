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
import glob, json, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import round3  # noqa: E402  (the reader, the marks and the fact matching are round 3's)

ROUNDS = {4: (22, 400, 20, 4), 5: (23, 800, 40, 4), 6: (24, 800, 40, 4)}


def batches(rnd, sents, out):
    seed, sample, overlap_size, count = ROUNDS[rnd]
    taken = {d["id"] for d in map(json.loads, open(round3.GOLD, encoding="utf-8")) if d.get("round", 1) < rnd}
    cand = [i for i in range(len(sents)) if i not in taken
            and sum(1 for t in round3.tags(sents[i]) if t.startswith("B-")) >= 2]
    random.seed(seed)
    pick = random.sample(cand, sample + overlap_size)
    main, overlap = pick[:sample], pick[sample:]
    size = overlap_size // count
    chunks = [overlap[k * size:(k + 1) * size] for k in range(count)]
    os.makedirs(out, exist_ok=True)
    for b in range(count):
        with open(f"{out}/batch{b + 1}.tsv", "w", encoding="utf-8") as f:
            for i in sorted(main[b::count] + chunks[b] + chunks[(b + 1) % count]):
                f.write(f"{i}\t{round3.sentence_hash(sents[i])}\t{round3.marked(sents[i])}\n")
    with open(f"{out}/overlap.ids", "w") as f:
        f.write("\n".join(map(str, sorted(overlap))))
    print(f"{len(cand)} candidate sentences, {sample + overlap_size} drawn into {out}", file=sys.stderr)


def merge(rnd, out):
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
