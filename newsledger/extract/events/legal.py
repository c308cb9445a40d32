"""Legal actions and attacks: the other senses of their words, and who takes no part in them.

- Other senses and no happening (one hook in constraints.rule_accepts, `other_sense`): a
  trigger right after "au lieu de" or "plutôt que" ("au lieu d'une libération"); an attack verb
  that needs a word of arms around it, whose target is a person or a title, and with no word of
  arms in its own phrase ("le président a attaqué de front son homologue"): an attack in words;
  a trigger of questioning ("interpeller") with a chamber, or a member of a chamber or a party
  as its agent ("le ministre, interpellé au Sénat"), or a person who is no authority of an
  arrest as its doer ("interpellé par un passant": events/accosted.py): questioned, not arrested; a trigger noun
  that is the object of a verb with which it makes an idiom of speech ("faire le procès des
  médias"); a legal action only promised or put off ("a promis la libération de", "la
  libération a été reportée": events/legal_suspect.py).
- No part (one hook in participants.collect_actors, `without_non_parties`): who tells or believes
  a legal action or an attack with a verb of reporting above the trigger or beside it ("X a
  indiqué à Y qu'une enquête est en cours", "l'agence X a rapporté l'arrestation de...", "...,
  relate X", an incise closing the sentence however parsed, "... rapporte la chaîne X.", an
  incise whose subject follows it, "..., a confirmé une porte-parole", with the quote before it
  parsed as an adjunct, a subject or a conjunct), who tells it in a participle that qualifies
  the trigger ("une arrestation confirmée par X"), a spokesman of the authority ("le
  porte-parole de la police, X": X, not the police), who
  judges it with a verb of judging ("X a dénoncé une fusillade") or as the agent of a passive
  verb of reporting or judging ("l'arrestation de Y a été rapportée par X"), or with the trigger
  in a subordinate clause of another subject beside it ("Alors
  que X venait d'être mis en examen, Y a rappelé que..."), who tells, judges or announces
  something else with the act as its backdrop or its landmark of time or place ("X expliquait,
  après une attaque à Y, que...", "alors que deux personnes ont été blessées dans l'attaque, X a
  annoncé que..."), and the one told, unless the
  trigger's syntax makes them its doer ("X a dit avoir arrêté"), a pronoun or possessive of the
  trigger may stand for them ("X affirme que la police l'a arrêtée") or they are the authority
  of the act (a court, the police, the authorities; for an attack, armed forces); the victim of
  a crime named beside a legal action against others ("quatre personnes mises en examen après
  l'agression de X"); a country named by the city where the bar sits ("le bâtonnier de Paris");
  when the one acted on is unnamed ("plusieurs personnes ont été arrêtées"), the names outside
  the trigger's own phrase (events/legal_crowd.py); the names in what someone is suspected or
  accused of ("suspecté d'être lié au groupe X": events/legal_suspect.py); where someone comes
  from ("originaires du Sénégal, ils ont été placés en détention": events/origin.py) or where they
  work or study ("une chercheuse du CNRS a été arrêtée": events/origin.py); whose time in
  office dates it ("condamné sous le mandat de X": events/period.py); the lawyer
  of someone, unless the trigger's subject, agent or the one acted on ("son avocat X a dit
  que...": events/lawyers.py); who wrote or published the text the act is told in ("dans un
  article de X, il est question d'une plainte": events/writing_author.py); who acts on the victims
  of an attack ("X, avocat des victimes de l'attentat": events/victim_carers.py); the case a legal
  action other than an inquiry is part of ("mis en examen dans l'affaire X": events/legal_case.py);
  the victim named as the object of a verb of harming, the complement of a culprit or the one
  struck ("l'acquittement des policiers qui avaient abattu X", "le meurtrier de X":
  events/crime_victims.py).
- Appeals (`is_appealed`, read by constraints.is_court_sentence and reference.irrealis): the noun
  an appeal is lodged against ("X a fait appel de sa condamnation") names a court ruling.
Word classes in data/legal.json, with their sources."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from newsledger.extract.events.accosted import accosted
from newsledger.extract.events.crime_victims import victim_names
from newsledger.extract.events.landmark import opens_landmark
from newsledger.extract.events.lawyers import lawyer_names
from newsledger.extract.events.legal_case import case_names
from newsledger.extract.events.legal_crowd import crowd_outsiders
from newsledger.extract.events.legal_suspect import is_unrealised, suspicion_names
from newsledger.extract.events.lexicon import Lexicon, TriggerRule, load_lexicon
from newsledger.extract.events.origin import employer_names, origin_names
from newsledger.extract.events.period import period_names
from newsledger.extract.events.syntax import (A_CASES, CLAUSE_DEPS, DE_CASES, PASSIVE_SUBJECT_DEPS, QUE_FORMS,
                                             SUBJECT_DEPS, case_of, forms, is_infinitive, is_passive,
                                             is_past_participle,
                                             is_verbal, speaking_clause, subtree_indices)
from newsledger.extract.events.victim_carers import carer_indices
from newsledger.extract.events.writing_author import author_names
from newsledger.resources import data_dir

LEGAL_PATH = data_dir("newsledger.extract") / "legal.json"


@dataclass(frozen=True)
class LegalWords:
    reporting: frozenset[str]
    judging: frozenset[str]
    victim_nouns: frozenset[str]
    questioning: frozenset[str]
    idiom_governors: dict
    manner_idioms: frozenset[str]
    seat_nouns: frozenset[str]
    announcing: frozenset[str]
    harmed: frozenset[str]
    origin: frozenset[str]
    lawyers: frozenset[str]
    tribute: frozenset[str]
    writing: frozenset[str]
    reporting_idioms: dict
    period_nouns: frozenset[str]
    employment: frozenset[str]
    employment_phrases: frozenset[tuple[str, ...]]
    case_nouns: frozenset[str]
    inquiry_nouns: frozenset[str]
    spokesman_nouns: frozenset[str]


@lru_cache(maxsize=1)
def legal_words() -> LegalWords:
    data = json.loads(LEGAL_PATH.read_text(encoding="utf-8"))
    return LegalWords(frozenset(data["reporting_verb"]), frozenset(data["judging_verb"]),
                      frozenset(data["victim_noun"]),
                      frozenset(data["questioning_trigger"]),
                      {k: frozenset(v) for k, v in data["idiom_governor"].items()},
                      frozenset(data["manner_idiom"]), frozenset(data["seat_noun"]),
                      frozenset(data["announcing_verb"]), frozenset(data["harmed_noun"]),
                      frozenset(data["origin_word"]), frozenset(data["lawyer_noun"]),
                      frozenset(data["tribute_noun"]), frozenset(data["writing_noun"]),
                      {k: frozenset(v) for k, v in data["reporting_idiom"].items()},
                      frozenset(data["period_noun"]), frozenset(data["employment_noun"]),
                      frozenset(tuple(p.split()) for p in data["employment_phrase"]),
                      frozenset(data["case_noun"]), frozenset(data["inquiry_noun"]),
                      frozenset(data["spokesman_noun"]))


# ---- other senses -------------------------------------------------------------------------

ARMS_SETS = ("violence", "weapon", "arms", "military", "armed_body", "beating",   # beating: blows, clubs
             "security_agent")                                             # police, soldiers as doers
OWN_DEPS = ("obj", "iobj", "obl", "obl:arg", "obl:mod", "obl:agent", "nsubj", "nsubj:pass", "xcomp")


def other_sense(rule: TriggerRule, tok, lex: Lexicon, mention_tokens) -> bool:
    """Whether `tok` fires `rule` in another sense than a legal action or an armed attack."""
    if rule.event_type not in ("attack", "legal_action"):
        return False
    if instead_of(tok):
        return True
    if rule.event_type == "attack":
        return "context" in rule.options and attacked_in_words(tok, lex, mention_tokens)
    return questioned(tok, lex, mention_tokens) or in_speech_idiom(tok) or is_unrealised(tok)


# what may stand between "au lieu" / "plutôt" and the trigger's phrase
SUBSTITUTE_LINKS = {"de", "d'", "d’", "du", "des", "que", "qu'", "qu’"}


def instead_of(tok) -> bool:
    """The trigger's phrase comes right after "au lieu de" or "plutôt que" ("au lieu d'une
    libération", "plutôt que de les arrêter"): what was not done in place of what was."""
    doc, i = tok.doc, tok.left_edge.i
    while i > 0 and doc[i].lower_ in SUBSTITUTE_LINKS | {"une", "un", "les", "le", "la", "l'", "l’"}:
        i -= 1
    before = [t.lower_ for t in doc[max(0, i - 1):i + 1]]
    return before == ["au", "lieu"] or before[-1:] == ["plutôt"]


def is_person(tok, lex: Lexicon, mention_tokens) -> bool:
    """A person actor, or a noun of a title or role ("son homologue", "la ministre")."""
    return any(m.actor_type == "person" for m in mention_tokens.get(tok.i, ())) \
        or bool(forms(tok) & lex.contexts.get("person_role", frozenset()))


def own_words(verb):
    """The words of the verb's own arguments (subject, objects, complements), without their
    clauses; a bare manner noun after "de" ("de front") left out."""
    manner = legal_words().manner_idioms
    for c in verb.children:
        if c.dep_ not in OWN_DEPS:
            continue
        if case_of(c) in DE_CASES and c.lower_ in manner and not any(g.dep_ == "det" for g in c.children):
            continue
        yield from phrase_words(c)


def phrase_words(tok):
    """The words of the phrase of `tok` without its clauses ("X, qui critique l'Otan": X)."""
    yield tok
    for c in tok.children:
        if c.dep_ not in CLAUSE_DEPS and c.dep_ != "acl":
            yield from phrase_words(c)


def attacked_in_words(verb, lex: Lexicon, mention_tokens) -> bool:
    """An attack verb whose armed sense needs a word of arms near it ("attaquer"), whose object
    (or passive subject) is a person or a title, with no word of arms, weapons or armed bodies in
    its own arguments ("le président a attaqué de front son homologue pour avoir jugé..."):
    an attack in words (Verb∋Net judgment-33), not with arms."""
    if not is_verbal(verb):
        return False
    deps = ("obj",) + (PASSIVE_SUBJECT_DEPS if is_passive(verb) else ())
    attacked = [c for c in verb.children if c.dep_ in deps]
    if not attacked or not all(is_person(c, lex, mention_tokens) for c in attacked):
        return False
    arms = frozenset().union(*(lex.contexts.get(n, frozenset()) for n in ARMS_SETS))
    return not any(forms(t) & arms for t in own_words(verb))


CHAMBER_CASES = {"à", "au", "aux", "devant", "dans"}


def questioned(tok, lex: Lexicon, mention_tokens) -> bool:
    """"interpeller" questioning someone: a complement of place naming a chamber ("interpellé au
    Sénat", "à l'Assemblée"), or an agent or subject that is a chamber, a member of one or a party
    ("interpellé par un député"). Not a "sur" complement alone ("interpellé sur un trottoir")."""
    words = legal_words()
    if not forms(tok) & words.questioning:
        return False
    if accosted(tok, lex, mention_tokens):       # "interpellé par un passant" (events/accosted.py)
        return True
    chamber = lex.contexts.get("legislature", frozenset())
    for c in tok.children:
        case = case_of(c)
        if not (c.dep_.startswith(("obl", "nmod")) or c.dep_ in SUBJECT_DEPS):
            continue
        if not (case in CHAMBER_CASES or case == "par" or c.dep_ in SUBJECT_DEPS or c.dep_ == "obl:agent"):
            continue
        if forms(c) & chamber or any(m.canonical_name in lex.party_names for m in mention_tokens.get(c.i, ())):
            return True
    return False


def in_speech_idiom(noun) -> bool:
    """A trigger noun that is the object of a verb with which it is an idiom of speech ("faire le
    procès des médias": to condemn them in words)."""
    verbs = next((v for f in forms(noun) for k, v in legal_words().idiom_governors.items() if f == k), None)
    return bool(verbs) and noun.dep_ == "obj" and noun.head.i != noun.i and bool(forms(noun.head) & verbs)


# ---- appeals --------------------------------------------------------------------------------

def is_appealed(noun, lex: Lexicon) -> bool:
    """The noun is what an appeal is lodged against: the "de" complement of a noun of
    contexts.trial_stage ("l'appel de sa condamnation", "interjeter appel du jugement"), or the
    "de" complement of the verb whose object that noun is ("X a fait appel de sa condamnation",
    however the parser hangs it). One appeals a court's decision, not a speech: the noun names
    a court ruling, and the appeal lodged is itself a legal action (eval/GUIDELINES.md)."""
    if noun.pos_ != "NOUN" or case_of(noun) not in DE_CASES or noun.head.i == noun.i:
        return False
    stages = lex.contexts.get("trial_stage", frozenset())
    gov = noun.head
    if noun.dep_ == "nmod":
        return bool(forms(gov) & stages)
    return noun.dep_.startswith("obl") and is_verbal(gov) and any(
        c.dep_ == "obj" and forms(c) & stages for c in gov.children)


# ---- parties -------------------------------------------------------------------------------

AUTHORITY_SETS = {"legal_action": ("court", "court_body", "authority"),
                  "attack": ("armed_body", "military")}
# the relations of what a reporting verb tells: its object, its clause or infinitive, a clause
# the parser hung beside it; not who tells ("confie X, un employé qui a été interpellé": the
# teller's own arrest) nor when or where ("a écrit ... au moment de son arrestation")
TOLD_DEPS = ("obj", "ccomp", "xcomp", "advcl", "parataxis", "conj", "csubj", "obl:arg")


def is_told(top, verb) -> bool:
    """The phrase under the reporting verb `verb` that holds the trigger is what it tells: one of
    TOLD_DEPS, or any phrase opened by "que" (the parser may hang "qu'une enquête est en cours" as
    an adjunct, and "que" as a pronoun); not a participle clause before the verb, which qualifies
    the teller ("Interpellé par la police, X aurait confié que..."), nor an adverbial clause
    with a conjunction of its own ("X s'est dit limité, tandis que Y affirme...")."""
    if top.left_edge.lower_ in QUE_FORMS:           # not "alors que", "parce que"
        return True
    if told_before_incise(top, verb):
        return True
    if top.dep_ == "advcl" and (top.i < verb.i or any(c.dep_ == "mark" for c in top.children)):
        return False                                # "tandis que X affirme", "pour faire"
    return top.dep_ in TOLD_DEPS or is_told_passive(top, verb)


def inverted_conjunct(verb, head) -> bool:
    """A verb the parser hung as a conjunct after the trigger with no conjunction of its own and
    with a nominal subject after it ("« ... ont porté plainte » pour agression, a confirmé une
    porte-parole"): an incise of reporting, as a parataxis is; not after words in the first
    person ("« ... ma plainte ... », a réagi X": the speaker's own case, first_person_before)."""
    return verb.dep_ == "conj" and verb.i > head.i and not any(c.dep_ == "cc" for c in verb.children) \
        and any(c.dep_ in SUBJECT_DEPS and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children) \
        and not first_person_before(verb)


def first_person_before(verb) -> bool:
    """A personal pronoun or a possessive of the first person before `verb` in its sentence ("je",
    "nous", "ma", "notre"): the quote an incise closes speaks of the speaker's own doings."""
    return any("1" in t.morph.get("Person") and ("Prs" in t.morph.get("PronType") or "Yes" in t.morph.get("Poss")
                                                  or t.pos_ == "PRON")
               for t in verb.sent if t.i < verb.i)


def told_before_incise(top, verb) -> bool:
    """The reporting verb is a finite incise whose nominal subject follows it ("..., a confirmé
    une porte-parole de la police", "..., a indiqué le ministre X") and the phrase that holds the
    trigger is a clause with a subject of its own, or a noun phrase, wholly before the verb, which
    the parser hung as an adjunct clause or as another subject: the words it tells. Not a
    participle clause with no subject ("Interpellé par la police, X aurait confié..."), which
    qualifies the teller; not after words in the first person (first_person_before)."""
    if "Fin" not in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children):
        return False
    if top.right_edge.i >= verb.i or any(c.dep_ == "mark" for c in top.children):
        return False
    speaker = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")]
    if not speaker or first_person_before(verb):
        return False
    if top.dep_ == "advcl":
        return is_verbal(top) and any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in top.children)
    return top.dep_ in SUBJECT_DEPS and top.pos_ in ("NOUN", "PROPN")


def reports_by_idiom(verb, idioms: dict) -> bool:
    """The verb makes a phrase of reporting with its bare noun object (data reporting_idiom:
    "X a fait état de l'arrestation de Y", "X a rendu compte de l'enquête")."""
    nouns = frozenset().union(*(idioms.get(f, frozenset()) for f in forms(verb)))
    return bool(nouns) and any(c.dep_ == "obj" and c.lower_ in nouns
                               and not any(g.dep_ == "det" for g in c.children) for c in verb.children)


def is_told_passive(top, verb) -> bool:
    """The phrase that holds the trigger is the passive subject of the reporting or judging verb
    ("son arrestation a été dénoncée par X", "l'enquête a été révélée par X"): X, its agent,
    tells it."""
    return top.dep_ in PASSIVE_SUBJECT_DEPS and is_passive(verb)


def is_backdrop(top) -> bool:
    """The phrase under a reporting verb that holds the trigger is an adverbial clause with a
    conjunction and a subject of its own that is no personal pronoun ("Alors que X venait d'être
    mis en examen, Y a rappelé que..."): the backdrop of what the teller says, a happening of
    another, in which the teller takes no part ("Alors qu'il venait d'être arrêté, Y a dit..."
    is left: "il" may be Y)."""
    if top.dep_ != "advcl" or not any(c.dep_ == "mark" for c in top.children):
        return False
    subjects = [c for c in top.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS]
    return bool(subjects) and not any(c.pos_ == "PRON" for c in subjects)


def is_place(tok, mention_tokens) -> bool:
    """A place: a place entity of the model or a country actor ("à Leidschendam")."""
    return tok.ent_type_ in ("LOC", "GPE") or any(
        m.actor_type == "country" for m in mention_tokens.get(tok.i, ()))


def authority_words(etype: str | None, lex: Lexicon) -> frozenset[str]:
    """The words of the authority of a legal action (a court, the police, the authorities) or
    an attack (armed forces); none for the other types."""
    return frozenset().union(*(lex.contexts.get(n, frozenset()) for n in AUTHORITY_SETS.get(etype, ())))


def is_authority(phrase, words: frozenset[str]) -> bool:
    """The phrase's head, a word in apposition to it or a word of its chain of complements and
    adjectives is a word of the authority of the act ("la police britannique", "le procureur de
    Paris X", "le ministre de la Justice", "la présidente de la chambre du tribunal"); not the
    complement of a word in apposition ("X, porte-parole de la police": a spokesman)."""
    if any(forms(c) & words for c in phrase.children if c.dep_ in ("appos", "flat:name", "flat")):
        return True
    stack = [phrase]
    while stack:
        t = stack.pop()
        if forms(t) & words:
            return True
        stack.extend(c for c in t.children if c.dep_ in ("nmod", "amod"))
    return False


def controls(path) -> bool:
    """The verbs between the trigger and the reporting verb are infinitives (or past participles
    of an infinitive auxiliary) and no "que" clause opens on the way ("X a dit avoir arrêté Y",
    "X dit avoir ouvert une enquête", "a dit avoir ordonné à Y d'abattre"): the teller tells of
    an act of their own, or of one they ordered."""
    verbs = [t for t in path if is_verbal(t)]
    return bool(verbs) and all(is_infinitive(v) for v in verbs) and not any(
        c.dep_ == "mark" and c.lower_ in QUE_FORMS for t in path for c in t.children)


def telling_verbs(head, sent) -> list:
    """(verb, the phrase under it that holds the trigger) for every verb of reporting or judging
    above `head` in `sent` that tells or judges its happening (is_told, is_backdrop), or that
    tells, judges or announces something else with the happening as its backdrop or its
    landmark of time or place (is_backdrop, landmark.opens_landmark: "X expliquait, après une
    attaque à Y, que...", "alors que deux personnes ont été blessées dans l'attaque, X a annoncé
    que..."), not through infinitives of the teller's own act (controls) nor when the told
    complement may name the teller again (beside_told_names_back: "après l'attaque, X a
    affirmé que ses troupes...")."""
    words = legal_words()
    reporting = words.reporting | words.judging
    path, verbs = [], []
    cur = head
    while cur.head.i != cur.i and sent.start <= cur.head.i < sent.end:
        path.append(cur)
        cur = cur.head
        if not is_verbal(cur) or controls(path):
            continue
        top = path[-1]
        says = bool(forms(cur) & reporting) or reports_by_idiom(cur, words.reporting_idioms)
        if says and (is_told(top, cur) or is_backdrop(top)):
            verbs.append((cur, top))
        elif forms(cur) & (reporting | words.announcing) and (is_backdrop(top) or opens_landmark(top)) \
                and not beside_told_names_back(cur, top):
            verbs.append((cur, top))
    return verbs


THIRD_POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}


def beside_told_names_back(verb, top) -> bool:
    """A clause under `verb`, outside its subject (and wherever the parser hung it, inside `top`
    too), has a subject that is a personal pronoun of the third person or holds a possessive of
    the third person ("après l'attaque, X a affirmé que ses troupes avaient pris la ville", "...
    qu'il avait frappé"): the teller may tell of the act as their own."""
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS:
            continue
        for t in c.subtree:
            if t.dep_ not in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS:
                continue
            if (t.pos_ == "PRON" and "3" in t.morph.get("Person") and t.morph.get("PronType") in ([], ["Prs"])) \
                    or any(d.lower_ in THIRD_POSSESSIVES for d in t.children if d.dep_ in ("det", "nmod:poss")):
                return True
    return False


def judged_by(head, sent, etype: str | None, verb) -> bool:
    """Whether `verb` is a verb of judging (data judging_verb) that judges the legal action or
    attack of `head` (telling_verbs), with no pronoun or possessive of the trigger that may stand
    for its subject: the person a pronoun subject of `verb` stands for takes no part ("Il a
    dénoncé une fusillade"). Not a verb of reporting: a pronoun may take up the authority that
    tells of its own act ("le parquet a annoncé qu'il confirmait le classement d'une enquête"),
    which a name would show (is_authority) and a pronoun does not."""
    return etype in AUTHORITY_SETS and verb is not None and bool(forms(verb) & legal_words().judging) \
        and not pronoun_persons(head) and any(v.i == verb.i for v, _ in telling_verbs(head, sent))


def reporters(head, sent, lex: Lexicon, etype: str, mention_tokens=()) -> set[int]:
    """Tokens of who tells, explains or believes the happening of `head` with a reporting verb
    above it, and of the one told ("à X"), unless the teller is its doer (controls) or its
    authority (the one told: not a place, "à Leidschendam"); the speaker of an incise of reporting
    beside it ("..., relate X", whom the parser may take for an object). Not when a pronoun or a
    possessive of the trigger may stand for the teller: any, under a verb of reporting ("X
    affirme que la police l'a arrêté", "X a évoqué son procès"); one of the first person, in a
    quote before an incise ("« ils m'ont arrêté », raconte X"). A present participle, a gerund or
    an infinitive of reporting with no subject of its own tells through its governor's subject
    ("X plaide pour une riposte, rappelant qu'il y a eu huit attentats": syntax.speaking_clause)."""
    words = legal_words()
    authority = authority_words(etype, lex)
    verbs = telling_verbs(head, sent)
    out: set[int] = set()
    persons = pronoun_persons(head)
    for a in [head, *head.ancestors]:               # "..., relate X": an incise
        for c in a.children:
            if (c.dep_ == "parataxis" or inverted_conjunct(c, head)) and is_verbal(c) and forms(c) & words.reporting \
                    and head.i not in subtree_indices(c) and "1" not in persons:
                out |= tellers(c, head, authority, mention_tokens, ("obj",))
    if "1" not in persons:                          # "..., rappelle le site X" misparsed
        out |= closing_incise(head, sent, words.reporting, authority)
    for c in head.children:                         # "une arrestation confirmée par X"
        if c.dep_ == "acl" and is_past_participle(c) and forms(c) & (words.reporting | words.announcing):
            out |= told_by_participle(c, authority)
    for verb, top in verbs:
        passive = is_told_passive(top, verb)
        # a possessive in a passive subject does not take up its agent ("son arrestation a
        # été dénoncée par X": X did not denounce an arrest of their own); a pronoun may
        if persons and not (passive and not pronoun_persons(head, possessives=False)):
            continue
        agent = ("obl:agent",) if passive else ()
        out |= tellers(speaking_clause(verb), head, authority, mention_tokens, agent)
    return out


INCISE_BLOCKERS = ("PRON", "SCONJ", "CCONJ", "ADP", "DET")


def closing_incise(head, sent, reporting: frozenset[str], authority: frozenset[str]) -> set[int]:
    """Tokens of the speaker of an incise that closes the sentence after the trigger, whatever
    the parser made of it ("..., rappelle le site X.", "... de l'ancien restaurant rapporte la
    chaîne X."): a finite verb of reporting in the third person, not after a pronoun, a
    conjunction or a preposition ("qu'a rapporté X", "comme le rapporte X" are left to the
    parse), followed to the end of the sentence by a noun phrase with no verb, which is its
    subject; not the authority of the act."""
    tokens = [t for t in sent if not t.is_punct]
    for k, verb in enumerate(tokens):
        if verb.i <= head.i or verb.pos_ != "VERB" or not forms(verb) & reporting:
            continue
        if "Fin" not in verb.morph.get("VerbForm") or verb.morph.get("Person") not in ([], ["3"]):
            continue
        rest = tokens[k + 1:]
        before = tokens[k - 1] if k else None
        if not rest or before is None or before.pos_ in INCISE_BLOCKERS or before.pos_ == "AUX":
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in rest) or not any(t.pos_ in ("PROPN", "NOUN") for t in rest):
            continue
        return set() if any(forms(t) & authority for t in rest) else {t.i for t in rest}
    return set()


ARGUMENT_DEPS = ("obj", "iobj", "nsubj", "nsubj:pass")


def pronoun_persons(head, possessives: bool = True) -> set[str]:
    """The persons ("1", "2", "3") of the personal pronouns that are the trigger's arguments and
    of its possessive determiner ("la police l'a arrêté", "son arrestation", "ils m'ont arrêté"):
    the teller may be the one they stand for. `possessives`: False leaves the determiner out."""
    out: set[str] = set()
    for c in head.children:
        pronoun = c.dep_ in ARGUMENT_DEPS and c.pos_ == "PRON" and c.lower_ != "on" and (
            "Prs" in c.morph.get("PronType") or (c.morph.get("Person") and not c.morph.get("PronType")))
        if pronoun or (possessives and c.dep_ == "det" and "Yes" in c.morph.get("Poss")):
            out.update(c.morph.get("Person") or ["3"])
    return out


def tellers(verb, head, authority, mention_tokens, speaker_deps=()) -> set[int]:
    """Tokens of the subject of the reporting verb `verb` (or of its `speaker_deps`: the object
    the parser makes of the speaker of an incise, "..., relate X") and of its "à" complement (the
    one told, not a place), without their clauses ("X, dont la maison a été détruite à Beyrouth":
    X) nor the phrase that holds the trigger; none that names the authority of the act."""
    spokesman_nouns = legal_words().spokesman_nouns
    out: set[int] = set()
    for c in verb.children:
        told = c.dep_ in ("obl", "obl:arg", "obl:mod", "iobj") and case_of(c) in A_CASES \
            and not is_place(c, mention_tokens)
        # the parser may hang a passive's "par" agent as another complement ("dénoncée par X": obl:arg)
        agent = "obl:agent" in speaker_deps and c.dep_ in ("obl", "obl:arg", "obl:mod") and case_of(c) == "par"
        if not (c.dep_ in SUBJECT_DEPS or c.dep_ in speaker_deps or told or agent) or head.i in subtree_indices(c):
            continue
        if is_authority(c, authority):
            if forms(c) & spokesman_nouns:
                out |= spokesman_words(c)           # "le porte-parole de la police, X": X tells
        else:
            out |= {t.i for t in phrase_words(c)}
            if agent or c.dep_ == "obl:agent":
                out |= {t.i for n in agent_conjuncts(verb, c) if not is_authority(n, authority)
                        for t in phrase_words(n)}
    return out


def told_by_participle(participle, authority) -> set[int]:
    """Tokens of the complements of a past participle of reporting or announcing that qualifies
    the trigger noun ("une arrestation confirmée par X devant l'Assemblée"): who tells it, where
    and when, none of them a party; not a phrase that names the authority of the act ("une
    enquête annoncée par le parquet": its own act)."""
    out: set[int] = set()
    for c in participle.children:
        if c.is_punct or c.dep_ in CLAUSE_DEPS or c.dep_ == "acl" or is_authority(c, authority):
            continue
        out |= {t.i for t in phrase_words(c)}
    return out


def spokesman_words(noun) -> set[int]:
    """Tokens of a spokesman (data spokesman_noun: "le porte-parole du parquet, X"): the noun and
    the names in apposition to it (or hung on it with no preposition, as the parser may do after
    a first name: "X-Y Z"), not its complement, the body it speaks for (kept when it is the
    authority of the act; participants decide the rest)."""
    out = {noun.i}
    for c in noun.children:
        if c.pos_ == "PROPN" and (c.dep_ in ("appos", "flat:name", "flat") or case_of(c) is None):
            out |= {t.i for t in phrase_words(c)}
    doc, end = noun.doc, noun.right_edge.i          # ", X" hung elsewhere by the parser
    if end + 2 < len(doc) and doc[end + 1].text == "," and doc[end + 2].pos_ == "PROPN":
        name = doc[end + 2]
        out |= {name.i} | {t.i for t in name.subtree if t.dep_ in ("flat:name", "flat")}
    return out


def agent_conjuncts(verb, agent) -> list:
    """The nouns of a list of agents that the parser hung on the verb after the first one ("a été
    critiquée par X, Y et Z": Y and Z beside X): the verb's nouns right after the agent with no
    preposition of their own, parted from it by commas or by a conjunction only."""
    out, end = [], agent.right_edge.i
    for c in verb.children:
        if c.i <= end or c.is_punct:
            continue
        between = verb.doc[end + 1:c.left_edge.i]
        if any(not (t.is_punct and t.text == ",") for t in between) or c.pos_ not in ("NOUN", "PROPN") \
                or case_of(c) is not None or c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS + ("obj",):
            break
        out.append(c)
        end = c.right_edge.i
    return out


def victims(head, sent, subjects=()) -> set[int]:
    """Tokens of the victim of a crime named in the sentence, outside the trigger's subject
    ("après l'agression de X, quatre personnes ont été mises en examen", "mis en examen pour le
    meurtre de X": X; not "X a porté plainte pour l'agression de sa fille")."""
    nouns = legal_words().victim_nouns
    mine = {i for s in subjects for i in s}
    out: set[int] = set()
    for t in sent:
        if t.i == head.i or t.pos_ != "NOUN" or not forms(t) & nouns:
            continue
        for c in t.children:
            if c.dep_ == "nmod:poss" or (c.dep_ == "nmod" and case_of(c) in DE_CASES):
                out |= {i for i in subtree_indices(c) if i not in mine}
    return out


def bar_seats(sent, mention_tokens) -> set[int]:
    """Tokens of the countries named as the "de" complement of a noun of the bar (data:
    seat_noun: "le bâtonnier de Paris", "le barreau de Paris"): the city where the lawyers'
    order sits, not the state, whose justice the bar is no part of. A court's or prosecutor's
    city stays: the judged samples count the state for its justice ("la cour d'appel de Paris")."""
    seats = legal_words().seat_nouns
    out: set[int] = set()
    for t in sent:
        if t.i in mention_tokens and t.dep_ == "nmod" and case_of(t) in DE_CASES and t.head.i != t.i \
                and forms(t.head) & seats and all(m.actor_type == "country" for m in mention_tokens[t.i]):
            out |= {t.i} | {c.i for c in t.children if c.dep_ in ("flat:name", "flat")}
    return out


def teller_tokens(head, sent, mention_tokens, etype: str | None) -> set[int]:
    """Tokens of who tells, judges or announces the legal action or attack of `head` (reporters),
    named or described ("le maire de Y expliquait, après une attaque, que..."): a description
    there is no office speaker of the act either. Not a pronoun: it may take up the authority
    telling of its own act ("le parquet a annoncé qu'il confirmait le classement d'une
    enquête"; judged_by reads the pronoun of a verb of judging). None for the other types."""
    if etype not in AUTHORITY_SETS:
        return set()
    doc = head.doc
    return {i for i in reporters(head, sent, load_lexicon(), etype, mention_tokens) if doc[i].pos_ != "PRON"}


def carer_tokens(head, etype: str | None) -> set[int]:
    """Tokens of who acts on the victims of the attack `head` or pays them tribute, pronouns
    included (events/victim_carers.py: "il a rendu hommage aux victimes de l'attentat": not a
    speaker of the attack the pronoun would stand for). None for the other types."""
    if etype != "attack":
        return set()
    words = legal_words()
    return carer_indices(head, words.harmed, phrase_words, words.tribute)


def without_non_parties(head, sent, mention_tokens, etype: str | None, subjects=(), carers=None):
    """`mention_tokens` without the mentions of those who take no part in the legal action or
    attack of `head` (see the module's docstring); the same map for other types. `carers`:
    carer_tokens(head, etype), when the caller has them."""
    if etype not in AUTHORITY_SETS:
        return mention_tokens
    lex = load_lexicon()
    drop = reporters(head, sent, lex, etype, mention_tokens) | bar_seats(sent, mention_tokens)
    if etype == "attack":                         # "X, avocat des victimes de l'attentat"
        drop |= carer_tokens(head, etype) if carers is None else carers
    if etype == "legal_action":
        drop |= victims(head, sent, subjects)
        # the victim named by a verb of harming, a culprit or a blow: "pour avoir frappé X",
        # "le meurtrier de X" (events/crime_victims.py)
        drop |= victim_names(head, sent, mention_tokens)
        # the one acted on is unnamed: names outside its phrase do something else (events/legal_crowd.py)
        drop |= crowd_outsiders(head, sent, mention_tokens, authority_words(etype, lex), lex.people)
        # what someone is suspected or accused of: no party (events/legal_suspect.py)
        drop |= suspicion_names(head, sent, mention_tokens, authority_words(etype, lex))
        # where the one acted on comes from: "originaires du Sénégal" (events/origin.py)
        drop |= origin_names(head, sent, mention_tokens, legal_words().origin)
        # where the one acted on works or studies: "une chercheuse du CNRS" (events/origin.py)
        drop |= employer_names(head, sent, mention_tokens, legal_words().employment,
                               legal_words().employment_phrases)
        # whose time in office dates it: "sous X", "sous le mandat de X" (events/period.py)
        drop |= period_names(head, sent, mention_tokens, legal_words().period_nouns)
        # the lawyer of someone acts for them: "son avocat X" (events/lawyers.py)
        drop |= lawyer_names(head, sent, mention_tokens, legal_words().lawyers)
        # who wrote the text the act is told in: "dans un article de X" (events/writing_author.py)
        drop |= author_names(head, sent, mention_tokens, legal_words().writing)
        # the case it is part of: "mis en examen dans l'affaire X" (events/legal_case.py)
        drop |= case_names(head, sent, mention_tokens, authority_words(etype, lex), legal_words().case_nouns,
                           legal_words().inquiry_nouns)
    drop &= set(mention_tokens)
    if not drop:
        return mention_tokens
    return {i: ms for i, ms in mention_tokens.items() if i not in drop}
