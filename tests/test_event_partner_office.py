"""A meeting's partner named by an office ("a reçu le chef du parti X", "la rencontre entre Y et
la présidente du parti X"): the organization only says whose office the partner holds, it does
not meet (events/partner_office.py). Sentences written for these tests."""
from __future__ import annotations

from test_event_office import events_with_holder
from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)

BLEU = ("Mouvement Bleu", "Mouvement Bleu", "organization")
MARTIN = ("Paul Martin", "Paul Martin", "person")
NORVEGE = ("Norvège", "Norvège", "country")


def meetings(events):
    return [e for e in events if e.event_type == "meeting"]


def test_the_party_of_the_office_received_is_no_partner(nlp):
    events = run(nlp, "Paul Martin a reçu mardi le chef de file du Mouvement Bleu à Lyon.", [MARTIN, BLEU])
    [ev] = meetings(events)
    assert roles(ev) == {"Paul Martin": "source"}


def test_the_party_of_an_office_after_avec_is_no_partner(nlp):
    events = run(nlp, "Paul Martin s'est entretenu jeudi avec la présidente du Mouvement Bleu.",
                 [MARTIN, BLEU])
    [ev] = meetings(events)
    assert roles(ev) == {"Paul Martin": "source"}


def test_a_meeting_between_an_activist_and_the_candidate_of_a_party_lists_no_party(nlp):
    events = run(nlp, "La rencontre entre la militante et le candidat du Mouvement Bleu était "
                      "très attendue jeudi.", [BLEU])
    assert not meetings(events), events


def test_the_holder_named_with_the_office_is_the_partner(nlp):
    text = ("Marie Durand, présidente du Mouvement Bleu, a tenu un meeting à Lyon samedi. "
            "Paul Martin a reçu mardi la présidente du Mouvement Bleu.")
    [ev] = meetings(events_with_holder(nlp, text))
    assert roles(ev) == {"Paul Martin": "source", "Marie Durand": "target"}


def test_a_party_met_as_such_stays(nlp):
    events = run(nlp, "Paul Martin a rencontré mardi le Mouvement Bleu à Lyon.", [MARTIN, BLEU])
    [ev] = meetings(events)
    assert roles(ev) == {"Paul Martin": "source", "Mouvement Bleu": "target"}


def test_the_state_of_a_head_of_state_received_stays(nlp):
    events = run(nlp, "Paul Martin a reçu mardi le Premier ministre de la Norvège à Lyon.", [MARTIN, NORVEGE])
    [ev] = meetings(events)
    assert roles(ev) == {"Paul Martin": "source", "Norvège": "target"}

