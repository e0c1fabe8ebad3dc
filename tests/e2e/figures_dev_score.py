#!/usr/bin/env python3
"""Scores count-figures on a hand-judged dev set (tests/data/figures-dev*.jsonl,
the format of ../shared/eval/score-figures.py): all records in one run, a
blank line between them, figures matched to gold ones one to one by
overlapping span. Prints relaxed detection precision, recall and F1, and on
the matches the accuracy of value, kind, unit (case aside) and counted noun
(of the figures where either gives a noun: a noun given where the gold has
none, or missing where it has one, counts as wrong), as the held-out news
set is scored. Exits 1 when a figure is under its floor.

usage: figures_dev_score.py BINARY DATA [--show N] [--min-f1 F] [--min-value V] [--min-kind K]
                            [--min-unit U] [--min-noun N]
"""
import argparse
import bisect
import json
import math
import subprocess
import sys


def close(a, b):
    try:
        return math.isclose(float(a), float(b), rel_tol=2e-3, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("data")
    ap.add_argument("--show", type=int, default=0)
    for name in ("f1", "value", "kind", "unit", "noun"):
        ap.add_argument(f"--min-{name}", type=float, default=0.0)
    a = ap.parse_args()
    recs = [json.loads(line) for line in open(a.data, encoding="utf-8") if line.strip()]
    parts, starts, pos = [], [], 0
    for r in recs:
        b = r["text"].encode("utf-8")
        starts.append(pos)
        parts.append(b)
        pos += len(b) + 2
    out = subprocess.run([a.binary, "--json"], input=b"\n\n".join(parts) + b"\n", stdout=subprocess.PIPE,
                         check=True).stdout.decode("utf-8")
    preds = [[] for _ in recs]
    for line in out.splitlines():
        o = json.loads(line)
        i = bisect.bisect_right(starts, o["start"]) - 1
        o["start"] -= starts[i]
        o["end"] -= starts[i]
        preds[i].append(o)
    n_gold = n_pred = matched = 0
    value = [0, 0]
    kind = [0, 0]
    unit = [0, 0]
    noun = [0, 0]
    shown = 0
    for r, pred in zip(recs, preds):
        gold = r["figures"]
        n_gold += len(gold)
        n_pred += len(pred)
        pairs, used_g, used_p = [], set(), set()
        cands = sorted((not (g["start"] == p["start"] and g["end"] == p["end"]),
                        -(min(g["end"], p["end"]) - max(g["start"], p["start"])), gi, pi)
                       for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                       if min(g["end"], p["end"]) > max(g["start"], p["start"]))
        for _, _, gi, pi in cands:
            if gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
                pairs.append((gold[gi], pred[pi]))
        matched += len(pairs)
        wrong = []
        for g, p in pairs:
            if g.get("value") is not None:
                value[1] += 1
                ok = close(p.get("value"), g["value"])
                value[0] += ok
                if not ok:
                    wrong.append(f"value {g['text']!r}: {g['value']} got {p.get('value')}")
            kind[1] += 1
            kind[0] += p["kind"] == g["kind"]
            if p["kind"] != g["kind"]:
                wrong.append(f"kind {g['text']!r}: {g['kind']} got {p['kind']}")
            if g.get("unit") or p.get("unit"):
                unit[1] += 1
                ok = (g.get("unit") or "").lower() == (p.get("unit") or "").lower()
                unit[0] += ok
                if not ok:
                    wrong.append(f"unit {g['text']!r}: {g.get('unit')} got {p.get('unit')}")
            if g.get("noun") or p.get("noun"):
                noun[1] += 1
                ok = (g.get("noun") or "").lower() == (p.get("noun") or "").lower()
                noun[0] += ok
                if not ok:
                    wrong.append(f"noun {g['text']!r}: {g.get('noun')} got {p.get('noun')}")
        missed = [g["text"] for gi, g in enumerate(gold) if gi not in used_g]
        extra = [p["text"] for pi, p in enumerate(pred) if pi not in used_p]
        if (wrong or missed or extra) and shown < a.show:
            shown += 1
            print(f"  {r.get('id')}: {r['text'][:160]!r}")
            for w in wrong:
                print(f"    {w}")
            if missed:
                print(f"    missed {missed}")
            if extra:
                print(f"    extra {extra}")
    p = matched / n_pred if n_pred else 1.0
    rc = matched / n_gold if n_gold else 1.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    rate = {k: (v[0] / v[1] if v[1] else 1.0) for k, v in
            (("value", value), ("kind", kind), ("unit", unit), ("noun", noun))}
    print(f"{a.data}: {len(recs)} records, {n_gold} gold, {n_pred} found: P {p:.4f} R {rc:.4f} F1 {f1:.4f}; "
          f"value {rate['value']:.4f} ({value[0]}/{value[1]}), kind {rate['kind']:.4f}, "
          f"unit {rate['unit']:.4f} ({unit[0]}/{unit[1]}), noun {rate['noun']:.4f} ({noun[0]}/{noun[1]})")
    floors = {"f1": f1, **rate}
    failed = [k for k in floors if floors[k] < getattr(a, f"min_{k}")]
    for k in failed:
        print(f"FAIL: {k} {floors[k]:.4f} is under {getattr(a, f'min_{k}')}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
