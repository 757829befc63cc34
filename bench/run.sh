#!/usr/bin/env bash
# Runs the JMH benchmarks and prints a throughput table (MB/s of UTF-8 input, one thread).
#   bench/run.sh            whole-page parse and every stage
#   bench/run.sh -prof gc   the same, with allocation per operation (bytes/op -> bytes per MB)
# Extra arguments go to JMH. The benchmarks are not part of `mvn verify`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -DskipTests package >&2
jar="$root/bench/target/benchmarks.jar"
results="$(mktemp)"
sizes="$(mktemp)"
trap 'rm -f "$results" "$sizes"' EXIT
java -cp "$jar" io.github.baozhi.bench.CorpusSize "$root" > "$sizes"
java -Dbaozhi.root="$root" -jar "$jar" -rf csv -rff "$results" "$@" 'io.github.baozhi.bench.*' >&2
python3 - "$results" "$sizes" <<'PY'
import csv, sys
sizes = {}
for line in open(sys.argv[2]):
    name, size, pages = line.split()
    sizes[name] = (int(size), int(pages))
rows = list(csv.DictReader(open(sys.argv[1])))
print(f"{'benchmark':34s} {'corpus':6s} {'ms/op':>10s} {'MB/s':>8s} {'alloc B per input B':>20s}")
for r in rows:
    if ':' in r['Benchmark'] and not r['Benchmark'].endswith('gc.alloc.rate.norm'):
        continue
    corpus = r.get('Param: corpus', '')
    size, _ = sizes[corpus]
    name = r['Benchmark'].replace('io.github.baozhi.bench.', '')
    if name.endswith('gc.alloc.rate.norm'):
        base = name.split(':')[0]
        print(f"{'  ' + base + ' allocation':34s} {corpus:6s} {'':>10s} {'':>8s} {float(r['Score']) / size:20.1f}")
        continue
    ms = float(r['Score'])
    print(f"{name:34s} {corpus:6s} {ms:10.3f} {size / 1e6 / (ms / 1000):8.1f}")
for name, (size, pages) in sizes.items():
    print(f"corpus {name}: {pages} pages, {size} bytes of UTF-8")
PY
