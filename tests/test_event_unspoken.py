"""Statement triggers that tell no act of speech (events/unspoken.py): a chamber's rejection
(a vote), a rule that "requires", a declaration filed with an authority, one's own
declarations as the source of an account. French sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events import nlp, run, typed  # noqa: F401  (the session pipeline fixture)

ACTORS = [("Paul Martin", "Paul Martin", "person"), ("Anne Roux", "Anne Roux", "person"),
          ("France", "France", "country"), ("Allemagne", "Allemagne", "country"),
          ("Assemblée nationale", "Assemblée nationale (France)", "organization"),
          ("Sénat", "Sénat (France)", "organization"),
          ("HATVP", "Haute autorité pour la transparence de la vie publique", "organization"),
          ("Bercy", "Bercy", "organization")]


def statements(nlp, text):
    return typed(run(nlp, text, ACTORS), "statement")


@pytest.mark.parametrize("text", [
    "Intro. L'Assemblée nationale a rejeté mardi la technique défendue par Paul Martin.",
    "Intro. Le Sénat a rejeté la réforme de Paul Martin.",
    "Intro. La réforme de Paul Martin a été rejetée par le Sénat.",
    "Intro. Paul Martin a subi trois rejets par les députés de son accord avec la France.",
    "Intro. Les députés ont rejeté jeudi la réforme voulue par Paul Martin.",
])
def test_a_chamber_that_rejects_votes(nlp, text):
    assert statements(nlp, text) == [], run(nlp, text, ACTORS)


@pytest.mark.parametrize("text", [
    "Intro. La France a rejeté les accusations de Paul Martin.",
    "Intro. Le député Paul Martin a rejeté les accusations de la France.",
    "Intro. Paul Martin a dénoncé le rejet du texte par la France.",
])
def test_a_person_or_state_that_rejects_still_speaks(nlp, text):
    assert len(statements(nlp, text)) == 1, run(nlp, text, ACTORS)


@pytest.mark.parametrize("text", [
    "Intro. Paul Martin explique que la législation de la France exigeait une déclaration.",
    "Intro. En France, la loi exige une déclaration de chaque don reçu par Paul Martin.",
    "Intro. Le règlement du Sénat réclame la présence de Paul Martin.",
])
def test_a_rule_does_not_speak(nlp, text):
    assert [e for e in statements(nlp, text) if e.trigger.startswith(("exig", "récla"))] == [], \
        run(nlp, text, ACTORS)


@pytest.mark.parametrize("text", [
    "Intro. La France exige une déclaration de Paul Martin.",
    "Intro. Le texte signé par la France et l'Allemagne exige un cessez-le-feu.",
])
def test_a_speaker_or_a_signed_text_still_demands(nlp, text):
    assert len(statements(nlp, text)) == 1, run(nlp, text, ACTORS)


@pytest.mark.parametrize("text", [
    "Intro. Paul Martin revient sur sa déclaration à la HATVP et explique avoir acheté un appartement.",
    "Intro. Paul Martin a transmis sa déclaration auprès de l'administration fiscale de la France.",
    "Intro. Selon ses déclarations, Paul Martin lui aurait promis son appui, a raconté Anne Roux.",
    "Intro. D'après ses déclarations, Paul Martin était à Berlin ce jour-là.",
])
def test_a_filed_declaration_or_an_account_is_no_statement(nlp, text):
    assert [e for e in statements(nlp, text) if "déclaration" in e.trigger] == [], run(nlp, text, ACTORS)


@pytest.mark.parametrize("text", [
    "Intro. Dans une déclaration à la presse, Paul Martin a condamné l'attaque contre la France.",
    "Intro. Selon une déclaration de la France, Paul Martin a été expulsé.",
])
def test_a_public_declaration_stays(nlp, text):
    assert [e for e in statements(nlp, text) if "déclaration" in e.trigger], run(nlp, text, ACTORS)


@pytest.mark.parametrize("text", [
    "Intro. Après sa défaite, le Sénat réclame à Paul Martin 300 000 euros.",
    "Intro. Dans une lettre, Anne Roux lui réclame près de 50 000 euros.",
    "Intro. La France va réclamer 2 millions d'euros à Paul Martin.",
    "Intro. Les autorités de la France lui réclament cette somme au titre des préjudices subis.",
])
def test_a_sum_of_money_claimed_is_no_statement(nlp, text):
    assert statements(nlp, text) == [], run(nlp, text, ACTORS)


@pytest.mark.parametrize("text", [
    "Intro. La France réclame la libération de Paul Martin, détenu depuis 2019.",
    "Intro. Paul Martin a exigé que la France verse une aide aux sinistrés.",
])
def test_a_demand_that_names_no_sum_stays(nlp, text):
    assert len(statements(nlp, text)) == 1, run(nlp, text, ACTORS)


@pytest.mark.parametrize("text", [
    "Intro. Paul Martin a proposé 400 millions d'euros aux syndicats de la France.",
    "Intro. Paul Martin exige 5 milliards de dollars pour financer le mur.",
])
def test_a_sum_offered_or_asked_of_no_debtor_stays(nlp, text):
    assert len(statements(nlp, text)) == 1, run(nlp, text, ACTORS)


# a proposal that is a text tabled, a vote by a body's members, a ruling by a council that is a
# court (unspoken.tables_a_text, contexts.voting_members, constraints.names_a_court)
MORE_ACTORS = ACTORS + [("Conseil d'État", "Conseil d'État (France)", "organization"),
                        ("Vendôme", "Vendôme", "organization"),
                        ("Parti vert", "Parti vert", "organization")]


def more_statements(nlp, text):
    return typed(run(nlp, text, MORE_ACTORS), "statement")


@pytest.mark.parametrize("text", [
    "Intro. Le député Paul Martin a déposé un amendement proposant de supprimer la taxe.",
    "Intro. La résolution proposée par la France demande un cessez-le-feu.",
    "Intro. Le Parti vert propose une loi contre la fraude fiscale.",
    "Intro. Les actionnaires de Vendôme ont décidé de rejeter la rémunération de Paul Martin.",
    "Intro. Les électeurs ont rejeté la réforme voulue par Paul Martin.",
    "Intro. Plus de la moitié des actionnaires de Vendôme ont rejeté le plan de Paul Martin.",
    "Intro. Le Conseil d'État a rejeté la requête de Paul Martin.",
])
def test_a_tabled_text_a_members_vote_or_a_ruling_is_no_statement(nlp, text):
    assert more_statements(nlp, text) == [], run(nlp, text, MORE_ACTORS)


def test_the_council_that_is_a_court_rules(nlp):
    text = "Intro. Le Conseil d'État a rejeté la requête de Paul Martin."
    assert typed(run(nlp, text, MORE_ACTORS), "legal_action"), run(nlp, text, MORE_ACTORS)


@pytest.mark.parametrize("text", [
    "Intro. Le Parti vert propose une réforme des retraites.",
    "Intro. Paul Martin a proposé à la France de reprendre les négociations.",
    "Intro. Le porte-parole Paul Martin a rejeté la proposition de loi du Parti vert.",
    "Intro. Paul Martin a décidé de rejeter les accusations de la France.",
    "Intro. La moitié des ministres de la France ont rejeté les accusations de Paul Martin.",
    "Intro. Le conseil des ministres de la France a rejeté les accusations de Paul Martin.",
])
def test_a_proposal_or_rejection_in_words_stays(nlp, text):
    assert len(more_statements(nlp, text)) == 1, run(nlp, text, MORE_ACTORS)


@pytest.mark.parametrize("text", [
    "Intro. Paul Martin est visé par une enquête. La justice allemande lui reproche trois "
    "rencontres avec un témoin.",
    "Intro. Paul Martin est désormais accusé par la justice allemande d'avoir détourné des fonds.",
    "Intro. Les autorités judiciaires allemandes ont levé l'accusation d'espionnage visant "
    "Paul Martin.",
])
def test_the_judiciary_charges_and_does_not_speak(nlp, text):
    """The judiciary as the doer of a statement trigger (constraints.by_the_judiciary): a charge
    brought or dropped, a legal action."""
    actors = ACTORS + [("allemande", "Allemagne", "country"), ("allemandes", "Allemagne", "country")]
    assert typed(run(nlp, text, actors), "statement") == [], run(nlp, text, actors)


@pytest.mark.parametrize("text", [
    "Intro. Le ministre de la Justice, Paul Martin, a dénoncé mardi une campagne de calomnies.",
    "Intro. L'Allemagne lui reproche trois rencontres avec un témoin.",
])
def test_a_justice_minister_or_a_state_still_speaks(nlp, text):
    assert statements(nlp, text), run(nlp, text, ACTORS)
