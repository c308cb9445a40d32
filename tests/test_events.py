"""Event extraction (flows.extract.events) on French sentences written for these tests."""
from __future__ import annotations

import json

import pytest

from flows.extract.article import sentences_of
from flows.extract.events import LEXICON_PATH, extract_events, load_lexicon
from flows.extract.nlp import get_nlp
from flows.extract.records import EVENT_ROLES, EVENT_TYPES, ActorMention


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def run(nlp, text, actors, published_at=None):
    """Events of `text` with hand-built mentions: actors = [(surface, canonical, type)];
    every occurrence of each surface is a mention."""
    doc = nlp(text)
    sentences = sentences_of(doc)
    mentions = []
    for surface, canonical, kind in actors:
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            index = next(s.index for s in sentences if s.start <= start < s.end)
            mentions.append(ActorMention(surface, canonical, kind, None, index, start, end))
            start = text.find(surface, end)
    events = extract_events(doc, sentences, mentions, published_at)
    names = {m.canonical_name for m in mentions}
    for ev in events:                                   # the record contract
        assert ev.event_type in EVENT_TYPES
        assert text[ev.char_start:ev.char_end] == ev.trigger
        assert 0.0 <= ev.confidence <= 1.0
        assert ev.actors and all(a.canonical_name in names and a.role in EVENT_ROLES
                                 for a in ev.actors)
    return events


def only(events, event_type):
    found = [e for e in events if e.event_type == event_type]
    assert len(found) == 1, events
    return found[0]


def roles(event):
    return {a.canonical_name: a.role for a in event.actors}


def test_lexicon_names_its_source_and_known_types():
    data = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    assert "CAMEO" in data["source"] and "GUIDELINES" in data["source"]
    assert set(data["types"]) <= set(EVENT_TYPES)
    lex = load_lexicon()
    assert "rencontrer" in lex.verbs and "sanction" in lex.nouns


def test_meeting_with_date_and_place(nlp):
    text = "Le chancelier allemand Olaf Scholz et Lula se sont rencontrés mardi à Berlin."
    ev = only(run(nlp, text, [("Olaf Scholz", "Olaf Scholz", "person"),
                              ("Lula", "Luiz Inácio Lula da Silva", "person")],
                  published_at="2023-12-07"), "meeting")
    assert ev.trigger == "se sont rencontrés"
    assert set(roles(ev)) == {"Olaf Scholz", "Luiz Inácio Lula da Silva"}
    assert (ev.date_text, ev.event_date, ev.date_precision) == ("mardi", "2023-12-05", "day")
    assert ev.location == "Berlin"


def test_relative_date_left_unresolved_without_publication_date(nlp):
    text = "Le chancelier allemand Olaf Scholz et Lula se sont rencontrés mardi à Berlin."
    ev = only(run(nlp, text, [("Olaf Scholz", "Olaf Scholz", "person"),
                              ("Lula", "Lula", "person")]), "meeting")
    assert ev.date_text == "mardi" and ev.event_date is None and ev.date_precision is None


def test_statement_condemnation_source_and_target(nlp):
    text = "Le Venezuela a fermement condamné jeudi les frappes aériennes de la Colombie."
    ev = only(run(nlp, text, [("Venezuela", "Venezuela", "country"),
                              ("Colombie", "Colombie", "country")]), "statement")
    assert ev.trigger == "a fermement condamné"
    assert roles(ev)["Venezuela"] == "source"
    assert "Colombie" in roles(ev)


def test_attributed_quote_is_not_an_event(nlp):
    text = "« Nous restons très vigilants », a déclaré Narendra Modi devant la presse."
    assert run(nlp, text, [("Narendra Modi", "Narendra Modi", "person")]) == []


def test_statement_needs_a_named_speaker(nlp):
    text = "Des analystes ont accusé le Chili de négligence."
    assert [e for e in run(nlp, text, [("Chili", "Chili", "country")])
            if e.event_type == "statement"] == []


def test_weapons_test(nlp):
    text = "L'Inde a procédé jeudi à un essai de missile balistique au large de ses côtes."
    ev = only(run(nlp, text, [("Inde", "Inde", "country")]), "weapons_test")
    assert roles(ev) == {"Inde": "source"}


def test_negated_test_is_not_an_event(nlp):
    text = "Le Pakistan n'a pas effectué de tests nucléaires cette année."
    assert run(nlp, text, [("Pakistan", "Pakistan", "country")]) == []


def test_launch_needs_a_space_context(nlp):
    text = "L'Inde a lancé une fusée transportant un satellite d'observation."
    ev = only(run(nlp, text, [("Inde", "Inde", "country")]), "launch")
    assert ev.trigger == "a lancé"
    text = "Le Pérou a lancé une campagne de vaccination."
    assert run(nlp, text, [("Pérou", "Pérou", "country")]) == []


def test_military_exercise(nlp):
    text = "La Turquie et la Grèce ont mené des exercices navals conjoints en mer Égée."
    ev = only(run(nlp, text, [("Turquie", "Turquie", "country"), ("Grèce", "Grèce", "country")]),
              "military_exercise")
    assert set(roles(ev)) == {"Turquie", "Grèce"}
    assert ev.trigger.startswith("exercices")


def test_arms_transfer_supplier_and_recipient(nlp):
    text = "L'Iran aurait livré des drones armés à la Russie."
    ev = only(run(nlp, text, [("Iran", "Iran", "country"), ("Russie", "Russie", "country")]),
              "arms_transfer")
    assert roles(ev) == {"Iran": "source", "Russie": "target"}


def test_arms_purchase_reverses_roles(nlp):
    text = "Le Maroc a acheté des chars et des munitions à l'Espagne."
    ev = only(run(nlp, text, [("Maroc", "Maroc", "country"), ("Espagne", "Espagne", "country")]),
              "arms_transfer")
    assert roles(ev)["Maroc"] == "target"


def test_sale_without_weapons_is_not_an_arms_transfer(nlp):
    text = "Le Canada a vendu du blé à l'Algérie."
    assert run(nlp, text, [("Canada", "Canada", "country"), ("Algérie", "Algérie", "country")]) == []


def test_sanction(nlp):
    text = "L'Union européenne a imposé de nouvelles sanctions contre la Biélorussie."
    ev = only(run(nlp, text, [("Union européenne", "Union européenne", "country"),
                              ("Biélorussie", "Biélorussie", "country")]), "sanction")
    assert roles(ev)["Union européenne"] == "source"


def test_cyber_operation(nlp):
    text = "Des pirates liés au Viêt Nam ont piraté les serveurs du ministère philippin."
    ev = only(run(nlp, text, [("Viêt Nam", "Viêt Nam", "country")]), "cyber_operation")
    assert ev.trigger == "ont piraté"


def test_event_needs_an_actor(nlp):
    assert run(nlp, "Une réunion a eu lieu hier soir dans la capitale.", []) == []


def test_repeated_mentions_of_one_meeting_merge(nlp):
    text = ("Le roi Mohammed VI a reçu le président Emmanuel Macron lundi à Rabat. "
            "Cette rencontre entre Mohammed VI et Emmanuel Macron a porté sur le commerce.")
    events = run(nlp, text, [("Mohammed VI", "Mohammed VI", "person"),
                             ("Emmanuel Macron", "Emmanuel Macron", "person")])
    ev = only(events, "meeting")
    assert ev.sentence_index == 0
    assert set(roles(ev)) == {"Mohammed VI", "Emmanuel Macron"}


def test_distinct_meetings_stay_apart(nlp):
    text = ("Le roi Mohammed VI a reçu le président Emmanuel Macron le 4 octobre 2022 à Rabat. "
            "Leur deuxième sommet entre Mohammed VI et Emmanuel Macron aura lieu en 2024.")
    events = run(nlp, text, [("Mohammed VI", "Mohammed VI", "person"),
                             ("Emmanuel Macron", "Emmanuel Macron", "person")])
    meetings = [e for e in events if e.event_type == "meeting"]
    assert len(meetings) == 2
    assert {m.event_date for m in meetings} == {"2022-10-04", "2024"}


def test_pronoun_subject_takes_the_previous_subject(nlp):
    text = ("L'Iran affirme vouloir la paix. "
            "Pourtant, le mois dernier, il a tiré trois missiles balistiques en mer.")
    ev = only(run(nlp, text, [("Iran", "Iran", "country")], published_at="2024-05-10"),
              "weapons_test")
    assert roles(ev) == {"Iran": "source"}
    assert (ev.event_date, ev.date_precision) == ("2024-04", "month")
