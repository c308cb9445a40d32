"""Issue 19, recall of legal actions and attacks (branch issue-19-attlegal): a verdict of guilt,
a case brought before a court, an appeal lodged, a judicial inquiry opened, an arrest told with
'appréhender', the dismantling of a criminal group, 'mis en garde à vue' (the phrase, not the
warning), an assault, a shelling, a kidnapping or a confinement told by a noun. Each rule with
an invented sentence that must keep its event and one that must not fire."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import DENMARK, VALMONT, typed

NORWAY = ("Norvège", "Norvège", "country")
BRIGADE = ("Brigade rouge", "Brigade rouge", "organization")
COURT = ("tribunal de Lille", "tribunal de Lille", "organization")


def test_a_verdict_of_guilt_is_a_legal_action(nlp):
    text = "Jean Valmont a été reconnu coupable de fraude fiscale mardi."
    (ev,) = typed(run(nlp, text, [VALMONT]), "legal_action")
    assert roles(ev) == {"Jean Valmont": "target"}
    text = "Jean Valmont a été déclaré coupable de corruption par la cour."
    assert len(typed(run(nlp, text, [VALMONT]), "legal_action")) == 1
    # an admission of a fault in words is no verdict
    text = "Jean Valmont se sent coupable de son silence envers la Norvège."
    assert typed(run(nlp, text, [VALMONT, NORWAY]), "legal_action") == []


def test_a_case_brought_an_appeal_lodged_an_inquiry_opened(nlp):
    text = "Jean Valmont a saisi le tribunal de Lille pour contester la décision."
    (ev,) = typed(run(nlp, text, [VALMONT, COURT]), "legal_action")
    assert roles(ev)["Jean Valmont"] == "source"
    text = "Jean Valmont a déposé un recours contre cette décision."
    assert len(typed(run(nlp, text, [VALMONT]), "legal_action")) == 1
    text = "Le parquet a ouvert une information judiciaire contre Jean Valmont pour fraude."
    assert len(typed(run(nlp, text, [VALMONT]), "legal_action")) == 1
    # goods seized, a page opened to information, recourse to force: no legal action
    for text in ("La Norvège a saisi la cargaison de Jean Valmont.",
                 "Jean Valmont a ouvert une information sur son site internet.",
                 "La Norvège a eu recours à la force contre Jean Valmont."):
        assert typed(run(nlp, text, [VALMONT, NORWAY]), "legal_action") == [], text


def test_apprehended_is_an_arrest_only_with_someone_taken(nlp):
    text = "Jean Valmont a été appréhendé par la police norvégienne lundi."
    (ev,) = typed(run(nlp, text, [VALMONT, ("norvégienne", "Norvège", "country")]), "legal_action")
    assert roles(ev)["Jean Valmont"] == "target"
    # to fear a thing
    text = "Jean Valmont appréhende la réaction de la Norvège."
    assert typed(run(nlp, text, [VALMONT, NORWAY]), "legal_action") == []


def test_the_dismantling_of_a_criminal_group_is_a_legal_action(nlp):
    text = "Le Danemark a démantelé un réseau de passeurs à la frontière."
    (ev,) = typed(run(nlp, text, [DENMARK]), "legal_action")
    assert roles(ev) == {"Danemark": "source"}
    # a plant, a camp or a treaty dismantled is no police operation
    text = "Le Danemark a démantelé sa dernière centrale à charbon."
    assert typed(run(nlp, text, [DENMARK]), "legal_action") == []


def test_put_in_police_custody_is_not_a_warning(nlp):
    text = "Jean Valmont a été mis en garde à vue mardi soir."
    (ev,) = typed(run(nlp, text, [VALMONT]), "legal_action")
    assert "Jean Valmont" in roles(ev)
    assert typed(run(nlp, text, [VALMONT]), "statement") == []
    # the warning itself stays a statement
    text = "Jean Valmont a mis en garde la Norvège contre toute escalade."
    assert len(typed(run(nlp, text, [VALMONT, NORWAY]), "statement")) == 1


def test_an_assault_a_shelling_or_a_kidnapping_told_by_a_noun(nlp):
    text = "Les soldats de la Brigade rouge ont lancé l'assaut contre la ville mardi."
    (ev,) = typed(run(nlp, text, [BRIGADE]), "attack")
    assert roles(ev)["Brigade rouge"] == "source"
    text = "Le pilonnage de la ville par la Norvège a fait dix morts."
    assert len(typed(run(nlp, text, [NORWAY]), "attack")) == 1
    text = "La séquestration de Jean Valmont par la Brigade rouge a duré trois mois."
    (ev,) = typed(run(nlp, text, [VALMONT, BRIGADE]), "attack")
    assert roles(ev) == {"Brigade rouge": "source", "Jean Valmont": "target"}
    # an assault in words or a rush on the shops is no armed attack
    for text in ("La Norvège a lancé l'assaut diplomatique contre Jean Valmont.",
                 "Les clients de la Norvège ont pris d'assaut les magasins."):
        assert typed(run(nlp, text, [VALMONT, NORWAY]), "attack") == [], text


def test_a_court_that_condemns_someone_sentences_them(nlp):
    # the penalty hung by the parser on the name, or no penalty at all: the court still sentences
    text = "Un tribunal norvégien a condamné Jean Valmont mardi."
    (ev,) = typed(run(nlp, text, [VALMONT, ("norvégien", "Norvège", "country")]), "legal_action")
    assert roles(ev)["Jean Valmont"] == "target"
    # a prosecutor who condemns someone does so in words; a court's decision condemned by others
    # is no sentence
    for text in ("Le procureur de la Norvège a condamné Jean Valmont.",
                 "La décision du tribunal a été condamnée par Jean Valmont."):
        assert typed(run(nlp, text, [VALMONT, NORWAY]), "legal_action") == [], text


def test_fire_aimed_at_a_target_is_an_attack_not_a_test(nlp):
    text = "La Brigade rouge a tiré des roquettes sur la Norvège mardi."
    (ev,) = typed(run(nlp, text, [BRIGADE, NORWAY]), "attack")
    assert roles(ev) == {"Brigade rouge": "source", "Norvège": "target"}
    assert typed(run(nlp, text, [BRIGADE, NORWAY]), "weapons_test") == []
    text = "Les tirs de missiles de la Brigade rouge contre la Norvège ont fait deux morts."
    assert len(typed(run(nlp, text, [BRIGADE, NORWAY]), "attack")) == 1
    # a test fired into the sea has no target
    text = "La Norvège a tiré deux missiles balistiques sur la mer de Barents."
    assert typed(run(nlp, text, [NORWAY]), "attack") == []
    assert len(typed(run(nlp, text, [NORWAY]), "weapons_test")) == 1
    # nor one fired into a state's exclusive economic zone, which is sea
    text = "La Brigade rouge a tiré un missile balistique sur la zone économique exclusive de la Norvège."
    assert typed(run(nlp, text, [BRIGADE, NORWAY]), "attack") == []
    assert len(typed(run(nlp, text, [BRIGADE, NORWAY]), "weapons_test")) == 1


def test_a_case_brought_that_describes_a_party_of_a_ruling_is_that_ruling(nlp):
    # the court "saisie par X" or the appeals "formés par X" describe a party of the ruling the
    # governing verb tells: one event, told by the ruling
    text = "La cour, saisie par Jean Valmont, a annulé mardi la loi de la Norvège."
    events = typed(run(nlp, text, [VALMONT, NORWAY]), "legal_action")
    assert [e.trigger for e in events] == ["a annulé"]
