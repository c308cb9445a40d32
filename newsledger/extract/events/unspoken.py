"""Statement triggers that tell no act of speech (eval/GUIDELINES.md: a statement is a formal
public act of speech by a named actor), read from who or what the trigger's doer is:
- a chamber's rejection is its vote ("l'Assemblée a rejeté la technique", "trois rejets par les
  députés de l'accord"): a legislature, or its members named in the plural, rejects by voting,
  whatever it rejects (sense.votes_on_a_bill needs a bill named as the object; this needs none).
  A lone member ("le député X a rejeté les accusations") still speaks;
- a normative text does not speak: "la loi exige", "la législation française réclamait", "les
  exigences du règlement" tell what a rule requires, no one's demand (contexts.normative_text;
  "le texte", "la résolution", "la déclaration" are left out: a signed text "appelle" for its
  signatories);
- a declaration filed with an authority ("sa déclaration à la Haute autorité", "sa déclaration
  auprès de l'administration fiscale"): contexts.filing_office names the bodies that receive
  filings, read from the noun's "à"/"auprès de" complement or the canonical name of the actor it
  names (an acronym); "sa déclaration à la presse" stays;
- one's own declarations as the source of an account ("selon ses déclarations", "d'après leurs
  déclarations"): a possessive "déclaration(s)" under "selon" attributes what a person told
  (often investigators), the way "selon X" attributes a quote; "selon un communiqué du
  ministère", a public act cited, stays (the judged files count it);
- a sum of money claimed from someone ("réclament à X 300 000 euros", "lui réclament cette
  somme"): a debt or damages asked of a debtor, not a public demand. The debtor is a dative
  ("à X", "lui", "leur"); a sum asked with none ("exige 5 milliards pour le mur") is left alone,
  and so is an offer ("a proposé 400 millions d'euros": the judged files count a minister's
  offer). The currency words are those of figure_currencies.tsv (ISO 4217 names) that are
  money on their own; a number or scale word must stand just before the word, or the object be
  a noun of contexts.money_sum ("cette somme")."""
from __future__ import annotations

from functools import lru_cache

from newsledger.extract.events.lexicon import Lexicon
from newsledger.resources import data_dir
from newsledger.extract.events.syntax import DE_CASES, case_of, forms, is_verbal

# the nouns of a chamber itself (contexts.legislature also holds its members' nouns)
CHAMBER_DEPS = ("nsubj", "obl:agent")
ACCOUNT_CASES = {"selon", "après"}              # "selon", "d'après" (the parser's case is "après")
ADDRESSEE_CASES = {"à", "au", "aux", "auprès"}


def _plural(tok) -> bool:
    return "Plur" in tok.morph.get("Number") or tok.lower_.endswith(("s", "x"))


def by_chamber(tok, lex: Lexicon, mention_tokens=None) -> bool:
    """The trigger's doer is a legislature (contexts.chamber: "l'Assemblée", "le Sénat") or its
    members in the plural (contexts.legislature: "les députés"), or the members of another body
    that decides by a vote (contexts.voting_members: "les actionnaires", "les électeurs"), or a
    share of them (contexts.member_share: "la moitié des actionnaires"): the verb's subject or
    "par" agent (or those of the verb whose infinitive complement it is: "les actionnaires ont
    décidé de rejeter"), the noun's "par" complement."""
    chamber = lex.contexts.get("chamber", frozenset())
    members = lex.contexts.get("legislature", frozenset()) | lex.contexts.get("voting_members", frozenset())
    share = lex.contexts.get("member_share", frozenset())

    def chamberish(t) -> bool:
        f = forms(t)
        if f & chamber:
            return True
        if f & share:                             # "la majorité des députés", "la moitié des actionnaires"
            return any(c.dep_ == "nmod" and case_of(c) in DE_CASES and chamberish(c) for c in t.children)
        return bool(f & members) and t.pos_ == "NOUN" and _plural(t)
    if is_verbal(tok):
        doers = [c for c in tok.children if c.dep_ in CHAMBER_DEPS]
        if tok.dep_ == "xcomp":                   # "les actionnaires ont décidé de rejeter"
            doers += [c for c in tok.head.children if c.dep_ in CHAMBER_DEPS]
    else:
        doers = [c for c in tok.children if c.dep_ in ("nmod", "obl:agent") and case_of(c) == "par"]
    return any(chamberish(c) for c in doers)


# how a proposing verb reaches the text it proposes: its object ("propose une loi"), its subject
# ("la proposition de loi propose"), the noun its participle qualifies ("la résolution proposée")
TEXT_DEPS = ("obj", "nsubj", "nsubj:pass")
QUALIFYING_DEPS = ("acl", "acl:relcl", "advcl")


def tables_a_text(tok, lex: Lexicon) -> bool:
    """A proposal that is a text put to a vote (contexts.tabled_text): the verb's object or
    subject ("le parti propose une loi", "l'amendement propose de"), the noun its participle
    qualifies ("la résolution proposée par X"), or the object of the verb its participle or
    gerund depends on ("a déposé un amendement proposant de"); a "de" complement names the
    text too ("une proposition de loi propose"). Tabling a bill or an amendment is a filing in a
    chamber, no public act of speech."""
    texts = lex.contexts.get("tabled_text", frozenset())

    def textual(t) -> bool:
        return bool(forms(t) & texts) or any(
            g.dep_ == "nmod" and case_of(g) in DE_CASES and forms(g) & texts for g in t.children)
    if not is_verbal(tok):
        return False
    nouns = [c for c in tok.children if c.dep_ in TEXT_DEPS]
    if tok.dep_ in QUALIFYING_DEPS:
        head = tok.head
        nouns += [head] if not is_verbal(head) else [c for c in head.children if c.dep_ == "obj"]
    return any(textual(n) for n in nouns)


def by_normative_text(tok, lex: Lexicon) -> bool:
    """The trigger's doer is a rule (contexts.normative_text): a verb's subject ("la loi
    exige"), a noun's "de" complement ("les exigences de la loi")."""
    rules = lex.contexts.get("normative_text", frozenset())
    if is_verbal(tok):
        doers = [c for c in tok.children if c.dep_ == "nsubj"]
    else:
        doers = [c for c in tok.children if c.dep_ == "nmod" and case_of(c) in ("de", "du", "des", "d'")]
    return any(forms(c) & rules for c in doers)


def filed_with_authority(tok, lex: Lexicon, mention_tokens) -> bool:
    """A noun whose "à"/"auprès de" complement is a body that receives filings
    (contexts.filing_office), by its head word or by a word of the canonical name of the actor
    it names ("à la HATVP")."""
    offices = lex.contexts.get("filing_office", frozenset())
    if is_verbal(tok):
        return False

    def office(t) -> bool:
        if forms(t) & offices:
            return True
        return any(w.lower() in offices for m in mention_tokens.get(t.i, ())
                   for w in m.canonical_name.split())
    return any(office(c) for c in addressees(tok))


def addressees(noun):
    """The "à" / "auprès de" complements of a noun, and of the verb it is the object of ("a
    transmis sa déclaration auprès de l'administration"), however the parser hung "auprès"."""
    out = []
    holders = [noun] + ([noun.head] if noun.dep_ == "obj" and noun.head.i != noun.i else [])
    for h in holders:
        for c in h.children:
            if c.lower_ == "auprès":
                out += [g for g in c.children if g.dep_ in ("obl:arg", "obl", "nmod")]
            elif c.dep_ in ("nmod", "obl", "obl:arg", "obl:mod", "iobj") and case_of(c) in ADDRESSEE_CASES:
                out.append(c)
    return out


def own_account(tok) -> bool:
    """A noun with a possessive determiner under "selon" / "d'après" ("selon ses
    déclarations")."""
    if is_verbal(tok):
        return False
    cases = {c.lower_ for k in tok.children if k.dep_ == "case"
             for c in (k, *k.children) if c.i == k.i or c.dep_ == "fixed"}
    if not cases & ACCOUNT_CASES:
        return False
    return any(d.dep_ == "det" and "Yes" in d.morph.get("Poss") for d in tok.children)


SCALE_WORDS = {"million", "millions", "milliard", "milliards", "millier", "milliers", "centaines",
               "dizaines", "billion", "billions"}


@lru_cache(maxsize=1)
def currency_words() -> frozenset[str]:
    """The first word of each currency name of figure_currencies.tsv that is money on its own
    (needs_scale 0), lower case: "euro", "dollar", "rouble"."""
    text = (data_dir("newsledger.extract") / "figure_currencies.tsv").read_text(encoding="utf-8")
    out = set()
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        form, _code, flag = line.split("\t")[:3]
        if flag.strip() == "0":
            out.add(form.split()[0].lower())
    return frozenset(out)


def same_clause(tok, verb) -> bool:
    """`tok` hangs on `verb` with no other verb between them."""
    t = tok
    while t.i != verb.i:
        if t.i != tok.i and t.pos_ in ("VERB", "AUX"):
            return False
        if t.head.i == t.i:
            return False
        t = t.head
    return True


DATIVE_CLITICS = {"lui", "leur"}


def has_dative(verb) -> bool:
    """The verb has a dative: a clitic "lui" / "leur" (whatever the parser calls it) or an
    "à" complement ("réclament à X")."""
    return any(c.lower_ in DATIVE_CLITICS and c.pos_ == "PRON" and c.i < verb.i
               or (c.dep_ in ("iobj", "obl", "obl:arg", "obl:mod") and case_of(c) in ADDRESSEE_CASES)
               for c in verb.children)


def claims_money(verb, lex: Lexicon) -> bool:
    """The verb has a dative (has_dative) and its own clause, after it, names an amount of
    money: a currency word with a number or scale word among the three words before it ("300
    000 euros", "2 milliards de dollars"), or an object of contexts.money_sum ("cette somme")."""
    if not is_verbal(verb) or not has_dative(verb):
        return False
    money, sums = currency_words(), lex.contexts.get("money_sum", frozenset())
    doc = verb.doc
    for t in verb.subtree:
        if t.i <= verb.i or not same_clause(t, verb):
            continue
        f = forms(t)
        if t.dep_ == "obj" and t.head.i == verb.i and f & sums:
            return True
        if t.pos_ == "NOUN" and (f & money) and any(
                w.like_num or w.lower_ in SCALE_WORDS for w in doc[max(t.i - 3, verb.i + 1):t.i]):
            return True
    return False
