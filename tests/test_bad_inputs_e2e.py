"""One `newsledger run` over good and bad inputs together (issue 7, "Bad inputs").

The collection rules for each kind of bad file are unit-tested in tests/test_sources_files.py;
here the whole flow runs on them at once: every good input is loaded, every bad one is in
ingest_errors with its reason, the copy is stored once with duplicate_of, and the run exits 0
(1 with --strict).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

LATIN1_ARTICLE = (
    "Séoul réclame davantage de sanctions après un nouveau tir de missile\n"
    "La Corée du Sud a demandé mercredi à ses alliés de renforcer les sanctions contre la "
    "Corée du Nord, après le tir d'un missile balistique qui est tombé en mer du Japon. "
    "Le ministère sud-coréen des Affaires étrangères a déclaré que ce tir représentait une "
    "menace grave pour la sécurité de la région. Les États-Unis et le Japon ont condamné "
    "l'essai et appelé Pyongyang à reprendre le dialogue. Selon l'état-major de l'armée "
    "sud-coréenne, le missile a parcouru environ 600 kilomètres avant de s'abîmer en mer.\n"
)

ENGLISH_ARTICLE = (
    "North Korea fires another ballistic missile\n"
    "North Korea fired a ballistic missile into the sea on Wednesday, the South Korean "
    "military said, in the latest of a series of weapons tests that have raised tensions "
    "in the region. The United States and Japan condemned the launch and called on "
    "Pyongyang to return to talks. The missile flew about 600 kilometres before it fell "
    "into the sea, according to the joint chiefs of staff in Seoul.\n"
)

HTML_AS_TXT = (
    "<!DOCTYPE html>\n<html><head><title>Page</title></head><body>\n"
    "<p>La Corée du Nord a tiré un missile, selon Séoul.</p>\n</body></html>\n"
)


def _inputs(folder: Path) -> tuple[list[str], dict[str, str], list[str], str]:
    """Write the folder; return (run arguments, bad source -> reason fragment, good sources,
    the duplicate's source)."""
    folder.mkdir()
    good = []
    for seed in SEEDS[:2]:
        dest = folder / f"good_{seed.name}"
        shutil.copyfile(seed, dest)
        good.append(str(dest))
    duplicate = folder / "zz_copy_of_first_seed.txt"       # sorted after the original
    shutil.copyfile(SEEDS[0], duplicate)
    latin1 = folder / "latin1.txt"
    latin1.write_bytes(LATIN1_ARTICLE.encode("latin-1"))
    good.append(str(latin1))

    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8 + b"\x00\x00PK\x03\x04")
    (folder / "page.txt").write_text(HTML_AS_TXT, encoding="utf-8")
    (folder / "english.txt").write_text(ENGLISH_ARTICLE, encoding="utf-8")
    (folder / "numbers.txt").write_text("12 345 678\n2024 2025 3,14\n1 000 000 000\n", encoding="utf-8")
    os.symlink("loop.txt", folder / "loop.txt")          # a link to itself
    os.symlink("gone.txt", folder / "dangling.txt")      # a link to a file that is not there
    bad = {
        str(folder / "empty.txt"): "empty file",
        str(folder / "binary.txt"): "binary",
        str(folder / "page.txt"): "HTML content in a text file",
        str(folder / "english.txt"): "English",
        str(folder / "numbers.txt"): "numbers",
        str(folder / "loop.txt"): "symbolic link loop",
        str(folder / "dangling.txt"): "broken symbolic link",
    }
    return [str(folder)], bad, good, str(duplicate)


def test_one_run_with_good_and_bad_inputs(prefect_server, run_cli, tmp_path):
    args, bad, good, duplicate = _inputs(tmp_path / "inbox")
    db = tmp_path / "bad_inputs.duckdb"

    code, out, err = run_cli("run", *args, "--db", db)
    assert code == 0, out + err
    assert "SUCCEEDED" in out

    con = duckdb.connect(str(db), read_only=True)
    try:
        run_id, status, rejected = con.execute(
            "select run_id, status, inputs_rejected from load_runs").fetchall()[0]
        articles = {r[0]: r[1:] for r in con.execute(
            "select source, duplicate_of, body, article_id from dim_articles").fetchall()}
        errors = {r[0]: r[1:] for r in con.execute(
            "select source, stage, error, run_id from ingest_errors").fetchall()}
        facts = dict(con.execute(
            "select a.source, count(m.mention_id) from dim_articles a "
            "left join fact_actor_mentions m using (article_id) group by a.source").fetchall())
    finally:
        con.close()

    assert status == "succeeded"
    # every good input loaded, with facts; the Latin-1 file decoded correctly
    assert set(good) <= set(articles)
    assert all(articles[g][0] is None and facts[g] > 0 for g in good)
    assert "Séoul" in LATIN1_ARTICLE and "ministère sud-coréen" in articles[str(tmp_path / "inbox" / "latin1.txt")][1]
    # the second copy is stored once, pointing at the first
    original = articles[good[0]][2]
    assert articles[duplicate][0] == original
    assert set(articles) == set(good) | {duplicate}
    # every bad input recorded with its reason, in this run
    assert set(errors) == set(bad), sorted(errors)
    for source, fragment in bad.items():
        stage, error, err_run = errors[source]
        assert fragment.lower() in error.lower(), (source, stage, error)
        assert err_run == run_id
    assert errors[str(tmp_path / "inbox" / "english.txt")][0] == "language"
    assert rejected == len(bad)

    # --strict: the same inputs again (good ones now known) exit 1 because of the bad ones
    code, out, err = run_cli("run", *args, "--db", db, "--strict")
    assert code == 1
    assert f"--strict: {len(bad)} input(s) rejected" in err


def test_a_path_named_on_the_command_line_that_does_not_exist_is_a_usage_error(run_cli, tmp_path):
    """A typo is not a load: exit 2, said before any work starts (no warehouse, no run)."""
    good = tmp_path / "good.txt"
    shutil.copyfile(SEEDS[0], good)
    db = tmp_path / "typo.duckdb"
    code, out, err = run_cli("run", good, tmp_path / "no_such_file.txt", "--db", db)
    assert code == 2
    assert f"{tmp_path / 'no_such_file.txt'}: No such file or directory" in err
    assert not db.exists()
    code, _, err = run_cli("run", "--urls-file", tmp_path / "no_such_list.txt", "--db", db)
    assert code == 2 and "no_such_list.txt: No such file or directory" in err and not db.exists()


def test_an_article_whose_extraction_fails_is_recorded_and_the_others_load(run_cli, tmp_path,
                                                                          monkeypatch):
    """A failure inside extraction (a fault injected into extract_from_doc for one article,
    in-process with --workers 1) is that article's ingest error, stage 'extract'; the others of
    its batch are published, the run exits 0, and the next run extracts the article again."""
    import newsledger.extract.article as article

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in SEEDS[:3]:
        shutil.copy(seed, inbox / seed.name)
    failing = inbox / SEEDS[1].name
    marker = [line for line in failing.read_text(encoding="utf-8").splitlines() if line.strip()][1][:60]
    real = article.extract_from_doc

    def failing_on_one(doc, published_at=None, text=None):
        if text is not None and marker in text:
            raise RuntimeError("injected fault")
        return real(doc, published_at, text)

    monkeypatch.setattr(article, "extract_from_doc", failing_on_one)
    db = tmp_path / "fault.duckdb"
    code, out, err = run_cli("run", inbox, "--db", db, "--workers", "1")
    assert code == 0, out + err
    with duckdb.connect(str(db), read_only=True) as con:
        published = {r[0] for r in con.execute("select source from dim_articles").fetchall()}
        errors = con.execute("select source, stage, error from ingest_errors").fetchall()
    assert published == {str(inbox / s.name) for s in SEEDS[:3]} - {str(failing)}
    assert errors == [(str(failing), "extract", "extraction failed: RuntimeError: injected fault")]

    monkeypatch.setattr(article, "extract_from_doc", real)
    code, out, err = run_cli("run", inbox, "--db", db, "--workers", "1")
    assert code == 0, out + err
    with duckdb.connect(str(db), read_only=True) as con:
        assert str(failing) in {r[0] for r in con.execute("select source from dim_articles").fetchall()}
