#!/usr/bin/env python3
"""The gold set's third round (eleventh session): random sentences, annotated in batches.

usage: round3.py DEV.txt batches OUTDIR   -> OUTDIR/batchK.tsv (id, hash, sentence with [name]{Type} marks)
                                             for five annotators, and OUTDIR/overlap.ids
       round3.py DEV.txt merge OUTDIR     -> reads OUTDIR/batchK.jsonl (the annotators' lines), applies the
                                             lead's cross-batch decisions (DECISIONS), prints the agreement on
                                             the doubly annotated sentences and writes round 3's gold lines
                                             (with split, stratum "random", round 3) to stdout

Sample: SEED; sentences of dev.txt outside rounds 1 and 2 (the gold file's round 1 and 2 lines), at an odd
position (the even positions of the pool were read by earlier precision work), with at least two tagged names.
1,500 are dealt round robin into five batches; 60 more are each annotated by two batches (batch k gets overlap
chunks k and k+1). A doubly annotated sentence keeps the lower-numbered batch's annotation. Split: ids sorted,
shuffled with Random(SPLIT_SEED), the first half (rounded up) heldout. See eval/gold/GUIDELINES.md, "Round 3"."""
import glob, hashlib, json, os, random, re, sys

SEED = 13
SPLIT_SEED = 20261127
SAMPLE, OVERLAP, BATCHES = 1500, 60, 5
GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold", "dev-relations.jsonl")

# The lead's decisions where the five annotators chose differently (GUIDELINES.md, "Round 3"): facts added to
# the batches that left them out, by sentence position.
ADDED = {
    6671: [{"s": "Cốc Cốc", "r": "license", "o": "freeware"}],
    6679: [{"s": "Watman", "r": "license", "o": "freeware"}],
    6727: [{"s": "MagicDisc", "r": "license", "o": "freeware", "s_alt": ["MagicISO Virtual CD/DVD Manager"]}],
    6971: [{"s": "MilkShape 3D", "r": "license", "o": "shareware", "s_alt": ["MS3D"]}],
    7019: [{"s": "Dráscula", "r": "license", "o": "freeware"}],
    7291: [{"s": "Supernova", "r": "license", "o": "freeware"}],
    7205: [{"s": "Lure of the Temptress", "r": "license", "o": "freeware"},
           {"s": "Beneath a Steel Sky", "r": "license", "o": "freeware"}],
    6877: [{"s": "iView", "r": "license", "o": "shareware"}],
    6693: [{"s": "The Secret Files", "r": "license", "o": "shareware"}],
    7065: [{"s": "The Ardennes Offensive", "r": "license", "o": "freeware"}],
    53: [{"s": "Eric Andrew Young", "r": "partOf", "o": "RSA Security", "s_alt": ["Young"], "s_type": "Person",
          "o_type": "Organization"},
         {"s": "Tim Hudson", "r": "partOf", "o": "RSA Security", "s_alt": ["Hudson"], "s_type": "Person",
          "o_type": "Organization"}],
    855: [{"s": "Kyle Orland", "r": "partOf", "o": "Ars Technica", "s_type": "Person", "o_type": "Organization"}],
    1547: [{"s": "Zinner", "r": "partOf", "o": "MySQL AB", "s_type": "Person", "o_type": "Organization"}],
    119: [{"s": "Chains of Eternity", "r": "partOf", "o": "EverQuest II"},
          {"s": "Tears of Veeshan", "r": "partOf", "o": "EverQuest II"}],
    267: [{"s": "The Splitpaw Saga", "r": "partOf", "o": "EverQuest II", "s_alt": ["Splitpaw Saga"]}],
}


def decided(fact):
    """X-compliant is implements, whichever relation a batch chose."""
    if fact["r"] == "compatibleWith" and fact["o"] == "POSIX":
        return dict(fact, r="implements")
    return fact


def read_dev(path):
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line == "<s>":
            cur = []
        elif line == "</s>":
            sents.append(cur)
        else:
            cur.append(line)
    return sents


def tokens(s):
    return [t.split("\t")[0].strip() for t in s]


def tags(s):
    return [t.split("\t")[1].strip() if "\t" in t else "O" for t in s]


def sentence_hash(s):
    return hashlib.sha256(" ".join(tokens(s)).encode("utf-8")).hexdigest()[:8]


def marked(s):
    out, open_type = [], None
    for w, t in zip(tokens(s), tags(s)):
        if open_type and not t.startswith("I-"):
            out[-1] += "]{" + open_type + "}"
            open_type = None
        if t.startswith("B-") or (t.startswith("I-") and not open_type):
            out.append("[" + w)
            open_type = t[2:]
        else:
            out.append(w)
    if open_type:
        out[-1] += "]{" + open_type + "}"
    return " ".join(out)


def earlier_rounds():
    ids = set()
    for line in open(GOLD, encoding="utf-8"):
        d = json.loads(line)
        if d.get("round", 1) < 3:
            ids.add(d["id"])
    return ids


def batches(sents, out):
    taken = earlier_rounds()
    cand = [i for i in range(len(sents)) if i not in taken and i % 2 == 1
            and sum(1 for t in tags(sents[i]) if t.startswith("B-")) >= 2]
    random.seed(SEED)
    pick = random.sample(cand, SAMPLE + OVERLAP)
    deal(sents, pick[:SAMPLE], pick[SAMPLE:], BATCHES, out)
    print(f"{len(cand)} candidate sentences, {SAMPLE + OVERLAP} drawn into {out}", file=sys.stderr)


def deal(sents, main, overlap, count, out):
    """Deals main round robin into count batches, each overlap chunk k to batches k and k+1 (OUT/batchK.tsv), and
    writes OUT/overlap.ids. Shared with randomround.py."""
    size = len(overlap) // count
    chunks = [overlap[k * size:(k + 1) * size] for k in range(count)]
    os.makedirs(out, exist_ok=True)
    for b in range(count):
        with open(f"{out}/batch{b + 1}.tsv", "w", encoding="utf-8") as f:
            for i in sorted(main[b::count] + chunks[b] + chunks[(b + 1) % count]):
                f.write(f"{i}\t{sentence_hash(sents[i])}\t{marked(sents[i])}\n")
    with open(f"{out}/overlap.ids", "w") as f:
        f.write("\n".join(map(str, sorted(overlap))))


def key(name):
    """An approximation of softkg's LabelNormalizer.key, for the agreement figure only."""
    k = re.sub(r"\s+", " ", name.lower().replace("-", " ").replace("_", " ")).strip()
    k = re.sub(r"^the ", "", k)
    k = re.sub(r" ?'s?$", "", k)
    k = re.sub(r" ?\.$", "", k)
    return re.sub(r" ?([^\w\s]) ?", r"\1", k)


def same_fact(f, g):
    def names(x, side):
        return {key(x[side])} | {key(a) for a in x.get(side + "_alt", [])}
    return f["r"] == g["r"] and names(f, "s") & names(g, "s") and names(f, "o") & names(g, "o")


def with_decisions(d):
    """A batch line with the lead's decisions applied (DECISIONS)."""
    facts = [decided(f) for f in d["facts"]]
    have = {(f["s"], f["r"], f["o"]) for f in facts}
    facts += [f for f in ADDED.get(d["id"], []) if (f["s"], f["r"], f["o"]) not in have]
    return dict(d, facts=facts)


def read_batches(out, fix=lambda d: d):
    """The annotators' lines of OUT/batchK.jsonl, by sentence id and batch number, each passed through fix."""
    ann = {}
    for path in sorted(glob.glob(f"{out}/batch*.jsonl")):
        b = int(re.search(r"batch(\d+)", path).group(1))
        for line in open(path, encoding="utf-8"):
            if line.strip():
                d = fix(json.loads(line))
                ann.setdefault(d["id"], {})[b] = d
    return ann


def agreement(ann, out):
    """Prints the fact agreement of the two annotations of each sentence in OUT/overlap.ids."""
    matched = only_a = only_b = 0
    for i in map(int, open(f"{out}/overlap.ids").read().split()):
        if len(ann.get(i, {})) < 2:
            continue
        (_, a), (_, b) = sorted(ann[i].items())[:2]
        ma = sum(1 for f in a["facts"] if any(same_fact(f, g) for g in b["facts"]))
        mb = sum(1 for g in b["facts"] if any(same_fact(f, g) for f in a["facts"]))
        matched += ma
        only_a += len(a["facts"]) - ma
        only_b += len(b["facts"]) - mb
    pa, pb = matched / max(1, matched + only_a), matched / max(1, matched + only_b)
    print(f"agreement on the doubly annotated sentences: {matched} facts shared, {only_a} only in the first, "
          f"{only_b} only in the second: F1 {2 * pa * pb / max(1e-9, pa + pb):.3f}", file=sys.stderr)


def merge(out):
    ann = read_batches(out, with_decisions)
    agreement(ann, out)
    ids = sorted(ann)
    order = list(ids)
    random.Random(SPLIT_SEED).shuffle(order)
    heldout = set(order[:(len(order) + 1) // 2])
    for i in ids:
        d = ann[i][min(ann[i])]
        print(json.dumps({"id": i, "hash": d["hash"], "split": "heldout" if i in heldout else "tune",
                          "stratum": "random", "round": 3, "facts": d["facts"]}, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[2] not in ("batches", "merge"):
        sys.exit(__doc__)
    if sys.argv[2] == "batches":
        batches(read_dev(sys.argv[1]), sys.argv[3])
    else:
        merge(sys.argv[3])
