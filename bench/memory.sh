#!/usr/bin/env bash
# Finds the smallest heap (-Xmx, in steps of 16 MiB) that converts a page of the given size and
# shape with the CLI. Usage: bench/memory.sh [MiB] [SHAPE]   (default 10 prose)
#   prose    the seed pages repeated
#   short    the seed pages' text in lines of 6 characters
#   bylines  bylines only, one a line: （记者 周立）
#   garbage  random lines of 1 to 80 characters drawn from the seed pages' characters, spaces
#            and ASCII punctuation (seeded, so every run makes the same page)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mib="${1:-10}"
shape="${2:-prose}"
jar="$root/cli/target/baozhi.jar"
[[ -f "$jar" ]] || (cd "$root" && mvn -q -B -DskipTests package)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$root" "$mib" "$shape" "$work/page.txt" <<'PY'
import sys, glob, random
root, mib, shape, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
seeds = "\n".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob(root + "/seeds/*.txt")))
if shape == "prose":
    page = seeds
elif shape == "short":
    text = "".join(seeds.split())
    page = "".join(text[i:i + 6] + "\n" for i in range(0, len(text), 6))
elif shape == "bylines":
    page = "（记者 周立）\n" * 1000
elif shape == "garbage":
    rnd = random.Random(12)
    alphabet = sorted(set(seeds) - {"\n"}) + list(" ,.;:!?()[]-")
    page = "".join("".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 80))) + "\n"
                   for _ in range(20000))
else:
    sys.exit("unknown shape " + shape + ": prose, short, bylines or garbage")
data = page.encode("utf-8")
with open(out, "wb") as f:
    for _ in range(mib * 1024 * 1024 // len(data) + 1):
        f.write(data)
PY
size=$(stat -c %s "$work/page.txt")
for heap in $(seq 32 16 4096); do
  if java -XX:+UseSerialGC -Xmx${heap}m -jar "$jar" --max-input-size 4G -o "$work/out.json" "$work/page.txt" \
      2>"$work/err"; then
    echo "$shape page of $size bytes parses with -Xmx${heap}m: $(( heap * 1024 * 1024 / size )) MB of heap per MB of input"
    exit 0
  elif ! grep -q "heap\|memory" "$work/err"; then
    cat "$work/err" >&2
    exit 1
  fi
done
echo "did not parse within 4 GiB of heap" >&2
exit 1
