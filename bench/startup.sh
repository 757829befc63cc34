#!/usr/bin/env bash
# Start-up cost of the CLI (issue #13), in one command: the jobs
#   version  baozhi --version
#   page     baozhi PAGE > /dev/null           one seed page, JSON to standard output
#   200      baozhi -q -r -o OUT DIR          200 pages (the seed pages copied round-robin)
# run by each tool
#   baozhi     bin/baozhi of this checkout (its JVM options and class-data archive)
#   before     BEFORE=DIR: DIR/bin/baozhi, another checkout (its jar built and newer than its
#              sources, so that it is not rebuilt), to compare two versions in one run
#   NAME       OTHERS="NAME=DIR ...": more checkouts, the same way
#   jdk25-aot  JDK25=JAVA_HOME: this checkout's jar on that JDK with the AOT cache of JEP 483/514
#              (-XX:AOTCacheOutput, recorded here from one conversion of the seed pages)
#   jdk25-cds  JDK25=JAVA_HOME: the same JDK with a static class-data archive dumped as bin/baozhi
#              dumps its own (-Xshare:dump from the classes the same conversion loads)
#   java       java -version, the JVM's own start
# RUNS times each (default 11), jobs and tools interleaved so that the machine's load falls on all
# alike. The JDK 25 tools get the launcher's JVM options (serial collector, 64 MB young
# generation, C1 alone). Prints per job and tool the median wall and CPU (user + system) time and
# their spread, the ratios to the first tool (before, if given, else baozhi: medians of the
# per-round ratios), and how many classes one run loads and how many of them come from the JVM's
# archive (-Xlog:class+load: "shared objects file"), from the jar, or from the JDK's modules.
# Usage: bench/startup.sh [RUNS]
#   WORK=/dev/shm/baozhi-startup   where the page folder, outputs and JDK 25 caches go
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-11}"
work="${WORK:-/dev/shm/baozhi-startup}"
before="${BEFORE:-}"
others="${OTHERS:-}"
jdk25="${JDK25:-}"
mkdir -p "$work"
# Build if needed and record each launcher's archive before anything is timed.
for checkout in "$root" ${before:+"$before"} $(printf '%s\n' $others | sed 's/^[^=]*=//'); do
  "$checkout/bin/baozhi" -q "$root"/seeds/000_*.txt >/dev/null
done
if [[ -n "$jdk25" ]]; then
  rm -rf "$work/train" "$work/jdk25.aot" "$work/jdk25.jsa"
  "$jdk25/bin/java" -XX:AOTCacheOutput="$work/jdk25.aot" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -jar "$root/cli/target/baozhi.jar" -q -o "$work/train" "$root"/seeds/*.txt >/dev/null 2>&1
  rm -rf "$work/train"
  "$jdk25/bin/java" -XX:DumpLoadedClassList="$work/jdk25.classes" -XX:+UseSerialGC \
    -XX:TieredStopAtLevel=1 -jar "$root/cli/target/baozhi.jar" -q -o "$work/train" \
    "$root"/seeds/*.txt >/dev/null 2>&1
  awk '!seen[$0]++' "$jdk25/lib/classlist" "$work/jdk25.classes" > "$work/jdk25.classlist"
  "$jdk25/bin/java" -Xshare:dump -XX:SharedClassListFile="$work/jdk25.classlist" \
    -XX:SharedArchiveFile="$work/jdk25.jsa" -XX:+UseSerialGC -cp "$root/cli/target/baozhi.jar" \
    >/dev/null 2>&1
  rm -rf "$work/train"
fi
python3 - "$root" "$work" "$runs" "$before" "$jdk25" "$others" <<'PY'
import glob, os, shutil, statistics, subprocess, sys, time
root, work, runs, before, jdk25, others = sys.argv[1:7]
runs = int(runs)
seeds = sorted(glob.glob(os.path.join(root, "seeds", "*.txt")))
pages = os.path.join(work, "pages200")
if not os.path.isdir(pages) or len(os.listdir(pages)) != 200:
    shutil.rmtree(pages, ignore_errors=True)
    os.makedirs(pages)
    for i in range(200):
        s = seeds[i % len(seeds)]
        shutil.copyfile(s, os.path.join(pages, f"p{i:06d}_{os.path.basename(s)}"))
out = os.path.join(work, "out")
jobs = {
    "version": ["--version"],
    "page": [seeds[0]],
    "200": ["-q", "-r", "-o", out, pages],
}
jar = os.path.join(root, "cli", "target", "baozhi.jar")
launcher_jvm = ["-XX:+UseSerialGC", "-Xmn64m", "-XX:TieredStopAtLevel=1",
                "-XX:CompileCommand=quiet", "-XX:CompileCommand=inline,java.lang.String::checkIndex"]
tools = {}
if before:
    tools["before"] = lambda args, log: ([os.path.join(before, "bin", "baozhi")] + args, log)
for other in others.split():
    name, checkout = other.split("=", 1)
    tools[name] = (lambda c: lambda args, log: ([os.path.join(c, "bin", "baozhi")] + args, log))(checkout)
tools["baozhi"] = lambda args, log: ([os.path.join(root, "bin", "baozhi")] + args, log)
if jdk25:
    j25 = os.path.join(jdk25, "bin", "java")
    tools["jdk25-aot"] = lambda args, log: (
        [j25, "-XX:AOTCache=" + os.path.join(work, "jdk25.aot")] + launcher_jvm
        + ([log] if log else []) + ["-jar", jar] + args, None)
    tools["jdk25-cds"] = lambda args, log: (
        [j25, "-XX:SharedArchiveFile=" + os.path.join(work, "jdk25.jsa"), "-Xshare:auto"]
        + launcher_jvm + ([log] if log else []) + ["-jar", jar] + args, None)
tools["java"] = lambda args, log: (["java", "-version"], None)

def command(tool, job, log=None):
    """The command line and environment of one run; log: a -Xlog option for class loading."""
    cmd, opts = tools[tool](jobs[job], log)
    env = dict(os.environ)
    env.pop("JAVA_OPTS", None)
    if opts:  # bin/baozhi takes extra JVM options from JAVA_OPTS
        env["JAVA_OPTS"] = opts
    return cmd, env

def run(tool, job, log=None):
    shutil.rmtree(out, ignore_errors=True)
    cmd, env = command(tool, job, log)
    start = time.monotonic()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - start
    if status != 0:
        sys.exit(f"{tool} failed on {job} (status {status}): {' '.join(cmd)}")
    return wall, ru.ru_utime + ru.ru_stime

loads = os.getloadavg()[0]
results = {(j, t): [] for j in jobs for t in tools}
for r in range(runs):
    for j in jobs:
        for t in tools:
            results[(j, t)].append(run(t, j))
loads = (loads, os.getloadavg()[0])
classes = {}
log_file = os.path.join(work, "classes.log")
for j in jobs:
    for t in tools:
        if t == "java":
            continue
        run(t, j, f"-Xlog:class+load=info:file={log_file}")
        lines = [l for l in open(log_file, encoding="utf-8", errors="replace") if "source:" in l]
        shared = sum("shared objects file" in l for l in lines)
        jar_ = sum("source: file:" in l for l in lines)
        jrt = sum("source: jrt:/" in l for l in lines)
        classes[(j, t)] = (len(lines), shared, jar_, jrt, len(lines) - shared - jar_ - jrt)
shutil.rmtree(out, ignore_errors=True)
med = statistics.median
print(f"{runs} runs per cell, interleaved; seconds, medians (min-max); CPU = user + system;"
      f" load average {loads[0]:.2f} at the start, {loads[1]:.2f} at the end")
print(f"{'job':8} {'tool':10} {'wall':>6} {'(min-max)':>13} {'CPU':>6} {'(min-max)':>13}"
      f" {'classes':>7} {'archive':>7} {'jar':>5} {'jdk':>5} {'other':>5}")
for j in jobs:
    for t in tools:
        v = results[(j, t)]
        w = [x[0] for x in v]; c = [x[1] for x in v]
        k = classes.get((j, t))
        counts = " ".join(f"{n:>{width}}" for n, width in zip(k, (7, 7, 5, 5, 5))) if k else ""
        print(f"{j:8} {t:10} {med(w):6.3f} {min(w):6.3f}-{max(w):6.3f} {med(c):6.3f}"
              f" {min(c):6.3f}-{max(c):6.3f} {counts}")
first = next(iter(tools))
others = [t for t in tools if t != first and t != "java"]
print()
print(f"ratios to {first} (median of the per-round ratios; min-max)")
print(f"{'job':8} " + " ".join(f"{t + ' ' + k:>19}" for t in others for k in ("wall", "CPU")))
for j in jobs:
    cells = []
    for t in others:
        for k in (0, 1):
            q = [a[k] / b[k] for a, b in zip(results[(j, t)], results[(j, first)])]
            cells.append(f"{med(q):5.2f} ({min(q):4.2f}-{max(q):4.2f})")
    print(f"{j:8} " + " ".join(f"{c:>19}" for c in cells))
PY
