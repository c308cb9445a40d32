"""Whether a lexicon rule fires on a token: the options of a trigger entry (reflexive,
complement, context words, actor or threat object, court sentence, reciprocal...) checked
on the parse, and the confidence it fires with."""
from __future__ import annotations

from newsledger.extract.events.aimed import object_names_goods
from newsledger.extract.events.animal_doer import done_by_animals
from newsledger.extract.events.aid_sense import filed_to_a_record, gives_an_account, grants_a_status, names_an_area_kind
from newsledger.extract.events.clearing import clears_not_rescues
from newsledger.extract.events.deployment import sends_a_deployment
from newsledger.extract.events.aid_grant import is_infinitive, names_an_amount, told_as_activity
from newsledger.extract.events.end_up import ends_up_in_a_state
from newsledger.extract.events.health_measures import aimed_at_an_actor, fights_a_natural_cause
from newsledger.extract.events.talk import is_bare_talk
from newsledger.extract.events.consulted import is_consultation_of_a_public
from newsledger.extract.events.going_among import goes_among_people
from newsledger.extract.events.held import held_without_agent
from newsledger.extract.events.hostage import takes_a_whole_hostage
from newsledger.extract.events.journey import official_or_of_the_party
from newsledger.extract.events.legal import is_appealed, other_sense
from newsledger.extract.events.light_verb import bare_singular_object
from newsledger.extract.events.lexicon import Lexicon, TriggerRule
from newsledger.extract.events.mood import is_conditional
from newsledger.extract.events.offer import offers_a_person_to_act, offers_goods
from newsledger.extract.events.person_noun import names_the_doer
from newsledger.extract.events.press_antecedent import refers_to_press_interview
from newsledger.extract.events.private_speech import is_private_speech
from newsledger.extract.events.quoted import quoted_object
from newsledger.extract.events.notice import adjunct_a_cases, receives_a_notice
from newsledger.extract.events.reported_warning import warning_told_in_report
from newsledger.extract.events.verbal_adjective import is_verbal_adjective
from newsledger.extract.events.unspoken import (by_chamber, by_normative_text, claims_money, filed_with_authority, tables_a_text,
                                               currency_words, own_account)
from newsledger.extract.events.sense import (fights_an_abstraction, has_thing_complement, greets_in_person,
                                            has_inanimate_agent, has_thing_object, is_habitual, is_naming,
                                            is_contest, is_pronominal_noun, is_speech_frame, names_a_journey,
                                            moves_the_dead, names_a_position, names_an_official, party_attacks,
                                            spoken_by_a_natural_cause, is_figurative_singular,
                                            is_domain_event, is_coordinated_with, names_a_danger_kind,
                                            votes_on_a_bill, written_as_a_name, vetoes_a_law,
                                            is_participle_homograph, partitive_noun)
from newsledger.extract.words import MONTHS, MONTHS_UNACCENTED
from newsledger.extract.events.violence import victim_of_infinitive
from newsledger.extract.events.war_materiel import arms_without_materiel, handed_to_armed, of_war_use
from newsledger.extract.events.syntax import (CLAUSE_DEPS, PREPOSITIONAL_DEPS, DE_CASES, DE_FORMS, PARTICIPANT_CASES, PASSIVE_SUBJECT_DEPS,
                                             QUE_FORMS, REFLEXIVE, SUBJECT_DEPS, THIRD_PERSON_REFLEXIVE,
                                             attribution_indices, case_of, determiner, forms, is_elided_si, is_interrogative_que, is_verbal,
                                             named_in_apposition, word_after_question,
                                             verb_group_start)


VERB_CONTEXT_DEPS = ("obj", "iobj", "obl", "obl:arg", "obl:mod", "xcomp", "nsubj:pass", "expl:comp",
                     "expl:pass", "compound", "fixed")
BASE_CONFIDENCE = {"VERB": 0.7, "NOUN": 0.6, "PHRASE": 0.7}
OBJECT_PRONOUNS = {"le", "la", "les", "l'", "l’", "lui", "leur", "me", "m'", "m’", "te", "t'",
                   "nous", "vous"}


def context_tokens(tok):
    """The trigger and its dependents, without a verb's subject or subordinate clauses; a
    participle's noun."""
    if not is_verbal(tok):
        return list(tok.subtree)
    out = [tok]
    if tok.dep_.startswith("acl") and tok.head.i != tok.i:
        out.append(tok.head)                      # "l'accord signé": the noun it qualifies
    for c in tok.children:
        if c.dep_ in VERB_CONTEXT_DEPS:
            out.extend(c.subtree)
    return out


def context_found(tok, sent, lemmas: frozenset[str], scope: str,
                  mention_tokens=(), state_in_phrase: bool = False) -> tuple[bool, bool]:
    """(found, only at sentence scope) for a context lemma set. The trigger itself does not
    count ("exercice" is in the military set): a trigger of the set needs another word of it,
    or an actor in its own phrase ("des exercices Washington-Séoul", not "l'exercice d'une
    fonction"); with `state_in_phrase` (option state_in_phrase), a state among those actors
    ("les manœuvres de la Russie"; not "les manœuvres de X", a politician's, "une manœuvre de
    l'Élysée", "à la manœuvre à l'UMP")."""
    def hit(t):
        return t.i != tok.i and forms(t) & lemmas and not in_person_name(t, mention_tokens)

    def phrase_actor(c) -> bool:
        return c.i in mention_tokens and (not state_in_phrase or any(
            m.actor_type == "country" for m in mention_tokens[c.i]))
    if forms(tok) & lemmas and tok.pos_ == "NOUN" and any(
            phrase_actor(c) for c in tok.children if c.dep_ not in CLAUSE_DEPS):
        return True, False
    if any(hit(t) for t in context_tokens(tok)):
        return True, False
    if tok.pos_ == "NOUN" and tok.head.i != tok.i and any(
            hit(t) for t in tok.head.children if t.dep_ in ("amod", "nmod")):
        return True, False
    if scope == "sentence" and any(hit(t) for t in sent):
        return True, True
    return False, False


def in_person_name(tok, mention_tokens=()) -> bool:
    """A word inside a person's name, which says nothing of the happening ("Marine" of "Marine
    Le Pen" is no navy, "Pierre", "Rose", "Olive"...): a token of a person actor's mention or of
    a person entity of the model. (Not place entities: the model tags courts and other bodies as
    places too, and "la Cour suprême" is a word of a court.)"""
    if tok.ent_type_ == "PER":
        return True
    return bool(mention_tokens) and any(m.actor_type == "person" for m in mention_tokens.get(tok.i, ()))


MONTH_FORMS = frozenset(MONTHS) | frozenset(MONTHS_UNACCENTED)
# the aid triggers that may name the clearing of a place (events/clearing.py)
EVACUATION_FORMS = frozenset({"évacuer", "évacuation"})


def is_date_word(tok) -> bool:
    """A year (four digits, 1800-2099) or a month name."""
    low = tok.lower_
    return (len(low) == 4 and low.isdigit() and 1800 <= int(low) < 2100) or low in MONTH_FORMS


# the verbs by which a happening named by their direct object is started or carried out
# ("lancer une offensive", "déclencher une attaque", "mener un raid", "perpétrer un attentat")
LAUNCH_VERBS = frozenset({"lancer", "déclencher", "mener", "conduire", "perpétrer", "commettre"})


def has_date_complement(noun) -> bool:
    """A noun with a date complement of its own: "la guerre de 1967", "l'offensive d'avril",
    of the participle that qualifies it: "l'offensive lancée en avril 2019", or of the verb of
    launching whose direct object it is: "X a lancé en avril 2019 une offensive sur Y"."""
    def dated(c) -> bool:
        return any(is_date_word(t) for t in c.subtree)
    if noun.pos_ != "NOUN":
        return False
    if any((c.dep_ in ("nmod", "nummod") and dated(c))
           or (c.dep_ == "acl" and "Part" in c.morph.get("VerbForm")
               and any(g.dep_ in ("obl", "obl:mod") and dated(g) for g in c.children))
           for c in noun.children):
        return True
    head = noun.head
    return (noun.dep_ == "obj" and head.pos_ == "VERB" and head.lemma_ in LAUNCH_VERBS
            and any(g.dep_ in ("obl", "obl:mod") and g.i != noun.i and dated(g) for g in head.children)
            and aims_at_a_name(noun, head))


def aims_at_a_name(noun, verb) -> bool:
    """The launched happening is aimed ('contre', 'sur') at something named, on the noun or on
    its verb ("une offensive sur la capitale Tripoli", "une guerre contre l'Ukraine"; not "une
    offensive contre la corruption", a campaign against a thing)."""
    for c in [*noun.children, *verb.children]:
        if c.i == noun.i or c.dep_ not in PREPOSITIONAL_DEPS:
            continue
        if case_of(c) in ("contre", "sur") and any(
                t.pos_ == "PROPN" or (t.is_title and not t.is_sent_start) for t in c.subtree):
            return True                           # a name (the tagger may take one for a noun)
    return False


def has_reflexive(tok) -> bool:
    """A reflexive clitic on the verb: a child clitic, or the word right before it, unless that
    word is the verb's own subject ("les problèmes que nous rencontrons": 'nous' is the
    subject, no clitic; "nous nous rencontrons" has both)."""
    if any(c.lower_ in REFLEXIVE and (c.dep_.startswith("expl") or c.dep_ in ("obj", "iobj"))
           for c in tok.children):
        return True
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before.lower_ in REFLEXIVE and not (
        before.head.i == tok.i and before.dep_ in SUBJECT_DEPS)


# a first- or second-person clitic is reflexive only with a subject of its person ("nous nous
# sommes arrêtés", not "ils nous ont arrêtés")
PERSON_REFLEXIVE = {"me": "je", "m'": "je", "m’": "je", "te": "tu", "t'": "tu", "t’": "tu",
                    "nous": "nous", "vous": "vous"}
# the causative verbs and their participles (the tagger may take "fait" for a noun)
CAUSATIVES = {"faire", "fait", "laisser", "laissé", "laissée", "laissés", "laissées", "voir", "vu",
              "vue", "vus", "vues"}
CLITIC_DEPS = ("obj", "iobj")


def is_pronominal(verb) -> bool:
    """The verb is used pronominally: its own reflexive clitic, of the subject's person ("il
    s'est arrêté", "ils se sont acquittés de", "je me suis arrêté"), not the clitic of a
    causative ("il s'est fait arrêter": done to him by others) nor an object pronoun ("ils
    nous ont arrêtés")."""
    subjects = {c.lower_.replace("j'", "je").replace("j’", "je")
                for c in verb.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS}
    for c in verb.children:
        if not (c.dep_.startswith("expl") or c.dep_ in CLITIC_DEPS) or c.i > verb.i or is_elided_si(c):
            continue
        low = c.lower_
        if low not in THIRD_PERSON_REFLEXIVE and PERSON_REFLEXIVE.get(low) not in subjects:
            continue
        if not any(forms(t) & CAUSATIVES for t in verb.doc[c.i + 1: verb.i]):
            return True
    return False


def has_complement_a(tok, lex: Lexicon) -> bool:
    """A complement introduced by 'à' (its own, an infinitive the parser hung on its object
    "appeler les grévistes à reprendre", or an 'à' within the next five words); not an adjunct
    of means or frequency ("au téléphone", "à plusieurs reprises": notice.adjunct_a_cases)."""
    adjuncts = adjunct_a_cases(tok, lex)
    for c in tok.children:
        if c.dep_ in ("xcomp", "obl", "obl:arg", "obl:mod", "ccomp"):
            if any(g.lower_ in ("à", "au", "aux") and g.i not in adjuncts
                   for g in c.children if g.dep_ in ("case", "mark")):
                return True
        if adjuncts and c.dep_ == "obj" and any(
                g.dep_ in ("acl", "xcomp") and any(m.dep_ == "mark" and m.lower_ == "à" for m in g.children)
                for g in c.children):
            return True
    return any(t.lower_ in ("à", "au", "aux") and t.i not in adjuncts for t in tok.doc[tok.i + 1: tok.i + 6])


PLACE_CASES = ("à", "au", "aux", "en", "chez")
PLACE_ENTITIES = ("LOC", "GPE", "ORG")


def has_place_complement(tok, mention_tokens=(), people=frozenset()) -> bool:
    """A complement of place that names where: a proper name, a place or organisation entity
    or an actor ("se rendre au Japon", "à l'Élysée", "chez le président", "au siège de l'ONU"),
    not a common place ("se rendre aux urnes", "à la piscine"): a visit goes to someone. A
    noun's complement counts as a verb's ("en déplacement à Tarhouna")."""
    if any(c.lemma_ == "compte" for c in tok.children):
        return False
    return any(names_a_place(c, mention_tokens, people) for c in tok.children
               if (c.dep_.startswith("obl") or (c.dep_ == "nmod" and not is_verbal(tok))) and any(
                   g.lower_ in PLACE_CASES for g in c.children if g.dep_ == "case"))


def names_a_place(noun, mention_tokens=(), people=frozenset()) -> bool:
    """The noun, or a noun or name of its own complement, is a proper name, a place or
    organisation entity, an actor, or a person's title of `people` ("chez le président")."""
    candidates = [noun, *(c for c in noun.children if c.dep_ == "nmod")]
    return any(t.pos_ == "PROPN" or t.ent_type_ in PLACE_ENTITIES or t.i in mention_tokens
               for t in candidates) or (noun.pos_ == "NOUN" and bool(forms(noun) & people))


def names_medium(tok, lex: Lexicon, mention_tokens) -> bool:
    """A medium or a news agency (Lexicon.media_names) is named in the trigger's own phrase
    or is its subject: "un entretien accordé au Journal du dimanche", "l'entretien de France
    2 avec le président", "TF1 a rencontré"."""
    near = context_tokens(tok) + [c for c in tok.children if c.dep_.startswith("nsubj")]
    if tok.pos_ == "NOUN":                        # "un entretien au Monde", however parsed
        near += list(tok.doc[tok.i + 1: tok.i + 4])
    read_in = attribution_indices(tok)            # "selon Le Monde, X a reçu Y": where it is read
    return any(m.canonical_name in lex.media_names
               for t in near if t.i not in read_in for m in mention_tokens.get(t.i, ()))


def introduces_que(tok) -> bool:
    return any(t.lower_ in QUE_FORMS for t in tok.doc[tok.i + 1: tok.i + 4])


def other_goods(opt: dict, lex: Lexicon) -> frozenset[str]:
    """What else a verb of option goods_object may hand over besides the words of its context:
    the lemma set the option names ("goods_object": "relief_goods": "a envoyé des médecins, des
    tentes") and, with option or_money, money ("a débloqué 10 millions d'euros")."""
    named = opt["goods_object"]
    listed = lex.contexts.get(named, frozenset()) if isinstance(named, str) else frozenset()
    return listed | (currency_words() if opt.get("or_money") else frozenset())


def rule_accepts(rule: TriggerRule, tok, sent, lex: Lexicon, mention_tokens) -> float | None:
    """Confidence if `tok` fires `rule` in `sent`, else None."""
    opt = rule.options
    conf = opt.get("confidence", BASE_CONFIDENCE["VERB" if opt["pos"] in ("verbs", "support") else "NOUN"])
    if opt.get("reflexive") and not has_reflexive(tok):
        return None
    if lex.type_options.get(rule.event_type, {}).get("not_pronominal") and opt["pos"] == "verbs" \
            and not opt.get("reflexive") and is_verbal(tok) and is_pronominal(tok):
        return None                               # "s'est arrêté dans un bar", "s'acquitter d'une dette"
    if lex.type_options.get(rule.event_type, {}).get("not_pronominal") and not opt.get("reflexive") \
            and is_pronominal_noun(tok):
        return None                               # "elle s'attaque aux parois", tagged as a noun
    if rule.event_type == "statement" and opt["pos"] == "verbs" and not opt.get("reflexive") \
            and is_verbal(tok) and has_reflexive(tok) and not (
                opt.get("pronominal_too") and is_pronominal_speech(tok)):
        return None                               # "se récuser", "s'appeler": another sense
    if rule.event_type == "meeting" and opt["pos"] == "verbs" and not opt.get("reflexive") \
            and is_verbal(tok) and is_pronominal(tok) and has_thing_subject(tok, lex, mention_tokens):
        return None                               # "la liste se négocie": a pronominal passive
    if rule.event_type == "statement" and is_verbal(tok) and lex.kinds.get(tok.lemma_, "other") \
            == "other" and (is_incise(tok) or (opt["pos"] == "verbs" and (
                opens_incise(tok) or is_inverted_incise(tok, lex, mention_tokens)))):
        return None                               # a neutral verb only attributes the quote
    if rule.event_type != "statement" and is_verbal(tok) and (is_incise(tok) or opens_incise(tok)):
        return None                               # "« ... », poursuit X": it only attributes the quote
    if other_sense(rule, tok, lex, mention_tokens):
        return None                               # "a attaqué son homologue", "interpellé au Sénat"
    if opt["pos"] == "nouns" and names_the_doer(tok):
        return None                               # "le principal critique du Kremlin": a critic
    if rule.event_type == "attack" and is_verbal(tok) and has_unarmed_manner(tok, lex):
        return None                               # "fusiller politiquement", "attaquer verbalement"
    if rule.event_type == "attack" and is_verbal(tok) and has_inanimate_agent(tok, lex, mention_tokens):
        return None                               # "l'affaire qui empoisonne l'Élysée": figurative
    if rule.event_type == "attack" and done_by_animals(tok, lex, mention_tokens):
        return None                               # "une invasion de criquets", "attaqué par un ours"
    if rule.event_type == "meeting" and is_verbal(tok) and is_habitual(tok, lex):
        return None                               # "ils discutent souvent": a habit
    if rule.event_type == "aid" and moves_the_dead(tok, lex):
        return None                               # "les dépouilles rapatriées": no aid
    if rule.event_type == "aid" and opt["pos"] == "nouns" and written_as_a_name(tok):
        return None                               # "l'Aide médicale d'État": a scheme's name
    if rule.event_type == "aid" and (grants_a_status(tok, lex) or filed_to_a_record(tok, lex)
                                     or gives_an_account(tok, lex)):
        return None                               # "le statut de réfugié", "au dossier", "son témoignage"
    if rule.event_type == "arms_transfer" and bare_singular_object(tok):
        return None                               # "a donné lieu à une passe d'armes": an idiom
    if rule.event_type == "aid" and names_an_area_kind(tok, lex):
        return None                               # "la zone de recherche et de sauvetage"
    if rule.event_type == "aid" and forms(tok) & EVACUATION_FORMS and clears_not_rescues(tok, lex):
        return None                               # "l'évacuation des locaux", "évacués par la police"
    if rule.event_type == "sanction" and vetoes_a_law(tok, lex):
        return None                               # "son veto au projet de loi": a domestic veto
    if rule.event_type == "sanction" and not is_verbal(tok) and fights_a_natural_cause(tok, lex):
        return None                               # "des mesures restrictives contre l'épidémie"
    if rule.event_type == "statement" and is_verbal(tok) and (counts_casualties(tok, lex)
                                                              or ranks_a_toll(tok, lex)):
        return None                               # "le pays déplore 163 morts": a toll, no speech
    if rule.event_type in ("statement", "legal_action") and is_verbal(tok) \
            and spoken_by_a_natural_cause(tok, lex):
        return None                               # "condamnée par la maladie": doomed, no speech
    if rule.event_type == "statement" and is_verbal(tok) and votes_on_a_bill(tok, lex):
        return None                               # "le texte a été rejeté par le Sénat": a vote
    if (opt.get("not_by_chamber") and by_chamber(tok, lex)) or (
            rule.event_type == "statement" and by_normative_text(tok, lex)):
        return None                               # "l'Assemblée a rejeté", "la loi exige": no speech
    if opt.get("not_tabled") and tables_a_text(tok, lex):
        return None                               # "a déposé un amendement proposant de": a filing
    if (opt.get("not_filed") and filed_with_authority(tok, lex, mention_tokens)) or (
            opt.get("not_account") and own_account(tok)):
        return None                               # "sa déclaration à la HATVP", "selon ses déclarations"
    if opt.get("finite") and is_infinitive(tok):
        return None                               # "afin de permettre d'acheminer de l'aide": aimed at
    if opt.get("not_descriptive") and told_as_activity(tok):
        return None                               # "une ONG qui distribue des vivres": a habit
    if opt.get("not_money") and claims_money(tok, lex):
        return None                               # "lui réclament 300 000 euros": a debt, damages
    if rule.event_type == "statement" and in_private_channel(tok, lex):
        return None                               # "dans un courriel, X proposait": not public
    if rule.event_type == "statement" and is_verbal(tok) and is_private_speech(tok, lex, mention_tokens):
        return None                               # "a critiqué en privé", "a confié à l'AFP Jean Dupont"
    if rule.event_type == "statement" and is_verbal(tok) and warning_told_in_report(tok, lex):
        return None                               # "affirme avoir alerté le président": a notice
    if is_verbal(tok) and receives_a_notice(tok, lex):
        return None                               # "a été prévenu par le préfet": informed
    if rule.event_type == "statement" and by_the_judiciary(tok, lex):
        return None                               # "la justice suisse lui reproche": a charge
    if is_verbal(tok) and (opt.get("court_subject") or rule.event_type == "statement") and \
            has_court_subject(tok, lex) != bool(opt.get("court_subject")):
        return None                               # a court rules ("le Conseil constitutionnel a rejeté")
    if opt.get("complement_a") and not has_complement_a(tok, lex):
        return None
    if opt.get("complement_place") and not has_place_complement(
            tok, mention_tokens, lex.contexts.get("person_role", frozenset())):
        return None
    if opt.get("official_or_place") and not is_verbal(tok) and not official_or_of_the_party(tok, lex) \
            and not has_place_complement(tok, mention_tokens, lex.contexts.get("person_role", frozenset())):
        return None                               # "il fait le voyage chaque année": a journey
    if opt.get("no_que") and introduces_que(tok):
        return None
    if opt.get("actor_object") and not has_actor_object(tok, lex, mention_tokens):
        return None
    if opt.get("threat_object") and not has_threat_object(tok, lex, mention_tokens):
        return None
    if opt.get("no_sentence") and is_court_sentence(tok, lex, mention_tokens):
        return None
    if opt.get("sentence") and not is_court_sentence(tok, lex, mention_tokens):
        return None
    if opt.get("patient") and not has_patient(tok, lex, mention_tokens, rule.event_type,
                                              qualified=not opt.get("patient_not_qualified")):
        return None
    if opt.get("whole_hostage") and takes_a_whole_hostage(tok, lex, mention_tokens):
        return None                               # "prend le pays en otage": figurative
    if opt.get("determined") and not is_determined(tok):
        return None
    if opt.get("singular") and "Plur" in tok.morph.get("Number"):
        return None                               # "les déplacements à Paris": travel in general
    if opt.get("concluded") and not is_concluded(tok, lex):
        return None
    if opt.get("no_dative") and any(case_of(c) in ("à", "au", "aux") for c in tok.children
                                    if c.dep_ in PREPOSITIONAL_DEPS):
        return None
    if opt.get("intransitive") and any(c.dep_ == "obj" for c in tok.children):
        return None
    if opt.get("not_attribute") and any(c.dep_ == "cop" for c in tok.children):
        return None                               # "il était une menace": a danger
    if opt.get("complement_de") and not any(
            t.lower_ in DE_FORMS for t in tok.doc[tok.i + 1: tok.i + 4]) and not has_de_attribute(tok):
        return None
    if opt.get("not_abstract_opponent") and fights_an_abstraction(tok, lex):
        return None                               # "le combat contre le terrorisme": figurative
    if "singular_armed" in opt and is_figurative_singular(
            tok, excluded_context(lex, opt["singular_armed"])):
        return None                               # "mener ce combat": a cause, no fighting
    if opt.get("no_thing_complement") and has_thing_complement(tok, lex, mention_tokens):
        return None                               # "l'entretien du pont": maintenance
    if opt.get("no_thing_object") and is_verbal(tok) and has_thing_object(tok, lex, mention_tokens):
        return None                               # "appréhender la réaction": to fear a thing
    if opt.get("not_position") and names_a_position(tok, lex, mention_tokens):
        return None                               # "au sommet des ventes": the top of a thing
    if "not_domain" in opt and is_domain_event(tok, excluded_context(lex, opt["not_domain"])):
        return None                               # "une manifestation culturelle": a show
    if "not_coordinated" in opt and is_coordinated_with(tok, excluded_context(lex, opt["not_coordinated"])):
        return None                               # "ses meetings et manifestations": a campaign's
    if opt.get("not_contest") and is_contest(tok):
        return None                               # "la rencontre contre Lyon": a match
    if opt.get("not_going_among") and goes_among_people(tok, lex, mention_tokens):
        return None                               # "aller à la rencontre des Français": a walkabout
    if opt.get("not_journey") and is_verbal(tok) and names_a_journey(tok):
        return None                               # "se rendait de Tomsk à Moscou": on the way
    if opt.get("not_speech_frame") and is_speech_frame(tok, lex, mention_tokens):
        return None                               # "dans un entretien au Monde": an interview
    if opt.get("not_press_antecedent") and refers_to_press_interview(tok, lex, mention_tokens):
        return None                               # "Dans cette interview ... Au cours de cet entretien"
    if opt.get("not_naming") and is_verbal(tok) and is_naming(tok):
        return None                               # "DJT, comme il l'appelle": a name given
    if opt.get("not_official") and is_verbal(tok) and names_an_official(tok, mention_tokens):
        return None                               # "X, élu de l'Essonne": an official
    if opt.get("not_in_person") and is_verbal(tok) and greets_in_person(tok, lex):
        return None                               # "est venu saluer sa mémoire": a greeting
    if opt.get("not_offer") and is_verbal(tok) and offers_goods(tok, lex):
        return None                               # "ne propose que des plats à emporter": an offer
    if opt.get("not_offer") and is_verbal(tok) and offers_a_person_to_act(tok, lex, mention_tokens):
        return None                               # "lui a proposé de figurer sur sa liste": an offer
    if opt.get("not_adjectival") and is_verbal_adjective(tok):
        return None                               # "un ministre exigeant": a quality
    if opt.get("not_danger_kind") and names_a_danger_kind(tok, lex):
        return None                               # "la menace terroriste": a danger
    if opt.get("reciprocal") and not is_reciprocal(tok):
        return None
    if opt.get("not_participle") and is_participle_homograph(tok):
        return None                               # "une ouverture entrevue": glimpsed, no meeting
    if opt.get("not_end_state") and is_verbal(tok) and ends_up_in_a_state(tok, lex, mention_tokens):
        return None                               # "se sont retrouvés sans emploi", "démunis", "avec une dette"
    if opt.get("not_bare_talk") and not is_verbal(tok) and is_bare_talk(tok):
        return None                               # "lors d'une conférence à Marseille": a lecture
    if opt.get("partner_if_singular") and not is_verbal(tok) and is_consultation_of_a_public(tok):
        return None                               # "la consultation des militants": a vote
    if opt.get("not_deployed") and is_verbal(tok) and sends_a_deployment(tok, lex, mention_tokens):
        return None                               # "a envoyé des militaires en Sibérie": deployed
    if opt.get("person_subject") and not has_person_subject(tok, lex, mention_tokens):
        return None
    if opt.get("named_speaker") and not named_speaker(tok, lex, mention_tokens):
        return None                               # "des dissidents saoudiens ont annoncé"
    if "not_object" in opt and has_idiom_object(tok, lex.contexts.get(opt["not_object"], frozenset())):
        return None                               # "accuser le coup", "un appel du pied"
    if "not_context" in opt:
        away = excluded_context(lex, opt["not_context"])
        if context_found(tok, sent, away, "subtree", mention_tokens)[0] \
                or forms(tok.head) & away or subject_has(tok, away):
            return None                           # "dans un entretien au journal", "l'AFP a rencontré"
        if "media" in context_names(opt["not_context"]) and names_medium(tok, lex, mention_tokens):
            return None                           # "dans un entretien au Monde", "sur TF1"
    if "context" in opt:
        goods = lemmas = excluded_context(lex, opt["context"])
        if rule.event_type == "arms_transfer":
            lemmas = arms_without_materiel(lex, lemmas)   # "la livraison du matériel": any goods
        found, loose = context_found(tok, sent, lemmas, opt.get("scope", "subtree"), mention_tokens,
                                     bool(opt.get("state_in_phrase")))
        if found and opt.get("goods_object") and is_verbal(tok) and not object_names_goods(
                tok, goods | other_goods(opt, lex)):
            return None                           # "lancer un dialogue sur les armes chimiques", "envoyer un SMS"
        if not found and rule.event_type == "arms_transfer" and (any(
                of_war_use(t, lex) for t in context_tokens(tok) if t.i != tok.i) or (
                any(t.i != tok.i and forms(t) & lex.contexts.get("materiel", frozenset())
                    for t in context_tokens(tok)) and handed_to_armed(tok, lex))):
            found, loose = True, False            # "des navires de guerre", "des avions de combat"
        if not found and "or_object" in opt and has_object_of(tok, lex.contexts.get(opt["or_object"], frozenset())):
            found, loose = True, False            # "a envoyé des médecins": the help is who is sent
        if not found and "or_agent" in opt and has_agent_of(tok, lex.contexts.get(opt["or_agent"], frozenset())):
            found, loose = True, False            # "battu par des policiers": the doer tells the sense
        if not found and "or_votes" in opt and votes_counted(
                tok, sent, *(lex.contexts.get(name, frozenset()) for name in opt["or_votes"])):
            found, loose = True, False            # "au premier tour, X a obtenu 29 % des voix"
        if not found and opt.get("or_aimed_actor") and aimed_at_an_actor(tok, mention_tokens):
            found, loose = True, False            # "des mesures restrictives contre X"
        if not found and opt.get("or_unagented_passive") and held_without_agent(tok, mention_tokens):
            found, loose = True, False            # "X a été interpellé lundi à Lyon": held by the police
        if not found and opt.get("or_money") and names_an_amount(tok):
            found, loose = True, False            # "une aide de 30 millions de dollars": money given
        if not found and opt.get("or_dated") and has_date_complement(tok):
            found, loose = True, False            # "la guerre de juin 1967": a named happening
        if not found and opt.get("or_quoted") and is_verbal(tok) and quoted_object(tok):
            found, loose = True, False            # "a célébré « une réussite »": words quoted
        if not found and rule.event_type == "legal_action" and is_appealed(tok, lex):
            found, loose = True, False            # "interjeter appel du jugement": a court's
        if not found:
            return None
        if loose and rule.event_type == "attack" and party_attacks(tok, lex, mention_tokens):
            return None                           # "le parti ... en attaquant la ministre": in words
        if loose:
            conf -= 0.1
    return conf


def adverb_base(low: str) -> set[str]:
    """The adjectives an adverb in -ment is made from ("politiquement" -> "politique",
    "verbalement" -> "verbal", "financièrement" -> "financier", "sexuellement" -> "sexuel"), or
    nothing."""
    if not low.endswith("ment") or len(low) < 8:
        return set()
    stem = low[:-4]
    out = {stem, stem[:-1]} if stem.endswith("e") else {stem}
    if stem.endswith("ère"):
        out.add(stem[:-3] + "er")
    if stem.endswith("elle"):                     # "sexuellement" -> "sexuel"
        out.add(stem[:-2])
    return out


def has_unarmed_manner(verb, lex: Lexicon) -> bool:
    """An adverb of a domain of contexts.unarmed qualifies the verb ("fusiller politiquement",
    "attaquer verbalement", "frapper médiatiquement"): no armed attack."""
    unarmed = lex.contexts.get("unarmed", frozenset())
    return any(c.dep_ == "advmod" and adverb_base(c.lower_) & unarmed for c in verb.children)


def has_object_of(tok, nouns: frozenset[str]) -> bool:
    """The verb's direct object, a conjunct of it, or the "de" complement of either, is one of
    `nouns` ("envoyer des médecins", "des infirmiers et des soignants", "une équipe de
    secouristes"); not an indirect object or an oblique ("une lettre aux médecins")."""
    if not is_verbal(tok):
        return False
    objects = [c for c in tok.children if c.dep_ == "obj"]
    objects += [g for c in objects for g in c.children if g.dep_ == "conj"]
    return any(forms(o) & nouns or any(g.dep_ == "nmod" and case_of(g) in DE_CASES and forms(g) & nouns
                                       for g in o.children) for o in objects)


def has_agent_of(tok, nouns: frozenset[str]) -> bool:
    """The passive verb's agent, or a conjunct of it, is one of `nouns` ("battu par des
    policiers", "frappé par des soldats et des miliciens"; not "battu par X au second tour")."""
    if not is_verbal(tok):
        return False
    agents = [c for c in tok.children if c.dep_ == "obl:agent"]
    agents += [g for c in agents for g in c.children if g.dep_ == "conj"]
    return any(forms(a) & nouns for a in agents)


def votes_counted(tok, sent, words: frozenset[str], poll: frozenset[str] = frozenset()) -> bool:
    """A word of `words` (the votes counted) is in the sentence, no word of `poll` is, and the
    verb the trigger depends on is not in the conditional: a round whose votes are told ("au
    premier tour, X a obtenu 29 % des voix"), not a poll's ("selon ce sondage, X est créditée de
    28 % des voix au premier tour") nor a supposed one ("X recueillerait 11 % des voix")."""
    if not any(forms(t) & words for t in sent) or any(forms(t) & poll for t in sent):
        return False
    verb = tok if is_verbal(tok) else next((a for a in tok.ancestors if is_verbal(a)), None)
    return verb is None or not is_conditional(verb)


def has_idiom_object(tok, nouns: frozenset[str]) -> bool:
    """The verb's direct object (or that object's "de" complement), or the noun's "de"
    complement, is one of `nouns` with no complement of its own ("accuser le coup", "lancer un
    appel du pied"; not "accuser X d'un coup d'État", whose "coup" is no object and has a "de"
    complement of its own). A bare noun object makes the locution with its "de" complement too
    ("accuser réception de la lettre")."""
    def idiom(c, deps, cased):
        return c.dep_ in deps and forms(c) & nouns and (not any(
            g.dep_ == "nmod" and case_of(g) in DE_CASES for g in c.children)
            or (not cased and determiner(c) == "bare")) \
            and (not cased or case_of(c) in DE_CASES)
    if not is_verbal(tok):
        return any(idiom(c, ("nmod",), True) for c in tok.children)
    return any(idiom(c, ("obj",), False) or (c.dep_ == "obj" and any(   # "lancer un appel du pied"
        idiom(g, ("nmod",), True) for g in c.children)) for c in tok.children)


def counts_casualties(verb, lex: Lexicon) -> bool:
    """The direct object is a counted casualty noun (contexts.casualty: "déplore 163 morts",
    "déplorait trois blessés"): the verb counts a toll, it reports no act of speech."""
    casualty = lex.contexts.get("casualty", frozenset())
    return any(c.dep_ == "obj" and forms(c) & casualty and any(
        g.dep_ == "nummod" or g.like_num for g in c.children) for c in verb.children)


# the adverbs of the superlative ("le plus lourd", "le moins élevé") and the articles before them
SUPERLATIVE_ADVERBS = {"plus", "moins"}
SUPERLATIVE_ARTICLES = {"le", "la", "les", "l'", "l’"}


def ranks_a_toll(verb, lex: Lexicon) -> bool:
    """A verb of contexts.toll_recording ('déplorer', 'accuser') whose direct object is a toll
    (contexts.toll: 'bilan') ranked by a superlative adjective of its own ("la France accuse le
    5e bilan le plus lourd", "le pays déplore le bilan le plus lourd d'Europe"): the verb
    records the rank of a country's toll, no act of speech; "a déploré le lourd bilan" (no
    rank) and "a annoncé le bilan le plus lourd" (another verb) stay."""
    if not forms(verb) & lex.contexts.get("toll_recording", frozenset()):
        return False
    toll = lex.contexts.get("toll", frozenset())
    return any(c.dep_ == "obj" and forms(c) & toll and any(
        a.dep_ == "amod"
        and any(g.dep_ == "advmod" and g.lower_ in SUPERLATIVE_ADVERBS for g in a.children)
        and any(g.dep_ == "det" and g.lower_ in SUPERLATIVE_ARTICLES for g in a.children)
        for a in c.children) for c in verb.children)


PRIVATE_CASES = {"dans", "par"}


def in_private_channel(tok, lex: Lexicon) -> bool:
    """The trigger, or the verb it is the object of, is said in private writing
    (contexts.private_channel: "dans un courriel, X proposait", "a réclamé par SMS"; or writing
    kept inside its body, is_internal_writing: "dans une note interne"): no public act of
    speech."""
    private = lex.contexts.get("private_channel", frozenset())
    where = [tok] + ([tok.head] if not is_verbal(tok) and tok.dep_ == "obj" else [])
    return any(c.dep_ in ("obl", "obl:mod", "nmod") and case_of(c) in PRIVATE_CASES
               and (forms(c) & private or is_internal_writing(c, lex))
               for w in where for c in w.children) or any(
        forms(n) & private or is_internal_writing(n, lex) for n in qualified_writing(tok))


def qualified_writing(tok) -> list:
    """The nouns a trigger verb tells the content of as a participle or a relative clause
    qualifying them ("un SMS lui proposant de", "un courriel qui réclame"), also when the parser
    hung the present participle on the verb whose direct object the noun is ("lui envoie un SMS
    lui proposant de"): the piece of writing the words were said in."""
    if tok.dep_ in ("acl", "acl:relcl") and tok.head.pos_ == "NOUN":
        return [tok.head]
    if tok.dep_ == "advcl" and "Part" in tok.morph.get("VerbForm") and \
            "Pres" in tok.morph.get("Tense"):
        return [c for c in tok.head.children if c.dep_ == "obj" and c.i < tok.i]
    return []


def is_internal_writing(noun, lex: Lexicon) -> bool:
    """A noun of writing (contexts.internal_writing: "note", "courrier", "lettre") qualified as
    circulating inside its body only or as confidential (contexts.internal_circulation: "une
    note interne", "une lettre confidentielle"): writing that is not made public."""
    return bool(forms(noun) & lex.contexts.get("internal_writing", frozenset())) and any(
        c.dep_ == "amod" and forms(c) & lex.contexts.get("internal_circulation", frozenset())
        for c in noun.children)


def context_names(names) -> list[str]:
    """Option context's or not_context's value, one context name or a list of them, as a list."""
    return [names] if isinstance(names, str) else list(names)


def excluded_context(lex: Lexicon, names) -> frozenset[str]:
    """The lemmas of option context or not_context: one context name or a list of them."""
    return frozenset().union(*(lex.contexts[n] for n in context_names(names)))


def has_actor_object(tok, lex: Lexicon, mention_tokens) -> bool:
    people = lex.contexts.get("person_role", frozenset())
    for c in tok.children:
        if c.dep_ in ("obj", "iobj"):
            c = partitive_noun(c)                 # "le premier des avions": the planes
            if c.i in mention_tokens or forms(c) & people:
                return True
    return False


def has_court_subject(tok, lex: Lexicon) -> bool:
    """The subject or the agent ("rejeté par la cour") of the verb `tok` names a court
    (names_a_court)."""
    return any(names_a_court(t, lex) for c in tok.children
               if c.dep_ in SUBJECT_DEPS or c.dep_ == "obl:agent" for t in c.subtree)


def by_the_judiciary(tok, lex: Lexicon) -> bool:
    """The doer of a statement trigger is the judiciary itself: the head noun of the verb's
    subject or passive agent (of the verb a trigger noun is the object of: "ont levé
    l'accusation") is a word of contexts.judiciary ("la justice suisse lui reproche", "accusé
    par la justice américaine") or a noun qualified by an adjective of contexts.judicial ("les
    autorités judiciaires"): a charge brought or dropped, a legal action, no act of speech. Only
    the head counts: "le ministre de la Justice a dénoncé" is a minister speaking."""
    verb = tok if is_verbal(tok) else tok.head if tok.dep_ in ("obj", "nsubj:pass") else None
    if verb is None or not is_verbal(verb):
        return False
    judiciary = lex.contexts.get("judiciary", frozenset())
    judicial = lex.contexts.get("judicial", frozenset())
    return any(forms(c) & judiciary or any(a.dep_ == "amod" and forms(a) & judicial for a in c.children)
               for c in verb.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "obl:agent")


def names_a_court(tok, lex: Lexicon) -> bool:
    """A court's word (contexts.court_body: "le tribunal", "la cour"), or a council named a
    court by its complement (contexts.council with a "de" complement of contexts.court_council:
    "le Conseil d'État")."""
    if forms(tok) & lex.contexts.get("court_body", frozenset()):
        return True
    return bool(forms(tok) & lex.contexts.get("council", frozenset())) and any(
        c.dep_ == "nmod" and case_of(c) in DE_CASES and forms(c) & lex.contexts.get("court_council", frozenset())
        for c in tok.children)


def subject_has(tok, lemmas: frozenset[str]) -> bool:
    """A lemma of the set in the subject of the verb `tok`, or in the agent of its passive
    ("tué par le coronavirus")."""
    return is_verbal(tok) and any(forms(t) & lemmas for c in tok.children
                                  if c.dep_ in SUBJECT_DEPS or c.dep_ == "obl:agent"
                                  for t in c.subtree)


def has_patient(tok, lex: Lexicon, mention_tokens, event_type: str = "", qualified: bool = True) -> bool:
    """The one the act is done to is named: an actor, a title or a pronoun as the direct
    object, or as the subject of a passive ("a été arrêté", "l'a libéré"), or the noun the
    participle qualifies ("X, arrêté mardi"). An arrest or a release may also be of someone
    described ("un membre du mouvement a été arrêté"); a killing needs a named or counted victim.
    `qualified` False (option patient_not_qualified): the noun the participle qualifies is no
    patient ("la liste tirée par X" is drawn up, not fired at)."""
    if event_type == "meeting" and has_reflexive(tok):
        return True                               # "ils se sont rencontrés": each met the other
    people = lex.people if event_type in ("legal_action", "meeting") \
        else lex.contexts.get("person_role", frozenset())
    if not is_verbal(tok):                        # "la libération de Paris": no one released
        return not (event_type == "legal_action" and any(
            is_place(c, mention_tokens) or is_thing(c, people, mention_tokens)
            for c in tok.children if c.dep_ == "nmod" and case_of(c) in DE_CASES))
    for c in tok.children:
        if event_type == "legal_action" and is_place(c, mention_tokens):
            continue                              # "ont libéré Paris": a place is not detained
        question = is_interrogative_que(c)
        if question:                              # "Est-ce qu'ils ont arrêté le projet ?": the
            c = word_after_question(tok)          # object is the word after, not the "que"
            if c is None or (event_type == "legal_action" and is_place(c, mention_tokens)):
                continue
        if question or c.dep_ in ("obj", "nsubj:pass") or (c.dep_ == "nsubj" and is_passive_like(tok)):
            c = c if question else antecedent(c, tok)
            if c.i in mention_tokens or forms(c) & people or c.pos_ in ("PRON", "PROPN") \
                    or c.lower_ in OBJECT_PRONOUNS or named_in_apposition(c, mention_tokens) \
                    or counted_people(c, tok, lex, mention_tokens):
                return True
    if qualified and tok.dep_ in ("acl", "amod", "appos", "advcl") and tok.head.i != tok.i and (
            tok.head.i in mention_tokens or tok.head.pos_ == "PROPN"
            or (tok.head.pos_ == "NOUN" and forms(tok.head) & people)):
        return True                               # "X, arrêté mardi", "les personnes arrêtées"
    if event_type == "election" and tok.dep_ in ("acl", "appos") and tok.head.pos_ == "NOUN" \
            and named_in_apposition(tok.head, mention_tokens):
        return True                               # "le député X, élu en 2017"
    if event_type == "attack" and victim_of_infinitive(tok, people, mention_tokens):
        return True                               # "X dit avoir été battu" (events/violence.py)
    if event_type == "legal_action" and victim_of_infinitive(tok, frozenset(), mention_tokens):
        return True                               # "X doit être jugé": a name or a pronoun, not
        #                                           "les prisonniers doivent être relâchés" (a demand)
    return fronted_participle_of(tok, people, mention_tokens)


def antecedent(pron, verb):
    """The noun an object relative pronoun stands for, in the relative clause of `verb` ("le
    siège qu'il détient": the seat; "les otages qu'ils détiennent": the hostages); any other
    word stands for itself (a subject "qui" too: "un employé, qui a été interpellé", whose
    noun is no title, stays a person)."""
    if pron.lower_ in QUE_FORMS and verb.dep_ == "acl:relcl" and verb.head.i != verb.i:
        return verb.head
    return pron


def is_thing(noun, people, mention_tokens) -> bool:
    """A common noun that names no one: not an actor, a word of people, a number of people
    or a noun with a person's name beside it ("la libération du camp", "l'arrestation du
    convoi"; not "la libération des otages", "l'arrestation de 26 personnes")."""
    return noun.pos_ == "NOUN" and noun.i not in mention_tokens and not forms(noun) & people \
        and not any(c.dep_ in ("nummod", "appos", "flat:name") or c.i in mention_tokens
                    or (c.pos_ == "PROPN" and case_of(c) is None) for c in noun.children)


def is_place(tok, mention_tokens) -> bool:
    """A place: a place entity of the model or a country actor."""
    return tok.ent_type_ in ("LOC", "GPE") or any(
        m.actor_type == "country" for m in mention_tokens.get(tok.i, ()))


def counted_people(noun, verb, lex: Lexicon, mention_tokens) -> bool:
    """"l'armée a tué 13 manifestants": victims counted, by a named actor (not "le virus a
    tué 40 000 personnes", not "trois personnes ont été blessées")."""
    if not (forms(noun) & lex.contexts.get("person_noun", frozenset())
            and any(c.dep_ == "nummod" for c in noun.children)):
        return False
    return any(t.i in mention_tokens for c in verb.children
               if c.dep_ in SUBJECT_DEPS or c.dep_ == "obl:agent" for t in c.subtree)


def fronted_participle_of(tok, people, mention_tokens) -> bool:
    """"Arrêté mercredi, X a été...": a participle without auxiliary opening the sentence
    qualifies the subject of the verb it precedes, the one the act was done to."""
    verb = tok.head
    if tok.dep_ != "advcl" or tok.i > verb.i or any(c.dep_.startswith("aux") for c in tok.children):
        return False
    if "Part" not in tok.morph.get("VerbForm"):
        return False
    return any(c.i in mention_tokens or forms(c) & people or c.pos_ in ("PROPN", "PRON")
               for c in verb.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS)


def is_concluded(noun, lex: Lexicon) -> bool:
    """An agreement told as a happening: a new one ("un accord", "deux traités"), or one a
    verb of contexts.agreement_verb concludes ("ont signé le traité", "sont parvenus à un
    accord", "l'accord conclu en 2015", "l'accord a été ratifié")."""
    if determiner(noun) in ("indefinite", "number"):
        return True
    verbs = lex.contexts.get("agreement_verb", frozenset())
    governors = [noun.head, noun.head.head] if noun.head.i != noun.i else []
    acts = [c for c in noun.children if c.dep_.startswith("acl") or (c.dep_ == "conj" and is_verbal(c))]
    return any(forms(v) & verbs for v in governors + acts)


def is_passive_like(verb) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children)


def is_determined(tok) -> bool:
    """A noun with a determiner, a number, a possessive or an adjective before it: "un accord",
    "leurs excuses" (not "d'accord", "en accord avec")."""
    return any(((c.dep_ == "det" and c.lower_ not in DE_FORMS) or c.dep_ in ("nummod", "nmod:poss")
                or (c.dep_ == "amod" and c.i < tok.i)
                or (c.dep_ == "case" and c.lower_ in ("du", "des", "au", "aux")))
               for c in tok.children)


PENALTIES = {"peine", "prison", "amende", "mort", "réclusion", "emprisonnement", "an", "année",
             "mois", "perpétuité", "sursis"}
COURT_CASES = {"pour", "par", "en", "devant"}


def is_court_sentence(tok, lex: Lexicon | None = None, mention_tokens=()) -> bool:
    """"condamné à verser", "condamnation à cinq ans de prison", "condamné pour fraude par le
    tribunal", "une condamnation définitive", "X a été condamné": a court decision, not a
    public condemnation (one condemns an act; a person condemned is sentenced)."""
    court = lex.contexts.get("court", frozenset()) if lex is not None else frozenset()
    if lex is not None and is_appealed(tok, lex):
        return True                               # "a fait appel de sa condamnation"
    for c in tok.children:
        marks = {g.lower_ for g in c.children if g.dep_ in ("mark", "case")}
        if marks & {"à", "au", "aux"} and (c.pos_ == "VERB" or forms(c) & PENALTIES):
            return True
        if (marks & COURT_CASES or c.dep_ == "amod") and any(forms(t) & court for t in c.subtree):
            return True
    if lex is None or not is_verbal(tok):
        return False
    people = lex.contexts.get("person_noun", frozenset())
    if sentenced_by_court(tok, lex, people, mention_tokens):
        return True                               # "un tribunal a condamné X"
    return (is_passive_like(tok) and any(is_person(c, people, mention_tokens) for c in tok.children
                                         if c.dep_ in PASSIVE_SUBJECT_DEPS)) \
        or (tok.dep_ in ("acl", "appos") and is_person(tok.head, people, mention_tokens)) \
        or fronted_participle_of(tok, people, mention_tokens)


def sentenced_by_court(verb, lex: Lexicon, people, mention_tokens) -> bool:
    """The active subject of the verb is a court (contexts.court_body: "un tribunal turc", "la
    cour") and its direct object a person: a court that condemns someone sentences them, whatever
    the parser did with the penalty ("a condamné X à cinq ans", "à cinq ans" hung on a rare
    name). A court's subject noun only (not "la décision du tribunal"), and an actor or a person
    only (a court may condemn an act in words: "la cour a condamné les propos"); not the
    prosecution (contexts.prosecution), who asks for a sentence and does not pass one."""
    courts = lex.contexts.get("court_body", frozenset()) - lex.contexts.get("prosecution", frozenset())
    return any(c.dep_ == "nsubj" and forms(c) & courts for c in verb.children) \
        and any(c.dep_ == "obj" and (c.i in mention_tokens or is_person(c, people, mention_tokens))
                for c in verb.children)


def is_person(tok, people, mention_tokens) -> bool:
    """A person: a person actor, a noun of people ("un militant") or a personal pronoun."""
    return any(m.actor_type == "person" for m in mention_tokens.get(tok.i, ())) \
        or bool(forms(tok) & people) or tok.lower_ in ("il", "elle", "ils", "elles")


CLOSING_QUOTES = ("»", "\"", "”")
OPENING_QUOTES = ("«", "\"", "“")


def has_de_attribute(verb) -> bool:
    """"qualifier X de Y": the attribute opened by 'de' after a longer object, in the verb's
    phrase: 'de' before an adjective or a quotation, adverbs between ("a qualifié les sanctions
    européennes d'illégales", "a qualifié mardi les propos de X de très graves"), or 'd\'' that
    the tokenizer glued to the quote it opens ('d\'"irresponsables"')."""
    doc = verb.doc
    for t in doc[verb.i + 1: verb.right_edge.i + 1]:
        low = t.lower_
        if low[:2] in DE_FORMS and len(low) > 2 and low[2] in OPENING_QUOTES:
            return True
        if low in DE_FORMS:
            nxt = next((n for n in doc[t.i + 1: verb.right_edge.i + 1] if n.pos_ != "ADV"), None)
            if nxt is not None and (nxt.pos_ == "ADJ" or nxt.text in OPENING_QUOTES):
                return True
    return False


def is_pronominal_speech(verb) -> bool:
    """A pronominal speech verb (option pronominal_too) with a 'de' complement that names what
    it speaks of ("X s'est félicité de l'accord"), not written as the incise that attributes a
    quote ("« ... », s'est félicité X")."""
    return any(c.dep_ in ("obl:arg", "obl", "obl:mod", "iobj") and case_of(c) in DE_CASES
               and c.i > verb.i for c in verb.children) \
        and not is_incise(verb) and not opens_incise(verb)


def is_incise(verb) -> bool:
    """"« ... », prévient X": a speech verb after the quote, its subject after it and no
    complement of its own, only attributes the quote (not an event by itself)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or any(c.i < verb.i for c in subjects):
        return False
    if any(c.dep_ in ("obj", "iobj", "ccomp", "xcomp", "obl:arg") for c in verb.children):
        return False
    before = [t for t in verb.doc[max(verb.sent.start, verb.i - 4):verb.i] if not t.is_space]
    return any(t.text in CLOSING_QUOTES or t.text == "," for t in before)


def is_inverted_incise(verb, lex: Lexicon, mention_tokens) -> bool:
    """"..., a annoncé le ministre", "..., a annoncé samedi le gouvernement": a finite verb
    group right after a comma or a closing quote whose first nominal after it is its speaker
    (an actor, a proper name, a title, a person, an institution), with no complement clause,
    attributes what comes before to that speaker, however the parser attached the speaker (as
    subject or object) and the clause before (as subject or adverbial). Not a participle,
    infinitive or gerund ("un projet annoncé par X"), nor "X, président de Y, a annoncé la
    création de...", whose first nominal after the verb is a thing."""
    doc = verb.doc
    first = verb.i
    while first > verb.sent.start and doc[first - 1].head.i == verb.i and (
            doc[first - 1].dep_.startswith("aux") or doc[first - 1].pos_ == "ADV"):
        first -= 1
    if first == verb.i and "Fin" not in verb.morph.get("VerbForm"):
        return False
    prev = next((t for t in reversed(doc[verb.sent.start:first]) if not t.is_space), None)
    if prev is None or not (prev.text == "," or prev.text in CLOSING_QUOTES):
        return False
    after = [c for c in verb.children if c.i > verb.i]
    if any(c.dep_ in ("ccomp", "xcomp") for c in after):
        return False
    nominal = next((c for c in after if c.dep_ in ("obj", "nsubj", "nsubj:pass")), None)
    return nominal is not None and (nominal.i in mention_tokens or nominal.pos_ == "PROPN"
                                    or bool(forms(nominal) & lex.speaker_words))


def opens_incise(verb) -> bool:
    """"« ... », poursuit cet avocat", "« ... », a attaqué X": the verb, or the first of its
    auxiliaries, comes right after a closing quote and a comma, the place of the verb that
    attributes a quote to its speaker, whatever the parse made of the speaker after it; not
    when a subject of the verb comes before the quote ('X, "querelleur", avait ouvert le feu')."""
    first = verb_group_start(verb)
    doc = verb.doc
    if first < 2 or doc[first - 1].text != "," or doc[first - 2].text not in CLOSING_QUOTES:
        return False
    opening = next((t.i for t in reversed(doc[verb.sent.start:first - 2]) if t.text in OPENING_QUOTES),
                   verb.sent.start)
    return not any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS and c.i < opening for c in verb.children)


def has_threat_object(tok, lex: Lexicon, mention_tokens) -> bool:
    """"menacer": someone is threatened ("menace le gouvernement russe", "les menace") or
    something is threatened to be done ("menace de riposter"); "menace la sécurité" is not
    a statement."""
    if has_actor_object(tok, lex, mention_tokens) or is_incise(tok):
        return True                               # "« ... », a menacé X": the quote is the threat
    for c in tok.children:
        if c.dep_ in ("obj", "iobj") and c.pos_ == "PRON" and c.lower_ in OBJECT_PRONOUNS - {
                "nous", "vous", "me", "m'", "m’", "te", "t'"}:
            return True
        if c.dep_ in ("xcomp", "obl", "obl:arg", "ccomp") and c.pos_ == "VERB" and any(
                g.lower_ in DE_FORMS for g in c.children if g.dep_ == "mark"):
            return True
        if c.dep_ in ("obl", "obl:arg", "obl:mod") and any(
                g.lower_ in DE_FORMS for g in c.children if g.dep_ == "case") and (
                    c.pos_ == "NOUN" and any(forms(c) & set(lex.nouns))):
            return True
    return False


def is_reciprocal(tok) -> bool:
    """"se retrouver" meets only with several subjects ("X et Y se sont retrouvés", "ils se
    retrouvent") or a partner ("avec X"); "il s'est retrouvé seul" is not a meeting, nor is
    the verb with a predicative complement, an adjective, participle or infinitive ("les
    passagers se sont retrouvés bloqués", "ils se retrouvent à payer"): to find oneself so.
    Nor is a reflexive one with a direct object besides its clitic, an attribute the parser
    took for one ("il s'est retrouvé statufié en héros"; not the locution "nez à nez"), nor
    when its "avec" partner is a quantity ("le parti se retrouverait avec 30 sièges"): to end
    up so, or with something."""
    if any(c.dep_ == "xcomp" and (c.pos_ == "ADJ" or c.morph.get("VerbForm") and not any(
            g.dep_ == "mark" for g in c.children)) for c in tok.children):
        return False
    if has_reflexive(tok) and any(c.dep_ == "obj" and c.pos_ in ("NOUN", "ADJ", "VERB")
                                  and not is_reduplicated(c) for c in tok.children):
        return False                              # the clitic is the object: another is an attribute
    for c in tok.children:
        if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS:
            if "Plur" in c.morph.get("Number") or any(g.dep_ == "conj" for g in c.children):
                return True
        if c.dep_.startswith("obl") and case_of(c) in PARTICIPANT_CASES and not is_quantity(c):
            return True
    return False


def is_reduplicated(noun) -> bool:
    """A noun repeated after "à", an adverbial locution of position ("nez à nez", "face à face",
    "côte à côte"), which the parser may take for an object: how people meet, no attribute."""
    return any(c.lower_ == noun.lower_ and case_of(c) == "à" for c in noun.children)


def is_quantity(tok) -> bool:
    """A number, or a noun counted by one ("30", "30 sièges"): how much, not who."""
    return tok.pos_ == "NUM" or any(c.dep_ == "nummod" for c in tok.children)


def has_person_subject(tok, lex: Lexicon, mention_tokens) -> bool:
    """The subject of the verb is someone who can speak: an actor, a proper name, a pronoun or
    a noun of a person, title or actor ("la reine s'est adressée à", "le gouvernement"), not a
    thing ("ce message s'adresse à"). A verb without a subject of its own passes."""
    who = lex.people | lex.contexts.get("actor_description", frozenset())
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    return not subjects or any(c.i in mention_tokens or c.pos_ in ("PROPN", "PRON") or forms(c) & who
                               or any(a.dep_ in ("appos", "flat:name") and a.i in mention_tokens
                                      for a in c.children)    # "le patron de X, Jean Dupont"
                               for c in subjects)


def named_speaker(tok, lex: Lexicon, mention_tokens) -> bool:
    """The one who speaks is named in the subject, or the agent of a participle ("annoncé par
    X"), itself: an actor ("Israël a annoncé"), a title with the name beside it ("le président
    X"), or an institution, title or state authority qualified by an actor's adjective ("le
    gouvernement irlandais", "les autorités françaises"); not a pronoun, a description naming
    someone else ("les soutiens de X", "des dissidents saoudiens") nor a medium. A verb without
    a subject of its own takes its governor's ("va annoncer", "a salué ... et annoncé")."""
    titles = lex.speaker_titles
    verb = tok
    for _ in range(3):
        who = [c for c in verb.children if c.dep_ in SUBJECT_DEPS or (
            c.dep_ == "obl:agent" and case_of(c) == "par")]
        if who or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head

    def names(c) -> bool:
        if c.i in mention_tokens:
            return not any(m.canonical_name in lex.media_names for m in mention_tokens[c.i])
        return any(a.i in mention_tokens and (a.dep_ in ("appos", "flat:name") or (
            a.dep_ == "amod" and forms(c) & titles)) for a in c.children)
    return any(names(c) for c in who)


def has_thing_subject(tok, lex: Lexicon, mention_tokens) -> bool:
    """The verb has a subject of its own and it names no one who can act (a thing: "la liste
    des invités se négocie", "la question se discute"): with the verb's reflexive clitic, a
    pronominal passive, by which the thing is dealt with and no meeting of actors is told."""
    return any(c.dep_ in SUBJECT_DEPS for c in tok.children) \
        and not has_person_subject(tok, lex, mention_tokens)
