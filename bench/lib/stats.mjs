// Shared figures for the Node runners: per-call latencies (ns) → the JSON line run.py reads.
export function summarize(lat, wallS, cases, iters, cpuS = null) {
  const s = Float64Array.from(lat).sort();
  const pct = (p) => s[Math.min(s.length - 1, Math.round((s.length - 1) * p))];
  let busy = 0;
  for (const x of s) busy += x;
  busy /= 1e9;
  return {
    cases, iters, wall_s: wallS, busy_s: busy, cpu_s: cpuS, cases_per_s: (cases * iters) / busy,
    p50_ns: pct(0.5), p99_ns: pct(0.99),
  };
}

// CPU time (user + system, every thread of the process) since `start` (a process.cpuUsage()).
export function cpuSince(start) {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1e6;
}
