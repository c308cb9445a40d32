"""Export happenings in GDELT 2.0's event layout (`newsledger export --gdelt FILE.csv`): one
row per coded happening, GDELT's 61 column names in GDELT's order, empty where newsledger
has no value. Columns are documented in docs/gdelt_export.md; the query is sql/export/gdelt.sql.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pycountry

from newsledger.warehouse import db as wdb
from newsledger.warehouse.sqlfiles import read_sql

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

# GDELT 2.0 event table, in its order (GDELT Event Codebook V2.0, 2015).
COLUMNS = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR) + tuple(f"Actor2{c}" for c in _ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in _GEO) + tuple(f"Actor2Geo_{c}" for c in _GEO)
    + tuple(f"ActionGeo_{c}" for c in _GEO)
    + ("DATEADDED", "SOURCEURL")
)


def global_event_id(happening_id: str) -> int:
    """GDELT's ids are integers: the first 15 hex digits of the happening_id (60 bits)."""
    return int(happening_id[:15], 16)


def alpha3(code: str | None) -> str | None:
    """ISO 3166-1 alpha-2 -> alpha-3 (CAMEO's country codes are ISO alpha-3)."""
    if not code:
        return None
    country = pycountry.countries.get(alpha_2=code.upper())
    return country.alpha_3 if country else None


def gdelt_row(found: dict) -> dict:
    """A row of sql/export/gdelt.sql as GDELT columns (None where newsledger has no value)."""
    row = dict.fromkeys(COLUMNS)
    row.update({k: v for k, v in found.items() if k in row})
    row["GLOBALEVENTID"] = global_event_id(found["happening_id"])
    for n in ("1", "2"):
        row[f"Actor{n}CountryCode"] = alpha3(found[f"Actor{n}CountryCode"])
        row[f"Actor{n}Code"] = row[f"Actor{n}CountryCode"]
    return row


def export_gdelt(db_path: str | Path, out: str | Path) -> int:
    """Write the CSV (header of GDELT names); returns the number of happenings written."""
    con = wdb.connect(db_path, read_only=True)
    try:
        cur = con.execute(read_sql("export/gdelt.sql"))
        names = [d[0] for d in cur.description]
        rows = [gdelt_row(dict(zip(names, r))) for r in cur.fetchall()]
    finally:
        con.close()
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)
