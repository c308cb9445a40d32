"""Rule-based sentence boundaries (newsledger/extract/sentences.py) on the real French pipeline."""
import pytest

from newsledger.extract.article import sentences_of


@pytest.fixture(scope="module")
def nlp():
    from newsledger.extract.nlp import get_nlp
    return get_nlp()


def texts(nlp, text):
    return [s.text.strip() for s in sentences_of(nlp(text)) if s.text.strip()]


def test_splits_on_full_stop_before_capital(nlp):
    assert texts(nlp, "Le ministre est arrivé mardi. Il a rencontré son homologue.") == [
        "Le ministre est arrivé mardi.", "Il a rencontré son homologue."]


def test_keeps_long_clause_with_demonyms_in_one_sentence(nlp):
    text = ("Les principaux diplomates français, allemand et italien se sont réunis lundi à Rome "
            "pour discuter de la crise.")
    assert len(texts(nlp, text)) == 1


def test_paragraph_break_is_a_boundary_even_without_punctuation(nlp):
    assert texts(nlp, "Un titre sans point\n\nLe premier paragraphe commence ici.") == [
        "Un titre sans point", "Le premier paragraphe commence ici."]


def test_abbreviations_and_initials_do_not_end_sentences(nlp):
    assert len(texts(nlp, "M. Dupont a parlé avec Mme. Martin et J. Smith hier soir.")) == 1


def test_quote_after_full_stop(nlp):
    out = texts(nlp, "Il a dit : « Nous partirons. » Puis il est sorti.")
    assert len(out) == 2 and out[1] == "Puis il est sorti."


def test_offsets_cover_the_text(nlp):
    text = "Première phrase. Deuxième phrase !\nTroisième ? Oui."
    for s in sentences_of(nlp(text)):
        assert text[s.start:s.end] == s.text
