"""What a validated batch becomes: published whole, published in part, or rejected.

The grain of each expectation (its `meta.grain` in expectations/*.json) decides:

* a failed critical expectation of grain `row` or `article` quarantines the articles of
  its failing rows (all their staged rows, with the failed expectations), and the rest of
  the batch is published in the same transaction: the run is `partial`;
* the failures are systemic, and the whole batch is rejected (`rejected`), when a critical
  expectation of grain `batch` fails (keys, links between tables: the batch's structure),
  or when more than `max_share` of the batch's articles would be quarantined (default 5 %).

Pure: plain data in, plain data out.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from newsledger.quality.outcome import ValidationOutcome

DEFAULT_MAX_QUARANTINE_SHARE = 0.05


@dataclass
class Verdict:
    status: str                                   # 'succeeded' | 'partial' | 'rejected'
    quarantined: dict[str, list[str]] = field(default_factory=dict)   # article -> failed expectations
    reason: str | None = None


def verdict(outcome: ValidationOutcome | None, articles: int,
            max_share: float = DEFAULT_MAX_QUARANTINE_SHARE) -> Verdict:
    """The fate of a batch of `articles` staged articles given its validation `outcome`."""
    if outcome is None or outcome.success:
        return Verdict("succeeded")
    systemic = outcome.systemic_failures()
    if systemic:
        names = ", ".join(sorted({r.name for r in systemic}))
        return Verdict("rejected", reason=f"rejected by validation: {len(systemic)} critical "
                                          f"expectation(s) of the whole batch failed ({names})")
    failed = outcome.failed_articles()
    share = len(failed) / articles if articles else 1.0
    if share > max_share:
        return Verdict("rejected", reason=(
            f"rejected by validation: {len(failed)} of {articles} articles failed critical "
            f"expectations ({share:.1%} > {max_share:.0%}): a systemic failure"))
    return Verdict("partial", quarantined=failed, reason=(
        f"{len(failed)} of {articles} article(s) quarantined by validation; the rest published"))
