"""A personal pronoun that takes up a description: "L'élu communiste interpelle le ministre dans
un courrier rendu public par X. Il dénonce ...": "il" is the elected official the subject
describes, not X nor anyone named further back.

French news keeps its topic as the subject from one sentence to the next (Grosz, Joshi and
Weinstein 1995, centering: the preferred center of a sentence is its subject), and names a
person it has already named by a definite description ("l'ancien ministre", "la députée",
"l'élu communiste"): a subject pronoun of a later sentence takes up that description, whether or
not the description's own referent is named in the article's nearby sentences. So the pronoun
names whom the description names (participants.resolve_pronoun_subject, read for the
description as for a description subject), and no name of the sentence of the description or of
the sentences before it that is no subject: the medium that published a letter, the party whose
offices were attacked, a critic named in passing. A current office that takes up no subject
names the first person of the sentence before it ("La réponse de X. La secrétaire d'État a
réagi."; not the X of "la belle-fille de X"); a former one ("l'ancien ministre") takes up a
subject only, as a former office subject does. Not past a sentence nearer the pronoun that
names someone: the pronoun's fallback to that name is left as it was.

The description is the subject of the main verb of a sentence before the pronoun's (the
sentences between having no subject that names anyone; participants reads those first), and no
other subject of that verb is named ("La secrétaire d'État, X, a ...", an apposition the parser
reads as a second subject). It is
a description as participants.is_description reads one (a definite noun of a person's role or
of an actor, lexicon contexts person_role and actor_description) of a person (a title, or a noun
of people of the lexicon: "l'élu", not "l'agence" nor "le pays"), names no one by itself
(unnamed_antecedent.names_no_one: no name beside it, "le député X" is X's), stands outside a
quote when the pronoun does, and agrees with the pronoun in number and in the gender its
determiner or adjective shows ("il" does not take up "l'ancienne ministre"); the titles of those
who speak for another (contexts proxy_office: "le porte-parole du Kremlin") are left to the
rules of offices, their principal acting through them. Only the subject pronouns "il", "elle",
"ils", "elles"."""
from __future__ import annotations

from newsledger.extract.events.lexicon import load_lexicon
from newsledger.extract.events.office import title_forms, title_words
from newsledger.extract.events.person_noun import shown_gender
from newsledger.extract.events.quoted import in_quote
from newsledger.extract.events.syntax import clitic
from newsledger.extract.events.unnamed_antecedent import PRONOUN_GENDER, PRONOUN_NUMBER, main_subjects, names_no_one


def agrees(noun, pronoun) -> bool:
    """The noun agrees with the personal pronoun in number, and, for a singular one, in the
    gender its own words show (person_noun.shown_gender: "la", "l'ancienne"), else, for a noun
    that is no person's title, in its own gender ("l'agence" is no "il"; a title such as
    "ministre" is written of both); a noun that shows none agrees in gender."""
    said = clitic(pronoun)
    if PRONOUN_NUMBER[said] not in noun.morph.get("Number"):
        return False
    if PRONOUN_NUMBER[said] != "Sing":
        return True
    gender = shown_gender(noun)
    if gender is None and not title_forms(noun) & title_words():
        own = noun.morph.get("Gender")
        gender = own[0] if len(own) == 1 else None
    return gender is None or gender == PRONOUN_GENDER[said]


def described_antecedent(pronoun, sent, named: set[int], is_description):
    """The description subject of the main verb of `sent` (a sentence before the pronoun's) that
    the personal subject pronoun `pronoun` takes up, else None (see the module's docstring).
    `named`: the token indices of the sentence's actor mentions; `is_description`: the test of a
    description (participants.is_description)."""
    if clitic(pronoun) not in PRONOUN_NUMBER or sent is None:
        return None
    proxies = load_lexicon().contexts.get("proxy_office", frozenset())
    quoted = in_quote(pronoun.doc, pronoun.idx)
    subjects = main_subjects(sent)
    if not all(names_no_one(s, named) for s in subjects):
        return None                               # "La secrétaire d'État, X, a ...": X's sentence
    people = title_words() | load_lexicon().people
    for s in subjects:
        if s.pos_ == "NOUN" and is_description(s) and title_forms(s) & people and names_no_one(s, named) \
                and agrees(s, pronoun) \
                and not title_forms(s) & proxies and (quoted or not in_quote(s.doc, s.idx)):
            return s
    return None
