"""A person named by an office ("la présidente du parti X"): the organization of the office does
not speak; the person is the one the article names with that office, or the one the
description takes up (events.office). Sentences written for these tests."""
from __future__ import annotations

from newsledger.extract.article import sentences_of
from newsledger.extract.events import extract_events
from newsledger.records import ActorMention

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)

BLEU = ("Mouvement Bleu", "Mouvement Bleu", "organization")
DURAND = ("Marie Durand", "Marie Durand", "person")
MARTIN = ("Paul Martin", "Paul Martin", "person")


def statements(events):
    return [e for e in events if e.event_type == "statement"]


def events_with_holder(nlp, text):
    """The events of `text` given every mention of Marie Durand, Paul Martin and the Mouvement
    Bleu, Marie Durand's with the role "présidente du Mouvement Bleu" (the office the article
    names her with)."""
    doc = nlp(text)
    sentences = sentences_of(doc)
    mentions = []
    for surface, canonical, kind in (DURAND, MARTIN, BLEU):
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            index = next(s.index for s in sentences if s.start <= start < s.end)
            role = "présidente du Mouvement Bleu" if canonical == "Marie Durand" else None
            mentions.append(ActorMention(surface, canonical, kind, None, index, start, end, role))
            start = text.find(surface, end)
    return extract_events(doc, sentences, mentions)


def test_a_party_is_not_the_speaker_for_its_leader(nlp):
    events = run(nlp, "Le leader du Mouvement Bleu a dénoncé mardi la réforme des retraites.", [BLEU])
    assert not statements(events), events


def test_a_city_hall_is_not_the_speaker_for_its_deputy_mayor_who_was_named_before(nlp):
    events = run(nlp, "Marie Durand ne décolère pas. La deuxième adjointe à la mairie de Lyon a "
                      "vivement critiqué mercredi les nouvelles mesures du préfet.",
                 [DURAND, ("mairie de Lyon", "mairie de Lyon", "organization")])
    [ev] = statements(events)
    assert roles(ev) == {"Marie Durand": "source"}


def test_the_office_holder_named_with_the_office_is_the_speaker(nlp):
    text = ("Marie Durand, présidente du Mouvement Bleu, a tenu un meeting à Lyon samedi. "
            "Paul Martin a pris la parole ensuite. "
            "La présidente du Mouvement Bleu dénonce la réforme des retraites.")
    events = statements(events_with_holder(nlp, text))
    [ev] = [e for e in events if e.trigger == "dénonce"]
    assert roles(ev) == {"Marie Durand": "source"}


def test_a_spokesman_speaks_for_his_ministry(nlp):
    ministry = ("ministère des Affaires étrangères", "ministère des Affaires étrangères", "organization")
    events = run(nlp, "Le porte-parole du ministère des Affaires étrangères a dénoncé les "
                      "nouvelles sanctions.", [ministry])
    [ev] = statements(events)
    assert roles(ev) == {"ministère des Affaires étrangères": "source"}


def test_a_state_stands_for_its_president(nlp):
    events = run(nlp, "Le président de la Bolivie a dénoncé les nouvelles sanctions.",
                 [("Bolivie", "Bolivie", "country")])
    [ev] = statements(events)
    assert roles(ev) == {"Bolivie": "source"}


def test_a_pronoun_takes_up_the_person_named_beside_an_office_not_the_party(nlp):
    text = ("Le porte-parole des députés du Mouvement Bleu Paul Martin a critiqué une réforme "
            "injuste. Il a dénoncé lors d'un point presse une logique comptable.")
    events = run(nlp, text, [MARTIN, BLEU])
    [ev] = [e for e in statements(events) if e.trigger == "a dénoncé"]
    assert roles(ev) == {"Paul Martin": "source"}


def test_a_party_named_again_in_brackets_is_not_the_speaker_for_its_leader(nlp):
    events = run(nlp, "Le leader du Mouvement Bleu (MB) a dénoncé mardi la réforme des retraites.",
                 [BLEU, ("MB", "Mouvement Bleu", "organization")])
    assert not statements(events), events


def test_a_party_is_not_the_speaker_for_its_official_named_after_the_quote(nlp):
    text = ("Marie Durand était l'invitée de la radio mardi. « On va de recul en recul », a fustigé "
            "l'ancienne ministre et maire MB du 7e arrondissement.")
    [ev] = statements(run(nlp, text, [DURAND, ("MB", "Mouvement Bleu", "organization")]))
    assert roles(ev) == {"Marie Durand": "source"}


def test_a_person_close_to_an_office_holder_is_not_the_speaker(nlp):
    text = ("Marie Durand a commenté les incidents à la radio. L'ancienne ministre de la "
            "Culture, proche de Paul Martin, a également étrillé le ministre de l'Économie.")
    [ev] = statements(run(nlp, text, [DURAND, MARTIN]))
    assert roles(ev) == {"Marie Durand": "source"}


def test_the_father_of_the_one_arrested_is_not_arrested(nlp):
    events = run(nlp, "La fille du magnat Paul Martin a été arrêtée jeudi à Lyon.", [MARTIN])
    assert not [e for e in events if "Paul Martin" in roles(e)], events


def test_the_one_arrested_is_still_arrested(nlp):
    events = run(nlp, "Paul Martin a été arrêté jeudi à Lyon.", [MARTIN])
    [ev] = [e for e in events if e.event_type == "legal_action"]
    assert roles(ev) == {"Paul Martin": "target"}


def test_the_speaker_named_after_the_quote_still_speaks(nlp):
    text = "« On va de recul en recul », a fustigé Marie Durand mardi."
    [ev] = statements(run(nlp, text, [DURAND]))
    assert roles(ev) == {"Marie Durand": "source"}


UNION = ("Union citoyenne", "Union citoyenne", "organization")


def test_a_party_is_not_a_participant_for_its_leader_conjoined_in_the_subject(nlp):
    events = run(nlp, "Paul Martin et le patron de l'Union citoyenne se sont entretenus dans la "
                      "semaine.", [UNION, MARTIN])
    [ev] = [e for e in events if e.event_type == "meeting"]
    assert roles(ev) == {"Paul Martin": "source"}


def test_a_party_named_for_its_leader_in_another_clause_is_not_swept_into_her_complaint(nlp):
    events = run(nlp, "La patronne de l'Union citoyenne est déterminée à se défendre et a déposé "
                      "plainte contre l'office.", [UNION])
    assert not any("Union citoyenne" in roles(e) for e in events if e.event_type == "legal_action"), events


def test_a_rank_in_a_party_is_an_office_a_pronoun_does_not_make_the_party_speak(nlp):
    events = run(nlp, "Le numéro un de l'Union citoyenne a formulé les propositions fiscales de son "
                      "parti. Il propose notamment le plafonnement des prestations sociales.", [UNION])
    assert not any(roles(e).get("Union citoyenne") == "source" for e in statements(events)), events


def test_a_party_that_acts_itself_or_through_its_members_is_still_listed(nlp):
    [ev] = statements(run(nlp, "L'Union citoyenne a dénoncé la réforme des retraites.", [UNION]))
    assert roles(ev) == {"Union citoyenne": "source"}
    [ev] = statements(run(nlp, "Les élus de l'Union citoyenne ont dénoncé la réforme des retraites.",
                          [UNION]))
    assert roles(ev) == {"Union citoyenne": "source"}


def test_a_party_label_right_after_the_office_noun_is_not_the_speaker_beside_its_member(nlp):
    text = "« Il faut changer de ligne », a dénoncé le sénateur UC Paul Martin."
    [ev] = statements(run(nlp, text, [MARTIN, ("UC", "Union citoyenne", "organization")]))
    assert roles(ev) == {"Paul Martin": "source"}


def test_a_party_label_right_after_the_office_noun_does_not_speak_for_the_unnamed_member(nlp):
    events = run(nlp, "Le député Union citoyenne a publié un communiqué dénonçant un article mensonger.",
                 [UNION])
    assert not any(roles(e).get("Union citoyenne") == "source" for e in statements(events)), events
