"""newsledger bench: throughput, memory, rerun and cold start of the flow on a synthetic corpus.

Builds N distinct French articles from the seeds (and ../shared/eval/articles when present),
runs the full flow into a fresh database, then measures in the same process the reference:
bare spaCy nlp.pipe over the same texts with the same pipeline. See BENCHMARKS.md.
"""
from __future__ import annotations

import json
from pathlib import Path

from newsledger.cli.commands import EXIT_FAILED, EXIT_OK, UsageError

NAME = "bench"
HELP = "benchmark the flow against bare spaCy on a synthetic corpus"


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
    p.add_argument("--batch-size", type=int, default=64, help="articles per task (default 64)")
    p.add_argument("--keep", default=None, help="keep corpus, database and reports in this folder")
    p.add_argument("--no-rerun", action="store_true", help="skip the rerun over the unchanged corpus")
    p.add_argument("--no-reference", action="store_true", help="skip the bare-spaCy reference")
    p.add_argument("--no-cold-start", action="store_true", help="skip the cold-start single-article run")
    p.add_argument("--json", action="store_true", help="print the results as JSON")


def run(args) -> int:
    from newsledger.bench.measure import run_benchmark, text_report

    if args.articles < 1:
        raise UsageError("--articles must be at least 1")
    if args.dask_address and args.runner != "dask":
        raise UsageError("--dask-address needs --runner dask")
    results = run_benchmark(
        args.articles, runner=args.runner, address=args.dask_address, workers=args.workers,
        keep=Path(args.keep) if args.keep else None, batch_size=args.batch_size,
        do_rerun=not args.no_rerun, do_reference=not args.no_reference,
        do_cold=not args.no_cold_start, warm=not args.cold_cluster)
    print(json.dumps(results, indent=1, default=str) if args.json else text_report(results))
    return EXIT_OK if results.get("flow", {}).get("status") == "succeeded" else EXIT_FAILED
