#!/usr/bin/env bash
# Finds the smallest heap (-Xmx, in steps of 32 MiB) that parses a page of the given size, made of
# the seed pages repeated. Usage: bench/memory.sh [MiB]   (default 10)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mib="${1:-10}"
jar="$root/cli/target/baozhi.jar"
[[ -f "$jar" ]] || (cd "$root" && mvn -q -B -DskipTests package)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$root" "$mib" "$work/page.txt" <<'PY'
import sys, glob
root, mib, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
page = "\n".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob(root + "/seeds/*.txt")))
data = page.encode("utf-8")
with open(out, "wb") as f:
    for _ in range(mib * 1024 * 1024 // len(data) + 1):
        f.write(data)
PY
size=$(stat -c %s "$work/page.txt")
for heap in $(seq 64 32 4096); do
  if java -Xmx${heap}m -jar "$jar" --max-input-size 4G -o "$work/out.json" "$work/page.txt" 2>/dev/null; then
    echo "page of $size bytes parses with -Xmx${heap}m: $(( heap * 1024 * 1024 / size )) MB of heap per MB of input"
    exit 0
  fi
done
echo "did not parse within 4 GiB of heap" >&2
exit 1
