"""Per-stage progress on a terminal ("extract   120/1000 articles"), silent elsewhere."""
from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, enabled: bool | None = None, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total: int | None = None
        self.done: dict[str, int] = {}
        self._last = 0.0

    def set_total(self, total: int | None) -> None:
        self.total = total

    def advance(self, stage: str, n: int) -> None:
        self.done[stage] = self.done.get(stage, 0) + n
        now = time.monotonic()
        if self.enabled and now - self._last > 0.1:
            self._last = now
            self._draw()

    def _draw(self) -> None:
        total = f"/{self.total}" if self.total else ""
        parts = "  ".join(f"{s} {n}{total}" for s, n in self.done.items())
        self.stream.write(f"\r\033[K{parts} inputs")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()
