"""One actor, one name, across articles (real flow and DuckDB): spelling variants of a name
resolve to one actor_id; its canonical name is the form most articles write (ties: the form
with diacritics), every form is kept in aliases, and the id stays when the majority changes."""
from __future__ import annotations

from pathlib import Path

import duckdb

# Texts written for this test (not third-party articles).
GOITA_ACCENT = ("Le Mali suspend un accord\n\nLe colonel Assimi Goïta, président de la transition au "
                "Mali, a annoncé mardi la suspension d'un accord de défense avec la France. Assimi "
                "Goïta a reçu les chefs de l'armée à Bamako.\n")
GOITA_PLAIN = ("Bamako durcit le ton\n\nLe chef de la junte malienne, Assimi Goita, a rencontré "
               "mercredi le ministre russe des Affaires étrangères, Sergueï Lavrov, à Moscou. Selon "
               "Assimi Goita, la coopération militaire avec la Russie va se renforcer.\n")
GOITA_PLAIN_2 = ("Transition au Mali\n\nAssimi Goita a promis samedi des élections en février, a "
                 "indiqué la présidence malienne. Assimi Goita s'exprimait devant les députés à Bamako.\n")


def load(folder: Path, db: Path, **texts: str) -> None:
    from newsledger_flows.load import load_flow

    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    summary = load_flow(paths=[str(folder / f"{n}.txt") for n in texts], db=str(db), show_progress=False)
    assert summary["status"] == "succeeded", summary


def goita(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("select actor_id, canonical_name, actor_type, aliases from dim_actors "
                           "where canonical_name ilike 'Assimi Go%'").fetchall()


def test_spelling_variants_are_one_actor_named_by_the_majority(prefect_server, tmp_path):
    db = tmp_path / "names.duckdb"
    load(tmp_path / "in", db, a=GOITA_ACCENT, b=GOITA_PLAIN)
    [(actor_id, name, kind, aliases)] = goita(db)
    assert (name, kind) == ("Assimi Goïta", "person")          # a tie: the form with diacritics
    assert "Assimi Goita" in aliases

    load(tmp_path / "in", db, c=GOITA_PLAIN_2)                 # now two articles write "Goita"
    [(same_id, name, _, aliases)] = goita(db)
    assert same_id == actor_id and name == "Assimi Goita"
    assert "Assimi Goïta" in aliases and name not in aliases
    with duckdb.connect(str(db), read_only=True) as con:       # every mention still points at it
        ids = {r[0] for r in con.execute(
            "select distinct actor_id from fact_actor_mentions where surface ilike '%Go_ta%'").fetchall()}
    assert ids == {actor_id}
