"""Who speaks of a protest, an election, an agreement or an attack takes no part in it (eval/GUIDELINES.md:
an event's actors take part in it; a protest's are its protesters and organisers, an election's
its candidates, parties, voters and the one elected, an agreement's its parties: "X a salué un
accord historique" names no party; branch issue-19-meetagree added agreements, meetings were
measured and left out, a leader who welcomes a summit or a talk is most often in it; branch
issue-19-attack7 added attacks: "X a parlé de scènes dignes d'une guerre civile", "le ministère
des Affaires étrangères a annoncé qu'un ressortissant avait été tué", but armed forces, a
ministry of defence (legal.authority_words, is_authority) and a state telling of its own
unnamed forces (events/own_forces.py) stay, who tell of their own strike or losses). Extends
events/gathering.commentators (the subject of a verb of saying above a protest named in its
adjunct) to three more shapes, read
in dependency terms between the trigger and a verb of saying, judging or talking about:
- a verb of judging or talking about (data/gathering.json evaluate_verb) whose complement
  holds the trigger: "X a jugé étrange la mobilisation", "X a parlé du soulèvement", "X a
  commenté le premier tour"; its subject judges the happening, it does not do it;
- a verb of saying or judging above a clause that has a subject of its own, in which the
  trigger lies: "au lendemain des législatives, le gouvernement devait changer, expliquait
  X", "X a déclaré que la grève avait été suivie"; the speaker tells what others did;
- a verb of saying or judging beside the trigger, not above it, its subject written after
  it in an incise: "« ... le second tour ... », souligne X";
- a verb of judging in a relative clause on the trigger, whose object is the relative pronoun
  (judging_relative): "un scrutin que X refuse de considérer comme un test";
- a copular clause whose subject is the trigger and whose attribute judges it (events/judged.py):
  "Pour X, le premier tour a été un échec", "X a estimé que la mobilisation avait été un succès".
A speaker's name the parse splits ("Donald Trump Jr" with "Jr" hung as an object) is read whole
(office.whole_mentions).
Never when the trigger's phrase or a clause on the way names the speaker again with a
possessive or a personal pronoun ("X a évoqué sa victoire", "X a dit qu'il avait manifesté"),
nor when the trigger lies in the speaker's own phrase ("X, élu en 2017, a déclaré"), nor
through a verb in the first person; an adverbial of stance or turn beside the verb ("de son
côté", "pour sa part", "à son tour": is_stance_adverbial) takes up the speaker as the one who
speaks and names no party. Only the names of the subject's head and appositions go
(gathering.subject_phrases), and only when named nowhere else in the segment.
Hooks: gathering.gathered_actors (protests) and election.election_actors (elections);
without_speakers, for the types of SPOKEN_OF_TYPES, in candidates.segment_candidates."""
from __future__ import annotations

from newsledger.extract.events.gathering import (GatheringWords, gathering_words, in_first_person, named_part,
                                                 subject_phrases)
from newsledger.extract.events.held import TOPIC_NOUNS
from newsledger.extract.events.judged import judges
from newsledger.extract.events.legal import authority_words, is_authority
from newsledger.extract.events.office import whole_mentions
from newsledger.extract.events.own_forces import own_force_tellers
from newsledger.extract.events.participants import after_quote, is_description
from newsledger.extract.events.syntax import (A_CASES, PASSIVE_SUBJECT_DEPS, POSSESSIVES, SUBJECT_DEPS, THIRD_PERSONS,
                                             case_of, forms, is_verbal, only_named_in, speaking_clause,
                                             subtree_indices)

PERSONAL = {"il", "elle", "ils", "elles", "on", "je", "j'", "j’", "nous", "vous", "tu", "lui", "eux",
            "se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "le", "la", "l'", "l’", "les"}
RELATIVES = {"qui", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "lesquelles", "dont"}
OWN_SUBJECT_DEPS = SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS
OBJECT_RELATIVES = {"que", "qu'", "qu’"}


def speakers(head, sent, mention_tokens, words: GatheringWords, saying=frozenset(),
             pronoun_of=None, authority=frozenset(), incise: bool = False) -> set[str]:
    """The actors named only as the subject of a verb that speaks of the trigger `head` (see
    the module's docstring). `pronoun_of`: verb -> the actors its personal pronoun subject
    takes up (participants.resolve_pronoun_subject), when the caller can resolve it.
    `authority`: the words of who may tell of the happening as a party to it
    (legal.authority_words: for an attack, armed forces); a subject phrase that holds one
    (legal.is_authority: "l'armée", "le ministère de la Défense") is no mere speaker.
    `incise`: also the subject of a verb of saying above the trigger written as an incise after
    what is said (incise_tellers), whatever relation the parser gave the quote."""
    if is_verbal(head) and in_first_person(head):
        return set()
    own = subtree_indices(head)
    return (above(head, sent, mention_tokens, words, saying, own, pronoun_of, authority, incise)
            | beside(head, sent, mention_tokens, words, saying, own, authority)
            | judging_relative(head, sent, mention_tokens, words, authority)
            | judges(head, sent, mention_tokens, words.comment_verbs | saying | words.evaluate_verbs, names_back))   # "pour X, la grève a été un échec"


def is_party_teller(verb, authority: frozenset[str], subjects=None) -> bool:
    """A subject of `verb` (or one of `subjects`) is an authority of the happening
    (legal.is_authority): an army that announces its own strike tells of its own act."""
    if not authority:
        return False
    if subjects is None:
        subjects = [c for c in verb.children if c.dep_ in OWN_SUBJECT_DEPS]
    return any(is_authority(s, authority) for s in subjects)


def above(head, sent, mention_tokens, words: GatheringWords, saying, own, pronoun_of=None,
          authority=frozenset(), incise: bool = False) -> set[str]:
    """The subject of the first verb of judging or saying above the trigger, when its
    complement holds the trigger as what is judged or talked about, or holds a clause with a
    subject of its own that holds the trigger. A personal pronoun subject ("Il a condamné les
    émeutes") or a description naming no one ("l'ancienne ministre a évoqué la primaire":
    has_description_subject) stands for the actors `pronoun_of` gives, when the segment names
    them nowhere.
    `incise`: a verb of saying written as an incise after the phrase that holds the trigger
    (incise_tellers) says it, whatever relation the parser gave that phrase, and its inverted
    subject is the speaker."""
    evaluate = words.evaluate_verbs
    verbs = words.comment_verbs | saying | evaluate
    other_subject = has_other_subject(head)
    child, node = head, head.head
    while node.i != child.i:
        if is_verbal(node):
            if in_first_person(node) or names_back(child):
                return set()
            tellers = incise_tellers(node, child) if incise and forms(node) & verbs else []
            if forms(node) & verbs and (other_subject or forms(node) & evaluate or tellers) \
                    and (tellers or is_said(child, node, words)):
                if any(names_back(c) for c in node.children if c.dep_ not in OWN_SUBJECT_DEPS
                       and not is_stance_adverbial(c, words.stance_nouns)):
                    return set()          # "X a commenté sa victoire au premier tour"
                if is_party_teller(node, authority, tellers or None):
                    return set()          # "l'armée a annoncé que la ville avait été bombardée"
                if tellers:               # "« ... une attaque », a affirmé le ministre X"
                    phrase = whole_mentions(set().union(*(named_part(t) for t in tellers)), sent, mention_tokens)
                else:
                    phrase = whole_mentions(subject_phrases(speaking_clause(node)), sent, mention_tokens)
                if phrase & own or any(head.i in subtree_indices(node.doc[i]) for i in phrase):
                    return set()          # "X, élu en 2017, a déclaré": the trigger is X's
                named = only_named_in(sent, phrase, own, mention_tokens)
                if not named and pronoun_of is not None and (has_personal_subject(node)
                                                             or has_description_subject(node)):
                    here = {m.canonical_name for t in sent for m in mention_tokens.get(t.i, ())}
                    named = {n for n in pronoun_of(node) if n not in here}
                return named
            other_subject = other_subject or has_other_subject(node)
        child, node = node, node.head
    return set()


def beside(head, sent, mention_tokens, words: GatheringWords, saying, own, authority=frozenset()) -> set[str]:
    """The subject written after a verb of judging or saying that is not above the trigger
    and does not hold it: an incise after a quote ("« ... », souligne X")."""
    verbs = words.comment_verbs | saying | words.evaluate_verbs
    ancestors = {a.i for a in head.ancestors}
    out: set[str] = set()
    for verb in sent:
        if verb.i == head.i or verb.i in ancestors or verb.i in own or not is_verbal(verb) \
                or not forms(verb) & verbs or not after_quote(verb) or in_first_person(verb) \
                or quotes_first_person(verb, sent):
            continue
        subjects = incise_subjects(verb)
        if is_party_teller(verb, authority, subjects):
            continue
        phrase: set[int] = set()
        for subject in subjects:
            phrase |= named_part(subject)
        if phrase:
            out |= only_named_in(sent, phrase, own, mention_tokens)
    return out


def quotes_first_person(verb, sent) -> bool:
    """A verb before the incise `verb` in the segment has a first-person subject ("« nous avons
    réussi l'opération », répond X"): the speaker tells of an act of their own."""
    return any(is_verbal(t) and in_first_person(t) for t in sent if t.i < verb.i)


def judging_relative(head, sent, mention_tokens, words: GatheringWords, authority=frozenset()) -> set[str]:
    """The subject of a relative clause on the trigger whose verb of judging or talking about
    (data/gathering.json evaluate_verb), or the infinitive it governs, has the relative pronoun
    for its object: "un scrutin que X refuse de considérer comme un test", "la grève que X a
    jugée illégitime" say of the happening what "X a jugé la grève illégitime" says (French
    grammar: the relative pronoun stands for its antecedent in the clause), and X judges it
    without doing it. Not through a first-person verb or a clause that names the subject again
    with a possessive or a personal pronoun ("la victoire qu'il a commentée à sa façon")."""
    evaluate = words.evaluate_verbs
    out: set[str] = set()
    own = subtree_indices(head)
    for clause in head.children:
        if clause.dep_ != "acl:relcl" or not is_verbal(clause) or in_first_person(clause):
            continue
        chain = [clause, *(c for c in clause.children if c.dep_ == "xcomp" and is_verbal(c))]
        # the parse labels the pronoun 'obj' or, tagged a pronoun before a name, 'mark'
        pronoun = next((c for v in chain for c in v.children if c.lower_ in OBJECT_RELATIVES
                        and (c.dep_ == "obj" or (c.dep_ == "mark" and c.pos_ == "PRON"))), None)
        if pronoun is None or not any(forms(v) & evaluate for v in chain) or is_party_teller(clause, authority):
            continue
        if any(names_back(c) for v in chain for c in v.children
               if c.dep_ not in OWN_SUBJECT_DEPS and c.i != pronoun.i and not c.dep_ == "xcomp"):
            continue
        phrase = whole_mentions(subject_phrases(clause), sent, mention_tokens)
        clause_tokens = subtree_indices(clause)
        if phrase:
            out |= only_named_in(sent, phrase, own - clause_tokens, mention_tokens)
    return out


def has_personal_subject(verb) -> bool:
    """A subject that is a personal pronoun of the third person ("il", "elles")."""
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in THIRD_PERSONS for c in verb.children)


def has_description_subject(verb) -> bool:
    """A subject that is a definite description naming no one ("l'ancienne ministre", "le
    chef du parti": participants.is_description), which takes up an actor named before as
    "il" does."""
    return any(c.dep_ in SUBJECT_DEPS and is_description(c) for c in verb.children)


def is_incise(verb) -> bool:
    """A finite verb of saying written after what is said, with its subject after it and
    named by a noun ("..., souligne X", "..., a analysé le politologue X"; the parser may take
    that subject for an object), not a pronoun ("affirme-t-elle": who she is is told before)."""
    return bool(incise_subjects(verb))


def incise_subjects(verb) -> list:
    """The subjects of an incise verb (is_incise): its own subjects, or the object the parser
    made of them, written after it and headed by a noun; none when the verb is not finite or
    a subject is written before it or is a pronoun."""
    if not any("Fin" in t.morph.get("VerbForm") for t in
               [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]):
        return []
    subjects = [c for c in verb.children if c.dep_ in OWN_SUBJECT_DEPS]
    if not subjects:
        subjects = [c for c in verb.children if c.dep_ == "obj"]
    if subjects and all(c.i > verb.i and c.pos_ in ("NOUN", "PROPN") for c in subjects):
        return subjects
    return []


def incise_tellers(verb, said) -> list:
    """The subjects of a verb of saying written as an incise after what is said, when the
    phrase `said` (which holds the trigger) is written before it ("« L'explosion est la
    conséquence d'une attaque », a affirmé le ministre X"; "..., a indiqué la police"): the
    nouns after the finite verb that the parser made its subject or object, the quote before
    it being what is said whatever relation the parser gave it (it may take the quote's
    predicate for the verb's subject). French inverts the subject of a verb of saying in an
    incise (Grevisse, Le bon usage, the inversion in incidental clauses); who is named there
    tells, and does not take part. None when a pronoun, or a subject written before the verb
    other than `said`, is its subject ("affirme-t-il", "X, a-t-il dit")."""
    if said.i > verb.i or not after_quote(verb) or not any(
            "Fin" in t.morph.get("VerbForm") for t in [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]):
        return []
    before = [c for c in verb.children if c.dep_ in OWN_SUBJECT_DEPS and c.i < verb.i and c.i != said.i]
    after = [c for c in verb.children if c.dep_ in OWN_SUBJECT_DEPS + ("obj",) and c.i > verb.i]
    if before or not after or not all(c.pos_ in ("NOUN", "PROPN") for c in after):
        return []
    return after


def is_said(child, verb, words: GatheringWords) -> bool:
    """`child` (the phrase that holds the trigger) is what the verb says or judges: one of its
    complements (data core_complement, or an 'obl:arg'/'iobj' complement: "parler du
    soulèvement"), or the clause before an incise verb ("le gouvernement devait changer,
    expliquait X", which the parser may hang as an adverbial clause); not an adjunct of time,
    place or cause ("à quelques mois des élections, X estime que...")."""
    if child.dep_ in words.core or child.dep_ in ("obl:arg", "iobj"):
        return True
    if is_topic(child, verb, words):
        return True
    return child.dep_ == "advcl" and child.i < verb.i and is_incise(verb)


def is_topic(child, verb, words: GatheringWords) -> bool:
    """`child` is the complement of topic of a verb of judging or talking about (data/gathering.json
    evaluate_verb), whatever relation the parser gave it: a phrase opened by a preposition of topic
    ("X a ironisé sur l'accord", "concernant": topic_case) or headed by the noun of "au sujet de",
    "à propos de" (held.TOPIC_NOUNS: "X s'est exprimé à propos du scrutin"), or the "à" complement
    of a verb of reacting ("X a réagi à l'élection de Y": reaction_verb), which the parser often
    hangs as an adjunct of time or place. What is so talked about or reacted to is not what the
    subject does."""
    if not forms(verb) & words.evaluate_verbs or not child.dep_.startswith("obl"):
        return False
    case = case_of(child)
    if case in words.topic_cases or forms(child) & TOPIC_NOUNS \
            or any(g.dep_ == "fixed" and forms(g) & TOPIC_NOUNS for g in child.children):
        return True
    return case in A_CASES and bool(forms(verb) & words.reaction_verbs)


def has_other_subject(verb) -> bool:
    """The verb (a clause on the way up from the trigger) has a subject of its own that is no
    personal or relative pronoun: who does it is named there, not by the speaker above."""
    return is_verbal(verb) and any(
        c.dep_ in OWN_SUBJECT_DEPS and c.lower_ not in PERSONAL and c.lower_ not in RELATIVES
        for c in verb.children)


def is_stance_adverbial(phrase_root, stance_nouns: frozenset[str]) -> bool:
    """A noun of stance or turn (data/gathering.json stance_noun) with a possessive determiner
    and a preposition: "de son côté", "pour sa part", "à son tour" say that the subject speaks
    for itself, or in turn; the possessive takes up the speaker, not someone named in what is
    said ("X estime de son côté que les grèves ont coûté cher")."""
    children = list(phrase_root.children)
    return bool(forms(phrase_root) & stance_nouns) \
        and any(c.dep_ == "det" and c.lower_ in POSSESSIVES for c in children) \
        and any(c.dep_ == "case" for c in children)


def names_back(phrase_root) -> bool:
    """The phrase on the way holds a possessive or a personal pronoun ("sa victoire", "qu'il
    avait manifesté"; not a reflexive "se"): it may name the speaker again."""
    return any(t.lower_ in POSSESSIVES or (t.pos_ == "PRON" and t.lower_ in PERSONAL
                                            and not t.dep_.startswith("expl"))
               for t in phrase_root.subtree)


SPOKEN_OF_TYPES = ("protest", "election", "agreement", "attack")
# the types whose teller named in an incise after what is said is read whatever the parse of the
# quote (incise_tellers): an attack's; a protest's organiser or an election's candidate often
# tells of their own ("..., a affirmé une organisatrice, X"), so not theirs
INCISE_TYPES = ("attack",)


def without_speakers(etype: str, head, sent, actors: dict[str, str], mention_tokens, lex,
                     pronoun_of=None) -> dict[str, str]:
    """The actors of a protest, election, agreement or attack candidate without those who only
    speak of it; for an attack, not its armed forces (legal.authority_words) nor a state whose
    unnamed forces the sentence tells of (events/own_forces.py), who may announce their own
    strike or their own losses. `pronoun_of`: see speakers."""
    if etype not in SPOKEN_OF_TYPES or not actors:
        return actors
    away = speakers(head, sent, mention_tokens, gathering_words(), lex.saying_verbs, pronoun_of,
                    authority_words(etype, lex), etype in INCISE_TYPES)
    if etype == "attack":                         # events/own_forces.py: "X a annoncé que deux soldats..."
        away -= own_force_tellers(away, sent, mention_tokens)
    return {n: r for n, r in actors.items() if n not in away}
