"""Texts only drafted: a resolution not told as adopted, and what a draft text aims at.

The guidelines count a resolution as a sanction when it is adopted ("resolutions adopted"), and
a happening only planned or proposed as no event. French tells the state of a text by its own
words (data/drafts.json, with its sources):
- a draft is named by a noun of drafting whose "de" complement is the kind of text ("un projet
  de résolution", "une proposition de loi": TLFi, s.v. projet, proposition);
- what became of the text is told by the verbs and nouns of which it is an argument, and by the
  participles that qualify it: drafted, tabled, submitted, examined, negotiated,
  rejected or blocked ("une résolution rejetée", "a soumis une résolution au vote"; not
  opposed: "s'oppose à une résolution" tells a member outvoted or a vote to come, and the
  resolution may be adopted), or adopted ("la résolution adoptée mardi", "l'adoption de la
  résolution"); an adoption told by an infinitive that completes another verb is still to come,
  tried or failed ("doit adopter une résolution", "peine à adopter une résolution"), unless
  that verb is implicative ("a réussi à adopter": Karttunen 1971, contexts.implicative).
A resolution is read as not adopted when a draft word tells its state and no adoption does
("la résolution présentée par X a été adoptée" stays); a resolution cited by its number or its
content ("en vertu de la résolution 2231") has no such word and stays.
What a draft provides or aims at ("un projet de résolution visant à prolonger l'embargo", "une
proposition de résolution prévoit des sanctions", "a présenté un projet de résolution pour
prolonger l'embargo") is not done either: the trigger is the infinitive or the object of a verb
of aim (viser à, prévoir) whose subject, or the noun its participle qualifies, is a draft, or
the purpose infinitive ("pour", "afin de") of a verb whose subject or object is one.
Hook: reference.irrealis."""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger.extract.events.syntax import DE_CASES, PURPOSE_MARKS, case_of, forms, is_verbal
from newsledger.resources import data_dir


@lru_cache(maxsize=1)
def draft_words() -> dict[str, frozenset[str]]:
    """The word classes of data/drafts.json (its source line names where they come from)."""
    data = json.loads((data_dir("newsledger.extract") / "drafts.json").read_text(encoding="utf-8"))
    return {k: frozenset(w.lower() for w in v) for k, v in data.items() if k != "source"}


# the relations by which a text is an argument of a verb or noun that tells what became of it
ARGUMENT_DEPS = ("obj", "nsubj", "nsubj:pass", "obl:arg")
# the relations by which a participle or a relative clause qualifies the text
QUALIFIER_DEPS = ("acl", "amod", "acl:relcl")


def is_bare_infinitive(tok) -> bool:
    """A present infinitive with no auxiliary ("adopter"; not "avoir adopté")."""
    return "Inf" in tok.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in tok.children)


def told_by(noun) -> list:
    """The words that tell what became of a text: the verb or noun of which it is an argument or
    the "de" complement ("a rejeté une résolution", "l'adoption de la résolution"), and the
    participles and relative verbs that qualify it ("une résolution rejetée", "une résolution
    qui a été adoptée")."""
    out = []
    gov = noun.head
    if gov.i != noun.i:
        if noun.dep_ in ARGUMENT_DEPS and (is_verbal(gov) or gov.pos_ == "VERB"):
            out.append(gov)
        elif noun.dep_ == "nmod" and gov.pos_ == "NOUN" and case_of(noun) in DE_CASES:
            out.append(gov)
    out.extend(c for c in noun.children if c.dep_ in QUALIFIER_DEPS and c.pos_ in ("VERB", "ADJ"))
    return out


def is_pending_adoption(word, implicative) -> bool:
    """An adoption told by an infinitive that completes another word, not an implicative verb:
    still to come, tried or failed ("doit adopter", "peine à adopter")."""
    if not is_bare_infinitive(word) or word.head.i == word.i:
        return False
    return not forms(word.head) & implicative


def draft_noun_of(noun, words) -> object | None:
    """The noun of drafting whose "de" complement `noun` is ("un projet de résolution"), or
    `noun` itself when it is one with a "de" complement that names a text."""
    gov = noun.head
    if noun.dep_ == "nmod" and gov.i != noun.i and forms(gov) & words["draft_noun"] \
            and case_of(noun) in DE_CASES:
        return gov
    return None


def state_of(text, words, implicative) -> tuple[bool, bool]:
    """(told as a draft, told as adopted) by the words of `text`."""
    draft = adopted = False
    for w in told_by(text):
        f = forms(w)
        if f & words["adoption"]:
            if is_pending_adoption(w, implicative):
                draft = True
            else:
                adopted = True
        elif f & words["draft_verb"] and w.pos_ in ("VERB", "ADJ"):
            draft = True
    return draft, adopted


def is_unadopted_resolution(head, implicative) -> bool:
    """A resolution trigger told as only drafted, tabled, rejected, blocked or still to
    be adopted, and told as adopted by none of its words."""
    words = draft_words()
    if head.pos_ != "NOUN" or not forms(head) & words["resolution_noun"]:
        return False
    draft, adopted = state_of(head, words, implicative)
    holder = draft_noun_of(head, words)
    if holder is not None:                         # "le projet de résolution (a été adopté)"
        draft = True
        adopted = adopted or state_of(holder, words, implicative)[1]
    return draft and not adopted


def is_draft(noun, implicative) -> bool:
    """A noun of drafting with a text for its "de" complement ("un projet de résolution", "une
    proposition de loi"), or an unadopted resolution."""
    words = draft_words()
    if forms(noun) & words["draft_noun"]:
        if any(c.dep_ == "nmod" and case_of(c) in DE_CASES and forms(c) & words["resolution_noun"]
               for c in noun.children) and not state_of(noun, words, implicative)[1]:
            return True
    return is_unadopted_resolution(noun, implicative)


def subjects_and_objects(verb) -> list:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "obj")]


def is_aimed_by_draft(head, implicative) -> bool:
    """The trigger is what a draft text provides or aims at: the infinitive or the object of a
    verb of aim whose subject, or the noun its participle qualifies, is a draft ("un projet de
    résolution visant à prolonger l'embargo", "une proposition de résolution prévoit des
    sanctions"), or the purpose infinitive of a verb whose subject or object is a draft ("a
    présenté un projet de résolution pour prolonger l'embargo")."""
    words = draft_words()
    verb = head
    if not is_verbal(head):
        if head.dep_ not in ("obj", "obl:arg") or head.head.i == head.i:
            return False
        verb = head.head
    if forms(verb) & words["aim_verb"]:
        aim = verb
    elif verb.dep_ == "xcomp" and forms(verb.head) & words["aim_verb"]:
        aim = verb.head
    elif verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in verb.children):
        return any(is_draft(n, implicative) for n in subjects_and_objects(verb.head))
    else:
        return False
    if aim.dep_ == "acl" and aim.head.i != aim.i and aim.head.pos_ == "NOUN":
        return is_draft(aim.head, implicative)
    return any(is_draft(n, implicative) for n in aim.children if n.dep_ in ("nsubj", "nsubj:pass"))
