"""A statement verb with an inverted subject clitic ("prévient-il", "dénonce-t-elle") has that
clitic for its subject outside a question: a name the parser also made its subject, after the
verb ("au micro de X") or inside the quote before it ("plus vaste que X, prévient-il"), does not
speak (participants.inverted_clitic, subject_indices). Sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

ACTORS = [("Paul Durand", "Paul Durand", "person"), ("Sud Inter", "Sud Inter", "organization"),
          ("Syrie", "Syrie", "country")]


def speakers(nlp, text):
    """The sources of the statements of `text`, one list per statement."""
    return [sorted(a.canonical_name for a in e.actors if a.role == "source")
            for e in run(nlp, text, ACTORS) if e.event_type == "statement"]


def test_the_medium_after_an_inverted_clitic_does_not_speak(nlp):
    text = ("Intro. Le député Paul Durand a réagi mardi. « Nous allons porter plainte contre eux », "
            "prévient-il au micro de Sud Inter.")
    assert speakers(nlp, text) == [["Paul Durand"]]


def test_a_name_inside_the_quote_before_an_inverted_clitic_does_not_speak(nlp):
    text = ("Intro. Le député Paul Durand a réagi mardi. « Le problème est plus vaste que la Syrie, "
            "prévient-il. Il faut agir ».")
    assert speakers(nlp, text) == [["Paul Durand"]]


def test_a_subject_written_after_a_quote_still_speaks(nlp):
    text = "Intro. « Nous allons porter plainte contre eux », a prévenu Paul Durand mardi."
    assert speakers(nlp, text) == [["Paul Durand"]]


def test_the_il_of_an_impersonal_verb_stands_for_no_one(nlp):
    # "me semble-t-il": no verb of saying, the name of the sentence before speaks for nothing here
    text = ("Intro. Paul Durand a réagi mardi. La Syrie a condamné l'attaque, me semble-t-il, "
            "dans un communiqué.")
    assert speakers(nlp, text) == [["Syrie"]]
