#!/usr/bin/env python3
"""Cross-surface benchmark of migratiepact, with its peers, in one run (called by bench/run.sh).

1. Differential gate: the manifest goes through `migratiepact batch` (the reference), and every
   other runner — the Rust surface (full evaluation and procedure choice alone), the WASM
   package, json-rules-engine (both path resolvers), ZEN in Node and ZEN's Rust core — writes the
   procedure kind it chose for each case. Any difference stops the run before a timing is taken.
2. Timing: each surface and peer runs alone, one after the other, in a fresh process; per-call
   latencies give cases/s (over the time spent in the calls), p50 and p99; the kernel's rusage
   of the process gives its peak memory (max RSS) and CPU time.
3. Output: bench/results.json, the figures block of BENCHMARKS.md, bench/chart.svg.

Environment: BENCH_ITERS (timed passes over the manifest, default 3), BENCH_BATCH_RUNS (runs of
`batch`, default 5), BENCH_ROUNDS (interleaved rounds of Rust, C and WASM, default 3), BENCH_ZEN_RUST (0 to skip the ZEN Rust peer), BENCH_TARGET_DIR (where the
Rust artifacts are, default `target`).
"""
import datetime as dt
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
OUT = os.path.join(BENCH, "out")
CASES = os.path.join(BENCH, "manifest", "cases.jsonl")
TARGET = os.path.join(ROOT, os.environ.get("BENCH_TARGET_DIR", "target"))
CLI = os.path.join(TARGET, "release", "migratiepact")
LIBDIR = os.path.join(TARGET, "release")
CBENCH = os.path.join(BENCH, "c", "bench")
WASM_SRC = os.path.join(ROOT, "wasm", "pkg")
WASM_PKG = os.path.join(ROOT, "bench", "out", "wasm-pkg")  # a snapshot taken at the start of the run
ZEN_RUST = os.path.join(BENCH, "peers", "zen-rust", "target", "release", "zen-rust-peer")
JDM = os.path.join(BENCH, "peers", "zen-node", "procedure.jdm.json")
ITERS = int(os.environ.get("BENCH_ITERS", "3"))
BATCH_RUNS = int(os.environ.get("BENCH_BATCH_RUNS", "5"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))


def log(msg):
    print(f"==> {msg}", file=sys.stderr, flush=True)


def run(cmd, env=None):
    """Runs cmd (not timed); returns its stdout. Raises on a non-zero exit."""
    p = subprocess.run(cmd, capture_output=True, env={**os.environ, **(env or {})}, cwd=ROOT, check=False)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {p.returncode}:\n{p.stderr.decode(errors='replace')[-3000:]}")
    return p.stdout.decode()


def run_measured(cmd, env=None, stdout_path=None):
    """Runs cmd and returns (stdout, wall_s, rusage of that process: maxrss KiB, utime, stime)."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.PIPE
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, env={**os.environ, **(env or {})}, cwd=ROOT)
    chunks = []
    if not stdout_path:
        chunks.append(p.stdout.read())
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if stdout_path:
        out.close()
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {p.returncode}:\n{err.decode(errors='replace')[-3000:]}")
    usage = {"maxrss_mb": ru.ru_maxrss / 1024, "utime_s": ru.ru_utime, "stime_s": ru.ru_stime}
    return b"".join(chunks).decode(), wall, usage, err.decode(errors="replace")


def json_lines(text):
    return [json.loads(l) for l in text.splitlines() if l.strip().startswith("{")]


def read_kinds(path):
    with open(path) as f:
        return [l.strip() for l in f if l.strip()]


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = 0
    try:
        with open("/proc/meminfo") as f:
            mem = int(f.readline().split()[1]) / 1024 / 1024
    except (OSError, ValueError, IndexError):
        pass

    def version(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip().splitlines()[0]
        except (OSError, IndexError):
            return "missing"

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(mem, 1),
        "os": f"{platform.system()} {platform.release()}",
        "rustc": version(["rustc", "--version"]),
        "node": version(["node", "--version"]),
        "gcc": version(["gcc", "--version"]),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def surfaces_binary():
    """The path of the `surfaces` bench executable (built by run.sh with --no-run)."""
    p = subprocess.run(
        ["cargo", "bench", "-p", "migratiepact-core", "--bench", "surfaces", "--no-run", "--message-format=json"],
        capture_output=True, text=True, cwd=ROOT, check=True,
        env={**os.environ, "CARGO_TARGET_DIR": TARGET})
    for line in p.stdout.splitlines():
        try:
            msg = json.loads(line)
        except json.JSONDecodeError:
            continue
        if msg.get("reason") == "compiler-artifact" and msg.get("target", {}).get("name") == "surfaces" and msg.get("executable"):
            return msg["executable"]
    raise RuntimeError("no surfaces bench executable")


def gate(available):
    """The differential gate. Returns {runner: kinds} and raises if any runner disagrees."""
    os.makedirs(OUT, exist_ok=True)
    log("gate: migratiepact batch (reference)")
    batch_out = os.path.join(OUT, "batch.jsonl")
    run([CLI, "batch", CASES, "-o", batch_out])
    ref = []
    with open(batch_out) as f:
        for line in f:
            a = json.loads(line)
            ref.append((a.get("procedure") or {}).get("kind") or "null")
    kinds = {"batch": ref}
    runners = {
        "rust": [available["surfaces"], "--manifest", CASES, "--iters", "0", "--kinds", os.path.join(OUT, "rust.kinds")],
        "json-rules-engine": ["node", "bench/peers/json-rules-engine/run.mjs", CASES, "0", os.path.join(OUT, "jre.kinds")],
        "zen-node": ["node", "bench/peers/zen-node/run.mjs", CASES, "0", os.path.join(OUT, "zen-node.kinds")],
    }
    files = {"rust": "rust.kinds", "json-rules-engine": "jre.kinds", "zen-node": "zen-node.kinds"}
    if available.get("wasm"):
        runners["wasm"] = ["node", "bench/node/wasm.mjs", WASM_PKG, CASES, "0", os.path.join(OUT, "wasm.kinds")]
        files["wasm"] = "wasm.kinds"
    if available.get("zen-rust"):
        runners["zen-rust"] = [ZEN_RUST, JDM, CASES, "0", "1", os.path.join(OUT, "zen-rust.kinds")]
        files["zen-rust"] = "zen-rust.kinds"
    for name, cmd in runners.items():
        log(f"gate: {name}")
        run(cmd)
        kinds[name] = read_kinds(os.path.join(OUT, files[name]))
    kinds["json-rules-engine (plainPath)"] = read_kinds(os.path.join(OUT, "jre.kinds.plain"))
    report = {}
    failed = False
    for name, ks in kinds.items():
        diffs = [i for i, (a, b) in enumerate(zip(ref, ks)) if a != b]
        if len(ks) != len(ref):
            diffs.append(-1)
        report[name] = {"cases": len(ks), "differences": len(diffs)}
        if diffs:
            failed = True
            log(f"gate FAILED for {name}: {len(diffs)} differences, first cases {diffs[:10]}")
            for i in diffs[:5]:
                if 0 <= i < len(ks):
                    log(f"  case {i}: batch={ref[i]} {name}={ks[i]}")
    dist = {}
    for k in ref:
        dist[k] = dist.get(k, 0) + 1
    if "null" in dist:
        failed = True
        log("gate FAILED: some cases have no procedure kind in migratiepact's output")
    if failed:
        raise SystemExit("differential gate failed: no timing taken")
    log(f"gate passed: {len(ref)} cases, kinds {dist}, {len(kinds)} runners agree")
    return {"cases": len(ref), "kinds": dist, "runners": report}


def row(surface, what, fig, usage, **extra):
    threads = extra.get("threads", fig.get("threads", 1)) or 1
    calls = (fig.get("cases") or 0) * (fig.get("iters") or 0)
    cpu = fig.get("cpu_s")
    return {
        "surface": surface, "what": what,
        "cases_per_s": fig.get("cases_per_s"),
        # CPU-normalised: calls per CPU-second of the process, times the threads it runs on.
        "cpu_rate": calls / cpu * threads if cpu else None, "p50_us": None if fig.get("p50_ns") is None else fig["p50_ns"] / 1000,
        "p99_us": None if fig.get("p99_ns") is None else fig["p99_ns"] / 1000,
        "peak_rss_mb": round(usage["maxrss_mb"], 1) if usage else None,
        "threads": fig.get("threads", 1), **extra,
    }


def timings(available, n_cases):
    rows = []
    wasm_extra = {}
    # Rust, C and WASM are compared with each other (targets within 10 % / 2×): on a shared
    # machine the speed of a process varies more than that from minute to minute, so they run in
    # BENCH_ROUNDS (3) interleaved rounds, and each keeps its median round.
    rounds = {"rust": [], "c": [], "wasm": []}
    for rnd in range(ROUNDS):
        log(f"time: round {rnd + 1}/{ROUNDS}: Rust (evaluate_json, evaluate, procedure choice alone)")
        out, _, usage, _ = run_measured([available["surfaces"], "--manifest", CASES, "--iters", str(ITERS)])
        rounds["rust"].append(({f["mode"]: f for f in json_lines(out)}, usage))
        if available.get("c"):
            log(f"time: round {rnd + 1}/{ROUNDS}: C library (mp_evaluate_json)")
            out, _, usage, _ = run_measured([CBENCH, CASES, str(ITERS)], env={"LD_LIBRARY_PATH": LIBDIR})
            rounds["c"].append(({"c": json_lines(out)[0]}, usage))
        if available.get("wasm"):
            log(f"time: round {rnd + 1}/{ROUNDS}: WASM in Node (evaluateJson)")
            out, _, usage, _ = run_measured(["node", "bench/node/wasm.mjs", WASM_PKG, CASES, str(ITERS)])
            rounds["wasm"].append(({f["mode"]: f for f in json_lines(out)}, usage))

    def median_round(rs, key):
        rs = sorted(rs, key=lambda r: r[0][key]["cpu_s"] or r[0][key]["busy_s"])
        return rs[len(rs) // 2]

    figs, usage = median_round(rounds["rust"], "evaluate_json")
    rows.append(row("Rust evaluate_json", "full assessment, bytes in → bytes out", figs["evaluate_json"], usage))
    rows.append(row("Rust evaluate", "full assessment, decoded Case → Assessment", figs["evaluate"], usage))
    rows.append(row("Rust procedure choice", "procedure choice alone (law::procedure)", figs["procedure"], usage))
    if rounds["c"]:
        figs, usage = median_round(rounds["c"], "c")
        rows.append(row("C mp_evaluate_json", "full assessment, bytes in → bytes out (libmigratiepact.so)", figs["c"], usage))
    if rounds["wasm"]:
        figs, usage = median_round(rounds["wasm"], "evaluateJson")
        rows.append(row("WASM evaluateJson (Node)", "full assessment, string in → string out", figs["evaluateJson"], usage))
        inst, imports, firsts = [], [], []
        empty = os.path.join(OUT, "empty.jsonl")
        open(empty, "w").close()
        for _ in range(7):
            out, _, _, _ = run_measured(["node", "bench/node/wasm.mjs", WASM_PKG, empty, "0"])
            first = json_lines(out)[0]
            inst.append(first["instantiate_ms"])
            imports.append(first.get("import_ms", float("nan")))
            firsts.append(first.get("first_call_ms", float("nan")))
        wasm_file = os.path.join(WASM_PKG, "migratiepact_bg.wasm")
        raw = open(wasm_file, "rb").read()
        wasm_extra = {
            "instantiate_ms_median": round(statistics.median(inst), 2),
            "import_ms_median": round(statistics.median(imports), 2),
            "first_call_ms_median": round(statistics.median(firsts), 2),
            "instantiate_ms_all": [round(x, 2) for x in inst],
            "wasm_bytes": len(raw),
            "wasm_gzip_bytes": len(gzip.compress(raw, compresslevel=9)),
        }

    log(f"time: CLI batch ({BATCH_RUNS} runs, every core; 3 runs with --jobs 1)")
    walls, cpu, rss = [], [], []
    for _ in range(BATCH_RUNS):
        _, wall, usage, _ = run_measured([CLI, "batch", CASES, "-o", os.path.join(OUT, "batch-timed.jsonl")])
        walls.append(wall)
        cpu.append((usage["utime_s"] + usage["stime_s"]) / wall)
        rss.append(usage["maxrss_mb"])
    walls1 = []
    for _ in range(3):
        _, wall, _, _ = run_measured([CLI, "batch", CASES, "--jobs", "1", "-o", os.path.join(OUT, "batch-timed.jsonl")])
        walls1.append(wall)
    w = statistics.median(walls)
    cpu_s = statistics.median([c * wl for c, wl in zip(cpu, walls)])
    batch = {
        "cpu_rate": n_cases / cpu_s * (os.cpu_count() or 1),
        "surface": "CLI batch", "what": f"full assessment, JSON Lines file in → file out, {os.cpu_count()} threads (whole process)",
        "cases_per_s": n_cases / w, "p50_us": None, "p99_us": None, "peak_rss_mb": round(max(rss), 1),
        "threads": os.cpu_count(), "run_wall_s_median": round(w, 4), "run_wall_s_all": [round(x, 4) for x in walls],
        "cpu_per_wall_median": round(statistics.median(cpu), 2),
        "cases_per_s_jobs1": n_cases / statistics.median(walls1),
        "speedup_over_jobs1": round(statistics.median(walls1) / w, 2),
    }
    rows.append(batch)

    log("time: json-rules-engine (procedure choice alone)")
    out, _, usage, _ = run_measured(["node", "bench/peers/json-rules-engine/run.mjs", CASES, str(ITERS)])
    for f in json_lines(out):
        rows.append(row(f"json-rules-engine ({f['mode']})", "procedure choice alone, 7 rules", f, usage, peer=True))

    log("time: ZEN in Node (@gorules/zen-engine)")
    out, _, usage, _ = run_measured(["node", "bench/peers/zen-node/run.mjs", CASES, str(ITERS)])
    for f in json_lines(out):
        rows.append(row(f"ZEN Node ({f['mode']})", "procedure choice alone, 27-row decision table", f, usage, peer=True))

    if available.get("zen-rust"):
        for threads in (1, os.cpu_count() or 1):
            log(f"time: ZEN Rust core (zen-engine crate, {threads} thread(s))")
            out, _, usage, _ = run_measured([ZEN_RUST, JDM, CASES, str(ITERS), str(threads)])
            for f in json_lines(out):
                fig = dict(f)
                if threads > 1:  # many threads: throughput over the wall clock only
                    fig["cases_per_s"] = f["cases"] * f["iters"] / f["wall_s"]
                    fig["cpu_s"] = None
                rows.append(row(f"ZEN Rust ({f['mode']}, {threads}t)", "procedure choice alone, 27-row decision table",
                                fig, usage, peer=True, threads=threads))
            if threads == (os.cpu_count() or 1):
                break
    return rows, wasm_extra


def find(rows, prefix):
    for r in rows:
        if r["surface"].startswith(prefix):
            return r
    return None


def best(rows, prefix, threads=1):
    cands = [r for r in rows if r["surface"].startswith(prefix) and r.get("threads", 1) == threads and r["cases_per_s"]]
    return max(cands, key=lambda r: r["cases_per_s"]) if cands else None


def targets(rows, wasm_extra):
    t = []

    def ratio(name, num, den, goal):
        if not num or not den:
            t.append({"target": name, "goal": goal, "ratio": None, "ratio_wall": None, "met": None,
                      "note": "not measured: " + ("numerator" if not num else "denominator") + " missing"})
            return
        rw = num["cases_per_s"] / den["cases_per_s"]
        rc = num["cpu_rate"] / den["cpu_rate"] if num.get("cpu_rate") and den.get("cpu_rate") else None
        r = rc if rc is not None else rw
        met = r >= goal
        t.append({"target": name, "goal": goal, "ratio": round(r, 2), "ratio_wall": round(rw, 2), "met": met,
                  "met_wall": rw >= goal, "numerator": num["surface"], "denominator": den["surface"],
                  "shortfall": None if met else round(goal / r, 2)})

    batch = find(rows, "CLI batch")
    jre = best(rows, "json-rules-engine")
    zen = best(rows, "ZEN Rust")
    zen_all = best(rows, "ZEN Rust", threads=os.cpu_count() or 1)
    proc = find(rows, "Rust procedure choice")
    rj = find(rows, "Rust evaluate_json")
    wasm = find(rows, "WASM evaluateJson")
    c = find(rows, "C mp_evaluate_json")
    ratio("full assessment through batch ≥ 10× json-rules-engine (procedure choice alone, fastest mode)", batch, jre, 10)
    ratio("full assessment through batch ≥ 3× ZEN Rust core (procedure choice alone, fastest mode, 1 thread)", batch, zen, 3)
    if zen_all and zen_all is not zen:
        ratio("(fairness check) batch ≥ 3× ZEN Rust core on as many threads as batch", batch, zen_all, 3)
    ratio("procedure-choice API alone ≥ 20× ZEN Rust core (both 1 thread)", proc, zen, 20)
    ratio("WASM in Node within 2× of native evaluate_json (ratio WASM/native ≥ 0.5)", wasm, rj, 0.5)
    ratio("C library within 10% of Rust evaluate_json (ratio C/Rust ≥ 0.9)", c, rj, 0.9)
    if batch:
        cores = os.cpu_count() or 1
        used = batch["cpu_per_wall_median"]
        t.append({"target": "batch uses every core (CPU time / wall time ≥ 0.8 × cores)", "goal": 0.8 * cores,
                  "ratio": used, "met": used >= 0.8 * cores,
                  "note": f"{batch['threads']} worker threads; speedup over --jobs 1: {batch['speedup_over_jobs1']}×"})
    if wasm_extra:
        gz = wasm_extra["wasm_gzip_bytes"]
        t.append({"target": ".wasm ≤ 150 KB gzipped", "goal": 150 * 1024, "ratio": gz, "met": gz <= 150 * 1024})
        ms = wasm_extra["instantiate_ms_median"]
        t.append({"target": "instantiate in Node < 20 ms", "goal": 20, "ratio": ms, "met": ms < 20})
    else:
        for name in (".wasm ≤ 150 KB gzipped", "instantiate in Node < 20 ms"):
            t.append({"target": name, "goal": None, "ratio": None, "met": None, "note": "not measured: wasm/pkg missing"})
    return t


# --- report -------------------------------------------------------------------------------

def fmt_rate(x):
    return "–" if x is None else f"{x:,.0f}"


def fmt_us(x):
    return "–" if x is None else (f"{x:,.1f}" if x < 100 else f"{x:,.0f}")


def chart(rows, path, n_cases):
    rate = lambda r: r.get("cpu_rate") or r["cases_per_s"]
    bars = [r for r in rows if r.get("cases_per_s")]
    bars.sort(key=lambda r: -rate(r))
    import math
    lo, hi = 2, math.ceil(math.log10(max(rate(r) for r in bars)) + 0.2)
    left, width, bar_h, gap, top = 330, 560, 20, 8, 56
    height = top + len(bars) * (bar_h + gap) + 46
    x = lambda v: left + (math.log10(max(v, 10 ** lo)) - lo) / (hi - lo) * width
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 110}" height="{height}" '
           f'font-family="DejaVu Sans, Arial, sans-serif" font-size="12">',
           '<rect width="100%" height="100%" fill="white"/>',
           f'<text x="12" y="22" font-size="15" font-weight="bold">Cases per second (CPU-normalised), one run on this machine (log scale)</text>',
           f'<text x="12" y="40" fill="#555">migratiepact surfaces (full assessment or procedure choice) and peers '
           f'(procedure choice alone); the same {n_cases:,}-case manifest</text>']
    for k in range(lo, hi + 1):
        xx = x(10 ** k)
        svg.append(f'<line x1="{xx:.1f}" y1="{top - 6}" x2="{xx:.1f}" y2="{height - 38}" stroke="#ddd"/>')
        svg.append(f'<text x="{xx:.1f}" y="{height - 22}" text-anchor="middle" fill="#555">{10 ** k:,}</text>')
    for i, r in enumerate(bars):
        y = top + i * (bar_h + gap)
        peer = r.get("peer")
        color = "#9aa5b1" if peer else "#1f6feb"
        label = r["surface"] + (f" [{r['threads']} threads]" if r.get("threads", 1) > 1 and "t)" not in r["surface"] else "")
        svg.append(f'<text x="{left - 8}" y="{y + 15}" text-anchor="end">{escape(label)}</text>')
        svg.append(f'<rect x="{left}" y="{y}" width="{x(rate(r)) - left:.1f}" height="{bar_h}" fill="{color}"/>')
        svg.append(f'<text x="{x(rate(r)) + 6:.1f}" y="{y + 15}">{fmt_rate(rate(r))}</text>')
    ly = height - 8
    svg.append(f'<rect x="12" y="{ly - 10}" width="12" height="10" fill="#1f6feb"/><text x="28" y="{ly}">migratiepact</text>')
    svg.append(f'<rect x="130" y="{ly - 10}" width="12" height="10" fill="#9aa5b1"/><text x="146" y="{ly}">peer (procedure choice only)</text>')
    svg.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(svg) + "\n")


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def figures_md(res):
    m = res["machine"]
    lines = [
        f"Run of {res['date']} · manifest: {res['gate']['cases']:,} cases (seed {res['manifest'].get('seed')}), "
        f"{ITERS} timed passes after a warm-up pass · machine: {m['cpu']}, {m['cores']} cores, "
        f"{m['memory_gib']} GiB, {m['os']}, {m['rustc']}, node {m['node']} · load average at start "
        f"{', '.join(str(x) for x in m['load_average_at_start'])}.",
        "",
        f"Differential gate: {len(res['gate']['runners'])} runners, "
        + ", ".join(f"{k} {v['differences']} differences" for k, v in res["gate"]["runners"].items())
        + f". Kinds in the manifest: " + ", ".join(f"{k} {v}" for k, v in sorted(res["gate"]["kinds"].items())) + ".",
        "",
        "| Surface / peer | What is timed | cases/s (CPU-normalised) | cases/s (wall) | p50 µs | p99 µs | peak RSS MB | threads |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in res["rows"]:
        lines.append(f"| {r['surface']} | {r['what']} | {fmt_rate(r.get('cpu_rate'))} | {fmt_rate(r['cases_per_s'])} | {fmt_us(r['p50_us'])} | "
                     f"{fmt_us(r['p99_us'])} | {r['peak_rss_mb'] if r['peak_rss_mb'] is not None else '–'} | {r.get('threads', 1)} |")
    b = find(res["rows"], "CLI batch")
    if b:
        lines += ["", f"`batch`: median run {b['run_wall_s_median']} s for {res['gate']['cases']:,} cases (runs: "
                  f"{', '.join(str(x) for x in b['run_wall_s_all'])} s), CPU time / wall time {b['cpu_per_wall_median']}, "
                  f"{fmt_rate(b['cases_per_s_jobs1'])} cases/s with `--jobs 1` (speedup {b['speedup_over_jobs1']}×). "
                  "Its figure is the whole process: start-up, reading, parsing, evaluating, serialising and writing."]
    if res.get("wasm"):
        w = res["wasm"]
        lines += ["", f"WASM package: `.wasm` {w['wasm_bytes']:,} bytes, {w['wasm_gzip_bytes']:,} bytes gzipped (-9); "
                  f"compile + instantiate (`WebAssembly.compile` + `initSync`) in a fresh Node process: median "
                  f"{w['instantiate_ms_median']} ms over {len(w['instantiate_ms_all'])} processes; the whole `import` of the "
                  f"package (glue, read, compile, instantiate) {w['import_ms_median']} ms; the first `evaluateJson` "
                  f"{w['first_call_ms_median']} ms (V8 compiles the functions it runs lazily)."]
    missing = [k for k, v in res["available"].items() if not v]
    if missing:
        lines += ["", "**Missing in this run:** " + "; ".join(f"{k} ({res['missing_reason'].get(k, 'not built')})" for k in missing) + "."]
    lines += ["", "| Target | Goal | Measured (CPU-normalised) | Measured (wall) | Met |", "|---|---:|---:|---:|:---:|"]
    for t in res["targets"]:
        goal = t["goal"]
        meas = t["ratio"]
        if t["target"].startswith(".wasm"):
            goal_s, meas_s = "153,600 B", ("–" if meas is None else f"{meas:,} B")
        elif t["target"].startswith("instantiate"):
            goal_s, meas_s = "20 ms", ("–" if meas is None else f"{meas} ms")
        elif t["target"].startswith("batch uses"):
            goal_s, meas_s = f"{goal:.1f}", f"{meas}"
        else:
            goal_s = "–" if goal is None else f"{goal}×"
            meas_s = "–" if meas is None else f"{meas}×"
        wall_s = "–" if t.get("ratio_wall") is None else f"{t['ratio_wall']}×"
        if t["target"].startswith((".wasm", "batch uses", "instantiate")):
            wall_s = "–"
        met = "n/a" if t["met"] is None else ("yes" if t["met"] else f"**no**" + (f" (short by {t['shortfall']}×)" if t.get("shortfall") else ""))
        note = f" — {t['note']}" if t.get("note") else ""
        lines.append(f"| {t['target']}{note} | {goal_s} | {meas_s} | {wall_s} | {met} |")
    return "\n".join(lines)


def write_benchmarks_md(res):
    path = os.path.join(ROOT, "BENCHMARKS.md")
    begin, end = "<!-- bench:figures:begin -->", "<!-- bench:figures:end -->"
    text = open(path).read() if os.path.exists(path) else f"# Benchmarks\n\n{begin}\n{end}\n"
    block = f"{begin}\n<!-- generated by bench/run.sh; do not edit by hand -->\n{figures_md(res)}\n{end}"
    text = re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: block, text, flags=re.S)
    with open(path, "w") as f:
        f.write(text)


def main():
    available = {"surfaces": None, "c": False, "wasm": False, "zen-rust": False}
    missing_reason = {}
    available["surfaces"] = surfaces_binary()
    if not os.path.exists(CLI):
        raise SystemExit(f"{CLI} missing: run bench/run.sh (it builds it)")
    available["c"] = os.path.exists(CBENCH) and os.path.exists(os.path.join(LIBDIR, "libmigratiepact.so"))
    if not available["c"]:
        missing_reason["c"] = f"{LIBDIR}/libmigratiepact.so or bench/c/bench not built"
    available["wasm"] = os.path.exists(os.path.join(WASM_SRC, "index.js")) and os.path.exists(os.path.join(WASM_SRC, "migratiepact_bg.wasm"))
    if available["wasm"]:
        # Snapshot the package: a rebuild of wasm/pkg during the run must not change what is timed.
        shutil.rmtree(WASM_PKG, ignore_errors=True)
        os.makedirs(OUT, exist_ok=True)
        shutil.copytree(WASM_SRC, WASM_PKG)
    if not available["wasm"]:
        missing_reason["wasm"] = "wasm/pkg not built (scripts/build-wasm.sh)"
    available["zen-rust"] = os.environ.get("BENCH_ZEN_RUST", "1") != "0" and os.path.exists(ZEN_RUST)
    if not available["zen-rust"]:
        missing_reason["zen-rust"] = "skipped (BENCH_ZEN_RUST=0)" if os.environ.get("BENCH_ZEN_RUST") == "0" else "bench/peers/zen-rust not built"
    for k, v in missing_reason.items():
        log(f"MISSING: {k}: {v}")

    res = {"date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "machine": machine(), "iters": ITERS}
    try:
        with open(os.path.join(BENCH, "manifest", "summary.json")) as f:
            res["manifest"] = json.load(f)
    except OSError:
        res["manifest"] = {}
    res["gate"] = gate(available)
    rows, wasm_extra = timings(available, res["gate"]["cases"])
    res["rows"] = rows
    res["wasm"] = wasm_extra
    res["available"] = {k: bool(v) for k, v in available.items() if k != "surfaces"}
    res["missing_reason"] = missing_reason
    res["targets"] = targets(rows, wasm_extra)
    with open(os.path.join(BENCH, "results.json"), "w") as f:
        json.dump(res, f, indent=1)
        f.write("\n")
    chart(rows, os.path.join(BENCH, "chart.svg"), res["gate"]["cases"])
    write_benchmarks_md(res)
    print(figures_md(res))


if __name__ == "__main__":
    main()
