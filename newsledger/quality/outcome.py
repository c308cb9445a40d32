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
    grain: str = "row"       # 'row' | 'article': failing rows pin their articles; 'batch': the whole batch
    articles: list = field(default_factory=list)   # the articles of the failing rows (row/article grain)

    @property
    def blocking(self) -> bool:
        return not self.success and self.severity == "critical"

    @property
    def systemic(self) -> bool:
        """A blocking failure no article can be blamed for: it rejects the whole batch."""
        return self.blocking and (self.grain == "batch" or not self.articles)

    @property
    def name(self) -> str:
        return f"{self.suite}:{self.expectation}({self.column})"


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

    def failed_articles(self) -> dict[str, list[str]]:
        """article_id -> the blocking expectations its rows failed (row and article grain)."""
        found: dict[str, list[str]] = {}
        for r in self.results:
            if r.blocking and not r.systemic:
                for aid in r.articles:
                    found.setdefault(aid, []).append(r.name)
        return found

    def systemic_failures(self) -> list[ExpectationOutcome]:
        return [r for r in self.results if r.systemic]

    def as_dict(self) -> dict:
        return {"success": self.success, "data_docs_path": self.data_docs_path,
                "rows_checked": self.rows_checked, "results": [asdict(r) for r in self.results]}
