#!/usr/bin/env python3
"""Compare builds of baozhi on the engine sets: every set's engine output is converted by each
build, scored with fieldsim (article F1 and each field's similarity, as OCR changes characters),
and the figures are pooled over the sets, per kind of engine output.

usage: compare.py [--sets dev,holdout2,...] [--kinds hocr,paddle,...] [--work DIR] [--jobs N]
                  [--fieldsim PATH] [--pages] NAME=JAR [NAME=JAR ...]

  NAME=JAR    a build to run, by its shaded jar (cli/target/baozhi.jar of a checkout); the first
              is the one the others are compared with
  --sets      sets to run (default: every folder here with a truth/ folder, but samples/)
  --kinds     kinds of engine output (default: hocr, alto, hocr-psm3, paddle, page)
  --work      where the outputs go, WORK/NAME/SET/KIND/PAGE.json (default: a temporary folder)
  --jobs      conversions run at once (default 2)
  --fieldsim  the scorer (default: ../shared/tools/fieldsim.py beside the checkout)
  --pages     list every page whose figures differ from the first build's, not only the sets

Pooled per kind: article F1 from the matched, true and predicted articles summed over the sets;
each field's similarity as the mean over all true articles (fieldsim's per-set means weighted by
the set's articles). Each conversion runs the CLI as `java -XX:TieredStopAtLevel=1 -jar JAR -q -o
DIR FILES`, so its output is the CLI's; the figures do not depend on the machine or its load.
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ['hocr', 'alto', 'hocr-psm3', 'paddle', 'page']
FIELDS = ['head', 'date', 'by', 'body', 'para']


def default_fieldsim():
    return os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'tools', 'fieldsim.py'))


def run(jar, files, out):
    os.makedirs(out, exist_ok=True)
    done = subprocess.run(['java', '-XX:TieredStopAtLevel=1', '-jar', jar, '-q', '-o', out] + files,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f'{jar} failed on {os.path.dirname(files[0])}: {done.stderr.strip()}')


def score(fieldsim, truth, out):
    done = subprocess.run([sys.executable, fieldsim, truth, out, '--json'],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('builds', nargs='+', metavar='NAME=JAR')
    ap.add_argument('--sets')
    ap.add_argument('--kinds', default=','.join(KINDS))
    ap.add_argument('--work')
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--fieldsim', default=default_fieldsim())
    ap.add_argument('--pages', action='store_true')
    args = ap.parse_args()

    builds = []
    for b in args.builds:
        name, sep, jar = b.partition('=')
        if not sep or not name or not os.path.isfile(jar):
            ap.error(f'{b}: expected NAME=JAR with JAR an existing file')
        builds.append((name, os.path.abspath(jar)))
    if not os.path.isfile(args.fieldsim):
        ap.error(f'no scorer at {args.fieldsim}: give --fieldsim PATH')
    if args.sets:
        sets = args.sets.split(',')
    else:
        sets = sorted(s for s in os.listdir(HERE)
                      if s != 'samples' and os.path.isdir(os.path.join(HERE, s, 'truth')))
    kinds = args.kinds.split(',')
    work = args.work or tempfile.mkdtemp(prefix='baozhi-compare-')

    jobs = []
    for name, jar in builds:
        for s in sets:
            for k in kinds:
                folder = os.path.join(HERE, s, k)
                if not os.path.isdir(folder):
                    continue
                files = sorted(os.path.join(folder, f) for f in os.listdir(folder))
                jobs.append((name, jar, s, k, files, os.path.join(work, name, s, k)))
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        list(pool.map(lambda j: run(j[1], j[4], j[5]), jobs))
        scores = dict(zip([(j[0], j[2], j[3]) for j in jobs],
                          pool.map(lambda j: score(args.fieldsim, os.path.join(HERE, j[2], 'truth'),
                                                   j[5]), jobs)))

    print(f'outputs in {work}')
    print(f'{"build":<12} {"kind":<10} {"art F1":>7} ' + ' '.join(f'{f:>6}' for f in FIELDS))
    for name, _ in builds:
        for k in kinds:
            totals = [scores[(name, s, k)]['total'] for s in sets if (name, s, k) in scores]
            if not totals:
                continue
            truth = sum(t['truth'] for t in totals)
            pred = sum(t['pred'] for t in totals)
            matched = sum(t['matched'] for t in totals)
            f1 = 2 * matched / (truth + pred) if truth + pred else 0
            means = [sum(t[f] * t['truth'] for t in totals) / truth if truth else 0 for f in FIELDS]
            print(f'{name:<12} {k:<10} {f1:7.4f} ' + ' '.join(f'{v:6.4f}' for v in means))

    first = builds[0][0]
    for name, _ in builds[1:]:
        print(f'\nwhere {name} differs from {first}:')
        for s in sets:
            for k in kinds:
                a, b = scores.get((first, s, k)), scores.get((name, s, k))
                if a is None or b is None:
                    continue
                rows = [('TOTAL', a['total'], b['total'])]
                if args.pages:
                    rows += [(p, a['pages'].get(p), b['pages'].get(p)) for p in sorted(a['pages'])]
                for page, x, y in rows:
                    if x != y:
                        print(f'  {s}/{k} {page}: ' + ', '.join(
                            f'{f} {x.get(f, 0):.4f} -> {y.get(f, 0):.4f}'
                            for f in ['art_f1'] + FIELDS if x and y and x.get(f) != y.get(f)))


if __name__ == '__main__':
    main()
