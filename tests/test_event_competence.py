"""A competence or an entitlement to act (events/competence.py, read by reference.irrealis), on
French sentences written for these tests: an infinitive right after "compétent pour",
"habilité à", "la légitimité pour", however the parser hangs it, names what one may do, no
happening; an act done by a competent court and a competence word elsewhere in the sentence
leave the trigger alone."""
from __future__ import annotations

from test_events import nlp, triggers  # noqa: F401  (the session pipeline fixture)

COURT = [("Cour de justice", "Cour de justice", "organization"), ("Paul Martin", "Paul Martin", "person")]
STATES = [("Paul Martin", "Paul Martin", "person"), ("Bolivie", "Bolivie", "country")]


def test_a_court_competent_to_try_tries_no_one(nlp):
    assert not triggers(nlp, "Intro. Le dossier a été transmis le 3 mars par le greffe à la Cour de justice, "
                             "seule instance compétente pour juger un ministre pour des faits commis dans "
                             "ses fonctions.", COURT, "legal_action")


def test_a_body_empowered_to_prosecute_prosecutes_no_one(nlp):
    assert not triggers(nlp, "Intro. Le dossier de Paul Martin ira en mai à la Cour de justice, seule "
                             "habilitée à poursuivre les ministres.", COURT, "legal_action")


def test_the_legitimacy_to_call_elections_calls_none(nlp):
    assert not triggers(nlp, "Intro. « Nous estimons que Paul Martin a la légitimité pour convoquer des "
                             "élections en Bolivie », a affirmé le ministre.", STATES, "election")


def test_a_trial_by_the_competent_court_stays(nlp):
    assert triggers(nlp, "Intro. La Cour de justice, compétente pour ces faits, a condamné Paul Martin "
                         "à un an de prison.", COURT, "legal_action")


def test_elections_called_by_who_has_legitimacy_stay(nlp):
    assert triggers(nlp, "Intro. Fort de sa légitimité, Paul Martin a convoqué des élections en Bolivie "
                         "pour le mois de juin.", STATES, "election")
