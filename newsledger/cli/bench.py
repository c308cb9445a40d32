"""newsledger bench: throughput, memory and rerun of the flow, on real text by default.

With the real corpus at hand (--corpus, default ../shared/corpus/orangesum-monde-politique.jsonl.gz)
and N within its size, N of its articles are loaded end to end from the command line as a
user runs it (`newsledger run N.jsonl`, defaults), then again unchanged, against bare
single-process spaCy nlp.pipe over the same texts (newsledger.bench.real). Otherwise, or with
--synthetic, N distinct articles are built from the seeds and the flow is timed in this
process (newsledger.bench.measure), with a cold start. See BENCHMARKS.md.
"""
from __future__ import annotations

import json
from pathlib import Path

from newsledger import config
from newsledger.cli.commands import EXIT_FAILED, EXIT_OK, UsageError

NAME = "bench"
HELP = "benchmark the flow against bare spaCy (real corpus, or a synthetic one)"
CORPUS = Path("..") / "shared" / "corpus" / "orangesum-monde-politique.jsonl.gz"


def configure(p) -> None:
    p.add_argument("--articles", type=int, default=100, help="corpus size N (default 100)")
    p.add_argument("--runner", choices=["local", "dask"], default="local",
                   help="where extraction batches run (default: this process)")
    p.add_argument("--dask-address", default=None,
                   help="tcp://HOST:PORT of an existing Dask scheduler (with --runner dask)")
    p.add_argument("--workers", type=int, default=None,
                   help="LocalCluster worker processes with --runner dask (default 2)")
    p.add_argument("--cold-cluster", action="store_true",
                   help="with --runner dask: start the cluster and load the model on its workers "
                        "inside the timed flow (default: before timing, as for the local runner)")
    p.add_argument("--batch-size", type=int, default=config.DEFAULT_BATCH,
                   help=f"inputs collected, sorted and staged together (default {config.DEFAULT_BATCH})")
    p.add_argument("--keep", default=None, help="keep corpus, database and reports in this folder")
    p.add_argument("--no-rerun", action="store_true", help="skip the rerun over the unchanged corpus")
    p.add_argument("--no-reference", action="store_true", help="skip the bare-spaCy reference")
    p.add_argument("--no-cold-start", action="store_true", help="skip the cold-start single-article run")
    p.add_argument("--corpus", default=None,
                   help=f"the real corpus, an article dump (default: {CORPUS}, from the project folder)")
    p.add_argument("--synthetic", action="store_true",
                   help="the synthetic corpus built from the seeds (also when N exceeds the real one)")
    p.add_argument("--json", action="store_true", help="print the results as JSON")


def run(args) -> int:
    from newsledger.bench.measure import run_benchmark, text_report

    if args.articles < 1:
        raise UsageError("--articles must be at least 1")
    if args.dask_address and args.runner != "dask":
        raise UsageError("--dask-address needs --runner dask")
    real = _real_corpus(args)
    if real is not None:
        from newsledger.bench.real import real_report, run_real_benchmark
        import tempfile

        workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="newsledger-bench-"))
        results = run_real_benchmark(args.articles, real, workdir, do_reference=not args.no_reference)
        print(json.dumps(results, indent=1, default=str) if args.json else real_report(results))
        return EXIT_OK if results["flow"]["exit_status"] == 0 else EXIT_FAILED
    results = run_benchmark(
        args.articles, runner=args.runner, address=args.dask_address, workers=args.workers,
        keep=Path(args.keep) if args.keep else None, batch_size=args.batch_size,
        do_rerun=not args.no_rerun, do_reference=not args.no_reference,
        do_cold=not args.no_cold_start, warm=not args.cold_cluster)
    print(json.dumps(results, indent=1, default=str) if args.json else text_report(results))
    return EXIT_OK if results.get("flow", {}).get("status") == "succeeded" else EXIT_FAILED


def _real_corpus(args) -> Path | None:
    """The real corpus to benchmark on, or None for the synthetic one."""
    from newsledger import config
    from newsledger.ingest.dumps import count_records

    if args.synthetic or args.runner == "dask":
        return None
    path = Path(args.corpus) if args.corpus else config.home() / CORPUS
    if not path.is_file():
        if args.corpus:
            raise UsageError(f"{args.corpus}: No such file or directory")
        return None
    return path if args.articles <= count_records(path) else None
