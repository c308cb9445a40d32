"""Read ahead while Prefect's API boots: `newsledger run` makes documents of the first records
of the article dumps it was given, in a thread, while it waits for the API server (its own
process, about 2 s after this process's imports); the flow's collect task then takes them made
instead of making them again. Stopped before the flow starts, so the two never work at once.

A record is taken only if the flow's plan hands the collect task the very same record (path,
line, fields and content), so the documents are those the task would have made. At most
MAX_DOCUMENTS are held (memory stays bounded whatever the dump's size). On an unchanged rerun
of the 11,929-record corpus, reading, normalizing and hashing records is 0.2 ms each: about
3 s, most of which now overlaps the API's boot.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Mapping

from newsledger.ingest.dumps import DumpRecord, document_from_record, dump_records, is_dump
from newsledger.ingest.inputs import Item

MAX_DOCUMENTS = 8192

_made: dict[tuple[str, str], tuple[DumpRecord, Item]] = {}


class ReadAhead:
    """The background thread; `stop()` ends it and waits for it."""

    def __init__(self, paths: Iterable[str], fields: Mapping[str, str] | None = None,
                 limit: int = MAX_DOCUMENTS):
        self._dumps = [p for p in paths if is_dump(p) and os.path.isfile(p)]
        self._fields, self._limit = fields, limit
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._work, name="newsledger-readahead", daemon=True)
        if self._dumps:
            self._thread.start()

    def _work(self) -> None:
        try:
            for path in self._dumps:
                for rec in dump_records(path, self._fields):
                    if self._stopped.is_set() or len(_made) >= self._limit:
                        return
                    if isinstance(rec, DumpRecord):
                        _made[(rec.source, rec.where)] = (rec, document_from_record(rec, check_text_language=False))
        except Exception:  # noqa: BLE001  (anything read ahead is simply made again by the task)
            return

    def wait(self) -> int:
        """Let the thread read as far as it goes (to the bound or the dumps' end); how many
        documents are held."""
        if self._thread.ident is not None:
            self._thread.join()
        return len(_made)

    def stop(self) -> int:
        """End the thread; how many documents it made."""
        self._stopped.set()
        if self._thread.ident is not None:        # started
            self._thread.join()
        return len(_made)


def take(rec: DumpRecord) -> Item:
    """The document of `rec` (its language still undecided): the one read ahead when it was
    made from this very record, else made now."""
    found = _made.pop((rec.source, rec.where), None)
    if found is not None and found[0] == rec:
        return found[1]
    return document_from_record(rec, check_text_language=False)


def forget() -> None:
    """Drop what was read ahead and not taken (the end of a run)."""
    _made.clear()
