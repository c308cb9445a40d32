"""Who only confirms or tells of a legal action or an attack takes no part in it, in three more
shapes (events/legal.py): a past participle of reporting or announcing that qualifies the
trigger noun ("une arrestation confirmée par X": told_by_participle); an incise whose subject
follows the verb, the quote before it parsed as an adjunct clause, another subject or a conjunct
(told_before_incise, inverted_conjunct); a spokesman of the authority ("le porte-parole de la
police, X": spokesman_words), while the authority itself, which tells of its own act, stays.
French sentences written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

from newsledger.extract.events.legal import teller_tokens

ACTORS = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("Marc Leroy", "Marc Leroy", "person"),
          ("ministère de l'Intérieur", "ministère de l'Intérieur (Serbie)", "organization"),
          ("parquet de Nantes", "parquet de Nantes", "organization")]


def found(nlp, text, etype):
    return [names(e) for e in typed(run(nlp, text, ACTORS), etype)]


def test_who_confirms_an_arrest_in_a_participle_takes_no_part(nlp):
    rows = found(nlp, "Intro. Une arrestation confirmée par Paul Martin devant les députés.", "legal_action")
    assert not any("Paul Martin" in n for n in rows)


def test_the_authority_announcing_its_own_inquiry_in_a_participle_stays(nlp):
    rows = found(nlp, "Intro. Une enquête annoncée par le parquet de Nantes vise Marc Leroy.", "legal_action")
    assert rows and "parquet de Nantes" in rows[0]


def test_the_ministry_whose_spokeswoman_tells_of_an_attack_in_an_incise_takes_no_part(nlp):
    rows = found(nlp, 'Intro. Vers 10h plusieurs hommes armés ont attaqué une école dans le district 4", a '
                      "déclaré une porte-parole du ministère de l'Intérieur, Claire Dupont, précisant que les "
                      "forces spéciales se trouvaient sur place.", "attack")
    assert not any("ministère de l'Intérieur (Serbie)" in n or "Claire Dupont" in n for n in rows)


def tellers_of(nlp, text, trigger, etype):
    doc = nlp(text)
    head = next(t for t in doc if t.text == trigger)
    return {doc[i].text for i in teller_tokens(head, head.sent, {}, etype)}


def test_a_police_spokeswoman_confirming_an_assault_tells_it(nlp):
    told = tellers_of(nlp, "Deux militants ont porté plainte pour agression, a confirmé une porte-parole de la "
                           "police de Nantes, Claire Dupont.", "agression", "attack")
    assert {"Claire", "Dupont"} <= told and "police" not in told


def test_a_police_spokesman_confirming_an_arrest_tells_it_and_the_police_stays(nlp):
    told = tellers_of(nlp, "Deux hommes ont été arrêtés, a confirmé le porte-parole de la police, Paul Martin.",
                      "arrêtés", "legal_action")
    assert {"Paul", "Martin"} <= told and "police" not in told


def test_an_attack_told_in_the_first_person_before_an_incise_keeps_its_speaker(nlp):
    rows = found(nlp, "Intro. « Nos soldats ont attaqué le camp rebelle », a déclaré le ministre Marc Leroy.",
                 "attack")
    assert not rows or any("Marc Leroy" in n for n in rows)
