#!/usr/bin/env bash
# The cost curve of a batch run, in one command: for each size, a folder of that many pages (the
# five seed pages copied round-robin, one folder, since the naive script reads one), converted by
#   baozhi  bin/baozhi -q -r -o OUT DIR (its own JVM options: C1 below 400 MiB, AppCDS, serial GC)
#   naive   python3 NAIVE DIR OUT, the script a user would write instead (splits at 本报讯)
#   floor   io.github.baozhi.bench.CopyFloor DIR OUT 2: read, decode, encode and write each page
#           the way the CLI writes its files, on 2 threads, JVM start included
# RUNS times each, the tools and sizes interleaved so that the machine's load falls on all alike.
# Prints per size and tool the median wall and CPU (user + system) time, their spread, peak RSS
# and the load average at the start of the runs, then the ratios to the naive script and the floor
# (medians of the per-run ratios, each taken within one round). Corpora are kept in WORK.
# Usage: bench/curve.sh [RUNS] [SIZES...]     (default 5 runs of 1 20 200 2000 pages)
#   WORK=/dev/shm/baozhi-curve   where the page folders and outputs go (tmpfs: measure the tools)
#   NAIVE=../shared/tools/naive_baseline.py
#   BEFORE=DIR   also run DIR/bin/baozhi ("before"), another checkout, to compare two versions in
#                one run (its jar built, and newer than its sources, so that it is not rebuilt)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
shift || true
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1 20 200 2000)
work="${WORK:-/dev/shm/baozhi-curve}"
naive="${NAIVE:-$root/../shared/tools/naive_baseline.py}"
[[ -f "$naive" ]] || { echo "no naive script at $naive (set NAIVE)" >&2; exit 2; }
floor_jar="$root/bench/target/benchmarks.jar"
if [[ ! -f "$floor_jar" ]]; then
  (cd "$root" && mvn -q -B -DskipTests -Dinvoker.skip package -pl bench -am) >&2
fi
mkdir -p "$work"
# Build the CLI if needed, and record its class-data archive, before anything is timed.
before="${BEFORE:-}"
for checkout in "$root" ${before:+"$before"}; do
  "$checkout/bin/baozhi" -q "$root"/seeds/000_*.txt >/dev/null
  "$checkout/bin/baozhi" -q "$root"/seeds/000_*.txt >/dev/null
done
python3 - "$root" "$work" "$naive" "$floor_jar" "$runs" "$before" "${sizes[@]}" <<'PY'
import glob, os, shutil, statistics, subprocess, sys, time
root, work, naive, floor_jar, runs, before = sys.argv[1:7]
runs, sizes = int(runs), [int(s) for s in sys.argv[7:]]
seeds = sorted(glob.glob(os.path.join(root, "seeds", "*.txt")))
dirs = {}
for n in sizes:
    d = os.path.join(work, f"pages{n}")
    if not os.path.isdir(d) or len(os.listdir(d)) != n:
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for i in range(n):
            s = seeds[i % len(seeds)]
            shutil.copyfile(s, os.path.join(d, f"p{i:06d}_{os.path.basename(s)}"))
    dirs[n] = d
tools = {
    "baozhi": lambda d, o: [os.path.join(root, "bin", "baozhi"), "-q", "-r", "-o", o, d],
    **({"before": lambda d, o: [os.path.join(before, "bin", "baozhi"), "-q", "-r", "-o", o, d]}
       if before else {}),
    "naive": lambda d, o: ["python3", naive, d, o],
    "floor": lambda d, o: ["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", floor_jar,
                           "io.github.baozhi.bench.CopyFloor", d, o, "2"],
}
out = os.path.join(work, "out")
results = {(n, t): [] for n in sizes for t in tools}
for r in range(runs):
    for n in sizes:
        for t, cmd in tools.items():
            shutil.rmtree(out, ignore_errors=True)
            load = os.getloadavg()[0]
            start = time.monotonic()
            p = subprocess.Popen(cmd(dirs[n], out), stdout=subprocess.DEVNULL)
            _, status, ru = os.wait4(p.pid, 0)
            wall = time.monotonic() - start
            if status != 0:
                sys.exit(f"{t} failed on {n} pages (status {status})")
            results[(n, t)].append((wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, load))
shutil.rmtree(out, ignore_errors=True)
def med(xs):
    return statistics.median(xs)
mb = {n: sum(os.path.getsize(os.path.join(dirs[n], f)) for f in os.listdir(dirs[n])) / 1e6 for n in sizes}
print(f"{runs} runs per cell, interleaved; times in seconds, medians (min-max); CPU = user + system")
print(f"{'pages':>6} {'MB':>6} {'tool':7} {'wall':>6} {'(min-max)':>13} {'CPU':>6} {'(min-max)':>13} {'MB/s':>6} {'RSS MB':>6} {'load':>5}")
for n in sizes:
    for t in tools:
        v = results[(n, t)]
        w = [x[0] for x in v]; c = [x[1] for x in v]
        print(f"{n:6d} {mb[n]:6.2f} {t:7} {med(w):6.2f} {min(w):6.2f}-{max(w):6.2f} {med(c):6.2f} "
              f"{min(c):6.2f}-{max(c):6.2f} {mb[n] / med(w):6.1f} {max(x[2] for x in v) / 1024:6.0f} "
              f"{med([x[3] for x in v]):5.2f}")
print()
others = [t for t in tools if t != "baozhi"]
print("ratios, baozhi to the others (median of the per-round ratios; min-max)")
print(f"{'pages':>6} " + " ".join(f"{k + '/' + t:>18}" for t in others for k in ("wall", "CPU")))
for n in sizes:
    cells = []
    for other in others:
        for k in (0, 1):
            q = [b[k] / o[k] for b, o in zip(results[(n, "baozhi")], results[(n, other)])]
            cells.append(f"{med(q):5.2f} ({min(q):4.2f}-{max(q):4.2f})")
    print(f"{n:6d} " + " ".join(f"{c:>18}" for c in cells))
PY
