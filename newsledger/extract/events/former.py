"""Organizations named only as a former affiliation, and persons named only as whose former
officer someone was, take no part in what the sentence tells.

French news labels a person by the party or body she has left: "la sénatrice (ex-PS) X",
"la présidente de la région (ex-LR)", "l'ex-LREM X", "l'ancienne députée Front national",
"l'ancien président du parti Y". The organization there says what the person once belonged
to; it does not speak or act now, neither in her clause nor in another one of the sentence
("une enquête ... dans le secteur remporté par la sénatrice ex-PS X"), and no pronoun takes
it up.

Two marks, both of French morphology and syntax:
- the prefix "ex-" glued to the name ("ex-PS", "(ex-LR)"): the label of a former member;
- the complement of a former office noun (office.is_former: "l'ancienne députée X",
  "l'ex-ministre de Y"), read by office.office_organizations.
Only organizations: a country named with "ex-" ("l'ex-URSS", "l'ex-Yougoslavie") is the name of
a former state, not a label, and the state of a former office may be the one that acts on its
holder ("l'ancien président brésilien, emprisonné": measured on the judged rows, a state so
named was kept right). In the subject of the trigger a label is set aside as the organization
of a current office is (participants.described_in), so the description still takes up its
person (participants.office_speaker).
A person in the nominal "de" complement of a former office noun ("l'ancien ministre de X",
"l'ex-conseiller spécial de X", "l'ancien vice-président de X") is named for the same reason:
to say whose officer the holder once was; X does not speak or act in the holder's clause and
is not swept from the sentence, as a person named only as someone's relative is not
(events/kin.py). X stays when the sentence names X elsewhere, and a former office that holds
the trigger in its own phrase ("l'ancien candidat de X à la primaire") is left alone.
"""
from __future__ import annotations

from newsledger.extract.events.kin import de_complement_actors, placed_after
from newsledger.extract.events.office import (EX_PREFIXES, is_former, office_organizations, only_type, title_forms,
                                              title_words, whole_mentions)


def is_ex_label(tok, mention) -> bool:
    """The organization `mention` is written after an "ex-" prefix, in its token ("ex-PS") or
    as the tokens right before it ("ex - PS"), and the mention does not hold the prefix."""
    if mention.actor_type != "organization":
        return False
    low = tok.lower_
    if low.startswith(EX_PREFIXES) and mention.char_start >= tok.idx + 3:
        return True
    if tok.idx != mention.char_start or tok.i < 1:
        return False
    before = tok.doc[tok.i - 1]
    if before.lower_ in EX_PREFIXES or (before.text in ("-", "–") and tok.i >= 2
                                        and tok.doc[tok.i - 2].lower_ == "ex"):
        return before.idx + len(before.text) == tok.idx      # glued: "ex-" then the name
    return False


def former_office_nouns(sent) -> list:
    """The title nouns of the sentence marked former ("ancienne députée", "l'ex-ministre")."""
    words = title_words()
    return [t for t in sent if t.pos_ == "NOUN" and title_forms(t) & words and is_former(t)]


def former_labels(sent, mention_tokens, head=None) -> set[int]:
    """Token indices of `sent` whose mentions name only a former affiliation: an organization
    written "ex-X", the organizations in the complements of a former office noun, and the names
    of a parenthesis that glosses either. Only tokens all of whose mentions are organizations.
    `head`: the trigger; a former office that holds it in its own phrase names the happening in
    which it was held ("l'ancien candidat du parti X à l'élection présidentielle": X ran in that
    election), and its organization is no label for it."""
    out: set[int] = set()
    for i in range(sent.start, sent.end):
        ms = mention_tokens.get(i, ())
        if ms and all(is_ex_label(sent.doc[i], m) for m in ms):
            out.add(i)
    for noun in former_office_nouns(sent):
        if head is None or not any(t.i == head.i for t in noun.subtree):
            out |= office_organizations(noun, mention_tokens)
    out |= glossed_labels(sent, out, mention_tokens)
    return {i for i in out if only_type(mention_tokens.get(i), "organization")} \
        | former_principals(sent, mention_tokens, head)


def former_principals(sent, mention_tokens, head=None) -> set[int]:
    """Token indices of `sent` whose mentions are persons named as the nominal "de" complement
    of a former office noun, or of the adjective right after it ("l'ancien ministre de X",
    "l'ancien conseiller spécial de X"): whose officer the holder once was. The complement's own
    head must be the person's name: in "l'ex-ministre de l'Environnement X" the parse may hang
    the holder X on the office's domain, which is no principal. Not when the office holds the
    trigger `head` in its own phrase."""
    out: set[int] = set()
    for noun in former_office_nouns(sent):
        if head is not None and any(t.i == head.i for t in noun.subtree):
            continue
        for word in [noun, *placed_after(noun)]:
            out |= {c.i for c in word.children if c.i in de_complement_actors(word, mention_tokens)
                    and only_type(mention_tokens.get(c.i), "person")}
    return {i for i in whole_mentions(out, sent, mention_tokens) if only_type(mention_tokens.get(i), "person")} \
        if out else out


def glossed_labels(sent, labels: set[int], mention_tokens) -> set[int]:
    """The names inside a parenthesis opened right after a former label, which glosses it
    ("l'ancienne députée X (aujourd'hui rebaptisé Y, YZ)", "(ex-X, devenu Y)"): they name the
    same former affiliation, however the parser hung them."""
    out: set[int] = set()
    doc = sent.doc
    for i in sorted(labels):
        after = i + 1                             # the label's last token, then "("
        if after in labels or after >= sent.end or doc[after].text != "(":
            continue
        close = next((t.i for t in doc[after + 1:sent.end] if t.text == ")"), None)
        if close is not None:
            out |= {j for j in range(after + 1, close) if mention_tokens.get(j)}
    return out


# the relations by which a name hangs in the complement of an office noun ("du FN", "ex-PS",
# "députée Front national", "(ex-LR)")
LABEL_DEPS = ("nmod", "amod", "compound", "flat", "flat:name", "appos")


def names_former_affiliation(span, mention) -> bool:
    """The mention (its span in the doc) names only a former affiliation (former_labels): an
    organization written "ex-X", or an organization in the complement of a former office noun
    ("l'ancienne présidente du parti X"). No pronoun takes it up."""
    if mention.actor_type != "organization" or span is None:
        return False
    if is_ex_label(span[0], mention):
        return True
    tok = span.root
    words = title_words()
    for _ in range(3):
        if tok.head.i == tok.i or tok.dep_ not in LABEL_DEPS:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and title_forms(tok) & words:
            return is_former(tok)
    return False
