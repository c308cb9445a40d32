"""A name set right after the noun of a weapon, with no determiner or preposition of its own
("des cocktails Molotov", "un fusil Kalachnikov", "des missiles Tomahawk", "des drones
Bayraktar"), names a kind of that weapon after its inventor, maker or model: the French
construction of a noun followed by a proper name in apposition as its complement of
determination (Grevisse, Le bon usage, the noun complement without preposition). The name is
part of the weapon's name, no actor of the happening, whatever its type.

Weapon nouns: contexts.weapon and contexts.named_weapon (event_triggers.json)."""
from __future__ import annotations

from functools import lru_cache

from newsledger.extract.events.lexicon import load_lexicon
from newsledger.extract.events.office import whole_mentions
from newsledger.extract.events.syntax import forms


@lru_cache(maxsize=1)
def weapon_nouns() -> frozenset[str]:
    """The nouns of weapons a name may follow (contexts.weapon, contexts.named_weapon)."""
    contexts = load_lexicon().contexts
    return contexts.get("weapon", frozenset()) | contexts.get("named_weapon", frozenset())


def is_weapon_noun(tok, mention_tokens) -> bool:
    """A common noun of weapons that no actor mention covers."""
    return tok.pos_ == "NOUN" and tok.i not in mention_tokens and bool(forms(tok) & weapon_nouns())


def linked(a, b) -> bool:
    """One of the two tokens hangs on the other in the parse."""
    return a.head.i == b.i or b.head.i == a.i


def weapon_name_indices(sent, mention_tokens) -> set[int]:
    """Tokens of the actor mentions of `sent` that open with a capital right after a weapon
    noun they are linked to in the parse, whichever way ("des cocktails Molotov": the parser
    may hang the noun on the name). A mention in lower case there is an adjective of
    nationality ("des armes nord-coréennes"): it tells where the weapons come from, and its
    state stays an actor."""
    doc = sent.doc
    out: set[int] = set()
    for i in range(sent.start + 1, sent.end):
        if i not in mention_tokens or (i - 1) in mention_tokens:
            continue                              # not the first token of a mention
        noun = doc[i - 1]
        if doc[i].text[:1].isupper() and is_weapon_noun(noun, mention_tokens) and linked(noun, doc[i]):
            out.add(i)
    return whole_mentions(out, sent, mention_tokens) if out else out
