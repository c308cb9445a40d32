"""Issue 19, recall of statements (branch issue-19-stmtrec5): a promise made in public by a
named speaker ('promettre') is an announcement of what the speaker will do, which
eval/GUIDELINES.md counts; it takes the options of 'annoncer' (data/event_triggers.json): the
subject names the speaker itself, and after a quote the neutral verb only attributes it; a
promise whose object is another happening's noun only introduces it (option introduces_object:
the aid pledged, the election announced).
Invented sentences: the rule's statements, and controls that must stay without one."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import VALMONT, typed

BORDURIA = ("Bordurie", "Bordurie", "country")
SYLDAVIA = ("Syldavie", "Syldavie", "country")


def test_a_promise_by_a_named_speaker_is_a_statement(nlp):
    for text, actors, speaker in (
            ("Jean Valmont a promis aux agriculteurs de baisser les taxes.", [VALMONT], "Jean Valmont"),
            ("La Bordurie a promis lundi de rouvrir sa frontière avec la Syldavie.",
             [BORDURIA, SYLDAVIA], "Bordurie")):
        (ev,) = typed(run(nlp, text, actors), "statement")
        assert roles(ev)[speaker] == "source", text
        assert ev.statement_kind == "other", text


def test_promising_without_a_speaker_or_as_a_quote_tag_is_no_statement(nlp):
    for text, actors in (
            ("Le match promet d'être serré entre la Bordurie et la Syldavie.", [BORDURIA, SYLDAVIA]),
            ("Jean Valmont, promis à un bel avenir, a quitté la Bordurie.", [VALMONT, BORDURIA]),
            ("« Nous ferons mieux », a promis Jean Valmont.", [VALMONT])):
        assert typed(run(nlp, text, actors), "statement") == [], text


def test_a_promised_happening_is_that_happening_told(nlp):
    text = "Intro. La Bordurie a promis une aide de 30 millions de dollars à la Syldavie."
    evs = run(nlp, text, [BORDURIA, SYLDAVIA])
    assert typed(evs, "statement") == []
    (aid,) = typed(evs, "aid")
    assert {"Bordurie", "Syldavie"} <= set(roles(aid))
