"""The pipeline's lemmatizer reads its lemma index as sets (nlp.lemma_index_as_sets): the same
lemmas as spaCy's own French lemmatizer with the model's tables as shipped; and its tokenizer
splits a double hyphen typed for a dash (nlp.split_double_hyphens)."""
import pytest

# Written for this test: inflected verbs, nouns and adjectives the index knows, forms only the
# suffix rules or the exceptions give, invented words (the rules' out-of-vocabulary branch),
# names, numbers, symbols and punctuation.
SENTENCES = [
    "Les ministres se sont réunis mardi à Bruxelles et ont adopté de nouvelles sanctions.",
    "Elle avait prévenu que les négociations échoueraient si les rebelles refusaient le cessez-le-feu.",
    "Nous partîmes à l'aube ; ils étaient allés plus loin, et vous iriez sans doute aussi.",
    "Les blorgistes zigouillèrent trois frimousques, puis ils tartempionnaient encore.",
    "Le gouvernement a débloqué 2,5 milliards d'euros, soit 12 % du budget, le 3 mars 2019.",
    "Jean-Pierre Dupont et Mme Martin, porte-parole de l'ONU, ont été reçus à l'Élysée.",
    "Des manifestants ont été interpellés ; d'autres se sont dispersés avant minuit !",
    "Ces décisions, jugées inacceptables par Moscou, seront examinées par les tribunaux.",
    "Les États-Unis et la Chine s'affrontent sur les droits de douane et les exportations.",
    "Il faudrait qu'elles soient plus nombreuses à voter : les abstentionnistes l'emportent.",
]


@pytest.fixture(scope="module")
def pipelines():
    import spacy

    from newsledger.extract.nlp import MODEL, get_nlp
    return spacy.load(MODEL), get_nlp()


def test_the_index_holds_the_same_forms_as_sets(pipelines):
    stock, ours = pipelines
    shipped = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    used = ours.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert list(used.keys()) == list(shipped.keys())
    for pos, forms in shipped.items():
        assert isinstance(used[pos], frozenset)
        assert used[pos] == set(forms)
    for name in ("lemma_lookup", "lemma_rules", "lemma_exc"):
        assert ours.get_pipe("lemmatizer").lookups.get_table(name) == \
            stock.get_pipe("lemmatizer").lookups.get_table(name)


def test_same_lemmas_as_spacys_own_lemmatizer(pipelines):
    stock, ours = pipelines
    for text in SENTENCES:
        expected = [(t.text, t.pos_, t.lemma_) for t in stock(text)]
        assert [(t.text, t.pos_, t.lemma_) for t in ours(text)] == expected, text


def test_same_lemmas_from_a_cold_cache(pipelines):
    """Every (word, POS) lemmatized afresh, as in a worker's first batch."""
    stock, ours = pipelines
    lemmatizer = ours.get_pipe("lemmatizer")
    lemmatizer.cache.clear()
    stock.get_pipe("lemmatizer").cache.clear()
    text = " ".join(SENTENCES)
    assert [t.lemma_ for t in ours(text)] == [t.lemma_ for t in stock(text)]
    assert lemmatizer.cache          # the cache still works as spaCy's


def test_a_double_hyphen_typed_for_a_dash_is_a_token_of_its_own(pipelines):
    """nlp.split_double_hyphens: "Iran--," and "--dont" give the word and the dash apart; a
    single hyphen inside a word or a score is left to the model's rules."""
    nlp = pipelines[1]
    words = [t.text for t in nlp.tokenizer("Le chef des Gardiens de l'Iran--, tué --dont on parle-- "
                                           "aux Etats-Unis, perdait 3-1.")]
    assert words[5:9] == ["l'", "Iran", "--", ","]
    assert ["--", "dont"] == words[10:12] and "parle" in words and "Etats-Unis" in words
    assert words[-4:] == ["3", "-", "1", "."]
