"""A disk cache for the compiled form of long regular expressions, used while the model loads.

Loading fr_core_news_md compiles the French tokenizer's rules (prefixes, suffixes, infixes,
the token_match of its exceptions): a few hundred huge character classes that CPython's
pure-Python regex compiler takes ~5 s of CPU to optimise on the build VM, in every process
(profile of spacy.load: `re._compiler._optimize_charset` alone 5.2 of 13.4 s). A compiled
pattern cannot be saved, but what the compiler hands to the C engine (`_sre.compile`) is
plain data: flags, a list of opcodes, group names. `cached_regexes` keeps that data for
patterns of MIN_LENGTH characters or more in one marshal file per interpreter version and
passes it straight to `_sre.compile` next time, the way .pyc files keep bytecode. The
patterns come out equal (`==`) to freshly compiled ones (checked once per process before the
cache is used; tests compare the tokenizer's output); an unreadable file or a different
interpreter means compiling as usual.
"""
from __future__ import annotations

import contextlib
import marshal
import os
import sys
import threading
from pathlib import Path

MIN_LENGTH = 200          # shorter patterns compile in microseconds: not worth a file entry
_patch_lock = threading.Lock()


def cache_file(folder: Path) -> Path:
    import _sre

    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return folder / f"regex-{tag}.marshal"


def _compile_parts(pattern, flags: int) -> tuple:
    """What re._compiler.compile passes to _sre.compile after the pattern (CPython 3.11+)."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # plain ints: the opcodes are an int subclass, which marshal does not take
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def _sre_compile(pattern, parts: tuple):
    import _sre

    return _sre.compile(pattern, *parts)


def _supported() -> bool:
    """This interpreter's compiler works as _compile_parts assumes (same patterns out)."""
    try:
        from re import _compiler

        sample = r"(?P<word>[^\W\d_]+)[-'’](?:aujourd|qu)\b|\d{1,3}(?:[  .]\d{3})*"
        return _sre_compile(sample, _compile_parts(sample, 0)) == _compiler.compile(sample, 0)
    except Exception:  # noqa: BLE001  (another interpreter: no cache)
        return False


def _read(path: Path) -> dict:
    try:
        data = marshal.loads(path.read_bytes())
        return data if isinstance(data, dict) else {}
    except (OSError, EOFError, ValueError, TypeError):
        return {}


def _write(path: Path, entries: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(entries))
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass              # a read-only checkout: compile every time, as without the cache


@contextlib.contextmanager
def cached_regexes(folder: Path):
    """Within the block, long patterns compiled anywhere in the process come from (and go
    to) the cache file in `folder`."""
    from re import _compiler

    if not _supported():
        yield
        return
    path = cache_file(folder)
    entries = _read(path)
    added: dict = {}
    original = _compiler.compile

    def compile(p, flags=0):
        if not isinstance(p, (str, bytes)) or len(p) < MIN_LENGTH:
            return original(p, flags)
        key = (p, flags)
        parts = entries.get(key)
        if parts is not None:
            try:
                return _sre_compile(p, parts)
            except Exception:  # noqa: BLE001  (a damaged entry: compile it again)
                pass
        parts = _compile_parts(p, flags)
        added[key] = parts
        return _sre_compile(p, parts)

    with _patch_lock:
        _compiler.compile = compile
        try:
            yield
        finally:
            _compiler.compile = original
    if added:
        _write(path, {**entries, **added})
