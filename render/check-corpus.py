#!/usr/bin/env python3
"""Checks a rendered corpus and reports how noisy the OCR engines are.

usage: render/check-corpus.py CORPUS_DIR [--ocr]

For every truth/NAME.json:
  - the truth text of each article and unassigned piece equals the text of the lines that
    layout/NAME.json gives it (whitespace ignored), and page/NAME.xml has the same lines;
  - a perfect prediction (the truth itself) scores 1.0 in fieldsim.py (../shared/tools);
with --ocr, per page and engine, character accuracy against everything printed (articles and
unassigned, NFKC, whitespace dropped), as a multiset (order ignored):
  recall = matched / truth chars, precision = matched / OCR chars;
and the ordered accuracy of fieldsim.py (1 - edits / truth length, articles only) for txt/.
"""
import collections, json, os, subprocess, sys, tempfile, shutil, unicodedata
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.path.join(HERE, '..', '..', 'shared', 'tools')
if not os.path.isdir(TOOLS):
    TOOLS = '/work/shared/tools'
NS = {'p': 'http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15'}


def N(s):
    return ''.join(c for c in unicodedata.normalize('NFKC', s or '') if not c.isspace())


def article_text(a):
    h = a['headline'] or {}
    parts = [h.get('kicker'), h.get('title'), h.get('subtitle'), a['dateline']] + a['body'] + [a['byline']]
    return N(''.join(p for p in parts if p))


def main():
    d = sys.argv[1]
    ocr = '--ocr' in sys.argv
    names = sorted(f[:-5] for f in os.listdir(os.path.join(d, 'truth')) if f.endswith('.json'))
    bad = 0
    for n in names:
        t = json.load(open(os.path.join(d, 'truth', n + '.json'), encoding='utf-8'))
        lay = json.load(open(os.path.join(d, 'layout', n + '.json'), encoding='utf-8'))
        if len(lay['articles']) != len(t['articles']) or len(lay['unassigned']) != len(t['unassigned']):
            print(n, 'article or piece count differs'); bad += 1
        for a, la in zip(t['articles'], lay['articles']):
            if article_text(a) != N(''.join(l['text'] for l in la['lines'])):
                print(n, 'article', la['index'], 'text differs'); bad += 1
        for u, lu in zip(t['unassigned'], lay['unassigned']):
            if N(u) != N(''.join(l['text'] for l in lu['lines'])):
                print(n, 'unassigned', lu['index'], 'text differs'); bad += 1
        lines = [l['text'] for g in ('articles', 'unassigned') for x in lay[g] for l in x['lines']]
        root = ET.parse(os.path.join(d, 'page', n + '.xml')).getroot()
        xl = [tl.find('p:TextEquiv/p:Unicode', NS).text for tl in root.iter('{%s}TextLine' % NS['p'])]
        if sorted(xl) != sorted(lines):
            print(n, 'PAGE XML lines differ from layout'); bad += 1
    tmp = tempfile.mkdtemp()
    for n in names:
        shutil.copy(os.path.join(d, 'truth', n + '.json'), tmp)
    out = subprocess.run([sys.executable, os.path.join(TOOLS, 'fieldsim.py'), os.path.join(d, 'truth'), tmp, '--json'],
                         capture_output=True, text=True, check=True).stdout
    tot = json.loads(out)['total']
    perfect = all(tot[k] == 1.0 for k in ('art_f1', 'head', 'date', 'by', 'body', 'para'))
    print(f"{len(names)} pages, {bad} text mismatches; perfect prediction in fieldsim: "
          f"{'1.0 on every field' if perfect else tot}")
    shutil.rmtree(tmp)
    if not ocr:
        return 1 if bad or not perfect else 0
    sys.path.insert(0, TOOLS)
    from fieldsim import truth_text, edit_distance
    print(f"{'page':16s} {'chars':>6s}  {'tess psm4 txt':>14s} {'ordered':>8s}  {'tess psm3':>14s}  {'paddle':>14s}   (recall/precision, multiset)")
    sums = collections.defaultdict(lambda: [0, 0, 0])
    for n in names:
        t = json.load(open(os.path.join(d, 'truth', n + '.json'), encoding='utf-8'))
        truth = ''.join(article_text(a) for a in t['articles']) + ''.join(N(u) for u in t['unassigned'])
        texts = {}
        p = os.path.join(d, 'txt', n + '.txt')
        if os.path.exists(p):
            texts['psm4'] = N(open(p, encoding='utf-8').read())
        p = os.path.join(d, 'hocr-psm3', n + '.hocr')
        if os.path.exists(p):
            root = ET.parse(p).getroot()
            texts['psm3'] = N(''.join(''.join(e.itertext()) for e in root.iter('{http://www.w3.org/1999/xhtml}span')
                                      if e.get('class') == 'ocrx_word'))
        p = os.path.join(d, 'paddle', n + '.json')
        if os.path.exists(p):
            texts['paddle'] = N(''.join(json.load(open(p, encoding='utf-8'))['rec_texts']))
        ct = collections.Counter(truth)
        cols = []
        for k in ('psm4', 'psm3', 'paddle'):
            if k not in texts:
                cols.append('-'); continue
            co = collections.Counter(texts[k])
            m = sum((ct & co).values())
            sums[k][0] += m; sums[k][1] += len(truth); sums[k][2] += len(texts[k])
            cols.append(f"{m / len(truth):.3f}/{m / max(1, len(texts[k])):.3f}")
        ordered = '-'
        if 'psm4' in texts:
            tt = truth_text(t)
            ordered = f"{1 - edit_distance(tt, texts['psm4']) / len(tt):.3f}"
        print(f"{n:16s} {len(truth):6d}  {cols[0]:>14s} {ordered:>8s}  {cols[1]:>14s}  {cols[2]:>14s}")
    print(f"{'TOTAL':16s} {sums['psm4'][1]:6d}  " + '  '.join(
        f"{s[0] / s[1]:.3f}/{s[0] / max(1, s[2]):.3f}".rjust(14) + ('         ' if k == 'psm4' else '')
        for k, s in ((k, sums[k]) for k in ('psm4', 'psm3', 'paddle'))))
    return 1 if bad or not perfect else 0


if __name__ == '__main__':
    sys.exit(main())
