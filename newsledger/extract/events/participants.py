"""The actors of a trigger and their roles: subject -> source, object/oblique -> target,
the rest of the sentence -> participant; a personal pronoun subject stands for an actor
named before it; an office subject ("la présidente du parti X") for a person, not for the
organization of the office (events/office.py)."""
from __future__ import annotations

from newsledger.records import ActorMention
from newsledger.extract.events.beneficiary import beneficiary_indices
from newsledger.extract.events.election import referents as election_referents
from newsledger.extract.events.former import former_labels, names_former_affiliation
from newsledger.extract.events.hosts import hosting_media
from newsledger.extract.events.press_named import press_named
from newsledger.extract.events.kin import has_third_person_possessive, kin_complement_indices
from newsledger.extract.events.bystanders import without_bystanders
from newsledger.extract.events.legal import (authority_words, carer_tokens, is_authority, judged_by, teller_tokens,
                                            without_non_parties)
from newsledger.extract.events.landmark import is_landmark, is_limit, landmark_words
from newsledger.extract.events.lexicon import FoldedNames, load_lexicon
from newsledger.extract.events.modality import ends_with_question
from newsledger.extract.events.office import (described_indices, doer_office_organizations, doer_offices, is_former,
                                               is_office, named_after, office_complements,
                                               office_holder, title_forms,
                                               office_subject, phrase_root, title_words, whole_mentions)
from newsledger.extract.events.other_clause import teller_subjects
from newsledger.extract.events.party_label import party_labels
from newsledger.extract.events.partner_office import partner_holders, partner_office_indices
from newsledger.extract.events.peers import peer_indices
from newsledger.extract.events.person_noun import civility_gender, shown_gender
from newsledger.extract.events.place_locator import locator_indices
from newsledger.extract.events.quoted import in_quote
from newsledger.extract.events.quote_teller import quote_tellers
from newsledger.extract.events.receipt import received_speech
from newsledger.extract.events.subject_clause import relative_clause_indices
from newsledger.extract.events.undergone import undergoing_verb
from newsledger.extract.events.unnamed_antecedent import unnamed_antecedent
from newsledger.extract.events.syntax import (PARTICIPANT_CASES, PASSIVE_SUBJECT_DEPS, RELATIVE_PRONOUNS,
                     SUBJECT_DEPS, case_of, clitic, forms, kept_on_the_doc,
                     TokenOffsets, governing_verb, is_adjectival_passive, is_infinitive, is_passive, is_verbal,
                     shares_passive, subtree_indices, subtree_order, verb_group_start)
from newsledger.extract.events.weapon_name import weapon_name_indices
from newsledger.extract.words import WEEKDAYS, either_apostrophe


ROLE_RANK = {"source": 0, "target": 1, "participant": 2}

AGENT_DEPS = ("obl:agent",)
OBJECT_DEPS = ("obj", "iobj", "obl:arg", "obl", "obl:mod", "nmod", "ccomp", "xcomp")
SOURCE_CASES = either_apostrophe({"de", "du", "des", "d'", "par"})
SINGULAR_DEFINITES = either_apostrophe({"le", "la", "l'", "du", "au"})
TARGET_CASES = {"contre", "à", "au", "aux", "vers", "envers", "sur", "visant"}

PERSONAL_SUBJECTS = {"il", "elle", "ils", "elles"}


def mention_token_map(doc, mentions: list[ActorMention],
                      offsets: TokenOffsets | None = None) -> dict[int, list[ActorMention]]:
    """Token index -> the mentions that cover it. `offsets`: TokenOffsets(doc), when the
    caller has them."""
    out: dict[int, list[ActorMention]] = {}
    offsets = TokenOffsets(doc) if offsets is None else offsets
    for m in mentions:
        for i in offsets.expand(m.char_start, m.char_end) or ():
            out.setdefault(i, []).append(m)
    return out


def names_at(indices, mention_tokens) -> list[str]:
    """The actors named at these token indices, in order, once each."""
    seen = []
    for i in indices:
        for m in mention_tokens.get(i, ()):
            if m.canonical_name not in seen:
                seen.append(m.canonical_name)
    return seen


def add(actors: dict[str, str], names, role: str) -> None:
    for n in names:
        if n not in actors or ROLE_RANK[role] < ROLE_RANK[actors[n]]:
            actors[n] = role


def subject_indices(tok) -> list:
    """Token indices of the subject(s) of `tok` (a verb), or of the relative pronoun's
    antecedent. A verb with an inverted subject clitic outside a question ("« ... »,
    prévient-il au micro de X", "« ... plus vaste que la Syrie, prévient-elle »") has that
    clitic for its only subject: a name the parser also made its subject, after it or inside
    the quote before it, is none (a noun subject stands beside the clitic only in a question,
    "X regrette-t-il ses propos ?")."""
    inverted = inverted_clitic(tok)
    if inverted is not None and not ends_with_question(tok):
        return [[inverted.i]]
    out = []
    for c in tok.children:
        if c.dep_ in SUBJECT_DEPS and is_prepositional(c):
            # "Dans une interview à X, Y propose": no subject; but "Sur le plateau de X, Y a
            # dit" with Y hung on the adjunct in apposition: Y is the subject
            out.extend(subtree_order(a) for a in hung_subjects(c))
            continue
        if c.dep_ in SUBJECT_DEPS or (c.dep_ in AGENT_DEPS and is_agent_phrase(c)):
            if c.lower_ in RELATIVE_PRONOUNS and tok.dep_.startswith("acl"):
                if not reporting_source(tok.head):    # "selon X, qui a rapporté...": X reports
                    out.append([tok.head.i])
            else:
                out.append(subtree_order(c))
    if not out and not any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in tok.children):
        # "Selon X, Y a livré", "Dans ce climat, Y a prôné": Y hung on the opening adjunct
        out.extend(subtree_order(a) for c in tok.children
                   if c.dep_.startswith("obl") and c.i < tok.i and is_prepositional(c)
                   for a in hung_subjects(c))
    if out:
        out.extend(subtree_order(c) for c in fronted_conjuncts(tok))
    if not out and tok.dep_ == "advcl" and is_bare_past_participle(tok):
        return []                                 # "Saluée pour sa gestion, X...": X is praised
    if not out and tok.dep_ == "xcomp" and tok.head.i != tok.i:
        controller = next((c for c in tok.head.children if c.dep_ == "obj" and c.i < tok.i), None)
        if controller is not None:                # "qui poussent certains à réclamer": object control
            return [subtree_order(controller)]
    if not out and shares_passive(tok):
        return []                                 # "arrêté par X, puis condamné": X did not condemn
    if not out and is_inverted_incise_clause(tok):
        return []                                 # "X a fermé ses frontières, a averti mardi Y"
    if not out and tok.dep_ in ("xcomp", "conj", "advcl") and tok.head.pos_ in ("VERB", "AUX"):
        return governor_subjects(tok.head) if tok.head.i != tok.i else []
    if not out and tok.dep_.startswith("acl") and tok.head.pos_ in ("NOUN", "PROPN") \
            and not is_past_participle_of(tok):
        out.append([tok.head.i])
    return out


# the complements by which a verb after a comma goes on with a clause of its own subject
# ("X a condamné l'attaque, a appelé Y à la retenue"), not an incise
INCISE_BLOCKING_DEPS = ("iobj", "ccomp", "xcomp", "obl:arg", "mark")


def is_inverted_incise_clause(verb) -> bool:
    """"X a fermé ses frontières, a averti mardi un responsable de Y": a finite verb group right
    after a comma or a closing quote, which the parser hung on the clause before as an adverbial
    clause with no conjunction, and whose subject, written after it, the parser took for its
    direct object: an incise that attributes the clause before to that speaker; it does not
    take the subject of the clause it attributes (verb_roles reads the object as its speaker).
    The parser makes the same incise a conjunct at times: then only the last conjunct without a
    conjunction of its own ("X a condamné A, a averti B et a promis C" is a coordination)."""
    if verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i or verb.head.i > verb.i \
            or not after_quote(verb):
        return False
    if verb.dep_ == "conj" and (any(c.dep_ == "cc" for c in verb.children) or any(
            c.dep_ == "conj" and c.i > verb.i for c in [*verb.head.children, *verb.children])):
        return False
    group = [verb, *(c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i)]
    if not any("Fin" in t.morph.get("VerbForm") for t in group):
        return False
    if any(c.dep_ in INCISE_BLOCKING_DEPS for c in verb.children):
        return False
    return any(c.dep_ == "obj" and c.i > verb.i and (names_a_speaker(c) or is_bare_weekday(c))
               for c in verb.children)


def is_bare_weekday(tok) -> bool:
    """A weekday without a determiner that the parser took for the verb's object ("..., a
    alerté mardi dans un communiqué le chef de Y"): the date of the incise, never what a verb
    of speech acts on; the speaker comes later."""
    return tok.lower_ in WEEKDAYS and not any(c.dep_ == "det" for c in tok.children)


# the lemma sets of data/event_triggers.json whose nouns name one who can speak or act (not a
# court's, contexts.court_body: a court rules, it makes no statement)
SPEAKER_CONTEXTS = ("actor_description", "person_role", "authority", "armed_body")


def names_a_speaker(tok) -> bool:
    """The noun after an incise verb names who speaks: a proper name, or a noun of a person, a
    title, an institution or a body ("un responsable de Y", "le ministère", "la police"; not a
    court), not a thing the verb acts on ("..., ont dénoncé les violences", a subject the parser lost)."""
    if tok.pos_ == "PROPN":
        return True
    lex = load_lexicon()
    words = lex.speaker_words.union(*(lex.contexts.get(k, frozenset()) for k in SPEAKER_CONTEXTS))
    return tok.pos_ == "NOUN" and bool(forms(tok) & words)


def incise_speakers(verb) -> list:
    """The speaker of an inverted incise (is_inverted_incise_clause), which the parser took for
    the verb's direct object ("..., a averti mardi un responsable de Y dans un communiqué"), as
    token indices; none for another verb."""
    if not is_inverted_incise_clause(verb):
        return []
    return [subtree_order(c) for c in verb.children if c.dep_ == "obj" and c.i > verb.i]


def governor_subjects(verb) -> list:
    """The subject(s) a verb without one of its own takes from the verb it depends on
    (subject_indices), and the subject the parser labelled passive on a verb that is not
    passive, a pronominal one ("la Turquie s'est déclarée favorable..., rejetant un appel":
    Turkey rejects; "X s'est dit prêt à condamner"), as verb_roles reads it for the verb itself."""
    out = subject_indices(verb)
    if not out and not is_passive(verb):
        out = [subtree_order(c) for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    return out


def finite_number(verb) -> set[str]:
    """The grammatical number of the verb's finite form (its auxiliary's, in a compound tense)."""
    for t in [*(c for c in verb.children if c.dep_.startswith("aux")), verb]:
        if "Fin" in t.morph.get("VerbForm"):
            return set(t.morph.get("Number"))
    return set()


def fronted_conjuncts(verb) -> list:
    """The first conjuncts of a coordinated subject that the parser hung on the verb as a bare
    adjunct ("La Ligue X, le chef de Y ainsi que Z ont salué": "Ligue" obl:mod, "chef" subject):
    a proper noun (or a capitalised noun: a name's first word) before the subject, with no
    preposition, followed by a comma, when the verb is plural and its subject singular with no
    conjunct of its own (agreement tells the
    subject is a coordination). A date ("Lundi, ...") is an adjunct."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if "Plur" not in finite_number(verb) or len(subjects) != 1:
        return []
    subject = subjects[0]
    if "Sing" not in subject.morph.get("Number") or any(c.dep_ == "conj" for c in subject.children):
        return []
    doc = verb.doc
    return [c for c in verb.children
            if c.dep_ in ("obl:mod", "obl") and c.i < subject.i
            and (c.pos_ == "PROPN" or (c.pos_ == "NOUN" and c.text[:1].isupper()))
            and case_of(c) is None and c.ent_type_ not in ("DATE", "TIME")
            and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ","]


AGENT_CASES = either_apostrophe({"par", "de", "d'"})
# the prepositions that open an adjunct of place, time or means, never a subject: a phrase the
# parser labels subject with one of them ("Dans une interview accordée à X, le président...")
# is an adjunct (French grammar: a subject takes no preposition; "de" and "des" are left out,
# being also partitive articles: "des milliers ont défilé")
ADJUNCT_PREPOSITIONS = frozenset(either_apostrophe({"dans", "sur", "sous", "selon", "lors", "pendant",
                                                    "durant", "après", "avant", "par", "pour", "avec",
                                                    "chez", "vers", "en", "à", "a", "au", "aux"}))


def is_prepositional(tok) -> bool:
    """A phrase opened by a preposition of ADJUNCT_PREPOSITIONS (its own "case" word, first in
    the phrase): an adjunct, whatever the parser labelled it."""
    return any(c.dep_ == "case" and c.lower_ in ADJUNCT_PREPOSITIONS and c.i == tok.left_edge.i
               for c in tok.children)


def hung_subjects(adjunct) -> list:
    """The names the parser hung on an adjunct that opens the clause, or on its last conjunct,
    after a comma, in apposition, as a conjunct or as a complement without a preposition ("A
    deux mois du vote, X a invité", "Selon la Maison Blanche, X a livré", "Après la Pologne et
    la Lituanie, X a condamné": X is the subject)."""
    doc = adjunct.doc
    holders = [adjunct, *(c for c in adjunct.children if c.dep_ == "conj")]
    return [a for h in holders for a in h.children if a.i > h.i
            and (a.dep_ in ("appos", "conj") or (a.dep_ == "nmod" and case_of(a) is None))
            and "," in (doc[a.left_edge.i].text, doc[a.left_edge.i - 1].text)]


def is_agent_phrase(tok) -> bool:
    """An agent of a passive is introduced by "par" (or "de"): a name the parser labels agent
    without it ("Accusé comme X de collusion", a name right after the participle) is not the
    doer."""
    return case_of(tok) in AGENT_CASES


def is_bare_past_participle(tok) -> bool:
    """A past participle without an auxiliary ("Saluée pour sa gestion, X...", "Accusé de
    fraude, X..."): passive, it says what was done to the one it qualifies."""
    return "Part" in tok.morph.get("VerbForm") and "Pres" not in tok.morph.get("Tense") \
        and not any(c.dep_.startswith("aux") for c in tok.children)


def is_past_participle_of(tok) -> bool:
    """A past participle qualifying a noun without an auxiliary ("32 Russes accusés d'être des
    mercenaires", "l'homme arrêté mardi"): the noun is the one acted on, not the doer."""
    return tok.dep_.startswith("acl") and "Part" in tok.morph.get("VerbForm") \
        and "Pres" not in tok.morph.get("Tense") \
        and not any(c.dep_.startswith("aux") for c in tok.children)


def after_quote(verb) -> bool:
    """The verb (or its auxiliary) comes right after a quote or a comma: "« ... », ont averti
    l'OMS et l'Unicef", where the subject follows the verb and the parser takes it for an
    object."""
    first = verb_group_start(verb)
    before = [t for t in verb.doc[max(verb.sent.start, first - 2):first] if not t.is_space]
    return bool(before) and before[-1].text in (",", "»", "\"", "”")


def described_in(doc, subjects, mention_tokens) -> set[int]:
    """The tokens of the subject phrases that only say whose office the subject is
    (office.described_indices: "la présidente du FN" -> the FN)."""
    out: set[int] = set()
    for indices in subjects:
        root = phrase_root(doc, indices)
        if root is None:
            continue
        # "X et le patron du parti Y se sont entretenus": each conjoined description says whose
        # office it is, as the head of the subject does
        nouns = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i in indices)]
        for noun in nouns:
            out |= whole_mentions(described_indices(noun, mention_tokens), root.sent, mention_tokens)
    return out


def undescribed(indices, described) -> list[int]:
    """The subject's tokens that may name its speaker: not those of the organization of its
    office (described_in)."""
    return [i for i in indices if i not in described]


def undergoes_governor_subject(verb) -> bool:
    """A passive infinitive with no subject or agent of its own ("X doit être jugé", "X dit
    avoir été battu"): the subject it takes from the verb it completes is the one acted on."""
    return (is_passive(verb) or is_adjectival_passive(verb)) and is_infinitive(verb) \
        and verb.dep_ in ("xcomp", "advcl", "ccomp") \
        and not any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS + AGENT_DEPS for c in verb.children)


def undergoes_with_agent(verb) -> bool:
    """A passive infinitive with an agent but no subject of its own ("X dit avoir été frappé
    par des soldats"): the agent is its doer, and the subject it takes from the verb it
    completes is still the one acted on."""
    return (is_passive(verb) or is_adjectival_passive(verb)) and is_infinitive(verb) \
        and verb.dep_ in ("xcomp", "advcl", "ccomp") and verb.head.i != verb.i \
        and any(c.dep_ in AGENT_DEPS for c in verb.children) \
        and not any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in verb.children)


def verb_roles(verb, mention_tokens, actors: dict[str, str], described=frozenset()) -> None:
    """`described`: tokens of the subject that only say whose office it is (no source)."""
    if undergoes_with_agent(verb):                # its controller: the governor's surface subject
        gov = governing_verb(verb.head)           # ("retrouvée morte après avoir été frappée")
        for indices in [] if gov is None else governor_subjects(gov) or [
                subtree_order(c) for c in gov.children if c.dep_ in PASSIVE_SUBJECT_DEPS]:
            add(actors, names_at(indices, mention_tokens), "target")
    if is_past_participle_of(verb) and verb.head.i != verb.i:
        add(actors, names_at([verb.head.i], mention_tokens), "target")
    if verb.dep_ == "advcl" and verb.i < verb.head.i and is_bare_past_participle(verb):
        for indices in subject_indices(verb.head):    # "Arrêté mardi, X a été...": X is acted on
            add(actors, names_at(indices, mention_tokens), "target")
    subjects = subject_indices(verb)
    role = "target" if undergoes_governor_subject(verb) else "source"
    for indices in subjects:
        add(actors, names_at(undescribed(indices, described), mention_tokens), role)
    inverted = not subjects and after_quote(verb) and inverted_clitic(verb) is None
    for c in verb.children:
        if inverted and c.dep_ == "obj":
            add(actors, names_at(undescribed(subtree_order(c), described), mention_tokens), "source")
            continue
        if c.dep_ in PASSIVE_SUBJECT_DEPS:
            role = "target" if is_passive(verb) else "source"   # a misparsed active subject
            add(actors, names_at(undescribed(subtree_order(c), described), mention_tokens), role)
        elif c.dep_ in OBJECT_DEPS:
            case = case_of(c)
            role = "participant" if case in PARTICIPANT_CASES else "target"
            add(actors, names_at(subtree_order(c), mention_tokens), role)


def noun_roles(noun, mention_tokens, actors: dict[str, str], other_heads=(), people=(),
               speech=False, de_patient=False, landmark=False, described=frozenset(),
               offices_of=frozenset()) -> None:
    """Roles from the noun's own complements (but the organizations of the office that names
    its doer, `offices_of`: office.doer_office_organizations). `de_patient`: its "de" complement is the one
    acted on ("l'arrestation de X": X is arrested; "par Y" still names the doer). `landmark`:
    the noun is only a landmark of time or place for its clause (landmark.is_landmark), whose
    subject does not act in it."""
    for c in noun.children:
        names = names_at(undescribed(subtree_order(c), offices_of), mention_tokens)
        if not names:
            continue
        case = case_of(c)
        direct = c.i in mention_tokens or bool(forms(c) & people) or c.dep_ == "amod"
        if c.dep_.startswith("acl") and is_verbal(c):      # "un appel lancé par X"
            for g in c.children:
                if g.dep_ in AGENT_DEPS:
                    add(actors, names_at(undescribed(subtree_order(g), offices_of), mention_tokens), "source")
            add(actors, names, "participant")
        elif speech and not direct and case in SOURCE_CASES:
            add(actors, names, "participant")   # "sa critique du livre de X": X did not speak
        elif de_patient and case in SOURCE_CASES and case != "par":
            add(actors, names, "target")
            for d in c.subtree:                   # "de X par Y" parsed with "par Y" under X
                if d.i != c.i and case_of(d) == "par":
                    add(actors, names_at(subtree_order(d), mention_tokens), "source")
        elif c.dep_ == "amod" or case in SOURCE_CASES:
            add(actors, names, "source")
        elif case in TARGET_CASES:
            add(actors, names, "target")
        else:
            add(actors, names, "participant")
    verb = noun.head
    if landmark:                                  # "X a parlé avant la grève": X is not in it
        add(actors, names_at(following_agent(noun), mention_tokens), "source")
        return
    if any(verb.i == h.i for h in other_heads):       # "X a dénoncé des tirs": X did not fire
        return
    if speech and received_speech(noun):          # "X a ignoré les mises en garde": not X's
        return
    undergoer = undergoing_verb(noun)
    if undergoer is not None:                     # "X a fait l'objet d'une enquête": X is acted on
        for indices in subject_indices(undergoer):
            add(actors, names_at(undescribed(indices, described), mention_tokens), "target")
        return
    if verb.i != noun.i and is_verbal(verb) and noun.dep_ in ("obj", "obl", "obl:arg",
                                                                   "obl:mod", "nsubj:pass"):
        for indices in subject_indices(verb) or incise_speakers(verb):
            add(actors, names_at(undescribed(indices, described), mention_tokens), "source")


def following_agent(noun) -> tuple[int, ...]:
    """The "par X" phrase right after a trigger noun that the parser attached to the verb above
    it ("après l'invasion de l'Ukraine par Y": Y invaded), as token indices."""
    verb = noun.head
    for c in verb.children:
        if c.dep_ in AGENT_DEPS and c.left_edge.i == noun.right_edge.i + 1 and case_of(c) == "par":
            return subtree_order(c)
    return ()


def mention_number(span) -> str | None:
    """'Sing' or 'Plur' for an actor mention ("les États-Unis" is plural), None if unknown."""
    if span is None:
        return None
    for t in span:
        if t.dep_ == "det" or t.i == span.start:
            if t.lower_ in ("les", "des", "aux"):
                return "Plur"
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in ("les", "des", "aux"):
        return "Plur"
    if before is not None and before.lower_ in SINGULAR_DEFINITES:
        return "Sing"
    number = span.root.morph.get("Number")
    return number[0] if number else None


DESCRIBING_DETS = {"le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces"}


def is_description(subject) -> bool:
    """A definite noun phrase that names no one ("le fondateur du parti", "le pays
    communiste", "le gouvernement"): it takes up an actor named before, as "il" does."""
    contexts = load_lexicon().contexts
    return subject.pos_ == "NOUN" and bool(title_forms(subject) & (
        contexts.get("person_role", frozenset()) | contexts.get("actor_description", frozenset()))) \
        and any(c.dep_ == "det" and c.lower_ in DESCRIBING_DETS for c in subject.children)


LATTER = {"dernier", "dernière", "derniers", "dernières"}


def is_latter(tok) -> bool:
    """"ce dernier", "cette dernière": the actor just named."""
    return tok.lower_ in LATTER and any(c.dep_ == "det" and c.lower_ in ("ce", "cette", "ces")
                                         for c in tok.children)


def inverted_clitic(verb):
    """The personal subject pronoun written after a verb of saying with a hyphen ("prévient-il",
    "regrette-t-elle", the quote tags), whatever relation the parser gave it (often none:
    "dep"): the verb's subject, so the name after it ("prévient-il au micro de X") is no
    subject written after a quote. Only verbs of saying (Lexicon.saying_verbs): the "il" of
    an impersonal verb ("me semble-t-il", "faut-il") stands for no one."""
    if not forms(verb) & load_lexicon().saying_verbs:
        return None
    return next((c for c in verb.children if c.i > verb.i and c.lower_.startswith("-")
                 and clitic(c) in PERSONAL_SUBJECTS), None)


def resolve_pronoun_subject(verb, sentence_index: int, mentions_by_sentence, doc,
                            deps=SUBJECT_DEPS, pronoun=None, persons_only=False,
                            exclude=frozenset(), speech=False) -> list[str]:
    """A personal pronoun subject ("il a effectué...") stands for the subject actor of the
    main clause before it in the sentence, or the last subject actor of the previous
    sentences that agrees with it in number ("il" is not "les États-Unis"); without an
    agreeing subject, the first agreeing actor of the two sentences before. `deps`: the
    pronoun's relations (PASSIVE_SUBJECT_DEPS: "il a été arrêté", the one acted on).
    `pronoun`: the subject to resolve, when the caller has found it ("la présidente du FN"),
    with `persons_only`: it takes up a person, named as a subject; `exclude`: names it cannot
    take up (the X of "la fille de X"); `speech`: the verb is a statement's, whose speaker is
    not one named inside a quote (unreachable_for). "ce dernier" takes up the actor named last
    (latter_referent).
    A person named beside an office in a subject ("le porte-parole du PS Jean Dupont a
    critiqué") is that subject; the organization of the office is not (office.office_subject)."""
    if pronoun is None and verb is not None:
        pronoun = next((c for c in verb.children if c.dep_ in deps
                        and (clitic(c) in PERSONAL_SUBJECTS or is_description(c) or is_latter(c))), None)
        holder = named_holder(pronoun, mentions_by_sentence.get(sentence_index, [])) \
            if pronoun is not None and pronoun.pos_ == "NOUN" else []
        if holder:
            return holder                         # "l'ancien président X": X, named in it
    if pronoun is None:
        return []
    # "« ... ce pour quoi il a été élu », a-t-il déclaré": not the quote's speaker (quote_teller.py)
    exclude = exclude | quote_tellers(
        pronoun, mentions_by_sentence.get(sentence_index, []), load_lexicon().saying_verbs,
        lambda v, subject: resolve_pronoun_subject(v, sentence_index, mentions_by_sentence, doc,
                                                   pronoun=subject, speech=True))
    if pronoun.pos_ == "NOUN" or is_latter(pronoun):
        wanted = "Plur" if "Plur" in pronoun.morph.get("Number") else "Sing"
    else:
        wanted = "Plur" if clitic(pronoun) in ("ils", "elles") else "Sing"
    unreachable = unreachable_for(doc, pronoun, speech)
    gender = pronoun_gender(pronoun) if wanted == "Sing" else None
    if gender is not None:                        # "elle" takes up no man (person_gender)
        reachable = unreachable
        unreachable = lambda m: reachable(m) or person_gender(m, mentions_by_sentence, doc) not in (None, gender)
    if is_latter(pronoun):
        return latter_referent(pronoun, sentence_index, mentions_by_sentence, doc, wanted,
                               lambda m: unreachable(m) or m.canonical_name in exclude
                               or (persons_only and m.actor_type != "person"))
    here = [m for m in mentions_by_sentence.get(sentence_index, []) if m.char_end <= pronoun.idx
            and (not persons_only or m.actor_type == "person") and m.canonical_name not in exclude
            and not unreachable(m)]
    for m in reversed(here):                      # "X a annoncé qu'elle organisait..."
        span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
        if span is not None and mention_number(span) in (None, wanted) and any(
                (t.dep_ in SUBJECT_DEPS and t.head.i != verb.i) or names_subject_beside(t, verb, pronoun)
                for t in span):
            return [m.canonical_name]
    # the one acted on taken up from the subject before, a noun of people naming no one ("Les
    # deux hommes ont été acquittés. Ils ont été libérés"): none named (events/unnamed_antecedent.py)
    if deps == PASSIVE_SUBJECT_DEPS and pronoun.pos_ == "PRON" and unnamed_antecedent(
            pronoun, sentence_list(doc), sentence_index, mention_indices(doc, mentions_by_sentence),
            load_lexicon().people, title_words()):
        return []
    # a personal pronoun or an office takes up a person: a person named beside an office noun
    # is a subject, and the organization of a (non-proxy) office is none
    people = persons_only or clitic(pronoun) in PERSONAL_SUBJECTS or bool(title_forms(pronoun) & title_words())
    # a state is the doer of a personal pronoun ("il a dénoncé") only as the subject of a
    # sentence before, never as the first name of one ("en France", "au Liban"); the one acted
    # on ("il a été arrêté") may be any actor named before
    doer = clitic(pronoun) in PERSONAL_SUBJECTS and deps == SUBJECT_DEPS
    # the speaker named by a former office ("l'ancienne ministre de X appelle") is taken up
    # from a subject only: the first name of a sentence before may be anyone she spoke of, and
    # the guidelines want a statement without a named speaker dropped (a current office keeps
    # the fallback: measured, it lost eleven judged-ok statements of the replay)
    titled = speech and deps == SUBJECT_DEPS and pronoun.pos_ == "NOUN" \
        and bool(title_forms(pronoun) & title_words()) and is_former(pronoun)
    fallback, continued = None, False
    for back in (1, 2, 3):
        prev = [m for m in mentions_by_sentence.get(sentence_index - back, [])
                if (not persons_only or m.actor_type == "person") and m.canonical_name not in exclude
                and not unreachable(m)]
        # the subject of the sentence's main clause before the subject of a clause set before
        # it ("Alors que X critique ..., Y annonce ... Il appelle": Y, not X)
        prev.sort(key=lambda m: not main_clause_subject(doc, m, pronoun))
        # a sentence whose own subject already takes up the one spoken of ("Il a répété ...
        # Il a par ailleurs déploré") names no referent for the statement's pronoun but by a
        # subject, nor do the sentences before it: their other names are whom that subject
        # spoke of or dealt with
        continued = continued or (speech and doer and continues_referent(
            sentence_at(doc, sentence_index - back), pronoun))
        for m in prev:
            span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
            if mention_number(span) not in (None, wanted):
                continue
            office = office_subject(span, proxies=False) \
                if people and span is not None and m.actor_type == "organization" else None
            if office is not None:                # "la présidente du parti X a ...": the party is
                found = office_referent(office, prev, sentence_index - back, mentions_by_sentence, doc)
                if found:
                    return found
                if clitic(pronoun) in PERSONAL_SUBJECTS and office.head.dep_ == "ROOT":
                    return [fallback] if fallback else []   # "elle": the unnamed president
                continue
            if span is not None and (in_subject(span, m, people) or (
                    people and back == 1 and m.actor_type == "person" and is_passive_subject(span))):
                return [m.canonical_name]
            if fallback is None and back < 3 and not persons_only and not titled and not continued \
                    and (not doer or m.actor_type != "country"):
                fallback = m.canonical_name       # a description takes up a subject only
    return [fallback] if fallback else []


PRONOUN_GENDERS = {"il": "Masc", "ils": "Masc", "elle": "Fem", "elles": "Fem"}


sentence_list = kept_on_the_doc("sentence_list", lambda doc: list(doc.sents))
person_genders = kept_on_the_doc("person_genders", lambda doc: {})


def mention_indices(doc, mentions_by_sentence) -> dict[int, set[int]]:
    """Sentence index -> the token indices of its actor mentions."""
    offsets = TokenOffsets(doc)
    return {k: set(mention_token_map(doc, ms, offsets)) for k, ms in mentions_by_sentence.items()}


def sentence_at(doc, index: int):
    """The `index`-th sentence of `doc` (the sentence_index of mentions and events), None out of
    range; the list is kept on the document (syntax.kept_on_the_doc)."""
    sents = sentence_list(doc)
    return sents[index] if 0 <= index < len(sents) else None


def continues_referent(sent, pronoun) -> bool:
    """The main clause of the sentence `sent` has for subject a personal pronoun of the
    same person as `pronoun` ("il" after "il", "elles" after "elles", written before its verb or
    as an inverted clitic, "a-t-il ajouté"): two subject pronouns in a row take up the same
    referent (French news prose keeps its topic as the subject; Grosz, Joshi and Weinstein 1995,
    centering: the preferred center is the subject), so the sentence's other names are not it.
    Read on the sentence itself, whether it names anyone or not ("Il a répété qu'il fallait ...
    Il a par ailleurs déploré": the first names no one, and the chain goes on through it)."""
    if sent is None:
        return False
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    inverted = inverted_clitic(root)
    if inverted is not None:
        subjects.append(inverted)
    return any(clitic(c) == clitic(pronoun) for c in subjects)


def names_subject_beside(tok, verb, pronoun) -> bool:
    """The name stands in apposition to the subject of a clause other than `verb`'s ("Le maire
    de X, Jean Dupont, a dénoncé l'acte qu'il a qualifié de ...": Jean Dupont is the subject the
    relative clause's "il" takes up, as the subject noun is): French sets a name beside the
    noun it names between commas. Only for a personal pronoun (a description, "le pays", takes up
    what it describes), agreeing in gender with that noun ("l'avocate de X, Y, affirme qu'il
    ...": "il" is not Y)."""
    head = tok.head
    if tok.dep_ != "appos" or head.i == tok.i or head.dep_ not in SUBJECT_DEPS \
            or (verb is not None and head.head.i == verb.i) or is_prepositional(head):
        return False
    wanted = PRONOUN_GENDERS.get(clitic(pronoun))
    return wanted is not None and (wanted in head.morph.get("Gender") or not head.morph.get("Gender"))


def named_holder(description, mentions) -> list[str]:
    """The person a description subject is the title of, named beside it without a preposition
    ("l'ancien président Donald Trump" -> Donald Trump): the description takes up no one
    before it. Empty when it names no one."""
    for c in description.children:
        if c.i > description.i and case_of(c) is None:
            for m in mentions:
                if m.actor_type == "person" and m.char_start <= c.idx < m.char_end:
                    return [m.canonical_name]
    return []


def latter_referent(pronoun, sentence_index, mentions_by_sentence, doc, wanted, skip) -> list[str]:
    """"ce dernier", "cette dernière" (the latter): the actor named last before it, in its
    sentence or the one before, that agrees with it in number and, when its article tells it,
    in gender ("la France" is no "ce dernier"); a nationality adjective ("le ministre français")
    names no one it takes up. `skip`: mentions it cannot take up."""
    gender = "Fem" if pronoun.lower_.startswith("dernière") else "Masc"
    for back in (0, 1):
        found = [m for m in mentions_by_sentence.get(sentence_index - back, [])
                 if (back or m.char_end <= pronoun.idx) and not skip(m)]
        for m in reversed(found):
            span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
            if span is None or span.root.pos_ == "ADJ" or span.root.dep_ == "amod":
                continue
            if mention_number(span) in (None, wanted) and mention_gender(span) in (None, gender):
                return [m.canonical_name]
    return []


def title_gender(noun) -> str | None:
    """The gender a title noun of a person shows ("le député", "l'ancienne ministre", "députée"):
    its determiner's or an agreeing adjective's (person_noun.shown_gender), else a feminine form
    apart from its lemma ("députée" of "député"); None for another noun or an epicene one alone
    ("ministre")."""
    if not title_forms(noun) & title_words():
        return None
    shown = shown_gender(noun)
    if shown is not None:
        return shown
    if "Fem" in noun.morph.get("Gender") and noun.lower_ != noun.lemma_.lower():
        return "Fem"
    return None


APPOSED = ("appos", "flat:name", "flat")


def named_gender(span) -> str | None:
    """The gender the article's words beside one mention of a person show: a title of civility
    before it ("Mme X", "M. X"; data/person_nouns.json), or a title noun it stands in apposition
    to, before it ("la députée X", "le ministre de la Santé, X") or after it, with no
    preposition ("X, ancienne ministre,"): French sets a name beside the noun it names, and the
    noun agrees with the person (Grevisse, Le Bon usage, the apposition; the feminine of
    nouns of office)."""
    doc = span.doc
    for t in (span[0], doc[span.start - 1] if span.start > 0 else None):
        if t is not None and (found := civility_gender(t.text)):
            return found
    root = span.root
    nouns = [root.head] if root.dep_ in APPOSED and root.head.i < span.start else []
    nouns += [c for c in root.children if c.dep_ in ("appos", "nmod") and c.i >= span.end
              and not any(g.dep_ == "case" for g in c.children)]
    for noun in nouns:
        if noun.pos_ == "NOUN" and (found := title_gender(noun)) is not None:
            return found
    return None


def person_gender(m, mentions_by_sentence, doc) -> str | None:
    """The gender of the person `m` names, when the article's words beside its mentions show one
    and one only (named_gender); None for an organization, a state, or a person whose gender
    nothing shows. Kept on the document by name (syntax.kept_on_the_doc)."""
    if m.actor_type != "person":
        return None
    known = person_genders(doc)
    if m.canonical_name not in known:
        shown = set()
        for ms in mentions_by_sentence.values():
            for o in ms:
                span = doc.char_span(o.char_start, o.char_end, alignment_mode="expand") \
                    if o.canonical_name == m.canonical_name else None
                if span is not None and len(span) and (found := named_gender(span)) is not None:
                    shown.add(found)
        known[m.canonical_name] = next(iter(shown)) if len(shown) == 1 else None
    return known[m.canonical_name]


def pronoun_gender(pronoun) -> str | None:
    """The gender of a singular personal pronoun or description, when it takes up no one of the
    other gender: "il", "elle", "ce dernier", "cette dernière", a feminine title ("l'ancienne
    ministre", "la députée"); a masculine title is left out, written of women too ("le
    ministre" in the older usage, Académie française)."""
    if is_latter(pronoun):
        return "Fem" if pronoun.lower_ == "dernière" else "Masc"
    if pronoun.pos_ == "NOUN":
        return "Fem" if title_gender(pronoun) == "Fem" else None
    return {"il": "Masc", "elle": "Fem"}.get(clitic(pronoun))


GENDERED_ARTICLES = {"la": "Fem", "le": "Masc", "du": "Masc", "au": "Masc"}


def mention_gender(span) -> str | None:
    """'Fem' or 'Masc' for an actor mention whose singular article tells it ("la France", "du
    Japon"), None otherwise (a person's name takes no article)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    first = span.doc[span.start]
    for t in (first, before):
        if t is not None and t.lower_ in GENDERED_ARTICLES:
            return GENDERED_ARTICLES[t.lower_]
    return None


def unreachable_for(doc, pronoun, speech=False):
    """A test of the mentions the pronoun or description cannot take up: for one outside a
    quote, the ones inside a quote (quoted.py: "« X nous a aidés », a-t-il dit" is not X); for
    a former office ("l'ancien président"), a state (office.is_former); for any, an organization
    named only as a former affiliation ("la sénatrice ex-PS", former.names_former_affiliation)."""
    outside = speech and not in_quote(doc, pronoun.idx)
    former = pronoun.pos_ == "NOUN" and is_former(pronoun)
    return lambda m: (outside and in_quote(doc, m.char_start)) or (former and m.actor_type == "country") \
        or names_former_affiliation(doc.char_span(m.char_start, m.char_end, alignment_mode="expand"), m)


def in_subject(span, m, people: bool = True) -> bool:
    """The mention is a subject, or (`people`) a person named beside an office noun that is
    one ("le porte-parole X a dit")."""
    return any(t.dep_ in SUBJECT_DEPS and not is_prepositional(t) for t in span) \
        or any(t.dep_ in ("appos", "conj") and t.head.dep_ in SUBJECT_DEPS and is_prepositional(t.head)
               and t in hung_subjects(t.head) for t in span) or (
        people and m.actor_type == "person" and office_subject(span, person=True) is not None)


def main_clause_subject(doc, m, pronoun) -> bool:
    """The mention is, or is named beside (apposition, conjunct, a name's parts), the subject
    of its sentence's main verb or of a verb conjoined to it ("X, ancien ministre, et Y ont
    dit"): the referent a subject pronoun or a description of the next sentences takes up
    first, before the subject of a clause set before it ("Alors que X critique la réforme, Y
    annonce ... Il appelle": Y). French news prose keeps its topic as the main clause's subject
    (Grosz, Joshi and Weinstein 1995, centering: the preferred center is the subject; Kameyama
    1998: the main clause's subject is preferred over the subordinate's). Not a subject inside
    a quotation, for a pronoun outside one ("Pour X, « Y n'est pas la cause »": the quote's
    clause is no topic of the article's own prose)."""
    if in_quote(doc, m.char_start) and not in_quote(doc, pronoun.idx):
        return False
    span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    while tok.dep_ in ("appos", "conj", "flat", "flat:name") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in SUBJECT_DEPS or is_prepositional(tok):
        return False
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def is_passive_subject(span) -> bool:
    """The mention is the subject of a passive verb ("X a été licencié. Il dénonce ..."): a
    person so named is the one a personal pronoun of the next sentence takes up, as the subject
    of an active verb is, before the first name of the sentence (an organization in an adjunct:
    "A la tête du service du parti X, Y a été licencié"). Only the sentence right before: further
    back, a description subject in between ("le gestionnaire a été accusé ... il s'est défendu")
    may be the one taken up."""
    return any(t.dep_ in PASSIVE_SUBJECT_DEPS and not is_prepositional(t) for t in span)


def office_referent(office, mentions, sentence_index, mentions_by_sentence, doc) -> list[str]:
    """Who an office subject ("la présidente du parti X") names: the person named beside it,
    else the person it takes up from the sentences before; never its organization."""
    for m in mentions:
        span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
        if m.actor_type == "person" and span is not None:
            beside = office_subject(span, person=True)
            if beside is not None and beside.i == office.i:
                return [m.canonical_name]
    if office.head.i == office.i:
        return []
    return resolve_pronoun_subject(office.head, sentence_index, mentions_by_sentence, doc,
                                   pronoun=office, persons_only=True)


def medium_speakers(noun, mention_tokens) -> list[str]:
    """"Dans un communiqué, l'ONU a...": a statement noun introduced by "dans" is the medium
    of the main clause's subject, however the parser attached it; hung on an inverted incise
    ("..., a averti Y dans un communiqué"), of the incise's speaker (incise_speakers)."""
    if is_verbal(noun) or case_of(noun) != "dans":
        return []
    if noun.head.i != noun.i and is_verbal(noun.head) and is_inverted_incise_clause(noun.head):
        return [n for indices in incise_speakers(noun.head) for n in names_at(indices, mention_tokens)]
    root = noun.sent.root
    return [n for indices in (subject_indices(root) if is_verbal(root) else [])
            for n in names_at(indices, mention_tokens)]


def foreign_tokens(head, other_heads) -> set[int]:
    """Tokens that belong to another trigger of the sentence (in its subtree, outside ours)."""
    mine = subtree_indices(head)
    out: set[int] = set()
    for other in other_heads:
        if other.i == head.i or head.i in subtree_indices(other):
            continue
        out |= subtree_indices(other) - mine
    return out


def reporting_source(tok) -> bool:
    """A name in a "selon X" or "d'après X" phrase ("selon Europe 1", "d'après l'AFP") reports
    the sentence; it takes no part in what it reports."""
    return any(is_reporting_phrase(a) for a in [tok, *list(tok.ancestors)[:3]])


def is_reporting_phrase(tok) -> bool:
    """A phrase opened by "selon" or "d'après" ("selon la Maison Blanche"): whom it names
    reports what the sentence tells."""
    return any(c.dep_ == "case" and (c.lower_ == "selon" or is_d_apres(c)) for c in tok.children)


def informant_indices(sent, head, etype: str | None, lex, subjects=()) -> set[int]:
    """Tokens of the "selon X" and "d'après X" phrases of the sentence ("selon la Maison
    Blanche", "selon le ministre, X"): whom they name reports what the sentence tells and takes
    no part in it. Not the trigger's own phrase ("selon l'accord entre X et Y": X and Y are its
    parties), not a subject the parser hung on the phrase (`subjects`: "Selon X, Y a livré"), and
    not the authority of a legal action or an attack, who tells what it did ("trois
    personnes ont été arrêtées, selon la police": legal.authority_words). None for a protest,
    whose count is most often given by its own organisers ("70.000 selon la CGT")."""
    if etype == "protest":
        return set()
    mine = {i for indices in subjects for i in indices}
    authority = authority_words(etype, lex)
    out: set[int] = set()
    for tok in sent:
        if is_reporting_phrase(tok) and head.i not in subtree_indices(tok) \
                and not (authority and is_authority(tok, authority)):
            out |= reporting_phrase_indices(tok) - mine
    return out


def reporting_phrase_indices(tok) -> set[int]:
    """The tokens of the "selon X" phrase headed by `tok`: from its preposition to the first
    comma ("Selon un sondage, X et Y font": X and Y are not in it, however the parser hung
    them), without its clauses ("selon la police, qui y voit la main de X"), and a name in
    apposition closed by punctuation ("selon le ministre, Andreas Geisel, ...")."""
    doc = tok.doc
    start = min(c.i for c in tok.children if c.dep_ == "case")
    comma = next((t.i for t in doc[start:tok.right_edge.i + 1] if t.text == ","), tok.right_edge.i + 1)
    out = set(range(start, comma))
    for c in doc[comma:tok.right_edge.i + 1]:
        # closed by punctuation: a subject hung there is followed by its verb instead
        closed = c.right_edge.i + 1 >= len(doc) or doc[c.right_edge.i + 1].is_punct
        if c.dep_ == "appos" and c.head.i in out and closed:
            out |= subtree_indices(c)
    return out - {i for c in tok.children if c.dep_.startswith("acl") for i in subtree_indices(c)}


def is_d_apres(case) -> bool:
    """"d'après" (according to), however the parser split it: "d'" with "après" fixed to it."""
    return case.lower_ in ("d'", "d’") and any(g.dep_ == "fixed" and g.lower_ == "après"
                                                for g in case.children)


def reporters(sent, head, lex, other_heads=()) -> set[int]:
    """Tokens of the ones who tell or comment in the sentence, and of the ones told: the
    subject (or the subject written after the verb, "expliquait le porte-parole X", "relate
    X") and the "à" complement ("a confié au Monde") of a verb of saying (contexts.assertive,
    or a statement trigger) that is neither the trigger nor above it in the parse (an incise
    or a clause beside it). They take no part in what they tell, unless
    the syntax of the trigger names them."""
    saying = lex.saying_verbs
    # "X a annoncé l'ouverture d'une enquête": X acts; but a statement trigger above it
    # comments on the event ("X a dénoncé l'arrestation de Y": X arrested no one), unless it
    # asserts it (contexts.assertive: "X a annoncé qu'il se rendrait à Y", a statement too)
    asserting = lex.contexts.get("assertive", frozenset())
    comments = {h.i for h in other_heads if h.i != head.i and not forms(h) & asserting}
    above = {a.i for a in head.ancestors} - comments
    out: set[int] = set()
    for verb in sent:
        if verb.i == head.i or verb.i in above or not is_verbal(verb) \
                or not (forms(verb) & saying):
            continue
        # the subject, or the agent of a passive ("l'arrestation a été dénoncée par la France")
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "obl:agent"]
        if not subjects and after_quote(verb):
            subjects = [c for c in verb.children if c.dep_ == "obj"]
        told = [c for c in verb.children          # "a confié au Miami Herald": the one told
                if c.dep_ in ("obl", "obl:arg", "obl:mod", "iobj") and case_of(c) in ("à", "au", "aux")]
        for c in subjects + told:
            phrase = subtree_indices(c)
            if head.i not in phrase:              # "X, en visite à Berlin, a dénoncé": X visits
                out |= phrase
        if verb.dep_ == "acl:relcl" and any(c.lower_ in RELATIVE_PRONOUNS for c in subjects):
            out |= name_indices(verb.head)        # "la France, qui a dénoncé l'arrestation"
    return out




def name_indices(tok) -> set[int]:
    """The token and the parts of its name ("Jean" and "Dupont" of "Jean Dupont"), without
    the clauses that depend on it."""
    return {tok.i} | {c.i for c in tok.children if c.dep_ in ("flat:name", "flat", "compound")}


def named_tokens(sent, mention_tokens) -> list[int]:
    """Indices of the tokens of `sent` that an actor mention covers, in order."""
    return [i for i in range(sent.start, sent.end) if i in mention_tokens]


def collect_actors(head, sent, mention_tokens, sentence_index, mentions_by_sentence,
                   other_heads=(), speech=False, named=None, de_patient=False, etype=None,
                   pronouns=None):
    """Actor name -> role for the trigger `head`. `named`: named_tokens(sent, mention_tokens),
    when the caller has them. `de_patient`: see noun_roles. `pronouns(actors, mention_tokens)`:
    adds whom the trigger's possessive or object clitic stands for, from the mentions left
    once informants and bystanders are out (events/possessor.with_possessor, which imports this
    module, so the caller passes it)."""
    actors: dict[str, str] = {}
    lex = load_lexicon()
    # a landmark keeps the names beside it for the sweep types (an election's candidates) but
    # when it ends the clause's duration ("X restera en poste jusqu'au prochain scrutin")
    landmark = is_landmark(head) if etype not in landmark_words().sweep_types else is_limit(head)
    speaker_verb = head if is_verbal(head) else (head.head if head.head.i != head.i and is_verbal(head.head)
                                                  else None)
    subjects = [] if speaker_verb is None else subject_indices(speaker_verb) + [
        subtree_order(c) for c in speaker_verb.children      # a misparsed active subject
        if c.dep_ in PASSIVE_SUBJECT_DEPS and not is_passive(speaker_verb)]
    if speaker_verb is not None and not subjects and after_quote(speaker_verb) \
            and inverted_clitic(speaker_verb) is None:
        subjects = [subtree_order(c) for c in speaker_verb.children if c.dep_ == "obj"]  # "..., a dit X"
    # whom a "selon X" phrase names, and a peer ("Comme le Japon, X a protesté"), take no part
    apart = informant_indices(sent, head, etype, lex, subjects) | peer_indices(sent, head, mention_tokens)
    apart |= locator_indices(sent, mention_tokens)   # "à Minneapolis (Etats-Unis)"
    apart |= weapon_name_indices(sent, mention_tokens)   # "des cocktails Molotov" (weapon_name.py)
    # nor does a former affiliation ("la sénatrice (ex-PS) X", "l'ancienne présidente du parti Y"):
    # in a subject it only says whose former office it is (as `described`), elsewhere it is no
    # target and is not swept (events/former.py)
    labels = former_labels(sent, mention_tokens, head) - apart
    # nor a party written as a bare label right after the noun of one person ("un député X",
    # "l'élu X", "le cadre X"): it says the person's affiliation (events/party_label.py); in a
    # subject it is set aside as the party of an office is, and the definite noun still takes
    # up its person (office_speaker); an indefinite one ("un élu X") names no one named before.
    # Not for an election: the party of a candidate runs in it (the party-for-candidate precedent)
    affiliations, unnamed = (set(), set()) if etype == "election" else party_labels(sent, mention_tokens, head)
    affiliations, unnamed = affiliations - apart, unnamed - apart
    mention_tokens = {i: ms for i, ms in mention_tokens.items() if i not in apart}
    mention_tokens = without_bystanders(head, sent, mention_tokens, etype, subjects)  # "un touriste américain"
    carers = carer_tokens(head, etype)           # who mourns an attack's victims (victim_carers.py)
    kept = without_non_parties(head, sent, mention_tokens, etype, subjects, carers)  # who tells an arrest
    # a subject that tells or judges the act is no office speaker of it either ("le président X a
    # dénoncé une fusillade": not X through "le président"), named or not ("le maire de Y a
    # expliqué, après une attaque, que...")
    told = (set(mention_tokens) - set(kept)) | teller_tokens(head, sent, mention_tokens, etype) \
        | carers
    mention_tokens = kept
    patients = [] if speaker_verb is None or not is_passive(speaker_verb) else [
        subtree_order(c) for c in speaker_verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    described = described_in(head.doc, [s for s in subjects + patients if not told & set(s)], mention_tokens) \
        | {i for s in subjects + patients for i in s if i in labels or i in affiliations}
    # a statement noun whose doer is named by an office ("l'appel du leader du parti X", "les
    # accusations portées par la présidente du parti X"): the organization only says whose office
    # (office.doer_office_organizations); the doer is the one the article names with that office
    doers = doer_offices(head, mention_tokens) if speech and not is_verbal(head) else []
    offices_of = doer_office_organizations(doers, sent, mention_tokens)
    # a meeting's partner named by an office ("a reçu le chef du parti X", "la rencontre entre Y
    # et la présidente du parti X"): the organization only says whose office (partner_office.py)
    partners = partner_office_indices(head, mention_tokens, [
        r for r in (phrase_root(head.doc, s) for s in subjects + patients) if r is not None]) \
        if etype == "meeting" else set()
    holders = partner_holders(head, mention_tokens, [m for ms in mentions_by_sentence.values() for m in ms]) \
        if partners else {}
    mention_tokens = {i: ms for i, ms in mention_tokens.items() if i not in partners}
    # whom a relative is named by ("la nièce de X a manifesté") takes no part: not X (events/kin.py);
    # `described` keeps them, to find the relative as an office holder is found
    # but for a personal pronoun subject of the trigger's clause, which may take X up ("le frère de
    # X a dit qu'elle avait entamé une grève de la faim"), and a possessive of the third person on
    # a trigger noun, which may too ("la famille de X, mort lors de son interpellation")
    kin = set() if (speaker_verb is not None and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in PERSONAL_SUBJECTS for c in speaker_verb.children)) \
        or has_third_person_possessive(head) else kin_complement_indices(sent, mention_tokens)
    mention_tokens = {i: ms for i, ms in mention_tokens.items() if i not in kin}
    # a relative clause on a statement's subject ("le maire, qui était à l'Élysée, appelle")
    # only says who the subject is: the actors it names speak no part of it, whole when the
    # parser split one of them (subject_clause.py)
    qualifiers = whole_mentions(relative_clause_indices(head.doc, subjects), sent, mention_tokens) \
        if speech else set()
    if is_verbal(head):
        verb_roles(head, mention_tokens, actors, described | qualifiers | unnamed)
    else:
        noun_roles(head, mention_tokens, actors, [h for h in other_heads if h.i != head.i],
                   lex.contexts.get("person_role", frozenset()), speech, de_patient, landmark,
                   described | qualifiers | unnamed, offices_of)
        if offices_of:
            everyone = [m for ms in mentions_by_sentence.values() for m in ms]
            for o in doers:
                beside = names_at(sorted(named_after(o, head, mention_tokens)), mention_tokens)
                holder = office_holder(o, offices_of, mention_tokens, everyone)
                add(actors, beside or ([holder] if holder else []), "source")
    for name, role in holders.items():          # the one the article names with that office
        add(actors, [name], role)
    if speech and not any(r == "source" for r in actors.values()):
        add(actors, medium_speakers(head, mention_tokens), "source")
    # a landmark ("Depuis l'attentat, le gouvernement fait face à...") takes no doer from the
    # title or description subject of the clause it dates, as from a named one (noun_roles): an
    # office holder there acts after or because of it; but for the types one attends ("avant le
    # sommet, le président a déclaré..."); a personal pronoun is still resolved
    dated = landmark and etype not in landmark_words().attended_types
    if described and not any(r == "source" for r in actors.values()):
        if not dated:
            add(actors, office_speaker(head.doc, subjects, described, mention_tokens, speaker_verb,
                                       sentence_index, mentions_by_sentence), "source")
    elif not any(r == "source" for r in actors.values()) and not (speech and received_speech(head)) \
            and not any(told & set(s) for s in subjects):
        top = head
        while not is_verbal(top) and top.dep_ in ("nmod", "conj") and top.head.pos_ == "NOUN" \
                and top.head.i != top.i:
            top = top.head                        # "il a effectué une série de tests"
        verb = head if is_verbal(head) else (top.head if is_verbal(top.head) else None)
        said = verb is not None and (bool(told & {i for s in subject_indices(verb) for i in s}) or (
            dated and any(c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON" for c in verb.children)))
        if not judged_by(head, sent, etype, verb) and not said:   # "Il a dénoncé une fusillade": not him
            taken = resolve_pronoun_subject(verb, sentence_index, mentions_by_sentence,
                                            head.doc, speech=speech)
            if etype == "election":               # "il a participé à la primaire": not the Assembly
                taken = election_referents(taken, False, mentions_by_sentence, lex)
            add(actors, taken, "source")
    if is_verbal(head) and is_passive(head) and not any(r == "target" for r in actors.values()):
        taken = resolve_pronoun_subject(head, sentence_index, mentions_by_sentence, head.doc,
                                        PASSIVE_SUBJECT_DEPS)
        if etype == "election":                   # "il a été élu": a person (events/election.py)
            taken = election_referents(taken, True, mentions_by_sentence, lex)
        add(actors, taken, "target")
    if pronouns is not None:                      # "sa rencontre avec X", "l'a arrêté"
        pronouns(actors, mention_tokens)
    foreign = foreign_tokens(head, other_heads) | reporters(sent, head, lex, other_heads) | described | labels \
        | affiliations | unnamed \
        | qualifiers | partners | offices_of | (office_complements(sent, mention_tokens)   # "la patronne du parti X ... a déposé plainte"
                        if lex.type_options.get(etype, {}).get("personal_act") else set())
    named = named_tokens(sent, mention_tokens) if named is None else named
    # a medium named elsewhere in the sentence reports, shows or hosts the happening; it takes
    # part only through the trigger's own syntax ("BFMTV a révélé que X avait été arrêté"); so
    # does a name the sentence calls a medium or a journalist ("le quotidien X": press_named.py)
    media = lex.media_names
    described_media = press_named(sent, mention_tokens)
    if described_media:
        media = FoldedNames(media | described_media)
    # a landmark ("X a parlé après l'attentat de Nice") takes from the sentence only the
    # countries, where it took place
    sweepable = [i for i in named if not landmark or is_country(i, mention_tokens)]
    if etype == "protest":                        # "des manifestations pour X": X is the cause
        cause = beneficiary_indices(head)
        sweepable = [i for i in sweepable if i not in cause]
        elsewhere = set(names_at([i for i in named if i not in cause], mention_tokens))
        for name in names_at(sorted(cause), mention_tokens):
            # any role when named only there ("une manifestation de soutien à X": X read as
            # the source through the noun's complements)
            if actors.get(name) in ("target", "participant") or (name in actors and name not in elsewhere):
                del actors[name]
    # who says or thinks the clause that holds the trigger ("X affirme que ... l'aide"): other_clause.py
    foreign = foreign | teller_subjects(head, etype)
    swept = names_at([i for i in sweepable if i not in foreign and not reporting_source(head.doc[i])],
                     mention_tokens)
    add(actors, [n for n in swept if n not in media], "participant")
    # read at the root of each mention, and shared by the media listed after one ("sur A/B/C")
    hosting = hosting_media(sent, mention_tokens, media, lambda tok: is_core_argument(tok, head))
    present = set(names_at(named, mention_tokens))
    for name in [n for n in actors if n in media]:
        if name in hosting or name not in present:
            del actors[name]
    for name in set(names_at(sorted(labels), mention_tokens)) - set(names_at(
            [i for i in named if i not in labels], mention_tokens)):
        if actors.get(name) in ("target", "participant"):
            del actors[name]                      # "a rencontré l'ex-député PS X": not the PS
    both = affiliations | unnamed
    for name in set(names_at(sorted(both), mention_tokens)) - set(names_at(
            [i for i in named if i not in both], mention_tokens)):
        actors.pop(name, None)                    # "démentie par le cadre X": not X
    return actors


def office_speaker(doc, subjects, described, mention_tokens, verb, sentence_index,
                   mentions_by_sentence) -> list[str]:
    """The person an office or relation description stands for ("la présidente du FN", "la
    fille de X"): the one the article names with that office (office.office_holder), else the
    person the description takes up, as a pronoun would be resolved; never one it names in
    its complement (X)."""
    mentions = [m for ms in mentions_by_sentence.values() for m in ms]
    for indices in subjects:
        root = phrase_root(doc, indices)
        if root is None or not described & set(indices):
            continue
        holder = office_holder(root, described, mention_tokens, mentions) \
            if is_office(root, mention_tokens) else None
        if holder:
            return [holder]
        return resolve_pronoun_subject(verb, sentence_index, mentions_by_sentence, doc,
                                       pronoun=root, persons_only=True,
                                       exclude=frozenset(names_at(sorted(described), mention_tokens)))
    return []


def is_country(i: int, mention_tokens) -> bool:
    return any(m.actor_type == "country" for m in mention_tokens.get(i, ()))


# The complements through which a medium takes part in the trigger's happening: its subject
# ("Le Monde a porté plainte"), the one acted on ("ils ont attaqué Charlie Hebdo", "l'attaque
# contre Charlie Hebdo") or the noun's own complement ("la perquisition de Mediapart"). A medium
# reached any other way ("selon RTL", "a déclaré sur France 2", "dans un entretien au JDD",
# "révélé par Le Canard enchaîné") reports, shows or hosts the happening.
CORE_DEPS = frozenset({*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS, "obj", "obl:agent", "appos", "conj"})
REPORTING_CASES = frozenset({"selon", "à", "au", "aux", "dans", "sur", "auprès", "sous", "pour",
                             "devant", "d'après", "d’après"})


def is_core_argument(tok, head) -> bool:
    """Whether `tok` stands in a core argument of the trigger `head` (see CORE_DEPS). A medium
    whose own phrase, deeper in that argument, is opened by a preposition of reporting ("La
    tribune, publiée dans X, met en garde", "l'élu, invité sur X, dénonce") only publishes or
    hosts the words of the argument's head: it is no core argument either."""
    child = tok
    while child.head.i != child.i and child.head.i != head.i:
        if reported_through(child):
            return False
        child = child.head
    if child.head.i != head.i or child.i == head.i:
        return tok.i == head.i
    if child.dep_ in CORE_DEPS:
        return True
    if child.dep_.startswith(("nmod", "obl")):
        case = case_of(child)
        return case not in REPORTING_CASES and not is_d_apres_phrase(child)
    return False


def reported_through(tok) -> bool:
    """`tok` heads a phrase opened by a preposition of reporting (REPORTING_CASES, "d'après")."""
    return tok.dep_.startswith(("nmod", "obl")) and (
        case_of(tok) in REPORTING_CASES or is_d_apres_phrase(tok))


def is_d_apres_phrase(tok) -> bool:
    return any(c.dep_ == "case" and is_d_apres(c) for c in tok.children)
