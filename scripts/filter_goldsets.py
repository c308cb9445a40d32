"""Labels and measures of the event filter (issue 19) on the gold sets.

    .venv/bin/python scripts/filter_goldsets.py build --set train|dev [--out DIR]
    .venv/bin/python scripts/filter_goldsets.py eval --set train|dev [--half a|b] [--weights FILE] [--out DIR]

`build` extracts the articles of a gold set with today's rules and the filter off, exactly as
scripts/devscore.py does (same scratch warehouse, same event ids), records the filter's cues of
every event (filter.features, through a wrapper around filter.apply), and labels each event
with ../shared/eval/score.py's own event matching (its load_predictions, score_kind and
match_optional_names): an event matched to a required gold event is `ok`, one absorbed by an
optional gold event `optional`, an extra (a false positive for score.py) `wrong`. Writes
DIR/gold_<set>.jsonl and DIR/gold_<set>.duckdb (DIR defaults to /tmp/filt2).

`eval` drops from that warehouse the events the weights' filter would drop (filter.keep) and
scores the rest with score.py, as devscore.py does: the filter's effect on a gold set without
re-extracting it (the filter is the last step of extract_events and sees every rule event).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import sys
import tempfile
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import devscore  # noqa: E402

SHARED = ROOT.parent / "shared"


def score_module():
    spec = importlib.util.spec_from_file_location("gold_score", SHARED / "eval/score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def label(con, gold_dir: Path) -> dict[str, str]:
    """event_id -> ok / optional / wrong, by score.py's matching (the glue of its main())."""
    sc = score_module()
    gold = {p.stem: json.loads(p.read_text()) for p in sorted(Path(gold_dir).glob("*.json"))}
    preds = sc.load_predictions(con, gold)
    out = {}
    for stem, g in gold.items():
        pr = preds.get(stem, {"actors": [], "figures": [], "events": []})
        _, _, _, pairs, _, _ = sc.score_kind(pr["actors"], g["actors"], sc.actor_fits)
        gold_name_of = {p["actor_id"]: gg["name"] for p, gg in pairs}
        for p, gg in sc.match_optional_names(pr["actors"], g["actors"]).items():
            gold_name_of.setdefault(p, gg)
        for e in pr["events"]:
            e["names"] = {gold_name_of[a] for a in e["actor_ids"] if a in gold_name_of}
        gold_events = [e for e in g["events"] if e["type"] != "other"]
        _, _, _, epairs, _, eextra = sc.score_kind(
            pr["events"], gold_events,
            lambda p, ge: p["type"] == ge["type"] and bool(p["names"] & set(ge["actors"])))
        hit = {id(p) for p, _ in epairs}
        extra = {id(p) for p in eextra}
        for e in pr["events"]:
            out[e["event_id"]] = "ok" if id(e) in hit else "wrong" if id(e) in extra else "optional"
    return out


def build(name: str, out: Path) -> None:
    from newsledger.extract.events import filter as flt
    captured: list[list] = []
    real = flt.apply

    def capture(doc, events, mentions):
        per_sent: dict[int, int] = {}
        for e in events:
            per_sent[e.sentence_index] = per_sent.get(e.sentence_index, 0) + 1
        captured.append([(e, flt.features(doc, e, mentions, per_sent[e.sentence_index])) for e in events])
        return events   # the rules' events, the filter off whatever the environment says

    flt.apply = capture
    paths, gold = devscore.sets(name)
    db = out / f"gold_{name}.duckdb"
    try:
        devscore.extract_to_db(paths, db)
    finally:
        flt.apply = real
    from newsledger.ingest.files import collect_paths
    docs = [Path(d.source) for d in collect_paths(paths) if hasattr(d, "text")]
    assert len(docs) == len(captured), (len(docs), len(captured))
    con = duckdb.connect(str(db), read_only=True)
    labels = label(con, gold)
    con.close()
    with open(out / f"gold_{name}.jsonl", "w", encoding="utf-8") as fh:
        for p, evs in zip(docs, captured):
            aid = devscore.h(p.stem)
            for i, (e, feats) in enumerate(evs):
                eid = devscore.h(aid, i)
                fh.write(json.dumps({"file": f"{name}:{p.stem}", "stem": p.stem, "event_id": eid,
                                     "event_type": e.event_type, "trigger": e.trigger,
                                     "char_start": e.char_start, "char_end": e.char_end,
                                     "verdict": labels.get(eid, "unscored"), "produced": True,
                                     "features": feats}, ensure_ascii=False) + "\n")
    n = {}
    for v in labels.values():
        n[v] = n.get(v, 0) + 1
    print(f"{name}: {len(docs)} articles, {sum(map(len, captured))} events, labels {n}")


def evaluate(name: str, half: str | None, weights: dict, out: Path, verbose: bool = False) -> dict:
    from newsledger.extract.events.filter import keep
    rows = [json.loads(line) for line in open(out / f"gold_{name}.jsonl", encoding="utf-8")]
    drop = [r["event_id"] for r in rows if not keep(weights, r["event_type"], r["features"])]
    paths, gold = devscore.sets(name, half)
    with tempfile.TemporaryDirectory(prefix="filtgold-") as tmp:
        db = Path(tmp) / "w.duckdb"
        shutil.copy(out / f"gold_{name}.duckdb", db)
        con = duckdb.connect(str(db))
        if drop:
            con.execute("create temp table d(event_id varchar)")
            con.executemany("insert into d values (?)", [[x] for x in drop])
            con.execute("delete from bridge_event_actors where event_id in (select event_id from d)")
            con.execute("delete from fact_events where event_id in (select event_id from d)")
        con.close()
        report, totals = devscore.score(db, gold, verbose)
    totals["dropped"] = len(drop)
    totals["report"] = report
    return totals


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["build", "eval"])
    ap.add_argument("--set", choices=("dev", "train"), default="dev")
    ap.add_argument("--half", choices=("a", "b"))
    ap.add_argument("--out", type=Path, default=Path("/tmp/filt2"))
    ap.add_argument("--weights", type=Path, default=ROOT / "newsledger/extract/data/event_filter.json")
    ap.add_argument("--off", action="store_true", help="eval: the rules alone")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.cmd == "build":
        build(args.set, args.out)
        return 0
    w = {"bias": 50.0, "threshold": 0.0, "weights": {}} if args.off else \
        json.loads(args.weights.read_text(encoding="utf-8"))
    t = evaluate(args.set, args.half, w, args.out, args.verbose)
    print(t["report"])
    print(f"dropped {t['dropped']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
