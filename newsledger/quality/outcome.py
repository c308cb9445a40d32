"""Validation results as plain data (no Great Expectations objects), for reports and tests."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class ExpectationOutcome:
    suite: str
    expectation: str
    column: str | None
    severity: str            # 'critical' | 'warning' | 'info'
    success: bool
    element_count: int = 0
    unexpected_count: int = 0
    examples: list = field(default_factory=list)
    observed: object = None
    why: str = ""

    @property
    def blocking(self) -> bool:
        return not self.success and self.severity == "critical"


@dataclass
class ValidationOutcome:
    results: list[ExpectationOutcome] = field(default_factory=list)
    data_docs_path: str | None = None
    rows_checked: dict[str, int] = field(default_factory=dict)

    @property
    def success(self) -> bool:
        return not any(r.blocking for r in self.results)

    @property
    def failures(self) -> list[ExpectationOutcome]:
        """Failed expectations, critical first."""
        failed = [r for r in self.results if not r.success]
        return sorted(failed, key=lambda r: (r.severity != "critical", r.suite, r.expectation))

    def as_dict(self) -> dict:
        return {"success": self.success, "data_docs_path": self.data_docs_path,
                "rows_checked": self.rows_checked, "results": [asdict(r) for r in self.results]}
