"""A legal action told only as the purpose of another act: "pour" or "afin de" + the trigger's
active present infinitive ("il enverra l'armée pour les arrêter", "les négociations pour faire libérer
X", "les lois sont utilisées pour condamner les opposants").

A purpose clause tells what an act is done for, an aim, not a happening (Grevisse, Le bon usage,
the infinitive of purpose; Riegel, Pellat and Rioul, Grammaire méthodique du français, the
circumstantial complements of purpose): it is the subjectless counterpart of "pour que" /
"afin que" + subjunctive, which events/unasserted.py already reads as unasserted. Whether the
arrest, the release or the conviction followed is not told by it. Not the past infinitive
("condamné pour avoir arrêté X", "réputé pour avoir obtenu l'acquittement de X"): "pour" with
the past infinitive gives a cause, what was done (Grevisse, "pour" + infinitif passé). The mark
may stand on a causative verb whose infinitive the trigger is ("pour faire libérer X", "afin de
faire juger Y": the causatives "faire" and "laisser", data/irreality.json causative).

Read for the types with the type option purpose_unreal (legal_action): a meeting is often told
through the purpose of a trip ("s'est rendu à X pour rencontrer Y") and took place, so the rule
stays off the other types.

Not either when the act the purpose is of is told as accomplished: its verb in a compound past
("des agents ont été mobilisés pour interpeller X", "avait envoyé des agents pour arrêter X"), the
passé simple, or a bare past participle ("le tribunal, créé pour juger les responsables"). A
purpose is told with a past accomplished act mostly because it was reached, and the next
sentence counts the fines or names the arrested; with an act to come ("enverra l'armée pour les
arrêter", "je signerai un décret pour relâcher"), going on or habitual ("s'impliquait dans les
négociations pour faire libérer X", "les lois sont utilisées pour condamner"), or only tried
("a tenté d'utiliser son arme pour arrêter X": an infinitive), it is open. The act is the first
verb or predicative adjective above the purpose clause: the parser may hang the clause on a
noun of its sentence ("ont été mobilisés dans la soirée pour verbaliser"). Left: a compound past
with "être" that the tagger reads as a present passive ("sont intervenus", "sont" aux:pass) is
taken for a present."""
from __future__ import annotations

from newsledger.extract.events.syntax import DE_FORMS, PURPOSE_MARKS

# the relations by which an infinitive completes a causative verb ("faire libérer")
CAUSATIVE_DEPS = ("xcomp", "ccomp")


def has_purpose_mark(verb) -> bool:
    """"pour" or "afin" (of "afin de") hung on the verb as its mark, or the infinitive hung with
    its "de" on the adverb "afin", as the parser also reads the locution ("afin d'inculper X":
    "afin" advmod, "inculper" obl:arg of it)."""
    if any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in verb.children):
        return True
    gov = verb.head
    return gov.i != verb.i and gov.lower_ == "afin" and any(
        c.dep_ in ("case", "mark") and c.lower_ in DE_FORMS for c in verb.children)


def is_active_present_infinitive(verb) -> bool:
    """The verb is an infinitive with no auxiliary ("arrêter"): not a past infinitive ("avoir
    arrêté", a cause), nor a passive one ("être jugé", "afin d'être mis en examen"), whose
    subject is the one the act is done to: the act it is the purpose of (a summons, an
    extradition) is the first step of the procedure, which it announces."""
    return "Inf" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children)


def accomplished(verb) -> bool:
    """The verb or predicative adjective is told as an accomplished act: a compound past (an
    "aux:tense" auxiliary: "ont été mobilisés", "avait envoyé"), the passé simple, or a bare past
    participle ("créé pour juger"); not a present, a future, an imperfect, a conditional, a
    subjunctive or an infinitive."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    if any(a.dep_ == "aux:tense" for a in auxiliaries):
        return True
    if not auxiliaries:
        if "Part" in verb.morph.get("VerbForm"):
            return "Past" in verb.morph.get("Tense")
        finite = verb
    else:
        finite = min(auxiliaries, key=lambda a: a.i)
    return "Fin" in finite.morph.get("VerbForm") and "Past" in finite.morph.get("Tense") \
        and "Ind" in finite.morph.get("Mood")


def purpose_of_accomplished(verb) -> bool:
    """The first verb or predicative adjective above the purpose clause of `verb` is told as
    accomplished (see `accomplished`); nouns and names between are passed."""
    cur = verb
    while cur.head.i != cur.i:
        gov = cur.head
        if gov.pos_ in ("VERB", "AUX") or (gov.pos_ == "ADJ" and any(
                c.dep_ == "cop" or c.dep_.startswith("aux") for c in gov.children)):
            return accomplished(gov)
        cur = gov
    return False


def is_purpose_infinitive(head, causatives) -> bool:
    """The trigger verb `head` is a present infinitive introduced by "pour" or "afin de", itself
    or through the causative verb (`causatives`: lemmas) whose infinitive complement it is, and
    the act it is the purpose of is not told as accomplished (see the module's docstring)."""
    if head.pos_ not in ("VERB", "AUX") or not is_active_present_infinitive(head):
        return False
    if has_purpose_mark(head):
        return not purpose_of_accomplished(head)
    gov = head.head
    return head.dep_ in CAUSATIVE_DEPS and gov.i != head.i and gov.lemma_ in causatives \
        and "Inf" in gov.morph.get("VerbForm") and has_purpose_mark(gov) and not purpose_of_accomplished(gov)
