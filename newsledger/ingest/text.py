"""Bytes -> clean text -> (title, body): the pure text half of collecting an article.

No Prefect, no DuckDB, no heavy imports at module load (charset-normalizer is imported
only when a file is neither UTF-8 nor plausible Windows-1252/Latin-1). Every public
function here is total: it returns a value (or a result carrying a reason) and never
raises on any input of the annotated type.

Contracts
---------
decode_bytes(raw) -> Decoded
    Decoded.text is the decoded text (not yet normalized) or None, in which case
    Decoded.error is a readable reason ("empty file", "binary file (PDF document)",
    "undecodable text ..."). Order of attempts:
      1. byte-order marks: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE;
      2. binary signatures (PDF, ZIP/Office, images, gzip, ...), NUL bytes (except
         BOM-less UTF-16, recognised by its pattern of zero bytes), and more than 5 %
         C0 control bytes in the first 64 KiB -> "binary file (...)";
      3. strict UTF-8;
      4. UTF-8 with a handful of invalid bytes (at most 8, and at most one per ten valid
         multi-byte sequences): decoded with U+FFFD replacement, encoding "utf-8 (n
         invalid bytes replaced)";
      5. Windows-1252 (a superset of printable Latin-1: bytes 0x80-0x9F are € ‚ „ … ’
         “ ” œ Œ Ÿ ...) when every byte decodes and at most 30 % of the letters are
         non-ASCII (French has a few percent; Cyrillic/Greek mis-read as cp1252 has
         nearly all). Reported as "iso-8859-1" when no byte in 0x80-0x9F occurs (the
         two are then identical), else "cp1252";
      6. charset-normalizer's best guess, if it has one and recognises a language in
         the result (coherence > 0; e.g. Cyrillic cp1251); junk bytes for which it only
         finds a language-less guess (utf_16_be, cp949 ...) are "undecodable";
      otherwise "undecodable text (not UTF-8, Windows-1252 or a detectable encoding)".

normalize_text(text) -> str
    NFC; CRLF, CR, VT, FF, NEL, U+2028/U+2029 -> "\n"; every other control character
    (Unicode category Cc, incl. C1 controls) removed except "\n" and "\t"; invisible
    U+FEFF, U+200B, U+2060 removed. Idempotent.

looks_like_html(text) -> bool
    True when the text starts (after blanks, an XML declaration or comments) with a
    document-level tag (<!DOCTYPE html>, <html>, <head>, <body>, <meta>, <title>), or
    contains at least 5 known HTML tags of which at least one is a closing tag.

split_title_body(text) -> (title | None, body)
    The rule (documented in DESIGN as "first line = title"):
      * title = the first non-blank line with its whitespace collapsed;
      * body  = everything after that line, stripped (leading blank lines and
        surrounding whitespace removed, inner text untouched);
      * no title line: if that first line is longer than MAX_TITLE_CHARS (300) it is
        not a headline but a paragraph, so title = None and body = the whole text
        stripped (a single long paragraph becomes a title-less article);
      * blank text -> (None, ""); a single short line -> (title, "") and the caller
        records "no body".
    Invariants (checked by the fuzz tests): body has no surrounding whitespace; body is
    "" or a suffix of text.rstrip(); when title is not None it equals the collapsed
    first non-blank line, and the body starts after that line.

content_hash(title, body) -> str
    sha256 hex of normalize_text(title or "") and normalize_text(body), each with all
    whitespace runs (incl. no-break spaces and line breaks) collapsed to one space and
    stripped, joined by "\n". So re-wrapped, re-indented or CRLF copies hash the same;
    any change of words, punctuation or case changes the hash.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

MAX_TITLE_CHARS = 300

_SAMPLE = 65_536
_MAX_CONTROL_RATIO = 0.05
_MAX_REPLACED = 8
_MAX_NON_ASCII_LETTER_RATIO = 0.30

# C0 control bytes that never appear in text (TAB, LF, VT, FF, CR and ESC allowed).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2/legacy Office document"),
    (b"\x7fELF", "ELF executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
)

_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


@dataclass(frozen=True)
class Decoded:
    """Result of decode_bytes: text and encoding, or an error (a readable reason)."""
    text: str | None
    encoding: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _fail(reason: str) -> Decoded:
    return Decoded(None, None, reason)


def _bom(raw: bytes) -> Decoded | None:
    for bom, codec, name in ((b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
                             (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
                             (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
                             (b"\xfe\xff", "utf-16-be", "UTF-16"),
                             (b"\xff\xfe", "utf-16-le", "UTF-16")):
        if raw.startswith(bom):
            try:
                return Decoded(raw[len(bom):].decode(codec), codec + " (BOM)")
            except UnicodeDecodeError as exc:
                if codec == "utf-8":
                    return None          # fall through to the tolerant UTF-8 paths
                return _fail(f"undecodable text: invalid {name} after a {name} "
                             f"byte-order mark (byte {exc.start + len(bom)})")
    return None


def _bomless_utf16(raw: bytes) -> Decoded | None:
    """UTF-16 without BOM: mostly-ASCII text has a zero in every other byte."""
    n = min(len(raw), _SAMPLE) // 2 * 2
    if n < 4:
        return None
    sample = raw[:n]
    even_zero = sample[0::2].count(0) / (n // 2)
    odd_zero = sample[1::2].count(0) / (n // 2)
    if odd_zero >= 0.6 and even_zero <= 0.05:
        codec = "utf-16-le"
    elif even_zero >= 0.6 and odd_zero <= 0.05:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = raw[: len(raw) // 2 * 2].decode(codec)
    except UnicodeDecodeError:
        return None
    if len(text.translate(_TEXT_CONTROL_CHARS)) != len(text):
        return None
    return Decoded(text, codec)


# Control characters that are not expected in decoded text (for plausibility checks).
_TEXT_CONTROL_CHARS = {c: None for c in range(32) if c not in (9, 10, 11, 12, 13)}


def _binary_reason(raw: bytes) -> str | None:
    for magic, kind in _SIGNATURES:
        if raw.startswith(magic):
            return f"binary file ({kind})"
    sample = raw[:_SAMPLE]
    if b"\x00" in sample:
        return "binary file (contains NUL bytes)"
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls and controls / len(sample) > _MAX_CONTROL_RATIO:
        return f"binary file ({controls / len(sample):.0%} control bytes)"
    return None


def _tolerant_utf8(raw: bytes) -> Decoded | None:
    valid = len(_UTF8_MULTIBYTE.findall(raw))
    if not valid:
        return None
    bad = 0

    text = raw.decode("utf-8", errors="replace")
    # count replacement characters that were not in the original (U+FFFD is EF BF BD)
    bad = text.count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    if 0 < bad <= _MAX_REPLACED and bad * 10 <= valid:
        return Decoded(text, f"utf-8 ({bad} invalid byte{'s' if bad > 1 else ''} replaced)")
    return None


def _western(raw: bytes) -> Decoded | None:
    high_c1 = [b for b in set(raw) if 0x80 <= b <= 0x9F]
    if any(b in _CP1252_UNDEFINED for b in high_c1):
        return None
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = non_ascii = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if ord(ch) > 127:
                non_ascii += 1
    if letters and non_ascii / letters > _MAX_NON_ASCII_LETTER_RATIO:
        return None
    return Decoded(text, "cp1252" if high_c1 else "iso-8859-1")


def _detected(raw: bytes) -> Decoded | None:
    """charset-normalizer's guess, kept only if it also recognises a language in it.

    On junk bytes it happily returns e.g. "utf_16_be" or "cp949" with no language;
    such guesses are refused so that garbage is reported as undecodable.
    """
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    try:
        best = from_bytes(raw).best()
        if best is None:
            return None
        if not best.coherence or not [lang for lang in best.languages if lang != "Unknown"]:
            return Decoded(None, None, "undecodable text (not UTF-8 or Windows-1252; "
                                       f"the guess {best.encoding} gives no recognisable "
                                       "language)")
        text = str(best)
    except Exception:  # the detector is a heuristic; any failure means "no guess"
        return None
    return Decoded(text, f"{best.encoding} (detected)")


def decode_bytes(raw: bytes) -> Decoded:
    """Decode a file's bytes to text, or say why not. Never raises."""
    try:
        raw = bytes(raw)
    except Exception:
        return _fail("not bytes")
    if not raw:
        return _fail("empty file")
    got = _bom(raw)
    if got is not None:
        return got
    reason = _binary_reason(raw)
    if reason is not None:
        if reason.endswith("NUL bytes)"):
            got = _bomless_utf16(raw)
            if got is not None:
                return got
        return _fail(reason)
    if raw.startswith(b"\xef\xbb\xbf"):        # BOM followed by invalid UTF-8
        raw_body = raw[3:]
    else:
        raw_body = raw
    try:
        return Decoded(raw_body.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    for attempt in (_tolerant_utf8, _western, _detected):
        got = attempt(raw_body)
        if got is not None:
            return got
    return _fail("undecodable text (not UTF-8, Windows-1252 or a detectable encoding)")


_NEWLINES = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_DROP = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u200b\u2060]+")


def normalize_text(text: str) -> str:
    """NFC, newlines unified to \\n, control characters (except \\n, \\t) removed."""
    if not isinstance(text, str):
        return ""
    text = _NEWLINES.sub("\n", text)
    text = _DROP.sub("", text)
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_HTML_TAG = re.compile(
    r"<(/?)(?:html|head|body|div|p|span|a|br|hr|img|script|style|meta|link|title|"
    r"article|section|header|footer|nav|main|aside|h[1-6]|ul|ol|li|table|thead|tbody|"
    r"tr|td|th|strong|em|b|i|u|figure|figcaption|iframe|form|input|button|noscript|"
    r"blockquote|time|small|sup|sub|svg)\b(?:\s[^<>]{0,2000})?/?>", re.I)
_HTML_SCAN = 200_000
_HTML_MIN_TAGS = 5


def looks_like_html(text: str) -> bool:
    """True if the text is an HTML page or fragment rather than plain prose."""
    if not isinstance(text, str):
        return False
    head = text[:_HTML_SCAN]
    if _HTML_START.match(head):
        return True
    tags = closing = 0
    for m in _HTML_TAG.finditer(head):
        tags += 1
        closing += bool(m.group(1))
        if tags >= _HTML_MIN_TAGS and closing:
            return True
    return False


def _collapse(s: str) -> str:
    return " ".join(s.split())


def split_title_body(text: str) -> tuple[str | None, str]:
    """First non-blank line = title, the rest = body (see the module docstring)."""
    if not isinstance(text, str):
        return None, ""
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        if line.strip():
            title = _collapse(line)
            if len(title) > MAX_TITLE_CHARS:
                return None, text.strip()
            rest = "" if nl < 0 else text[nl + 1:]
            return title, rest.strip()
        if nl < 0:
            break
        pos = nl + 1
    return None, ""


def hash_text(title: str | None, body: str) -> str:
    """The exact string content_hash digests (exposed for tests and debugging)."""
    t = _collapse(normalize_text(title or ""))
    b = _collapse(normalize_text(body or ""))
    return f"{t}\n{b}"


def content_hash(title: str | None, body: str) -> str:
    """sha256 hex of the whitespace-normalized title and body."""
    return hashlib.sha256(hash_text(title, body).encode("utf-8", "surrogatepass")).hexdigest()


def has_words(text: str) -> bool:
    """True if the text contains at least one letter (not only numbers/punctuation)."""
    return isinstance(text, str) and any(ch.isalpha() for ch in text)
