#!/usr/bin/env python3
"""Generates the benchmark manifest: N seeded pact-regime cases, one Case JSON per line.

    python3 bench/manifest/generate.py [-n 10000] [--seed 20260612] [-o bench/manifest/cases.jsonl]

Every case is lodged on or after 12-06-2026 (pact regime) and states every fact the procedure
choice of RULES.md §4 reads (Dublin, inadmissibility, situation, unaccompanied minor, the APR
53(2) exclusions and the ten grounds of APR 42(1)), so migratiepact decides a procedure kind
for every case and the peers (json-rules-engine, ZEN), which have no notion of an unknown fact,
decide the same question. Around the procedure facts the cases carry the dates a full
assessment works with (screening, Dublin, decision, asOf), so the full evaluation computes
real deadlines. The mix is stratified over the scenarios below so that every branch of the
decision order — Dublin, inadmissibility, border (adult and 42(3)(b) minor, mandatory and by
choice), border excluded by APR 53(2), accelerated (42(1) and 42(3)), regular — occurs many
times; `--summary` prints the count per scenario.
"""
import argparse
import datetime as dt
import json
import random
import sys

GROUNDS = [  # APR 42(1)(a)–(j): contract name, point
    ("irrelevantIssuesOnly", "a"),
    ("inconsistentStatements", "b"),
    ("misledAuthorities", "c"),
    ("delayRemovalOnly", "d"),
    ("safeCountryOfOrigin", "e"),
    ("dangerToSecurityOrPublicOrder", "f"),
    ("subsequentNotInadmissible", "g"),
    ("irregularEntryNoPromptApplication", "h"),
    ("lawfulEntryNoPromptApplication", "i"),
    ("lowRecognitionRate", "j"),
]
BORDER_POINTS = set("abcdefgj")          # APR 44(1)(b) / Vw-new 3(3): border grounds for adults
UAM_POINTS = set("cefgj")                # APR 42(3)(a)–(e) counterparts
BORDER_SITUATIONS = ["borderCrossingPoint", "externalBorderApprehension", "searchAndRescue", "relocation"]
NATIONALITIES = ["SYR", "AFG", "ERI", "TUR", "MAR", "TUN", "EGY", "IRQ", "IRN", "YEM", "SOM",
                 "COL", "BGD", "GEO", "DZA", "NGA", "IND", "XXA", "SDN", "PAK"]

# (scenario, weight): the stratified mix.
SCENARIOS = [
    ("dublin", 10),
    ("inadmissibility", 10),
    ("borderAdult", 18),
    ("borderMinor", 6),
    ("borderExcluded", 8),
    ("acceleratedAdult", 16),
    ("acceleratedMinor", 6),
    ("acceleratedTerritory", 8),
    ("regular", 14),
    ("regularMinorNon423", 4),
]

CUTOVER = dt.date(2026, 6, 12)


def day(d):
    return d.isoformat()


def instant(d, rng):
    # A CEST/CET instant on Amsterdam date d (offset chosen by month; exactness is irrelevant to
    # the procedure choice, and the calendar resolves the date either way).
    off = "+02:00" if 4 <= d.month <= 10 else "+01:00"
    return f"{d.isoformat()}T{rng.randint(7, 18):02d}:{rng.choice(['00', '15', '30', '45'])}:00{off}"


def when(d, rng):
    return instant(d, rng) if rng.random() < 0.4 else day(d)


def make_case(i, rng, scenario):
    made = CUTOVER + dt.timedelta(days=rng.randint(0, 540))
    registered = made + dt.timedelta(days=rng.randint(0, 5))
    lodged = registered + dt.timedelta(days=rng.randint(0, 21))
    minor = scenario in ("borderMinor", "acceleratedMinor", "regularMinorNon423") or (
        scenario in ("dublin", "inadmissibility", "regular") and rng.random() < 0.15)
    if minor:
        born = made - dt.timedelta(days=rng.randint(8 * 365, 17 * 365))
    else:
        born = made - dt.timedelta(days=rng.randint(19 * 365, 60 * 365))
    border = scenario in ("borderAdult", "borderMinor", "borderExcluded") or (
        scenario not in ("acceleratedTerritory",) and rng.random() < 0.45)
    situation = rng.choice(BORDER_SITUATIONS) if border else "territory"
    excluded = scenario == "borderExcluded"

    grounds = {name: False for name, _ in GROUNDS}
    # Background noise: grounds that never decide the scenario.
    if scenario in ("dublin", "inadmissibility"):
        for name, _ in GROUNDS:
            grounds[name] = rng.random() < 0.15
    elif scenario in ("borderAdult", "borderExcluded"):
        pts = rng.sample(sorted(BORDER_POINTS), rng.randint(1, 3))
        extra = [p for p in "hi" if rng.random() < 0.2]
        for name, p in GROUNDS:
            grounds[name] = p in pts or p in extra
    elif scenario == "borderMinor":
        for name, p in GROUNDS:
            grounds[name] = p == "f" or (p in UAM_POINTS and rng.random() < 0.3) or rng.random() < 0.05
    elif scenario == "acceleratedAdult":
        if border:  # only the non-border points h, i, or a border point with 53(2) excluded
            pts = rng.sample(["h", "i"], rng.randint(1, 2))
        else:
            pts = rng.sample([p for _, p in GROUNDS], rng.randint(1, 3))
        for name, p in GROUNDS:
            grounds[name] = p in pts
    elif scenario == "acceleratedMinor":
        pts = rng.sample(sorted(UAM_POINTS - ({"f"} if border else set())), rng.randint(1, 2))
        for name, p in GROUNDS:
            grounds[name] = p in pts or (p in "abdhi" and rng.random() < 0.2)
    elif scenario == "acceleratedTerritory":
        pts = rng.sample([p for _, p in GROUNDS], rng.randint(1, 4))
        for name, p in GROUNDS:
            grounds[name] = p in pts
    elif scenario == "regularMinorNon423":
        # Only 42(1) points without a 42(3) counterpart: regular for an unaccompanied minor.
        for name, p in GROUNDS:
            grounds[name] = p in "abdhi" and rng.random() < 0.4
    # "regular": all false.

    applicant = {
        "dateOfBirth": day(born),
        "nationality": rng.choice(NATIONALITIES),
        "unaccompaniedMinor": minor and rng.random() < 0.97 if scenario not in (
            "borderMinor", "acceleratedMinor", "regularMinorNon423") else True,
        "familyWithMinors": (not minor) and rng.random() < 0.2,
        "borderSupportUnavailable": False,
        "medicalReasonsAgainstBorder": False,
        "detentionGuaranteesUnmet": False,
    }
    if excluded:
        which = rng.choice(["borderSupportUnavailable", "medicalReasonsAgainstBorder", "detentionGuaranteesUnmet"])
        applicant[which] = True
    elif rng.random() < 0.05 and scenario not in ("borderAdult", "borderMinor"):
        applicant[rng.choice(["borderSupportUnavailable", "medicalReasonsAgainstBorder"])] = True

    subsequent = grounds["subsequentNotInadmissible"] or (scenario == "inadmissibility" and rng.random() < 0.4)
    application = {
        "madeAt": when(made, rng),
        "registeredAt": day(registered),
        "lodgedAt": day(lodged),
        "situation": situation,
        "subsequent": subsequent,
        "detained": border and rng.random() < 0.3,
    }
    if border:
        application["borderLocation"] = "schiphol"
    grounds["inadmissible"] = scenario == "inadmissibility" or (scenario == "dublin" and rng.random() < 0.2)

    case = {
        "schemaVersion": 1,
        "caseId": f"BENCH-{i:06d}",
        "applicant": applicant,
        "application": application,
        "grounds": grounds,
        "dublin": {"otherMemberStateResponsible": scenario == "dublin"},
    }
    if rng.random() < 0.5:
        case["asOf"] = instant(lodged + dt.timedelta(days=rng.randint(0, 120)), rng)
    if rng.random() < 0.2:
        case["locale"] = "en"
    if border or rng.random() < 0.5:
        start = made
        case["screening"] = {
            "startedAt": when(start, rng),
            "biometricsTakenAt": when(start, rng),
            "stayedAtBorderOver72h": border and rng.random() < 0.2,
        }
    if scenario == "dublin":
        sent = registered + dt.timedelta(days=rng.randint(5, 60))
        d = case["dublin"]
        d["requestType"] = rng.choice(["takeCharge", "takeBack"])
        d["eurodacHitAt"] = day(registered)
        d["requestSentAt"] = day(sent)
        if rng.random() < 0.6:
            acc = sent + dt.timedelta(days=rng.randint(7, 60))
            d["acceptedAt"] = day(acc)
            if rng.random() < 0.6:
                d["transferDecisionNotifiedAt"] = day(acc + dt.timedelta(days=rng.randint(1, 30)))
    if scenario != "dublin" and rng.random() < 0.35:
        notified = lodged + dt.timedelta(days=rng.randint(5, 150))
        kind = {"inadmissibility": "inadmissible"}.get(scenario) or rng.choice(
            ["manifestlyUnfounded", "unfounded", "subsidiaryProtection", "refugeeStatus"])
        case["decision"] = {"kind": kind, "notifiedAt": day(notified)}
    return case


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=20260612)
    ap.add_argument("-o", "--output", default="bench/manifest/cases.jsonl")
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    names = [s for s, _ in SCENARIOS]
    weights = [w for _, w in SCENARIOS]
    counts = {s: 0 for s in names}
    with open(a.output, "w") as f:
        for i in range(a.n):
            s = rng.choices(names, weights)[0]
            counts[s] += 1
            f.write(json.dumps(make_case(i, rng, s), separators=(",", ":")) + "\n")
    if a.summary:
        json.dump({"cases": a.n, "seed": a.seed, "scenarios": counts}, sys.stdout)
        print()


if __name__ == "__main__":
    main()
