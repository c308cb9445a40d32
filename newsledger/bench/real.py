"""The benchmark on real text: N articles of the real corpus (an article dump), loaded end to
end from the command line as a user runs it, with its defaults, then run again unchanged;
against bare single-process spaCy `nlp.pipe` over the same texts.

    run_real_benchmark(n, dump, workdir) -> dict

* flow: `newsledger run N.jsonl --db FRESH --reports DIR` in a new process: wall seconds,
  articles per second, and the peak memory of its whole process tree (the command, its
  Prefect API server and its extraction workers), sampled every 0.2 s;
* rerun: the same command again (nothing new: no model, no suite);
* reference: the flow's own pipeline (`load_pipeline`), loaded before timing, `nlp.pipe`;
  and reference_stock: the model as `spacy.load` gives it, nothing of newsledger's, with the
  flow's batch of 16 texts (the least CPU per article: the strict reference);
  reference_stock_default: the same with spaCy's own default batch (`nlp.pipe(texts)` as
  written, `nlp.batch_size` = 256 for this model), which costs about twice the CPU per
  article here; all over the same texts (`SourceDocument.text`, what the flow analyses) in
  this process.
"""
from __future__ import annotations

import gzip
import itertools
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

SAMPLE_SECONDS = 0.2


def write_slice(dump: Path, n: int, out: Path) -> int:
    """The first `n` records of a JSON Lines dump (gzip or not) into `out`; how many."""
    opener = gzip.open if str(dump).endswith(".gz") else open
    with opener(dump, "rt", encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        lines = list(itertools.islice(src, n))
        dst.writelines(lines)
    return len(lines)


def tree_rss(proc: psutil.Process) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def timed_command(cmd: list[str], cwd: Path) -> dict:
    """Run a command; its wall seconds, exit status and the peak RSS of its process tree."""
    peak = [0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=str(cwd), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watched = psutil.Process(proc.pid)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            try:
                peak[0] = max(peak[0], tree_rss(watched))
            except psutil.Error:
                pass
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    return {"wall_seconds": round(wall, 2), "exit_status": proc.returncode,
            "peak_rss_mb": round(peak[0] / 2**20, 1), "stdout_tail": out[-800:],
            "stderr_tail": err[-800:] if proc.returncode else ""}


def reference(texts: list[str], stock: bool = False, batch_size: int | None = None) -> dict:
    """Bare spaCy, one process, over the texts (the model loaded before timing): the flow's
    own pipeline (`load_pipeline`), or with `stock` the model as spaCy loads it
    (`spacy.load("fr_core_news_md")`, nothing of newsledger's). `batch_size`: texts per
    `nlp.pipe` batch, the flow's (PIPE_BATCH_SIZE) unless given; 0 for spaCy's default."""
    from newsledger.extract.article import PIPE_BATCH_SIZE
    from newsledger.extract.nlp import MODEL, load_pipeline

    if stock:
        import spacy
        nlp = spacy.load(MODEL)
    else:
        nlp = load_pipeline()
    batch = PIPE_BATCH_SIZE if batch_size is None else (batch_size or nlp.batch_size)
    t0 = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch))
    seconds = time.perf_counter() - t0
    return {"articles": len(texts), "tokens": tokens, "batch_size": batch,
            "nlp_seconds": round(seconds, 2), "articles_per_s": round(len(texts) / seconds, 2)}


def run_real_benchmark(n: int, dump: Path, workdir: Path, do_reference: bool = True) -> dict:
    from newsledger.ingest.dumps import read_dump
    from newsledger.records import SourceDocument

    workdir.mkdir(parents=True, exist_ok=True)
    corpus = workdir / f"real-{n}.jsonl"
    got = write_slice(dump, n, corpus)
    script = Path(sys.executable).with_name("newsledger")
    entry = [str(script)] if script.exists() else [sys.executable, "-m", "newsledger"]
    db, reports = workdir / "real.duckdb", workdir / "reports"
    db.unlink(missing_ok=True)
    cmd = entry + ["run", str(corpus), "--db", str(db), "--reports", str(reports)]
    results: dict = {"source": str(dump), "articles": got, "command": " ".join(cmd[1:])}
    results["flow"] = timed_command(cmd, workdir)
    results["flow"]["articles_per_s"] = round(got / results["flow"]["wall_seconds"], 2)
    results["rerun"] = timed_command(cmd, workdir)
    results["rerun"]["share_of_flow"] = round(
        results["rerun"]["wall_seconds"] / results["flow"]["wall_seconds"], 4)
    if do_reference:
        texts = [d.text for d in read_dump(corpus) if isinstance(d, SourceDocument)]
        results["reference"] = reference(texts)
        results["ratio_to_spacy"] = round(
            results["flow"]["articles_per_s"] / results["reference"]["articles_per_s"], 3)
        results["reference_stock"] = reference(texts, stock=True)
        results["ratio_to_stock_spacy"] = round(
            results["flow"]["articles_per_s"] / results["reference_stock"]["articles_per_s"], 3)
        results["reference_stock_default"] = reference(texts, stock=True, batch_size=0)
        results["ratio_to_stock_spacy_default_batch"] = round(
            results["flow"]["articles_per_s"] / results["reference_stock_default"]["articles_per_s"], 3)
    return results


def real_report(r: dict) -> str:
    lines = [f"newsledger bench (real corpus): {r['articles']} articles of {r['source']}",
             f"  command    newsledger {r['command']}",
             f"  flow       {r['flow']['wall_seconds']} s, {r['flow']['articles_per_s']} articles/s, "
             f"peak RSS {r['flow']['peak_rss_mb']} MB (process tree), exit {r['flow']['exit_status']}",
             f"  rerun      {r['rerun']['wall_seconds']} s ({r['rerun']['share_of_flow']:.1%} of the run), "
             f"peak RSS {r['rerun']['peak_rss_mb']} MB"]
    if "reference" in r:
        lines.append(f"  spaCy      {r['reference']['nlp_seconds']} s, {r['reference']['articles_per_s']} "
                     f"articles/s (bare nlp.pipe, one process)")
        lines.append(f"  ratio      {r['ratio_to_spacy']}x bare single-process spaCy")
    if "reference_stock" in r:
        lines.append(f"  stock      {r['reference_stock']['nlp_seconds']} s, "
                     f"{r['reference_stock']['articles_per_s']} articles/s (spacy.load of the model "
                     f"alone, one process, batch {r['reference_stock'].get('batch_size', 16)})")
        lines.append(f"  ratio      {r['ratio_to_stock_spacy']}x stock single-process spaCy")
    if "reference_stock_default" in r:
        ref = r["reference_stock_default"]
        lines.append(f"  stock      {ref['nlp_seconds']} s, {ref['articles_per_s']} articles/s (the same, "
                     f"spaCy's default batch of {ref['batch_size']})")
        lines.append(f"  ratio      {r['ratio_to_stock_spacy_default_batch']}x stock spaCy, default batch")
    return "\n".join(lines)
