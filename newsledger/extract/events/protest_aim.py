"""A demand that is the aim of a protest: "des milliers de personnes ont défilé pour réclamer la
démission de X", "des manifestations pour dénoncer Y". What the marchers want is told by the
protest itself (eval/GUIDELINES.md: a demonstration or a march is a protest); the purpose
clause is no formal act of speech of its own, and the actors around it (the one whose
resignation is wanted, the nationality of the crowd) make no statement."""
from __future__ import annotations

from newsledger.extract.events.syntax import PURPOSE_MARKS, SUBJECT_DEPS, case_of, forms, is_verbal, subtree_indices


def is_purpose_clause(verb) -> bool:
    """An infinitive introduced by "pour" or "afin de" that qualifies the clause above it."""
    return is_verbal(verb) and verb.dep_ in ("advcl", "acl") and verb.head.i != verb.i \
        and "Inf" in verb.morph.get("VerbForm") \
        and any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in verb.children)


def aim_of_protest(head, protest_heads) -> bool:
    """The statement trigger `head` is a purpose clause of a clause that tells a protest (a
    protest trigger in the governor's phrase, outside the purpose clause itself)."""
    if not is_purpose_clause(head):
        return False
    governor = head.head
    around = subtree_indices(governor) - subtree_indices(head)
    return any(p.i in around for p in protest_heads)


# the plural personal pronouns that may stand for a crowd of protesters (French grammar: the
# personal pronouns of the third person plural)
PLURAL_PRONOUNS = {"ils", "elles"}
# the relations by which a word belongs to the phrase of a noun (its complements, appositions,
# conjuncts and the parts of a name): what an antecedent of a relative clause may hang from
# the longest incise between commas skipped between a subject and its verb (tokens)
MAX_INCISE = 8
LINKED_DEPS = ("nmod", "appos", "conj", "flat:name", "flat", "amod")


def crowd_subject(verb, protester_nouns: frozenset[str]):
    """The protester noun that the parser left before `verb` without a relation of subject: the nearest noun before the
    verb group in its segment, past punctuation and the verb's own adjuncts ("où plus de 20.000
    manifestants, selon la police, ont dénoncé ..."), when the verb has no subject of its own;
    or, for a plural personal pronoun subject ("dont ils ont dénoncé le racisme"), the nearest
    plural noun subject before it in the segment. None otherwise."""
    if not is_verbal(verb):
        return None
    for _ in range(3):                            # "ont dénoncé X et réclamé Y": the first verb's
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
    sent = verb.sent
    if len(subjects) == 1 and subjects[0].lower_ in PLURAL_PRONOUNS:
        for t in reversed(sent[:subjects[0].i - sent.start]):
            if t.dep_ in SUBJECT_DEPS and t.pos_ == "NOUN" and "Plur" in t.morph.get("Number"):
                return t if forms(t) & protester_nouns else None
        return None
    if subjects or verb.dep_ in ("xcomp", "conj", "acl") or not is_finite_group(verb):
        return None                               # an infinitive's subject is its governor's
    own = set()
    for c in verb.children:
        if c.i < verb.i and c.dep_ not in SUBJECT_DEPS:
            own |= subtree_indices(c)
    i = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")]) - 1
    while i >= sent.start:
        t = verb.doc[i]
        if t.is_punct or i in own:
            i -= 1
            continue
        incise = incise_start(verb.doc, sent, i)
        if incise is not None:                    # ", selon la police,"
            i = incise - 1
            continue
        if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") and forms(t) & protester_nouns:
            return t
        return None
    return None


def incise_start(doc, sent, i: int) -> int | None:
    """The index of the comma that opens a prepositional incise ending at token `i` (", selon
    la police,", ", d'après les organisateurs,": a phrase set off by commas between a subject and
    its verb; Grevisse, Le bon usage: the incise), when a comma follows `i`; None otherwise."""
    if i + 1 >= sent.end or doc[i + 1].text != ",":
        return None
    for j in range(i, max(sent.start, i - MAX_INCISE) - 1, -1):
        if doc[j].text == ",":
            return j if j + 1 <= i and doc[j + 1].pos_ == "ADP" else None
    return None


def is_finite_group(verb) -> bool:
    """A finite verb or a participle with its auxiliary ("ont dénoncé"): a verb group that
    takes a subject of its own."""
    return "Fin" in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)


def aim_of_organisers(head, protest_heads, frame_nouns: frozenset[str],
                      against_cases: frozenset[str] = frozenset({"contre"})) -> bool:
    """The statement trigger `head` heads a relative clause ("qui protestent contre la réforme")
    whose antecedent belongs to the phrase of a protest trigger ("la grève des cheminots, qui
    protestent ...") or of the frame noun that names its organisers ("une grève à l'appel de
    trois syndicats, qui dénoncent ..."; data/gathering.json protest_frame): what the strikers
    or their organisers oppose is the protest's aim, told with it. The relative pronoun must be
    the subject (the antecedent speaks), and the path never goes through what the
    protest is against ("une manifestation contre X, qui a dénoncé un complot": X speaks)."""
    if head.dep_ != "acl:relcl" or not protest_heads or not any(
            c.dep_ in SUBJECT_DEPS and "Rel" in c.morph.get("PronType") for c in head.children):
        return False                              # "une manifestation où il appelait à ...": his own call
    cur = head.head
    for _ in range(6):
        if any(cur.i == p.i for p in protest_heads):
            return True
        if forms(cur) & frame_nouns and case_of(cur) in ("à", "sur"):
            return True
        if cur.dep_ not in LINKED_DEPS or cur.head.i == cur.i or case_of(cur) in against_cases:
            return False                          # "une manifestation contre X, qui a dénoncé"
        cur = cur.head
    return False
