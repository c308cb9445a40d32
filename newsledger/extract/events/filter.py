"""A trained filter over the events the rules produce (issue 19): on by default, gated by type.

Each event is scored by an L2 logistic regression over sparse cues of the event record and of
the parse around its trigger (`features`); events scored below the threshold are dropped as
the last step of `extract_events`. Weights with a `thresholds` table (type -> threshold) filter
only the types it lists (those the training rows hold enough wrong examples of); the other
types pass untouched. The weights live in `data/event_filter.json`, written by
`scripts/train_event_filter.py` (its header holds the training command and the held-out
numbers). Switch: the environment variable NEWSLEDGER_EVENT_FILTER = `on` or unset (the
thresholds of the weights file), a number (that threshold for the filtered types), a weights
file path, or `off` / `0` / `false` / `no` (the rules' events untouched)."""
from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from pathlib import Path

WEIGHTS_PATH = Path(__file__).resolve().parents[1] / "data" / "event_filter.json"
DEFAULT = "on"   # unset NEWSLEDGER_EVENT_FILTER: the shipped weights at their own thresholds
NEG = {"ne", "pas", "jamais", "plus", "aucun", "guère", "nullement", "ni"}
QUOTES_OPEN, QUOTES_CLOSE = "«“", "»”"


def _bucket(x: float, edges: tuple) -> str:
    for e in edges:
        if x <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _head(doc, start: int, end: int):
    """The token of the trigger span whose head lies outside it (the span's root)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _in_quote(text: str, sent_start: int, pos: int) -> bool:
    seg = text[sent_start:pos]
    opened = sum(seg.count(c) for c in QUOTES_OPEN) - sum(seg.count(c) for c in QUOTES_CLOSE)
    return opened > 0 or seg.count('"') % 2 == 1


def features(doc, ev, mentions, events_in_sentence: int = 1) -> list[str]:
    """Sparse cues (strings) of one Event `ev` of `doc`; `mentions`: the article's actor mentions."""
    t = ev.event_type
    f = [f"type={t}", f"conf={_bucket(ev.confidence, (0.3, 0.5, 0.6, 0.7, 0.8, 0.9))}",
         f"type|conf={t}|{_bucket(ev.confidence, (0.5, 0.7, 0.85))}",
         f"date={ev.date_precision or 'none'}", f"type|date={t}|{bool(ev.date_precision)}",
         f"place={bool(ev.location)}", f"type|place={t}|{bool(ev.location)}",
         f"kind={ev.statement_kind or 'none'}", f"nev_sent={min(events_in_sentence, 4)}",
         f"trig_words={min(len(ev.trigger.split()), 3)}",
         f"sent_pos={_bucket(ev.sentence_index, (0, 2, 5, 10, 20))}"]
    types = {m.canonical_name: m.actor_type for m in mentions}
    roles = [a.role for a in ev.actors]
    f.append(f"nactors={min(len(ev.actors), 4)}")
    f.append(f"type|nactors={t}|{min(len(ev.actors), 3)}")
    for a in ev.actors:
        k = types.get(a.canonical_name, "unknown")
        f += [f"role={a.role}", f"kind_actor={k}", f"role|kind={a.role}|{k}", f"type|role={t}|{a.role}",
              f"type|role|kind={t}|{a.role}|{k}"]
    if "source" not in roles:
        f.append(f"type|nosource={t}")
    sent_mentions = [m for m in mentions if m.sentence_index == ev.sentence_index]
    listed = {a.canonical_name for a in ev.actors}
    f.append(f"sent_mentions={min(len(sent_mentions), 5)}")
    f.append(f"unlisted_in_sent={min(sum(m.canonical_name not in listed for m in sent_mentions), 3)}")
    near = [abs(m.char_start - ev.char_start) for m in sent_mentions if m.canonical_name in listed]
    f.append(f"near_listed={_bucket(min(near), (10, 30, 60, 120)) if near else 'none'}")
    tok = _head(doc, ev.char_start, ev.char_end)
    if tok is None:
        f.append("nohead")
        return f
    lemma = tok.lemma_.lower()
    sent = tok.sent
    gov = tok.head
    f += [f"lemma={t}|{lemma}", f"pos={tok.pos_}", f"type|pos={t}|{tok.pos_}", f"dep={tok.dep_}",
          f"type|dep={t}|{tok.dep_}", f"lemma|dep={lemma}|{tok.dep_}",
          f"gov={gov.lemma_.lower() if gov is not tok else 'ROOT'}", f"gov_pos={gov.pos_ if gov is not tok else 'ROOT'}",
          f"type|gov_pos={t}|{gov.pos_ if gov is not tok else 'ROOT'}",
          f"sent_len={_bucket(len(sent), (10, 20, 35, 50, 80))}"]
    for key in ("Mood", "Tense", "VerbForm", "Number"):
        v = tok.morph.get(key)
        if v:
            f.append(f"morph={key}:{v[0]}")
            f.append(f"type|morph={t}|{key}:{v[0]}")
    kids = list(tok.children)
    det = [c.lemma_.lower() for c in kids if c.dep_ == "det"]
    f.append(f"det={det[0] if det else 'none'}")
    f.append(f"type|det={t}|{det[0] if det else 'none'}")
    for c in kids:
        if c.dep_ in ("aux", "aux:pass", "aux:tense", "cop", "mark", "case", "advmod", "expl:comp", "obl:mod"):
            f.append(f"kid={c.dep_}|{c.lemma_.lower()}")
        f.append(f"kid_dep={c.dep_}")
    scope = kids + (list(gov.children) if gov is not tok else [])
    if any(c.lemma_.lower() in NEG and c.dep_ in ("advmod", "det") for c in scope):
        f.append("neg")
    if any(c.lemma_.lower() == "si" for c in scope):
        f.append("si")
    if sent[-1].text == "?" or any(c.text == "?" for c in sent):
        f.append("question")
    if _in_quote(doc.text, sent.start_char, tok.idx):
        f.append("in_quote")
        f.append(f"type|in_quote={t}")
    subj = [c for c in kids if c.dep_.startswith("nsubj")]
    if not subj and tok.dep_ in ("xcomp", "ccomp", "acl", "acl:relcl", "conj") and gov is not tok:
        subj = [c for c in gov.children if c.dep_.startswith("nsubj")]
    if subj:
        s = subj[0]
        covered = any(m.char_start <= s.idx < m.char_end and m.canonical_name in listed for m in sent_mentions)
        anymention = any(m.char_start <= s.idx < m.char_end for m in sent_mentions)
        f += [f"subj={s.pos_}", f"type|subj={t}|{s.pos_}|{covered}", f"subj_listed={covered}",
              f"subj_mention={anymention}", f"subj_dep={s.dep_}"]
        if s.pos_ in ("PRON", "NOUN"):
            f.append(f"subj_lemma={s.lemma_.lower()}")
    else:
        f.append(f"type|nosubj={t}|{tok.pos_}")
    i = tok.i
    left = doc[i - 1].lemma_.lower() if i > sent.start else "<s>"
    right = doc[i + 1].lemma_.lower() if i + 1 < sent.end else "</s>"
    f += [f"left={left}", f"right={right}"]
    if gov is not tok:
        f.append(f"type|gov={t}|{gov.lemma_.lower()}")
    return f


def score(weights: dict, feats: list[str]) -> float:
    w = weights["weights"]
    z = weights["bias"] + sum(w.get(x, 0.0) for x in set(feats))
    return 1.0 / (1.0 + math.exp(-z))


def threshold_of(weights: dict, event_type: str, th: float | None = None) -> float | None:
    """The threshold an event of `event_type` must reach, None when the filter lets the type
    pass untouched: weights with a `thresholds` table (type -> threshold) filter only the types
    it lists; without one, every type at `threshold`. `th` overrides the threshold of the
    filtered types."""
    per_type = weights.get("thresholds")
    if per_type is not None and event_type not in per_type:
        return None
    if th is not None:
        return th
    return float(per_type[event_type]) if per_type is not None else float(weights["threshold"])


def keep(weights: dict, event_type: str, feats: list[str], th: float | None = None) -> bool:
    t = threshold_of(weights, event_type, th)
    return t is None or score(weights, feats) >= t


@lru_cache(maxsize=4)
def load(path: str) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def setting() -> tuple[dict, float | None] | None:
    """(weights, threshold override or None) when NEWSLEDGER_EVENT_FILTER switches the filter
    on, else None."""
    v = os.environ.get("NEWSLEDGER_EVENT_FILTER", DEFAULT).strip() or DEFAULT
    if v.lower() in ("off", "0", "false", "no"):
        return None
    if v.lower() == "on":
        return load(str(WEIGHTS_PATH)), None
    try:
        th = float(v)
    except ValueError:
        return load(v), None
    return load(str(WEIGHTS_PATH)), th


def apply(doc, events: list, mentions) -> list:
    """The events the filter keeps (all of them when it is off)."""
    s = setting()
    if s is None:
        return events
    weights, th = s
    per_sent: dict[int, int] = {}
    for e in events:
        per_sent[e.sentence_index] = per_sent.get(e.sentence_index, 0) + 1
    # a type the filter lets pass needs no cues computed
    return [e for e in events
            if threshold_of(weights, e.event_type, th) is None
            or keep(weights, e.event_type, features(doc, e, mentions, per_sent[e.sentence_index]), th)]
