#!/usr/bin/env python3
"""Builds a hand-labelled gold file from its labels: one script for every held-out batch.

usage: heldout-build.py LABELS.labels.py [LABELS.labels.py ...]

Writes NAME.gold.json beside each NAME.labels.py. A labels file holds only what a person wrote: a
docstring with its labelling choices, and either
- target labels (extraction, see ../../../../shared/TARGETS.md): SOURCE, and data, a list of
  (department, description, [Q(...), P(...), C(...), R(...), D(...)]) in table order; or
- reading labels (readings, see READINGS.md): TARGETS, the gold file (relative to the labels) whose
  descriptions and targets the narratives report on, and report(department, no, as_of, narrative,
  [L(target index or a target of its own, value, unit, span, **flags), ...]) calls; ids are NAME-01, -02 ….
W and Y are 10^4 (万) and 10^8 (亿).
"""
import json, os, sys

W, Y = 10**4, 10**8
TARGETS_PLAN_YEAR, READINGS_PLAN_YEAR = 2023, 2022

def Q(metric, op, value, unit, **kw):
    return dict(kind="quantity", metric=metric, op=op, value=value, unit=unit, **kw)
def P(metric, op, value, **kw):
    return dict(kind="percent", metric=metric, op=op, value=value, unit="%", **kw)
def C(metric, direction, op, value, unit="%", basis=None, **kw):
    return dict(kind="change", metric=metric, op=op, value=value, unit=unit, direction=direction, basis=basis, **kw)
def R(metric, op, value, scope, **kw):
    return dict(kind="rank", metric=metric, op=op, value=value, unit=None, scope=scope, **kw)
def D(metric, date, **kw):
    return dict(kind="deadline", metric=metric, op="=", value=None, unit=None, date=date, **kw)
def L(target, value, unit, span, **kw):
    return (target, value, unit, span, kw)

def load(path):
    """Runs a labels file with the helpers above; returns its names and the reports it made."""
    reports = []
    names = dict(Q=Q, P=P, C=C, R=R, D=D, L=L, W=W, Y=Y,
                 report=lambda dept, no, as_of, narrative, labels: reports.append((dept, no, as_of, narrative, labels)))
    with open(path, encoding="utf-8") as f:
        exec(compile(f.read(), path, "exec"), names)
    return names, reports

def targets_gold(names):
    commitments, counter = [], {}
    for dept, text, targets in names["data"]:
        counter[dept] = counter.get(dept, 0) + 1
        commitments.append(dict(department=dept, no=counter[dept], description=text, targets=targets))
    summary = (f"{len(commitments)} commitments, {sum(len(c['targets']) for c in commitments)} targets, "
               f"{sum(1 for c in commitments for t in c['targets'] if not t.get('optional'))} required")
    return dict(source=names["SOURCE"], planYear=TARGETS_PLAN_YEAR, commitments=commitments), summary

def readings_gold(names, reports, here, batch):
    with open(os.path.join(here, names["TARGETS"]), encoding="utf-8") as f:
        commitments = {(c["department"], c["no"]): c for c in json.load(f)["commitments"]}
    out = []
    for dept, no, as_of, narrative, labels in reports:
        c = commitments[(dept, no)]
        ts = [{k: v for k, v in t.items() if k != "optional"} for t in c["targets"]]
        readings = [dict(target=ts[t] if isinstance(t, int) else t, value=value, unit=unit, span=span, **kw)
                    for t, value, unit, span, kw in labels]
        out.append(dict(id=f"{batch}-{len(out) + 1:02d}", department=dept, no=no, description=c["description"],
                        narrative=narrative, asOf=as_of, readings=readings))
    summary = f"{len(out)} reports, {sum(len(r['readings']) for r in out)} readings"
    return {"planYear": READINGS_PLAN_YEAR, "reports": out}, summary

def build(path):
    if not path.endswith(".labels.py"):
        sys.exit(f"heldout-build: {path}: a labels file is named NAME.labels.py")
    here, batch = os.path.dirname(os.path.abspath(path)), os.path.basename(path)[:-len(".labels.py")]
    names, reports = load(path)
    gold, summary = readings_gold(names, reports, here, batch) if reports else targets_gold(names)
    with open(os.path.join(here, batch + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print(f"{batch}.gold.json: {summary}")

if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for labels in sys.argv[1:]:
        build(labels)
