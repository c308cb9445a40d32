"""The compiled-regex cache used while the model loads: patterns from the cache equal freshly
compiled ones (same opcodes), match the same, and a damaged file only means compiling again."""
from __future__ import annotations

import re
from re import _compiler

from spacy.lang.fr import French

from newsledger.extract.regex_cache import MIN_LENGTH, cache_file, cached_regexes

TEXT = ("L'ONU a-t-elle condamné, le 12/03/2024, les tirs de la Corée du Nord (RPDC) ? "
        "« Aujourd'hui », 1,5 milliard $ et 300.000 obus ; voir https://www.un.org/fr/.")


def _french_rules() -> list[str]:
    """The French tokenizer's own long patterns (prefixes, suffixes, infixes, token_match)."""
    tok = French().tokenizer
    found = [tok.prefix_search.__self__, tok.suffix_search.__self__, tok.infix_finditer.__self__]
    if tok.token_match is not None:
        found.append(tok.token_match.__self__)
    return [p.pattern for p in found if len(p.pattern) >= MIN_LENGTH]


def _compile(pattern: str):
    re.purge()                      # past re's own in-process cache, into the compiler
    return re.compile(pattern)


def test_cached_patterns_equal_fresh_ones_and_match_the_same(tmp_path):
    patterns = _french_rules()
    assert len(patterns) >= 3
    fresh = [_compiler.compile(p, 0) for p in patterns]
    with cached_regexes(tmp_path):
        first = [_compile(p) for p in patterns]
    assert cache_file(tmp_path).exists()
    written = cache_file(tmp_path).stat().st_mtime_ns
    with cached_regexes(tmp_path):
        second = [_compile(p) for p in patterns]      # from the file this time
    assert cache_file(tmp_path).stat().st_mtime_ns == written   # nothing new to add
    assert first == fresh and second == fresh
    for a, b in zip(second, fresh):
        assert [m.span() for m in a.finditer(TEXT)] == [m.span() for m in b.finditer(TEXT)]


def test_the_tokenizer_splits_the_same_with_the_cache(tmp_path):
    plain = [t.text for t in French().tokenizer(TEXT)]
    for _ in range(2):              # the first build writes the file, the second reads it
        re.purge()
        with cached_regexes(tmp_path):
            tokenizer = French().tokenizer
        assert [t.text for t in tokenizer(TEXT)] == plain


def test_a_damaged_cache_file_is_compiled_again(tmp_path):
    pattern = _french_rules()[0]
    cache_file(tmp_path).parent.mkdir(parents=True, exist_ok=True)
    cache_file(tmp_path).write_bytes(b"\x00not marshal data")
    with cached_regexes(tmp_path):
        compiled = _compile(pattern)
    assert compiled == _compiler.compile(pattern, 0)
    with cached_regexes(tmp_path):                 # rewritten whole, usable again
        assert _compile(pattern) == compiled


def test_short_patterns_and_the_compiler_outside_the_block_are_untouched(tmp_path):
    original = _compiler.compile
    with cached_regexes(tmp_path):
        assert _compiler.compile is not original
        _compile(r"\d+")
    assert _compiler.compile is original
    assert not cache_file(tmp_path).exists()       # nothing long enough to keep
