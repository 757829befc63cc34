#!/usr/bin/env bash
# Writes a directory of pages for batch measurements: the UTF-8 golden pages (seeds included) taken
# round-robin and joined into files of at least 8 KB, about the text of one broadsheet page, until
# the directory holds about SIZE MiB (1024 MiB gives about 100,000 files, 1,000 per folder).
# Usage: bench/corpus.sh DIR [SIZE_MIB]
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
total, i, k = 0, 0, 0
while total < mib * 1024 * 1024:
    data = b""
    while len(data) < 8 * 1024:
        data += (b"\n\n" if data else b"") + pages[k % len(pages)]
        k += 1
    sub = os.path.join(out, "%03d" % (i // 1000))
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, "p%06d.txt" % i), "wb") as f:
        f.write(data)
    total += len(data)
    i += 1
print(f"{i} pages, {total} bytes in {out}")
PY
