"""URLs and near-duplicate keys: one place for URL normalisation (the dedupe key of a web
source) and trafilatura's simhash of a text (near-duplicate detection across sources)."""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

NEAR_DUPLICATE_MAX_DISTANCE = 6  # Hamming distance between 63-bit simhashes (similarity >= 0.9)
SIMHASH_BITS = 63   # fits a signed BIGINT / Arrow int64 as well as DuckDB's UBIGINT


def simhash_of(text: str) -> int:
    """trafilatura's Charikar simhash of a text, SIMHASH_BITS (63) bits long: 0 <= h < 2**63, so
    it survives int64 columns and Arrow's default int64 inference."""
    from trafilatura.deduplication import Simhash
    return Simhash(text, length=SIMHASH_BITS).hash


def is_near_duplicate(a: int | None, b: int | None, max_distance: int = NEAR_DUPLICATE_MAX_DISTANCE) -> bool:
    """True if two simhashes (`simhash_of`) differ in at most `max_distance` bits. Works on the
    low 64 bits, so signed and unsigned forms of the same value compare equal; None never does."""
    if a is None or b is None:
        return False
    mask = (1 << 64) - 1
    return ((a & mask) ^ (b & mask)).bit_count() <= max_distance


def normalize_url(url: str) -> str:
    """Dedupe key of a URL: courlan normalization (scheme and host lower case, default port
    dropped, tracking parameters removed, query sorted), no fragment. Never raises."""
    try:
        from courlan import normalize_url as _courlan_normalize
        out = _courlan_normalize(url.strip())
    except Exception:  # noqa: BLE001
        out = url.strip()
    try:
        parts = urlsplit(out)
        return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))
    except ValueError:
        return out
