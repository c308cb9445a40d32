"""The grain of a validation verdict (newsledger.quality.verdict): a failing row quarantines its
article, a structural failure or too many failing articles rejects the batch."""
from __future__ import annotations

from newsledger.quality.outcome import ExpectationOutcome, ValidationOutcome
from newsledger.quality.verdict import verdict


def failed(column: str, grain: str, articles: list[str], severity: str = "critical") -> ExpectationOutcome:
    return ExpectationOutcome(suite="events", expectation="expect_column_values_to_be_in_set",
                              column=column, severity=severity, success=False, grain=grain,
                              articles=articles)


def passed() -> ExpectationOutcome:
    return ExpectationOutcome(suite="events", expectation="x", column="y", severity="critical", success=True)


def test_a_clean_batch_is_published_whole():
    assert verdict(ValidationOutcome([passed()]), 10).status == "succeeded"
    assert verdict(None, 0).status == "succeeded"


def test_failing_rows_quarantine_their_articles_only():
    out = ValidationOutcome([passed(), failed("offsets_inside_body", "row", ["a1"]),
                             failed("trigger_matches_body", "row", ["a1", "a2"]),
                             failed("language", "row", ["a3"], severity="warning")])
    v = verdict(out, 100)
    assert v.status == "partial"
    assert v.quarantined == {"a1": ["events:expect_column_values_to_be_in_set(offsets_inside_body)",
                                    "events:expect_column_values_to_be_in_set(trigger_matches_body)"],
                             "a2": ["events:expect_column_values_to_be_in_set(trigger_matches_body)"]}


def test_a_structural_failure_rejects_the_batch():
    out = ValidationOutcome([failed("event_id", "batch", []), failed("offsets_inside_body", "row", ["a1"])])
    v = verdict(out, 100)
    assert v.status == "rejected" and not v.quarantined and "whole batch" in v.reason


def test_a_row_failure_that_names_no_article_is_systemic():
    assert verdict(ValidationOutcome([failed("offsets_inside_body", "row", [])]), 100).status == "rejected"


def test_more_than_the_threshold_share_of_articles_rejects():
    out = ValidationOutcome([failed("offsets_inside_body", "row", [f"a{i}" for i in range(6)])])
    assert verdict(out, 100).status == "rejected"                 # 6 % > 5 %
    assert verdict(out, 120).status == "partial"                  # 5 % is not more than 5 %
    assert verdict(out, 100, max_share=0.10).status == "partial"
