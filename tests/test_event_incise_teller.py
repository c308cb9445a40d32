"""Who tells of an attack in an incise after what is said ("« ... », a affirmé le ministre X",
"..., a indiqué le préfet X") takes no part in it, even when the parser makes the quote's
predicate the subject of the verb of saying (events/commentary.incise_tellers, read for attacks
only). The doer named inside the quote stays. French sentences written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

ACTORS = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("Front du Nord", "Front du Nord", "organization")]


def attack_names(nlp, text):
    return [names(e) for e in typed(run(nlp, text, ACTORS), "attack")]


def test_a_minister_telling_in_an_incise_what_an_attack_caused_takes_no_part(nlp):
    found = attack_names(nlp, "Intro. « L'incendie de la raffinerie est le résultat d'une attaque terroriste », "
                              "a affirmé le ministre de l'Énergie Paul Martin.")
    assert not any("Paul Martin" in n for n in found)


def test_a_teller_after_a_comma_takes_no_part(nlp):
    found = attack_names(nlp, "Intro. La panne géante est la conséquence d'un attentat, a indiqué le préfet "
                              "Claire Dupont.")
    assert not any("Claire Dupont" in n for n in found)


def test_the_doer_named_in_the_quote_stays_without_the_teller(nlp):
    found = attack_names(nlp, "Intro. « La destruction du pont est le fruit d'un bombardement du Front du "
                              "Nord », a affirmé le ministre Paul Martin.")
    assert found and "Front du Nord" in found[0] and "Paul Martin" not in found[0]
