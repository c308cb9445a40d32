"""An organization named only as a person's former affiliation ("la sénatrice (ex-PS) X",
"l'ancienne députée du parti Y") takes no part (events/former.py), and media listed after a
medium that hosts a speaker host him too (events/hosts.py): sentences written for these tests."""
from __future__ import annotations

from newsledger.records import ActorMention
from test_events import nlp, run  # noqa: F401  (the session pipeline fixture; events with hand-built mentions)


def actors_of(events, etype):
    return [{a.canonical_name for a in e.actors} for e in events if e.event_type == etype]


PARTY = ("PPX", "Parti populaire X", "organization")
LEROY = ("Anne Leroy", "Anne Leroy", "person")


def test_an_ex_label_is_no_speaker(nlp):
    text = "La sénatrice (ex-PPX) de la Somme a dénoncé un texte injuste."
    found = actors_of(run(nlp, text, [PARTY]), "statement")
    assert all("Parti populaire X" not in a for a in found)


def test_an_ex_label_is_no_participant_of_another_clause(nlp):
    text = ("Une enquête a été ouverte lundi par le parquet de Lille sur des procurations dans le secteur "
            "remporté par la sénatrice ex-PPX Anne Leroy.")
    found = actors_of(run(nlp, text, [PARTY, LEROY, ("parquet de Lille", "parquet de Lille", "organization")]),
                      "legal_action")
    assert all("Parti populaire X" not in a for a in found)


def test_a_pronoun_does_not_take_up_an_ex_label(nlp):
    text = "La présidente de la région (ex-PPX) était à Lyon lundi. Elle a dénoncé la fermeture des écoles."
    found = actors_of(run(nlp, text, [PARTY]), "statement")
    assert all("Parti populaire X" not in a for a in found)


def test_the_complement_of_a_former_office_is_no_participant(nlp):
    text = ("L'ancienne présidente du PPX devait prononcer un discours jeudi au premier jour de la "
            "conférence de Dallas.")
    found = actors_of(run(nlp, text, [PARTY]), "meeting")
    assert all("Parti populaire X" not in a for a in found)


def test_a_party_that_acts_stays(nlp):
    text = "Le PPX a dénoncé lundi la fermeture des écoles."
    assert {"Parti populaire X"} in actors_of(run(nlp, text, [PARTY]), "statement")
    text = "Le PPX, qui a quitté la majorité, a porté plainte contre le ministre."
    assert any("Parti populaire X" in a for a in actors_of(run(nlp, text, [PARTY]), "legal_action"))


def test_the_person_with_an_ex_label_stays(nlp):
    text = "La sénatrice ex-PPX Anne Leroy a dénoncé un texte injuste."
    assert any("Anne Leroy" in a for a in actors_of(run(nlp, text, [PARTY, LEROY]), "statement"))


def test_a_former_state_named_with_ex_is_a_state(nlp):
    text = "L'ex-URSS a condamné l'attaque."
    found = actors_of(run(nlp, text, [("ex-URSS", "Union soviétique", "country")]), "statement")
    assert {"Union soviétique"} in found


def test_a_parenthesis_glossing_a_former_label_is_a_label_too(nlp):
    from newsledger.extract.events.former import former_labels
    from newsledger.extract.events.participants import mention_token_map
    text = "L'ancienne députée PPX (aujourd'hui rebaptisé Union populaire, UP) voit plus grand."
    doc = nlp(text)
    spans = [("PPX", "Parti populaire X", "PPX"), ("Union populaire", "Union populaire", "Union populaire"),
             ("UP", "Union populaire", "UP)")]             # "UP" of "UP)", not of "populaire"
    mentions = [ActorMention(s, c, "organization", None, 0, text.find(at), text.find(at) + len(s), None)
                for s, c, at in spans]
    labels = former_labels(next(doc.sents), mention_token_map(doc, mentions))
    assert {t.text for t in doc if t.i in labels} >= {"PPX", "Union", "UP"}


MEDIA = [("Radio Une", "Radio Une", "organization"), ("Les Nouvelles", "Les Nouvelles", "organization"),
         ("Télé Sud", "Télé Sud", "organization")]


def with_media(monkeypatch):
    from newsledger.extract.events import lexicon
    lex = lexicon.load_lexicon()
    monkeypatch.setattr(lex, "media_names", lex.media_names | {"Radio Une", "Les Nouvelles", "Télé Sud"},
                        raising=False)


def test_media_listed_after_a_hosting_medium_host_too(nlp, monkeypatch):
    with_media(monkeypatch)
    text = ("« Le retour à la normale, ce n'est pas pour demain », a averti Anne Leroy sur Radio Une/Les "
            "Nouvelles/Télé Sud.")
    found = actors_of(run(nlp, text, [LEROY, *MEDIA]), "statement")
    assert found and all(not a & {"Radio Une", "Les Nouvelles", "Télé Sud"} for a in found)


def test_a_medium_that_acts_stays(nlp, monkeypatch):
    with_media(monkeypatch)
    text = "Radio Une a dénoncé lundi la fermeture des écoles."
    assert {"Radio Une"} in actors_of(run(nlp, text, MEDIA), "statement")


def test_media_names_compare_as_the_guidelines_compare_names():
    from newsledger.extract.events.lexicon import load_lexicon
    media = load_lexicon().media_names
    assert "Cnews" in media and "CNEWS" in media and "Les Échos" in media and "Les Echos" in media
    assert "Parti populaire X" not in media


def test_the_state_of_a_former_office_may_still_act_on_its_holder(nlp):
    text = "Le PPX et l'ancien président brésilien, actuellement emprisonné pour corruption, signent une tribune."
    found = actors_of(run(nlp, text, [("brésilien", "Brésil", "country"), PARTY]), "legal_action")
    assert any("Brésil" in a for a in found)


def test_a_former_candidacy_keeps_its_party_in_the_election_it_names(nlp):
    text = "L'ancien candidat du PPX à l'élection présidentielle s'est moqué du ministre."
    assert any("Parti populaire X" in a for a in actors_of(run(nlp, text, [PARTY]), "election"))


# a person named only as whose former officer someone was ("l'ancien ministre de X") takes no
# part either (former.former_principals)
GARNIER = ("Paul Garnier", "Paul Garnier", "person")
DUBOIS = ("Marc Dubois", "Marc Dubois", "person")


def test_whose_former_minister_is_no_participant_of_an_election(nlp):
    text = ("Seul un référendum est à la hauteur de l'enjeu, a fait valoir l'ancien ministre de Paul "
            "Garnier dans un entretien.")
    assert all("Paul Garnier" not in a for a in actors_of(run(nlp, text, [GARNIER]), "election"))


def test_whose_former_vice_president_is_no_participant_of_a_dating_election(nlp):
    text = ("A deux mois de la présidentielle, l'ancien vice-président de Paul Garnier s'est rendu à "
            "Lyon pour une cérémonie.")
    assert all("Paul Garnier" not in a for a in actors_of(run(nlp, text, [GARNIER]), "election"))


def test_whose_former_adviser_with_an_adjective_is_no_participant(nlp):
    from newsledger.extract.events.former import former_labels
    from newsledger.extract.events.participants import mention_token_map
    text = "L'ancien conseiller spécial de Paul Garnier a commenté la présidentielle."
    doc = nlp(text)
    start = text.find("Paul Garnier")
    mentions = [ActorMention("Paul Garnier", "Paul Garnier", "person", None, 0, start, start + 12, None)]
    labels = former_labels(next(doc.sents), mention_token_map(doc, mentions))
    assert {t.text for t in doc if t.i in labels} == {"Paul", "Garnier"}


def test_a_person_named_beside_the_former_officer_stays(nlp):
    text = ("Paul Garnier et son ancien ministre Marc Dubois ont rencontré mardi le président du "
            "Conseil à Tunis.")
    found = actors_of(run(nlp, text, [GARNIER, DUBOIS]), "meeting")
    assert any("Paul Garnier" in a for a in found)


def test_a_current_office_keeps_its_principal(nlp):
    from newsledger.extract.events.former import former_labels
    from newsledger.extract.events.participants import mention_token_map
    text = "Le conseiller de Paul Garnier a commenté la présidentielle."
    doc = nlp(text)
    start = text.find("Paul Garnier")
    mentions = [ActorMention("Paul Garnier", "Paul Garnier", "person", None, 0, start, start + 12, None)]
    assert not former_labels(next(doc.sents), mention_token_map(doc, mentions))
