"""Inline SVG charts for the HTML report: plain strings built in Python, no script, no network.

Each builder returns one `<svg>` element (with a `<title>` per mark for hover text and
`role="img"` plus an `aria-label`), or a short `<p class="empty">` when there is no data.
"""
from __future__ import annotations

import math
from datetime import date
from html import escape

# Colour-blind friendly palette (Okabe-Ito, then a few neutrals).
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#000000", "#999999", "#8C564B", "#7F7F7F", "#17BECF"]
FONT = "font-family=\"system-ui, sans-serif\" font-size=\"11\""


def colour(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def empty(message: str) -> str:
    return f'<p class="empty">{escape(message)}</p>'


def human_number(value: float) -> str:
    """1234 -> '1,234'; 3.2e9 -> '3.2 bn'; 0.5 -> '0.5'."""
    if value is None:
        return ""
    a = abs(value)
    for limit, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " m")):
        if a >= limit:
            return f"{value / limit:,.1f}".rstrip("0").rstrip(".") + suffix
    if a >= 1 or value == 0:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def nice_step(value: float, count: int = 5) -> float:
    """A 1, 2 or 5 times a power of ten step so that `count` steps reach value (at least 1)."""
    raw = max(value / count, 1)
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for step in (1, 2, 5, 10):
        if step * magnitude >= raw:
            return step * magnitude
    return 10 * magnitude


def axis(value: float, count: int = 5) -> list[float]:
    """Tick values from 0 to the first multiple of a nice step at or above value."""
    step = nice_step(value, count)
    n = max(1, math.ceil(value / step))
    return [step * i for i in range(n + 1)]


# ---- Time buckets ---------------------------------------------------------------------

def month_key(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def month_range(first: str, last: str) -> list[str]:
    """Every 'YYYY-MM' from first to last inclusive."""
    y, m = map(int, first.split("-"))
    ly, lm = map(int, last.split("-"))
    out = []
    while (y, m) <= (ly, lm):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def timeline_buckets(rows: list[tuple[str, str, int]], max_months: int = 48):
    """(month 'YYYY-MM', type, count) rows -> (bucket labels, {type: counts per bucket}).

    Months are continuous from the first to the last; a span longer than `max_months`
    is shown by year instead, so a stray date in 1950 does not make a thousand bars.
    """
    rows = [r for r in rows if r[0]]
    if not rows:
        return [], {}
    months = sorted({r[0] for r in rows})
    labels = month_range(months[0], months[-1])
    key = lambda m: m  # noqa: E731
    if len(labels) > max_months:
        years = sorted({int(m[:4]) for m in months})
        labels = [str(y) for y in range(years[0], years[-1] + 1)]
        if len(labels) > max_months:            # very sparse: only the years with events
            labels = [str(y) for y in years]
        key = lambda m: m[:4]  # noqa: E731
    index = {label: i for i, label in enumerate(labels)}
    series: dict[str, list[int]] = {}
    for month, kind, count in rows:
        series.setdefault(kind, [0] * len(labels))[index[key(month)]] += int(count)
    ordered = dict(sorted(series.items(), key=lambda kv: (-sum(kv[1]), kv[0])))
    return labels, ordered


# ---- Charts ---------------------------------------------------------------------------

def stacked_bars(labels: list[str], series: dict[str, list[int]], *, title: str,
                 width: int = 760, height: int = 260, empty_message: str = "No data.") -> str:
    """Vertical stacked bars: one bar per label, one colour per series, legend on the right."""
    if not labels or not series or not any(sum(v) for v in series.values()):
        return empty(empty_message)
    legend_w, left, top, bottom = 170, 40, 12, 46
    plot_w, plot_h = width - left - legend_w - 10, height - top - bottom
    totals = [sum(vals[i] for vals in series.values()) for i in range(len(labels))]
    grid = axis(max(totals))
    top_value = grid[-1]
    slot = plot_w / len(labels)
    bar_w = max(1.0, min(40.0, slot * 0.8))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(title)}" {FONT}>', f"<title>{escape(title)}</title>"]
    for t in grid:
        y = top + plot_h - plot_h * t / top_value
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w:.1f}" y2="{y:.1f}" '
                     f'stroke="#e3e3e3"/>')
        parts.append(f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" fill="#555">'
                     f'{human_number(t)}</text>')
    label_every = max(1, round(len(labels) / 12))
    for i, label in enumerate(labels):
        x = left + slot * i + (slot - bar_w) / 2
        y = top + plot_h
        for j, (kind, vals) in enumerate(series.items()):
            if not vals[i]:
                continue
            h = plot_h * vals[i] / top_value
            y -= h
            parts.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                         f'height="{h:.1f}" fill="{colour(j)}"><title>{escape(label)} · '
                         f'{escape(kind)}: {vals[i]}</title></rect>')
        if i % label_every == 0:
            cx = left + slot * i + slot / 2
            parts.append(f'<text x="{cx:.1f}" y="{top + plot_h + 14}" text-anchor="end" '
                         f'transform="rotate(-40 {cx:.1f} {top + plot_h + 14})" fill="#333">'
                         f'{escape(label)}</text>')
    parts.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w:.1f}" '
                 f'y2="{top + plot_h}" stroke="#888"/>')
    lx = width - legend_w + 4
    for j, (kind, vals) in enumerate(series.items()):
        ly = top + 4 + j * 17
        if ly > height - 12:
            break
        parts.append(f'<rect x="{lx}" y="{ly}" width="11" height="11" fill="{colour(j)}"/>')
        parts.append(f'<text x="{lx + 16}" y="{ly + 10}" fill="#333">{escape(kind)} '
                     f'({sum(vals)})</text>')
    parts.append("</svg>")
    return "".join(parts)


def horizontal_bars(rows: list[tuple[str, float, str]], *, title: str, width: int = 760,
                    bar_height: int = 20, empty_message: str = "No data.") -> str:
    """One bar per (label, value, note) row, longest first as given; the note is printed
    after the bar (e.g. the total amount behind a count)."""
    rows = [r for r in rows if r[1]]
    if not rows:
        return empty(empty_message)
    label_w, note_w, top = 120, 200, 6
    plot_w = width - label_w - note_w
    height = top * 2 + bar_height * len(rows) + 4
    top_value = max(r[1] for r in rows)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(title)}" {FONT}>', f"<title>{escape(title)}</title>"]
    for i, (label, value, note) in enumerate(rows):
        y = top + i * bar_height
        w = max(1.0, plot_w * value / top_value)
        parts.append(f'<text x="{label_w - 6}" y="{y + bar_height * 0.7:.1f}" text-anchor="end" '
                     f'fill="#333">{escape(str(label))}</text>')
        parts.append(f'<rect class="bar" x="{label_w}" y="{y + 2}" width="{w:.1f}" '
                     f'height="{bar_height - 4}" fill="{colour(i)}"><title>{escape(str(label))}: '
                     f'{human_number(value)}{" · " + escape(note) if note else ""}</title></rect>')
        parts.append(f'<text x="{label_w + w + 6:.1f}" y="{y + bar_height * 0.7:.1f}" fill="#333">'
                     f'{human_number(value)}{"  ·  " + escape(note) if note else ""}</text>')
    parts.append("</svg>")
    return "".join(parts)


def band_chart(points: list[tuple[str, float | None, bool]], band: tuple[float, float, float] | None,
               *, title: str, fmt=human_number, width: int = 250, height: int = 84) -> str:
    """A metric over runs (oldest first: (run label, value, drifted)) with the band the last
    run was compared with (low, median, high) shaded behind it; a drifting point is red."""
    known = [(i, v) for i, (_, v, _) in enumerate(points) if v is not None]
    if not known:
        return empty(f"{title}: no value yet.")
    left, right, top, bottom = 4, 62, 16, 6
    plot_w, plot_h = width - left - right, height - top - bottom
    span = [v for _, v in known] + (list(band) if band else [])
    lo, hi = min(span), max(span)
    if hi - lo < 1e-12:
        lo, hi = lo - (abs(lo) or 1) * 0.1, hi + (abs(hi) or 1) * 0.1
    pad = (hi - lo) * 0.08
    lo, hi = lo - pad, hi + pad

    def x(i: int) -> float:
        return left + (plot_w * i / (len(points) - 1) if len(points) > 1 else plot_w / 2)

    def y(v: float) -> float:
        return top + plot_h - plot_h * (v - lo) / (hi - lo)

    last_label, last_value, last_drift = points[-1]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart-band" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(title)}" {FONT}>', f"<title>{escape(title)}</title>",
             f'<text x="{left}" y="11" fill="#333">{escape(title)}</text>']
    if band:
        low, mid, high = band
        parts.append(f'<rect class="band" x="{left}" y="{y(high):.1f}" width="{plot_w}" '
                     f'height="{max(1.0, y(low) - y(high)):.1f}" fill="#cfe3f5"><title>band '
                     f'{escape(fmt(low))} to {escape(fmt(high))}</title></rect>')
        parts.append(f'<line x1="{left}" y1="{y(mid):.1f}" x2="{left + plot_w}" y2="{y(mid):.1f}" '
                     f'stroke="#7aa7d1" stroke-dasharray="3 2"/>')
    path = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in known)
    parts.append(f'<polyline points="{path}" fill="none" stroke="#444" stroke-width="1.2"/>')
    for i, v in known:
        label, _, drifted = points[i]
        r = 3.5 if i == len(points) - 1 else 2
        parts.append(f'<circle class="{"drift" if drifted else "point"}" cx="{x(i):.1f}" '
                     f'cy="{y(v):.1f}" r="{r}" fill="{"#c00" if drifted else "#444"}">'
                     f'<title>{escape(label)}: {escape(fmt(v))}</title></circle>')
    value_text = fmt(last_value) if last_value is not None else "n/a"
    parts.append(f'<text x="{width - right + 6}" y="{top + plot_h / 2 + 4:.1f}" '
                 f'fill="{"#c00" if last_drift else "#333"}" font-weight="600">{escape(value_text)}</text>')
    parts.append("</svg>")
    return "".join(parts)
