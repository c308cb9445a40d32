"""Word lists as regex tries, for the extraction's large alternations."""
from __future__ import annotations

import re


def word_trie(words) -> str:
    """Regex alternation of words with their common prefixes factored ("d(?:e(?:s|ux)?|ix)"):
    re tries every branch of a flat alternation, but only one branch per letter of a trie.
    It matches what the flat alternation sorted longest first matches, in the same order of
    trial: a longer word is tried before its prefix. Case-sensitive as written (the flags
    of the compiled pattern apply)."""
    branches: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        branches.setdefault(w[:1], []).append(w[1:])
    alts = [re.escape(first) + word_trie(rest) for first, rest in branches.items() if first]
    if not alts:
        return ""
    return "(?:" + "|".join(alts) + ")" + ("?" if "" in branches else "")
