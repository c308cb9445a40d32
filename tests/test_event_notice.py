"""Speech verbs in a sense that is no public act of speech, read from their voice and their 'à'
phrases (events/notice.py): a verb of informing in the passive ("X a été prévenu par Y") tells
a notice received; 'appeler' whose only 'à' phrase is a means of calling or a frequency ("l'a
appelé au téléphone", "à plusieurs reprises") is a phone call, no appeal. A warning in the
active voice and an appeal with its 'à' complement stay. French sentences written for these
tests."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("Syndicat Sud Rail", "Syndicat Sud Rail", "organization")]


def statements(nlp, text):
    return [e for e in run(nlp, text, PEOPLE) if e.event_type == "statement"]


def test_a_passive_notice_with_its_agent_is_no_statement(nlp):
    assert not statements(nlp, "Intro. Le maire Paul Martin avait été prévenu par la ministre Claire "
                               "Dupont de la fermeture de l'usine.")


def test_a_passive_warning_with_a_date_is_no_statement(nlp):
    assert not statements(nlp, "Intro. Le maire Paul Martin a été averti lundi soir par la ministre "
                               "Claire Dupont.")


def test_a_passive_alert_in_the_present_is_no_statement(nlp):
    assert not statements(nlp, "Intro. Les gendarmes sont alertés par le Syndicat Sud Rail d'un "
                               "accident sur la voie.")


def test_a_participle_of_notice_on_its_noun_is_no_statement(nlp):
    assert not statements(nlp, "Intro. Paul Martin, averti par Claire Dupont, a quitté la salle "
                               "avant la fin de la séance.")


def test_a_warning_in_the_active_voice_stays(nlp):
    assert statements(nlp, "Intro. La ministre Claire Dupont a averti mardi que les prix allaient "
                           "encore augmenter.")


def test_a_threat_in_the_passive_stays(nlp):
    assert statements(nlp, "Intro. Le maire Paul Martin a été menacé de poursuites par la ministre "
                           "Claire Dupont.")


def test_a_call_by_telephone_is_no_appeal(nlp):
    assert not statements(nlp, "Intro. Le ministre Paul Martin a rencontré Claire Dupont, qu'il avait "
                               "appelée plusieurs fois au téléphone.")


def test_a_call_repeated_is_no_appeal(nlp):
    assert not statements(nlp, "Intro. Le conseiller Paul Martin a appelé à quatre reprises la ministre "
                               "Claire Dupont dans la soirée.")


def test_an_appeal_repeated_stays(nlp):
    assert statements(nlp, "Intro. Le ministre Paul Martin a appelé à plusieurs reprises les "
                           "grévistes à reprendre le travail.")


def test_an_appeal_made_by_telephone_stays(nlp):
    assert statements(nlp, "Intro. Le ministre Paul Martin a appelé au téléphone la ministre Claire "
                           "Dupont à retirer son projet.")


def test_a_warning_in_an_inverted_incise_stays(nlp):
    assert statements(nlp, "Intro. Le député Paul Martin préside le groupe. Beaucoup de ses collègues "
                           "vont s'abstenir, a-t-il prévenu mardi.")


def test_an_appeal_to_a_resumption_stays(nlp):
    assert statements(nlp, "Intro. Le ministre Paul Martin ne cesse d'appeler à une reprise rapide "
                           "des cours.")


def test_a_warning_with_a_colon_stays(nlp):
    assert statements(nlp, "Intro. Lors d'un meeting, Paul Martin a donc prévenu : il ne soutiendra "
                           "aucune liste.")
