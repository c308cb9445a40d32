"""Issue 19, recall of statements: a participle parted from its auxiliary by an adverbial
phrase (events/displaced.py), a subject the parser hung on the auxiliary, 'se féliciter de'
(option pronominal_too), and the pronoun subject of a verb of judging, who takes no part in
the protest it judges (events/commentary.py). Invented sentences: each rule keeps its true
statement, and a control that must not fire."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import DENMARK, VALMONT, typed

from newsledger.extract.events.displaced import mend_displaced_participles

MOREAU = ("Paul Moreau", "Paul Moreau", "person")


def test_participle_after_an_adverbial_phrase_is_the_verb(nlp):
    for text in ("Le ministre Paul Moreau a de manière répétée condamné les violences.",
                 "Le ministre Paul Moreau a une nouvelle fois condamné les violences.",
                 "Le ministre Paul Moreau a à plusieurs reprises dénoncé les violences."):
        (ev,) = typed(run(nlp, text, [MOREAU]), "statement")
        assert roles(ev) == {"Paul Moreau": "source"}, text
        assert ev.trigger.endswith(("condamné", "dénoncé")), text


def test_participle_after_an_adverbial_phrase_keeps_its_object(nlp):
    text = "Le Danemark a une nouvelle fois appelé Jean Valmont à la retenue."
    (ev,) = typed(run(nlp, text, [DENMARK, VALMONT]), "statement")
    assert roles(ev) == {"Danemark": "source", "Jean Valmont": "target"}


def test_possessed_noun_with_a_participle_is_not_mended(nlp):
    # 'avoir' of possession: the participle qualifies the noun and takes no object
    doc = nlp("Le ministre a une lettre signée par le président.")
    assert mend_displaced_participles(doc, frozenset({"signer"})) == 0
    assert [t.lemma_ for t in doc if t.dep_ == "ROOT"] == ["avoir"]


def test_a_participle_is_mended_for_its_nearest_avoir_only(nlp):
    """Two finite 'avoir' above one participle (a main clause of possession, a relative clause
    whose auxiliary the phrase parts from it): only the relative clause's is its auxiliary;
    mending it for both made a cycle in the parse, which spaCy then refuses (E039)."""
    from newsledger.extract.events.displaced import is_tree

    text = ("A Nantes, Jean Martin a plus de six points d'avance sur les verts avec qui il a de "
            "toute façon conclu un accord.")
    doc = nlp(text, disable=["newsledger_event_participles", "newsledger_event_triggers",
                             "newsledger_event_support"])
    assert mend_displaced_participles(doc, frozenset({"conclure"})) == 1
    assert is_tree(doc)
    main, inner = [t for t in doc if t.text == "a"]
    assert inner.head.lower_ == "conclu" and inner.dep_ == "aux:tense"
    assert [t.i for t in doc if t.dep_ == "ROOT"] == [main.i]
    assert nlp(text)[0].sent.root is not None             # the whole pipeline leaves a tree


def test_mended_clause_has_the_plain_parse(nlp):
    doc = nlp("Le ministre a de manière répétée condamné les violences.")
    part = next(t for t in doc if t.lower_ == "condamné")
    assert part.pos_ == "VERB" and part.lemma_ == "condamner" and part.dep_ == "ROOT"
    assert {c.dep_ for c in part.children} >= {"nsubj", "aux:tense", "obj"}
    assert len(list(doc.sents)) == 1


def test_se_feliciter_de_is_praise(nlp):
    text = "Le ministre Paul Moreau s'est félicité de la décision du Danemark."
    (ev,) = typed(run(nlp, text, [MOREAU, DENMARK]), "statement")
    assert ev.statement_kind == "praise" and roles(ev)["Paul Moreau"] == "source"


def test_se_feliciter_as_a_quote_incise_is_no_statement(nlp):
    # it only attributes the quote, like 'a déclaré'; without a 'de' complement it names
    # nothing praised
    text = "« C'est une victoire », s'est félicité le ministre Paul Moreau."
    assert typed(run(nlp, text, [MOREAU]), "statement") == []
    text = "Le ministre Paul Moreau s'est félicité que le texte soit adopté."
    assert typed(run(nlp, text, [MOREAU]), "statement") == []


def test_pronoun_that_judges_a_protest_takes_no_part_in_it(nlp):
    text = ("Le ministre Paul Moreau est arrivé lundi à Lyon. "
            "Il a condamné les émeutes et les pillages.")
    events = run(nlp, text, [MOREAU])
    assert all("Paul Moreau" not in roles(e) for e in typed(events, "protest"))
    (ev,) = typed(events, "statement")
    assert roles(ev) == {"Paul Moreau": "source"}


def test_two_kinds_of_speech_in_two_sentences_are_two_statements(nlp):
    # the same day does not make a condemnation and an appeal one act
    text = ("Le Danemark a condamné les tirs lundi. "
            "Lundi, il a appelé Jean Valmont à la retenue.")
    kinds = sorted(e.statement_kind for e in typed(run(nlp, text, [DENMARK, VALMONT]), "statement"))
    assert kinds == ["appeal", "disapprove"]


def test_conjoined_speech_verbs_tell_one_statement(nlp):
    text = "Le Danemark a condamné les tirs et appelé Jean Valmont à la retenue."
    assert len(typed(run(nlp, text, [DENMARK, VALMONT]), "statement")) == 1
    # a noun of the statement itself takes up the act told before it
    text = ("Le Danemark a condamné les tirs lundi. "
            "Ce communiqué a appelé Jean Valmont à la retenue.")
    assert len(typed(run(nlp, text, [DENMARK, VALMONT]), "statement")) == 1


JURISTS = ("Fédération mondiale des juristes", "Fédération mondiale des juristes", "organization")
NORDIC = ("Organisation de la coopération nordique", "Organisation de la coopération nordique",
          "organization")


def test_first_conjunct_of_a_plural_subject_hung_as_an_adjunct_speaks(nlp):
    # the parser hangs "La Fédération ..." on the verb as a bare adjunct and takes "le chef
    # de ..." alone for the subject: the plural verb tells the subject is the whole list
    text = ("La Fédération mondiale des juristes, le chef de l'Organisation de la coopération "
            "nordique ainsi que la Fondation Valmont ont salué la décision danoise.")
    (ev,) = typed(run(nlp, text, [JURISTS, NORDIC]), "statement")
    assert roles(ev).get("Fédération mondiale des juristes") == "source"


def test_a_date_before_the_subject_is_no_speaker(nlp):
    text = "Lundi, le ministre Paul Moreau a salué la décision du Danemark."
    (ev,) = typed(run(nlp, text, [MOREAU, DENMARK]), "statement")
    assert roles(ev)["Paul Moreau"] == "source" and roles(ev).get("Danemark") != "source"
