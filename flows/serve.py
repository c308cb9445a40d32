"""The load flow as a scheduled Prefect deployment (`newsledger serve`): a Prefect runner
serving `load_flow` on a cron or an interval, at most one run at a time. What it needs
around it (a local Prefect server when none is configured, the schedule, the concurrency
limit, reconciling runs left over) is in `newsledger.orchestration.serving`."""
from __future__ import annotations

import asyncio
from pathlib import Path

from newsledger_flows.load import load_flow
from newsledger.orchestration.serving import (ServeOptions, concurrency, pause_deployment, prefect_api,
                                              reconcile, runner_timing, schedule_kwargs)


def serve(opts: ServeOptions, announce=print) -> None:
    """Serve the load flow until interrupted (SIGINT/SIGTERM); pauses the schedule on exit."""
    if opts.inbox:
        Path(opts.inbox).mkdir(parents=True, exist_ok=True)
    with prefect_api() as (api_url, ui_url, started_here):
        from prefect.deployments.runner import EntrypointType
        from prefect.runner import Runner
        from prefect.settings import PREFECT_API_URL, temporary_settings

        params = opts.parameters()
        poll, prefetch = runner_timing(opts)
        with temporary_settings(updates={PREFECT_API_URL: api_url}):
            announce(f"newsledger serve: deployment '{load_flow.name}/{opts.name}', "
                     + (f"cron '{opts.cron}'" if opts.cron else f"every {opts.interval:g} s")
                     + f", at most one run at a time (overlap: {opts.on_overlap})")
            announce(f"  Prefect API  {api_url}" + ("  (started here; stopped on exit)"
                                                    if started_here else ""))
            announce(f"  Prefect UI   {ui_url}")
            announce(f"  inbox        {params['paths'][0] if params['paths'] else '-'}")
            for f in params["urls_files"]:
                announce(f"  URL list     {f}")
            for f in params["feeds"]:
                announce(f"  feed         {f}")
            announce(f"  database     {params['db']}")
            announce(f"  reports      {params['reports_dir']}/latest.html")
            announce("  status       newsledger status" + (f" --db {params['db']}"
                                                           if opts.db else ""))
            runner = Runner(name=f"newsledger-{opts.name}", pause_on_shutdown=True,
                            query_seconds=poll, prefetch_seconds=prefetch)
            deployment_id = runner.add_flow(
                load_flow, name=opts.name, parameters=params,
                concurrency_limit=concurrency(opts.on_overlap),
                tags=["newsledger", "scheduled"], entrypoint_type=EntrypointType.MODULE_PATH,
                description="newsledger load: inbox, URL lists and feeds into the DuckDB warehouse",
                **schedule_kwargs(opts))
            reconcile(deployment_id, announce)
            try:
                asyncio.run(runner.start())
            except KeyboardInterrupt:
                pass
            finally:
                # The runner pauses its deployments on shutdown, but not reliably when it
                # is stopped by SIGTERM (Prefect 3.8): pause explicitly, so no backlog builds.
                pause_deployment(deployment_id, announce)
