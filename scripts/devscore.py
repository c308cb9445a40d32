"""Developer loop for extraction quality: extract the development set into a scratch DuckDB
file with the contract's column names and score it with ../shared/eval/score.py.

    .venv/bin/python scripts/devscore.py [--verbose] [--db /tmp/devscore.duckdb] [--set train]
        [--half a|b] [--json]

`--set dev` (the default) scores the seeds and the 25 development articles against
../shared/eval/gold; `--set train` scores the 64 training articles against
../shared/eval/train/gold (tune rules there, measure on dev). `--half a` (even positions in
name order) and `--half b` (odd positions) split the training set: work on one half, check on
the other before looking at its errors.

No Prefect, no validation: use `newsledger run` for the real thing.
"""
from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def h(*parts) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/devscore.duckdb")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--set", choices=("dev", "train"), default="dev")
    ap.add_argument("--half", choices=("a", "b"), help="train only: one half of the articles")
    ap.add_argument("--json", action="store_true", help="also print score.py's totals as JSON")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from newsledger.extract.article import extract_texts
    from newsledger.ingest.files import collect_paths

    if args.set == "train":
        paths, gold = sorted((SHARED / "eval/train/articles").glob("*.txt")), SHARED / "eval/train/gold"
        if args.half:
            paths = paths[0::2] if args.half == "a" else paths[1::2]
            half = Path(tempfile.mkdtemp(prefix="devscore-gold-"))
            for p in paths:
                shutil.copy(gold / f"{p.stem}.json", half)
            gold = half
    else:
        paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((SHARED / "eval/articles").glob("*.txt"))
        gold = SHARED / "eval/gold"
    docs = [(Path(d.source), d.text) for d in collect_paths(paths) if hasattr(d, "text")]
    Path(args.db).unlink(missing_ok=True)
    con = duckdb.connect(args.db)
    con.execute("""
      create table dim_articles(article_id varchar, source varchar, body varchar);
      create table dim_actors(actor_id varchar, canonical_name varchar, actor_type varchar);
      create table fact_actor_mentions(article_id varchar, actor_id varchar, surface varchar);
      create table fact_figures(article_id varchar, value double, value_max double, unit varchar,
                                currency varchar, text varchar);
      create table fact_events(article_id varchar, event_id varchar, event_type varchar, trigger varchar);
      create table bridge_event_actors(event_id varchar, actor_id varchar);""")
    actors = {}
    for (p, body), facts in zip(docs, extract_texts([(b, None) for _, b in docs])):
        aid = h(p.stem)
        con.execute("insert into dim_articles values (?,?,?)", [aid, str(p), body])
        ids = {}
        for m in facts.mentions:
            assert body[m.char_start:m.char_end] == m.surface, (p.name, m)
            key = (m.actor_type, m.canonical_name)
            ids[m.canonical_name] = actors.setdefault(key, h(*key))
            con.execute("insert into fact_actor_mentions values (?,?,?)", [aid, actors[key], m.surface])
        for f in facts.figures:
            assert body[f.char_start:f.char_end] == f.text, (p.name, f)
            con.execute("insert into fact_figures values (?,?,?,?,?,?)",
                        [aid, f.value, f.value_max, f.unit, f.currency, f.text])
        for i, e in enumerate(facts.events):
            eid = h(aid, i)
            con.execute("insert into fact_events values (?,?,?,?)", [aid, eid, e.event_type, e.trigger])
            for a in e.actors:
                if a.canonical_name in ids:
                    con.execute("insert into bridge_event_actors values (?,?)", [eid, ids[a.canonical_name]])
    for (kind, name), aid in actors.items():
        con.execute("insert into dim_actors values (?,?,?)", [aid, name, kind])
    con.close()
    cmd = [sys.executable, str(SHARED / "eval/score.py"), "--db", args.db, "--gold", str(gold)]
    return subprocess.call(cmd + (["--verbose"] if args.verbose else []) + (["--json"] if args.json else []))


if __name__ == "__main__":
    sys.exit(main())
