"""Aid words in another sense, read from their complements: what is granted is a right, a status
or a permission, what is handed over is put into a case file, or the aid noun only says the
kind of an area ("la zone de recherche et de sauvetage").

eval/GUIDELINES.md counts as aid the humanitarian, medical, financial or economic aid pledged,
granted or delivered, and rescues and evacuations (CAMEO/PLOVER 07, provide aid). The verbs
'accorder' and 'octroyer' also grant a right, a status or a permission ("accorder le statut de
réfugié", "octroyer un visa", "accorder l'accès"): an administrative decision, no aid, whatever
relief word stands near (contexts.granted_status, read in the direct object or the passive
subject). The verb 'verser' also puts a document into a file ("verser une pièce au dossier",
"aucun élément n'a été versé à la procédure"; TLFi, s.v. verser: "joindre un document à un
dossier"): its "à" complement is then a word of contexts.case_file, and nothing is paid.
What 'livrer', 'fournir' or 'donner' hands over may also be an account or a piece of
information ("livrer son témoignage", "fournir des explications"; TLFi, s.v. livrer: "livrer un
secret") or a fight ("livrer bataille"): contexts.told_object, no aid.
General French usage."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import A_CASES, DE_FORMS, case_of, forms, is_verbal



def grants_a_status(verb, lex: Lexicon) -> bool:
    """The verb's direct object or passive subject is a right, a status or a permission
    (contexts.granted_status: "a accordé le statut de réfugié", "le visa a été octroyé")."""
    if not is_verbal(verb):
        return False
    granted = lex.contexts.get("granted_status", frozenset())
    return any(c.dep_ in ("obj", "nsubj:pass") and forms(c) & granted for c in verb.children)


def filed_to_a_record(verb, lex: Lexicon) -> bool:
    """The verb has an "à" complement that is a case file or a proceeding (contexts.case_file:
    "versé au dossier", "versé à la procédure"): a document added to it, nothing paid."""
    if not is_verbal(verb):
        return False
    files = lex.contexts.get("case_file", frozenset())
    return any(c.dep_ in ("obl", "obl:arg", "obl:mod", "iobj") and case_of(c) in A_CASES
               and forms(c) & files for c in verb.children)


def names_an_area_kind(noun, lex: Lexicon) -> bool:
    """The aid noun, with no determiner of its own, is the "de" complement of a noun of an area
    (contexts.area), alone or as a conjunct ("la zone de recherche et de sauvetage", "une zone
    d'évacuation"): it classifies the area by what may be done in it, the maritime search and
    rescue region of the SAR Convention or a zone set aside, and tells no operation. General
    French usage: a bare "de" complement of a noun says its kind ("une zone de pêche")."""
    if noun.pos_ != "NOUN" or any(c.dep_ in ("det", "nmod:poss", "nummod") for c in noun.children):
        return False
    areas = lex.contexts.get("area", frozenset())
    phrase = noun.head if noun.dep_ == "conj" and noun.head.i != noun.i else noun
    if phrase.dep_ != "nmod" or phrase.head.i == phrase.i or not forms(phrase.head) & areas:
        return False
    return case_of(phrase) in DE_FORMS and case_of(noun) in DE_FORMS


def gives_an_account(verb, lex: Lexicon) -> bool:
    """The verb's direct object or passive subject is an account, a piece of information or a
    fight (contexts.told_object: "livrer leur témoignage de victimes", "fournir des
    explications aux sinistrés", "livrer bataille"): what is handed over is told, or a fight
    is waged, and no help is given."""
    if not is_verbal(verb):
        return False
    told = lex.contexts.get("told_object", frozenset())
    return any(c.dep_ in ("obj", "nsubj:pass") and forms(c) & told for c in verb.children)
