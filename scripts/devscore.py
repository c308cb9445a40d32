"""Developer loop for extraction quality: extract the development set into a scratch DuckDB
file with the contract's column names and score it with ../shared/eval/score.py.

    .venv/bin/python scripts/devscore.py [--verbose] [--db FILE] [--set train]
        [--half a|b] [--json]

`--set dev` (the default) scores the seeds and the 25 development articles against
../shared/eval/gold; `--set train` scores the 64 training articles against
../shared/eval/train/gold (tune rules there, measure on dev). `--half a` (even positions in
name order) and `--half b` (odd positions) split the training set: work on one half, check on
the other before looking at its errors. `--floors tests/eval_floors.json` (what `make eval`
runs): exit 1 when an F1 of the dev set falls more than 0.02 below its committed floor.

No Prefect, no validation: use `newsledger run` for the real thing.
"""
from __future__ import annotations

import argparse
import hashlib
import json
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


FLOOR_MARGIN = 0.02      # a score may fall this far below its floor before the gate fails


def sets(name: str, half: str | None = None) -> tuple[list[Path], Path]:
    """(article paths, gold folder) of the dev set (seeds and ../shared/eval/articles) or the
    training set; `half` 'a' or 'b': every other training article (a temporary gold folder)."""
    if name == "train":
        paths, gold = sorted((SHARED / "eval/train/articles").glob("*.txt")), SHARED / "eval/train/gold"
        if half:
            paths = paths[0::2] if half == "a" else paths[1::2]
            folder = Path(tempfile.mkdtemp(prefix="devscore-gold-"))
            for p in paths:
                shutil.copy(gold / f"{p.stem}.json", folder)
            gold = folder
        return paths, gold
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((SHARED / "eval/articles").glob("*.txt"))
    return paths, SHARED / "eval/gold"


def extract_to_db(paths: list[Path], db: str | Path, nlp=None) -> None:
    """Extract the articles of `paths` into a scratch DuckDB file `db` with the contract's
    table and column names (only what score.py reads)."""
    sys.path.insert(0, str(ROOT))
    from newsledger.extract.article import extract_texts
    from newsledger.ingest.files import collect_paths

    docs = [(Path(d.source), d.text) for d in collect_paths(paths) if hasattr(d, "text")]
    Path(db).unlink(missing_ok=True)
    con = duckdb.connect(str(db))
    con.execute("""
      create table dim_articles(article_id varchar, source varchar, body varchar);
      create table dim_actors(actor_id varchar, canonical_name varchar, actor_type varchar);
      create table fact_actor_mentions(article_id varchar, actor_id varchar, surface varchar);
      create table fact_figures(article_id varchar, value double, value_max double, unit varchar,
                                currency varchar, text varchar);
      create table fact_events(article_id varchar, event_id varchar, event_type varchar, trigger varchar);
      create table bridge_event_actors(event_id varchar, actor_id varchar);""")
    actors = {}
    for (p, body), facts in zip(docs, extract_texts([(b, None) for _, b in docs], nlp)):
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


def score(db: str | Path, gold: Path, verbose: bool = False) -> tuple[str, dict]:
    """score.py's printed report and its totals (the --json line)."""
    cmd = [sys.executable, str(SHARED / "eval/score.py"), "--db", str(db), "--gold", str(gold), "--json"]
    out = subprocess.run(cmd + (["--verbose"] if verbose else []), check=True, capture_output=True,
                         text=True).stdout
    lines = out.splitlines()
    totals = next(json.loads(line) for line in lines if line.startswith("{"))
    return "\n".join(line for line in lines if not line.startswith("{")), totals


def scores_of(totals: dict, min_gold: int = 3) -> dict[str, float]:
    """The F1 the gate watches: actors, figures, events and each event type with at least
    `min_gold` gold events (tp + fn)."""
    out = {kind: totals[kind]["f1"] for kind in ("actors", "figures", "events")}
    for etype, t in totals["events_by_type"].items():
        if t["tp"] + t["fn"] >= min_gold:
            out[f"events.{etype}"] = t["f1"]
    return out


def below_floors(totals: dict, floors: dict[str, float], margin: float = FLOOR_MARGIN) -> list[str]:
    """What falls more than `margin` below its floor (a floored score missing counts as 0)."""
    got = scores_of(totals)
    return [f"{k}: F1 {got.get(k, 0.0):.3f} < floor {floor:.3f} - {margin}"
            for k, floor in sorted(floors.items()) if got.get(k, 0.0) < floor - margin]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", help="the scratch warehouse to write (default: a new temporary file, "
                    "so that runs made at the same time never read each other's)")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--set", choices=("dev", "train"), default="dev")
    ap.add_argument("--half", choices=("a", "b"), help="train only: one half of the articles")
    ap.add_argument("--json", action="store_true", help="also print score.py's totals as JSON")
    ap.add_argument("--floors", type=Path,
                    help="JSON of F1 floors: exit 1 when a score falls more than 0.02 below one")
    args = ap.parse_args()
    paths, gold = sets(args.set, args.half if args.set == "train" else None)
    scratch = None if args.db else tempfile.TemporaryDirectory(prefix="devscore-")
    db = args.db or str(Path(scratch.name) / "devscore.duckdb")
    try:
        extract_to_db(paths, db)
        report, totals = score(db, gold, args.verbose)
    finally:
        if scratch is not None:
            scratch.cleanup()
    print(report)
    if args.json:
        print(json.dumps(totals))
    if args.floors:
        failed = below_floors(totals, json.loads(args.floors.read_text())["floors"])
        for line in failed:
            print("below floor:", line)
        print("eval gate:", "FAILED" if failed else "passed")
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
