"""`newsledger run FILE.jsonl[.gz]`: article dumps loaded end to end (real flow, DuckDB, GX):
bad records recorded with their line among good ones, reruns skip, --limit, --field; and a
slice of the real corpus (../shared/corpus) loads with at least 99 % published."""
from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import duckdb
import pytest

from conftest import require_shared

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CORPUS_SLICE = 200
ENGLISH = ("This is a short note written in English about the weather and the sea, which is not "
           "in French at all: the run should record it and never extract it.")


def seed_record(i: int, **extra) -> dict:
    title, _, body = SEEDS[i].read_text(encoding="utf-8").partition("\n")
    return {"id": f"s{i}", "title": title.strip(), "text": body.strip(), **extra}


def rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_a_dump_with_bad_records_among_good_ones(run_cli, tmp_path):
    dump = tmp_path / "articles.jsonl"
    lines = [json.dumps(seed_record(0, published="2020-06-16", url="https://example.org/a", section="monde")),
             "{broken", json.dumps({"id": "x", "title": "Sans texte"}),
             json.dumps(seed_record(1)), json.dumps(seed_record(2) | {"id": "s0"}),
             json.dumps({"id": "en", "title": "A note", "text": ENGLISH})]
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "dump.duckdb"
    code, out, err = run_cli("run", dump, "--db", db)
    assert code == 0, out + err
    assert rows(db, "select source, published_at::date::varchar, url, section from dim_articles order by source") == [
        (f"{dump}#s0", "2020-06-16", "https://example.org/a", "monde"), (f"{dump}#s1", None, None, None)]
    errors = dict(rows(db, "select source, error from ingest_errors"))
    assert errors == {f"{dump}#line-2": errors[f"{dump}#line-2"], f"{dump}#x": "line 3: no text in 'text'",
                      f"{dump}#s0": "line 5: id 's0' already used by an earlier record of this dump",
                      f"{dump}#en": errors[f"{dump}#en"]}
    assert "language is English" in errors[f"{dump}#en"]
    assert errors[f"{dump}#line-2"].startswith("line 2: invalid JSON")
    assert rows(db, "select status, inputs_new, inputs_rejected from load_runs") == [("succeeded", 2, 4)]
    # a rerun: the good records are known, nothing is extracted again; the English record,
    # never loaded, is refused again (its language is decided only for what is not known)
    code, out, _ = run_cli("run", dump, "--db", db)
    assert code == 0 and rows(db, "select inputs_new, inputs_skipped, inputs_rejected from load_runs "
                                  "order by started_at")[-1] == (0, 2, 4)


def test_limit_and_field_names(run_cli, tmp_path):
    dump = tmp_path / "other.jsonl.gz"
    recs = [{"key": r["id"], "headline": r["title"], "body": r["text"]} for r in map(seed_record, range(4))]
    dump.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in recs).encode("utf-8")))
    db = tmp_path / "limit.duckdb"
    fields = ["--field", "id=key", "--field", "title=headline", "--field", "text=body"]
    code, out, err = run_cli("run", dump, *fields, "--limit", "2", "--db", db)
    assert code == 0, out + err
    assert [r[0] for r in rows(db, "select source from dim_articles order by source")] == [
        f"{dump}#s0", f"{dump}#s1"]
    code, out, err = run_cli("run", dump, *fields, "--limit", "1", "--db", db)
    assert code == 0, out + err                      # the next new one, not the known ones
    assert rows(db, "select count(*) from dim_articles")[0][0] == 3
    assert rows(db, "select inputs_new, inputs_skipped from load_runs order by started_at")[-1] == (1, 2)
    with pytest.raises(SystemExit) as bad_usage:                  # argparse: NAME=FIELD expected
        run_cli("run", dump, "--field", "body", "--db", db)
    assert bad_usage.value.code == 2


@pytest.mark.slow
def test_a_slice_of_the_real_corpus_loads(run_cli, tmp_path):
    corpus = require_shared("corpus", "orangesum-monde-politique.jsonl.gz")
    dump = tmp_path / "slice.jsonl"
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        dump.write_text("".join(itertools.islice(f, CORPUS_SLICE)), encoding="utf-8")
    db = tmp_path / "corpus.duckdb"
    code, out, err = run_cli("run", dump, "--db", db)
    assert code == 0, out + err
    [(status, published, quarantined, rejected)] = rows(
        db, "select status, articles_published, articles_quarantined, inputs_rejected from load_runs")
    assert status in ("succeeded", "partial")
    assert published >= 0.99 * CORPUS_SLICE, (published, quarantined, rejected)
    # every record accounted for: published (or a copy), quarantined, or an ingest error
    accounted = rows(db, "select (select count(*) from dim_articles) + (select count(*) from quarantine_articles)"
                         " + (select count(*) from ingest_errors)")[0][0]
    assert accounted == CORPUS_SLICE
    # one canonical name per actor
    assert rows(db, "select count(*) - count(distinct actor_id) from dim_actors")[0][0] == 0
