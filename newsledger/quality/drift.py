"""Drift: a run's quality metric against the band of the previous runs. Pure functions.

The band of a metric is median ± K·MAD of its values in the last WINDOW comparable runs
(MAD: the median of the absolute deviations from the median), once MIN_RUNS such runs
exist; its half-width is at least FLOOR of the median, so that metrics constant so far
do not warn on rounding. A value outside the band is drift: a warning, never a rejection
(`newsledger run --strict` makes it fail the run). docs/quality-metrics.md explains each metric.
"""
from __future__ import annotations

from dataclasses import dataclass
from statistics import median

WINDOW = 20        # previous comparable runs a band is built from
MIN_RUNS = 5       # no band (no drift) before this many
K = 3.0            # half-width in MADs
FLOOR = 0.01       # least half-width, as a share of |median|

# name -> (label, how to print a value)
METRICS: dict[str, tuple[str, str]] = {
    "articles_loaded": ("articles loaded", "{:.0f}"),
    "events_per_article": ("events per article", "{:.2f}"),
    "actors_per_article": ("actors per article", "{:.2f}"),
    "figures_per_article": ("figures per article", "{:.2f}"),
    "share_without_scored_event": ("share of articles with no scored event", "{:.1%}"),
    "share_events_other": ("share of events typed other", "{:.1%}"),
    "quarantine_share": ("quarantine share", "{:.1%}"),
    "ingest_errors_per_input": ("ingest errors per input", "{:.1%}"),
    "validation_pass_rate": ("validation pass rate", "{:.1%}"),
}


@dataclass(frozen=True)
class Band:
    median: float
    low: float
    high: float
    runs: int


@dataclass
class MetricCheck:
    metric: str
    value: float | None
    comparable: bool
    band: Band | None
    drift: bool

    def row(self) -> dict:
        b = self.band
        return {"metric": self.metric, "value": self.value, "comparable": self.comparable,
                "band_runs": b.runs if b else 0, "band_median": b.median if b else None,
                "band_low": b.low if b else None, "band_high": b.high if b else None,
                "drift": self.drift}


def is_share(metric: str) -> bool:
    """A share of something (printed as a percentage): its values lie between 0 and 1."""
    return METRICS.get(metric, ("", ""))[1].endswith("%}")


def band(history: list[float], window: int = WINDOW, min_runs: int = MIN_RUNS,
         share: bool = False) -> Band | None:
    """The band of the newest `window` values (newest first), or None with fewer than `min_runs`.
    No metric is negative, and a share is at most 1: the band is cut to what a value can be."""
    values = [v for v in history if v is not None][:window]
    if len(values) < min_runs:
        return None
    mid = median(values)
    mad = median(abs(v - mid) for v in values)
    half = max(K * mad, FLOOR * abs(mid))
    high = min(mid + half, 1.0) if share else mid + half
    return Band(mid, max(mid - half, 0.0), high, len(values))


def outside(value: float | None, b: Band | None) -> bool:
    return value is not None and b is not None and not (b.low <= value <= b.high)


def check(values: dict[str, float | None], histories: dict[str, list[float]],
          comparable: bool) -> list[MetricCheck]:
    """Every metric of a run checked against its history (newest first). A run that is not
    comparable (nothing new, or a retry) is recorded but neither compared nor warned about."""
    out = []
    for metric in METRICS:
        value = values.get(metric)
        b = band(histories.get(metric, []), share=is_share(metric)) if comparable else None
        out.append(MetricCheck(metric, value, comparable, b, outside(value, b)))
    return out


def fmt(metric: str, value: float | None) -> str:
    if value is None:
        return "n/a"
    return METRICS.get(metric, (metric, "{:.3g}"))[1].format(value)


def warning(row: dict) -> str:
    """One line for a drifting metric row (a MetricCheck.row() or a quality_metrics row)."""
    metric = row["metric"]
    label = METRICS.get(metric, (metric,))[0]
    direction = "above" if row["value"] > row["band_high"] else "below"
    return (f"{label} {fmt(metric, row['value'])} is {direction} its band "
            f"{fmt(metric, row['band_low'])} to {fmt(metric, row['band_high'])} "
            f"(median {fmt(metric, row['band_median'])} of the last {row['band_runs']} runs)")


def as_dicts(checks: list[MetricCheck]) -> list[dict]:
    return [c.row() for c in checks]

