#!/usr/bin/env python3
"""Scratch annotation aid for eval/gold: samples candidate sentences of WikiSER-small dev.txt
per relation (by cue words) and at random, and prints them with their tags for a human to read.

usage: candidates.py DEV.txt sample   -> prints the sampled sentences, grouped by stratum
       candidates.py DEV.txt show ID.. -> prints given sentences
       candidates.py DEV.txt sample --round 2 -> the second round's sample (new sentences only)
       candidates.py DEV.txt skeleton --round 2 -> the second round as gold lines with empty facts
                                                  (id, hash, split, stratum, round), to annotate
The sample is fixed by SEED (round 1) and SEED2 (round 2); see eval/gold/GUIDELINES.md."""
import hashlib, random, re, sys

SEED = 20261125
PER_RELATION = 13
EXTRA = {}  # relation -> additional candidates drawn after the first pass
RANDOM_NONE = 80

CUES = {
    "forkedFrom": r"\bfork",
    "basedOn": r"\bbased on\b|\bderived from\b|\bderivative of\b|\bdescended from\b|\bbuilt (on|upon)\b|-based\b",
    "developedBy": r"\b(developed|created|designed|written|maintained|produced|manufactured|published|authored) by\b|\bdeveloper of\b|\bcreator of\b",
    "writtenIn": r"\b(written|implemented|programmed|coded) in\b",
    "license": r"\blicen[cs]",
    "runsOn": r"\b(runs?|running|ran) on\b|\bported to\b|\bavailable (for|on)\b",
    "supports": r"\bsupport",
    "successorOf": r"\bsuccessor\b|\breplac|\bsupersed|\bsucceed|\bpredecessor\b",
    "influencedBy": r"\binfluenc|\binspired\b|\binspiration\b",
    "similarTo": r"\bsimilar\b|\bresembl|\bclone of\b|\banalog|\bequivalent\b|\bcomparable\b",
    "partOf": r"\bpart of\b|\bcomponent of\b|\bmodule of\b|\bincluded (in|with)\b|\bbundled\b|\bsubsystem\b",
    "implements": r"\bimplement",
    "uses": r"\buses\b|\bused\b|\butiliz|\bemploys\b|\bmakes use\b",
    "importedFrom": r"\bimported\b|\bmerged from\b|\bported from\b|\bborrow|\badopted from\b|\btaken from\b|\bincorporat",
    "compatibleWith": r"\bcompatib|\binteroperab",
    "dependsOn": r"\bdepend|\brequires?\b|\brelies\b|\brely\b",
}

# second pass, for relations that the first pass left short: stricter cues over the rendered
# sentence (a "[" right after the cue means a tagged mention follows), at least two mentions
SECOND = {
    "forkedFrom": (6, r"\bfork(ed)? (of|from)\b"),
    "basedOn": (5, r"\b(based on|derived from) (the )?\["),
    "writtenIn": (8, r"\b(written|implemented|programmed|coded) in (the )?\["),
    "supports": (5, r"\bsupports? (the )?\[|\bsupport for (the )?\["),
    "successorOf": (9, r"\bsuccessor (of|to)\b|\breplaced (by|with)\b|\bsupersede|\bpredecessor\b"),
    "influencedBy": (4, r"\b(influenced|inspired) by\b"),
    "similarTo": (6, r"\bsimilar to (the )?\[|\bclone of\b|\bresembl"),
    "implements": (8, r"\bimplements (the )?\[|\bimplementation of (the )?\["),
    "importedFrom": (14, r"\b(imported|merged|ported|borrowed|taken|incorporated|adopted|code) from\b"),
    "compatibleWith": (6, r"\bcompatible with (the )?\[|\bcompatibility with (the )?\[|-compatible\b"),
    "dependsOn": (14, r"\bdepends on\b|\brequires (the )?\[|\brel(ies|y) on\b|\bdependen(cy|t) on\b"),
}

# third pass, for relations still short after the second: a named subject (a capitalised word or a
# mention) right before the cue
THIRD = {
    "forkedFrom": (4, r"(\]|[A-Z]\w*) (is|was) (a )?fork"),
    "writtenIn": (4, r"(\]|[A-Z]\w*) ,?(is |was )?(written|coded|programmed) in\b"),
    "successorOf": (6, r"(\]|[A-Z]\w*) (,|is|was) (the )?(\w+ )?successor\b|(\]|[A-Z]\w*) (replaced|supersedes|superseded)\b"),
    "implements": (4, r"(\]|[A-Z]\w*) (implements|is an implementation of)\b"),
    "importedFrom": (20, r"\b(imported|merged|ported|borrowed|incorporated|adopted|took|takes|pulled|integrated)\b.{0,40}\bfrom \[|\bcode from\b|\bincorporat\w+ (code|parts|components)\b"),
    "dependsOn": (20, r"(\]|[A-Z]\w*) (depends|relies|relied|depended) (on|upon)\b|(\]|[A-Z]\w*) (requires|required) (the )?\[|\bdependenc(y|ies) (on|of)\b"),
}

# read in full (not sampled): every sentence of dev.txt matching these cues was read, and the ones below
# that state the relation were added, because the random candidates of importedFrom, dependsOn and
# forkedFrom held too few statements:
#   importedFrom: (imported|merged|borrowed|incorporat...|adopted|took|pulled) ... from, "code from"
#   dependsOn: (depends|relies|requires|required|needs|...) after a name, "on top of"
#   forkedFrom: any "fork" not yet sampled
MANUAL = {"forkedFrom": [334, 3259, 6022, 6439], "basedOn": [6270, 7198], "importedFrom": [7243],
          "dependsOn": [2247, 2047, 2879, 1835, 1896, 7642]}

JAVA_SPACE = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u2028\u2029\u205f\u3000"

def read(path):
    sents, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line == "<s>":
            cur = []
        elif line == "</s>":
            sents.append(cur); cur = None
        elif cur is not None and line:
            tok, tag = line.split("\t")[:2]
            # as softkg reads a token: surrounding whitespace stripped (Java Character.isWhitespace)
            cur.append((tok.strip(JAVA_SPACE), tag))
    return sents

def text(s):
    return " ".join(t for t, _ in s)

def digest(s):
    return hashlib.sha256(text(s).encode("utf-8")).hexdigest()[:8]

def mentions(s):
    n = 0
    for _, tag in s:
        if tag.startswith("B-"):
            n += 1
    return n

def render(s):
    out, i = [], 0
    while i < len(s):
        tok, tag = s[i]
        if tag.startswith("B-") or tag.startswith("I-"):
            typ = tag[2:]; j = i + 1
            while j < len(s) and s[j][1] == "I-" + typ:
                j += 1
            out.append("[" + " ".join(t for t, _ in s[i:j]) + "|" + typ[:4] + "]"); i = j
        else:
            out.append(tok); i += 1
    return " ".join(out)

def sample(sents):
    rng = random.Random(SEED)
    taken, strata = set(), []
    for rel, cue in CUES.items():
        cands = [i for i, s in enumerate(sents) if re.search(cue, text(s), re.I) and mentions(s) >= 1
                 and 6 <= len(s) <= 60]
        rng.shuffle(cands)
        n = PER_RELATION + EXTRA.get(rel, 0)
        picked = [i for i in cands if i not in taken][:n]
        taken.update(picked)
        strata.append((rel, picked))
    # the random stratum is drawn from what the first pass left, with the generator's state at
    # that point (a copy, so that the later passes draw as they did when the gold set was made)
    rest = [i for i in range(len(sents)) if i not in taken]
    side = random.Random()
    side.setstate(rng.getstate())
    side.shuffle(rest)
    none = rest[:RANDOM_NONE]
    for rel, (n, cue) in SECOND.items():
        cands = [i for i, s in enumerate(sents) if re.search(cue, render(s), re.I) and mentions(s) >= 2
                 and 6 <= len(s) <= 60]
        rng.shuffle(cands)
        picked = [i for i in cands if i not in taken][:n]
        taken.update(picked)
        strata.append((rel, picked))
    for rel, (n, cue) in THIRD.items():
        cands = [i for i, s in enumerate(sents) if re.search(cue, render(s)) and mentions(s) >= 1
                 and 6 <= len(s) <= 60]
        rng.shuffle(cands)
        picked = [i for i in cands if i not in taken][:n]
        taken.update(picked)
        strata.append((rel, picked))
    strata.append(("none", none))
    return strata

# round 2: a fresh draw over the sentences round 1 did not take (its sample and MANUAL)
SEED2 = 20261126
PER_RELATION2 = 12
RANDOM_NONE2 = 50
# round 2, second pass: relations that the first pass left short of about 11 stating sentences get
# more candidates by stricter cues over the rendered sentence (at least two mentions), as in
# round 1's SECOND. forkedFrom, influencedBy, importedFrom and dependsOn have no candidate left:
# round 1 took or read them all.
SECOND2 = {
    "basedOn": (7, SECOND["basedOn"][1]),
    "writtenIn": (3, SECOND["writtenIn"][1]),
    "license": (6, r"\b(released|licensed|distributed|available|published) under (the )?(an? )?\["),
    "supports": (5, SECOND["supports"][1]),
    "successorOf": (5, SECOND["successorOf"][1]),
    "similarTo": (5, SECOND["similarTo"][1]),
    "implements": (10, SECOND["implements"][1]),
    "uses": (3, r"\b(uses|used|employs|utilizes) (the )?\["),
    "compatibleWith": (10, SECOND["compatibleWith"][1]),
}
# round 2, third pass: the two relations still short after the second pass, by a cue over the plain
# text (at least one mention), as in round 1's THIRD
THIRD2 = {
    "similarTo": (6, r"\bsimilar to\b|\bresembl|\bclone of\b|\banalog(ue)? (of|to)\b"),
    "compatibleWith": (10, r"\bcompatible with\b|\bcompatibility with\b|-compatible\b"),
}

def round1_ids(sents):
    ids = {i for _, picked in sample(sents) for i in picked}
    ids.update(i for picked in MANUAL.values() for i in picked)
    return ids

def sample2(sents):
    """Round 2: per relation, the first-pass cues (CUES, same filters) over the sentences round 1
    did not take, shuffled with SEED2, first PER_RELATION2 not yet taken; then RANDOM_NONE2 random
    sentences of the rest (stratum none), with the generator's state at that point; then the
    second pass (SECOND2) and the third (THIRD2) over what is left, same generator."""
    rng = random.Random(SEED2)
    taken, strata = set(round1_ids(sents)), []
    for rel, cue in CUES.items():
        cands = [i for i, s in enumerate(sents) if re.search(cue, text(s), re.I) and mentions(s) >= 1
                 and 6 <= len(s) <= 60]
        rng.shuffle(cands)
        picked = [i for i in cands if i not in taken][:PER_RELATION2]
        taken.update(picked)
        strata.append((rel, picked))
    rest = [i for i in range(len(sents)) if i not in taken]
    rng.shuffle(rest)
    none = rest[:RANDOM_NONE2]
    taken.update(none)
    for rel, (n, cue) in SECOND2.items():
        cands = [i for i, s in enumerate(sents) if re.search(cue, render(s), re.I) and mentions(s) >= 2
                 and 6 <= len(s) <= 60]
        rng.shuffle(cands)
        picked = [i for i in cands if i not in taken][:n]
        taken.update(picked)
        strata.append((rel, picked))
    for rel, (n, cue) in THIRD2.items():
        cands = [i for i, s in enumerate(sents) if re.search(cue, text(s), re.I) and mentions(s) >= 1
                 and 6 <= len(s) <= 60]
        rng.shuffle(cands)
        picked = [i for i in cands if i not in taken][:n]
        taken.update(picked)
        strata.append((rel, picked))
    strata.append(("none", none))
    return strata

def split2(strata):
    """id -> "heldout"/"tune": within each stratum (both passes of a relation together; strata in
    name order, ids sorted), shuffled with random.Random(SEED2); the first half (rounded up) is
    heldout, the rest tune."""
    rng = random.Random(SEED2)
    merged = {}
    for rel, ids in strata:
        merged.setdefault(rel, []).extend(ids)
    out = {}
    for rel, ids in sorted(merged.items()):
        ids = sorted(ids)
        rng.shuffle(ids)
        k = (len(ids) + 1) // 2
        for n, i in enumerate(ids):
            out[i] = "heldout" if n < k else "tune"
    return out

def skeleton2(sents):
    import json
    strata = sample2(sents)
    split = split2(strata)
    stratum = {i: rel for rel, ids in strata for i in ids}
    assert len(stratum) == sum(len(ids) for _, ids in strata), "a sentence drawn twice"
    for i in sorted(stratum):
        print(json.dumps({"id": i, "hash": digest(sents[i]), "split": split[i], "stratum": stratum[i],
                          "round": 2, "facts": []}))

if __name__ == "__main__":
    sents = read(sys.argv[1])
    round2 = "--round" in sys.argv and sys.argv[sys.argv.index("--round") + 1] == "2"
    if sys.argv[2] == "skeleton":
        if not round2:
            sys.exit("skeleton is made for --round 2 only")
        skeleton2(sents)
    elif sys.argv[2] == "sample":
        for rel, ids in (sample2(sents) if round2 else sample(sents)):
            print("##", rel)
            for i in ids:
                print(f"{i}\t{render(sents[i])}")
    else:
        for a in sys.argv[3:]:
            print(f"{a}\t{digest(sents[int(a)])}\t{render(sents[int(a)])}")
