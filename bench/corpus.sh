#!/usr/bin/env bash
# Writes a directory of pages for batch measurements: every UTF-8 golden page and seed, copied
# round-robin until the directory holds about SIZE MiB.  Usage: bench/corpus.sh DIR [SIZE_MIB]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$1"
mib="${2:-1024}"
mkdir -p "$out"
python3 - "$root" "$out" "$mib" <<'PY'
import glob, os, sys
root, out, mib = sys.argv[1], sys.argv[2], int(sys.argv[3])
pages = []
for p in sorted(glob.glob(root + "/testdata/*.txt")):
    data = open(p, "rb").read()
    try:
        data.decode("utf-8")
        pages.append(data)
    except UnicodeDecodeError:
        pass
total, i = 0, 0
while total < mib * 1024 * 1024:
    data = pages[i % len(pages)]
    sub = os.path.join(out, "%03d" % (i // 1000))
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, "p%06d.txt" % i), "wb") as f:
        f.write(data)
    total += len(data)
    i += 1
print(f"{i} pages, {total} bytes in {out}")
PY
