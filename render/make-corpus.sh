#!/usr/bin/env bash
# Renders every page spec in SPEC_DIR and reads each page back with Tesseract and PaddleOCR.
#
#   render/make-corpus.sh SPEC_DIR OUT_DIR [NAME ...]
#
# Writes OUT_DIR/{img,truth,layout,page}/NAME.* (the renderer), OUT_DIR/{hocr,alto,txt}/NAME.*
# (Tesseract --psm 4), OUT_DIR/hocr-psm3/NAME.hocr (Tesseract --psm 3) and OUT_DIR/paddle/NAME.json
# (PaddleOCR PP-OCRv4, render/paddle/ocr.mjs). With NAMEs, only those specs. Engines run one page at a
# time on one thread (OMP_THREAD_LIMIT=1). Needs: JDK 17, Maven, Node 20, and
#   apt-get install -y tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra fonts-noto-cjk
# SKIP_OCR=1 renders only.
set -euo pipefail
if [[ $# -lt 2 ]]; then
  sed -n '2,12p' "$0" >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
spec_dir="$(cd "$1" && pwd)"
mkdir -p "$2"
out="$(cd "$2" && pwd)"
shift 2
names=("$@")
if [[ ${#names[@]} -eq 0 ]]; then
  for f in "$spec_dir"/*.json; do names+=("$(basename "$f" .json)"); done
fi

# 1. the renderer
(cd "$root" && mvn -B -q -pl render -am -DskipTests -Dinvoker.skip install)
cp_file="$here/target/classpath.txt"
(cd "$root" && mvn -B -q -pl render dependency:build-classpath -Dmdep.outputFile="$cp_file")
cp="$here/target/classes:$(cat "$cp_file")"
for n in "${names[@]}"; do
  java -Djava.awt.headless=true -cp "$cp" io.github.baozhi.render.RenderMain "$spec_dir/$n.json" "$out"
done
[[ "${SKIP_OCR:-}" == 1 ]] && exit 0

# 2. the engines
if [[ ! -d "$here/paddle/node_modules/@gutenye/ocr-node" ]]; then
  (cd "$here/paddle" && ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund)
fi
export OMP_THREAD_LIMIT=1
mkdir -p "$out/hocr" "$out/alto" "$out/txt" "$out/hocr-psm3" "$out/paddle"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$out"   # engines are given img/NAME.png so the paths they write are relative
for n in "${names[@]}"; do
  lang="$(node -e 'const s=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));process.stdout.write(s.lang||(s.script==="tc"?"chi_tra":"chi_sim"))' "$spec_dir/$n.json")"
  t0=$(date +%s.%N)
  tesseract "img/$n.png" "$tmp/$n" -l "$lang" --psm 4 hocr alto txt 2>/dev/null
  mv "$tmp/$n.hocr" "hocr/$n.hocr"; mv "$tmp/$n.xml" "alto/$n.xml"; mv "$tmp/$n.txt" "txt/$n.txt"
  t1=$(date +%s.%N)
  tesseract "img/$n.png" "$tmp/$n" -l "$lang" --psm 3 hocr 2>/dev/null
  mv "$tmp/$n.hocr" "hocr-psm3/$n.hocr"
  t2=$(date +%s.%N)
  node "$here/paddle/ocr.mjs" "img/$n.png" "paddle/$n.json" "img/$n.png"
  t3=$(date +%s.%N)
  awk -v n="$n" -v l="$lang" -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" \
    'BEGIN { printf "%s\t%s\ttesseract-psm4 %.1f s\ttesseract-psm3 %.1f s\tpaddle %.1f s\n", n, l, b - a, c - b, d - c }' >&2
done
