"""Aid verbs in another sense, read from their complements: what is granted is a right, a status
or a permission, or what is handed over is put into a case file.

eval/GUIDELINES.md counts as aid the humanitarian, medical, financial or economic aid pledged,
granted or delivered, and rescues and evacuations (CAMEO/PLOVER 07, provide aid). The verbs
'accorder' and 'octroyer' also grant a right, a status or a permission ("accorder le statut de
réfugié", "octroyer un visa", "accorder l'accès"): an administrative decision, no aid, whatever
relief word stands near (contexts.granted_status, read in the direct object or the passive
subject). The verb 'verser' also puts a document into a file ("verser une pièce au dossier",
"aucun élément n'a été versé à la procédure"; TLFi, s.v. verser: "joindre un document à un
dossier"): its "à" complement is then a word of contexts.case_file, and nothing is paid.
General French usage."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import case_of, forms, is_verbal

# the "à" of the file a document is put into ("au dossier", "à la procédure", "aux débats")
FILE_CASES = frozenset({"à", "au", "aux"})


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
    return any(c.dep_ in ("obl", "obl:arg", "obl:mod", "iobj") and case_of(c) in FILE_CASES
               and forms(c) & files for c in verb.children)
