"""Skip what is known (newsledger.warehouse.classify) on a real DuckDB warehouse: what is known
unchanged is never handed to `admit` (an unchanged rerun never reads a text for its language);
what `admit` refuses is rejected and not remembered by the run."""
from __future__ import annotations

from newsledger.records import IngestError, SourceDocument
from newsledger.warehouse import db as wdb
from newsledger.warehouse.classify import RunMemory, classify, document_id


def doc(source: str, body: str) -> SourceDocument:
    return SourceDocument(source=source, source_kind="file", title="Titre", body=body,
                          content_hash=f"hash-of-{body}")


def test_admit_is_asked_only_about_what_is_not_known_unchanged(tmp_path):
    con = wdb.connect(str(tmp_path / "w.duckdb"))
    wdb.ensure_schema(con)
    known = doc("dump#1", "connu")
    con.execute("insert into dim_articles (article_id, source, source_kind, title, body, content_hash, "
                "ingested_at, run_id) values (?, ?, 'file', 'Titre', 'connu', ?, now(), 'r1')",
                [document_id(known), known.source, known.content_hash])
    asked = []

    def admit(d):
        asked.append(d.source)
        return IngestError(d.source, "language", "not French") if "english" in d.body else d

    out = classify(con, [known, doc("dump#2", "nouveau"), doc("dump#3", "english"),
                         doc("dump#4", "english")], RunMemory(), admit=admit)
    assert asked == ["dump#2", "dump#3", "dump#4"]
    assert [a.source for a in out.rejected] == ["dump#3", "dump#4"]
    assert [d.source for _, d in out.unchanged] == ["dump#1"]
    assert [d.source for _, d in out.new] == ["dump#2"]
    assert out.duplicates == []         # a refused record is no original of a later copy
