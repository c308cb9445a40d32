"""`newsledger serve` without a server: usage errors, deployment parameters, schedules and
the runner's timing. The real scheduling test is tests/test_schedule.py."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.cli import main
from newsledger.orchestration.serving import ServeOptions, concurrency, runner_timing, schedule_kwargs


@pytest.mark.parametrize("argv, message", [
    (["serve", "--interval", "5"], "give at least one source"),
    (["serve", "--interval", "0", "--inbox", "x"], "--interval must be a positive"),
    (["serve", "--cron", "every hour", "--inbox", "x"], "bad schedule"),
])
def test_usage_errors_exit_2(argv, message, capsys):
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_cron_or_interval_exactly_one(capsys):
    for argv in (["serve", "--inbox", "x"],
                 ["serve", "--cron", "0 * * * *", "--interval", "5", "--inbox", "x"]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2


def test_parameters_are_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    opts = ServeOptions(interval=60, inbox="inbox", urls_files=["urls.txt"],
                        feeds=["https://example.org/rss.xml"], db="w.duckdb", reports="r")
    p = opts.parameters()
    assert p["paths"] == [str(tmp_path / "inbox")]
    assert p["urls_files"] == [str(tmp_path / "urls.txt")]
    assert p["feeds"] == ["https://example.org/rss.xml"]
    assert p["db"] == str(tmp_path / "w.duckdb") and p["reports_dir"] == str(tmp_path / "r")
    assert p["show_progress"] is False and p["lock_timeout"] == 300.0
    # the flow accepts exactly these parameters
    from newsledger_flows.load import load_flow
    import inspect
    assert set(p) <= set(inspect.signature(load_flow.fn).parameters)


def test_schedules_and_limits():
    cron = schedule_kwargs(ServeOptions(cron="*/10 * * * *", timezone="Europe/Paris"))["schedule"]
    assert cron.cron == "*/10 * * * *" and cron.timezone == "Europe/Paris"
    interval = schedule_kwargs(ServeOptions(interval=5))["schedule"]
    assert interval.interval.total_seconds() == 5
    with pytest.raises(ValueError):
        schedule_kwargs(ServeOptions())
    assert concurrency("skip").limit == 1 and concurrency("skip").collision_strategy.value == "CANCEL_NEW"
    assert concurrency("queue").collision_strategy.value == "ENQUEUE"


@pytest.mark.parametrize("interval, poll, prefetch", [
    (5, 5 / 3, 1.0), (60, 10.0, 10.0), (3600, 10.0, 10.0), (None, 5.0, 2.0)])
def test_runner_timing_keeps_short_intervals_on_time(interval, poll, prefetch):
    opts = ServeOptions(interval=interval, cron=None if interval else "0 * * * *")
    assert runner_timing(opts) == pytest.approx((poll, prefetch))


def test_prefect_yaml_deploys_the_load_flow():
    import yaml

    spec = yaml.safe_load((Path(__file__).resolve().parents[1] / "prefect.yaml").read_text())
    (dep,) = spec["deployments"]
    assert dep["entrypoint"] == "newsledger_flows.load.load_flow"          # module path, see the file
    assert dep["concurrency_limit"]["limit"] == 1
    assert dep["schedules"][0]["cron"]
    from prefect.flows import load_flow_from_entrypoint
    from newsledger_flows.load import load_flow
    flow = load_flow_from_entrypoint(dep["entrypoint"])
    assert flow.name == load_flow.name
    import inspect
    assert set(dep["parameters"]) <= set(inspect.signature(flow.fn).parameters)


def test_stopping_waits_for_flow_runs_not_for_children_that_were_there_before():
    """`serve` lets its flow runs finish before it stops the API server; a child process the
    caller already had (a test harness's own server, say) is no flow run of it."""
    import subprocess
    import sys

    from newsledger.orchestration.serving import wait_for_runs

    import psutil

    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        already = {c.pid for c in psutil.Process().children()}   # `other` and any harness
        assert other.pid in already
        wait_for_runs(exclude=already, timeout=30)
        assert other.poll() is None          # returned while that child still runs
    finally:
        other.kill()
        other.wait()
