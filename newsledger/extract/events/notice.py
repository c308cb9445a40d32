"""Speech verbs in a sense that tells no public act of speech, read from their voice and their
'à' phrases.

- **A notice received**: the verbs of informing someone (contexts.notice_verbs: 'prévenir',
  'avertir', 'alerter', the statement verbs of Verb∋Net's class tell-37.2) in the passive voice
  ("X a été prévenu par le préfet", "les pompiers sont prévenus d'un incendie", "les enquêteurs
  ont été alertés par la police canadienne") tell that their subject was informed: the passive
  subject is the recipient (tell-37.2: Agent, Recipient, Topic), and what the sentence tells is
  that it received a notice, not that the agent spoke in public (eval/GUIDELINES.md: a
  statement is a formal public act of speech). A public warning is told in the active voice,
  with its speaker as subject ("a averti que", "« ... », prévient X"). 'menacer' and 'mettre en
  garde' are left out: "X a été menacé de sanctions par Y" tells a threat Y made, often in
  public.
- **A call, not an appeal**: 'appeler' is an appeal through its 'à' complement ("appeler X à la
  retenue", "à manifester"); an 'à' phrase that names a means of calling (contexts.remote_channel:
  "au téléphone") or the frequency locution "à plusieurs reprises" (contexts.frequency_a;
  TLFi s.v. reprise) is an adjunct of the verb, no complement: "qu'il a appelé plusieurs fois
  au téléphone" is a phone call (TLFi s.v. appeler: "appeler qqn au téléphone")."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import A_CASES, is_adjectival_passive, is_past_participle, shares_passive

# the relations of a participle that qualifies the noun it is said of ("les pompiers, prévenus
# par la police"): that noun is its passive subject
QUALIFYING_DEPS = ("acl",)


def is_passive_voice(verb) -> bool:
    """The verb is in the passive: a passive auxiliary 'être' ("a été prévenu", "sont
    alertés"), a participle the tagger took for an adjective after 'être', one sharing a passive
    conjunct's auxiliary, or a past participle qualifying a noun with its agent ("les pompiers,
    prévenus par X"). Not a passive subject alone: the tagger reads the active "a prévenu" as a
    passive participle (the noun "un prévenu") and labels its subject so ("a-t-il prévenu")."""
    return any(c.dep_ == "aux:pass" and c.lemma_ == "être" for c in verb.children) \
        or is_adjectival_passive(verb) or shares_passive(verb) \
        or (verb.dep_ in QUALIFYING_DEPS and is_past_participle(verb)
            and any(c.dep_ == "obl:agent" for c in verb.children))


def receives_a_notice(verb, lex: Lexicon) -> bool:
    """A verb of informing in the passive: its subject is the one informed, no public act of
    speech told (the module's docstring)."""
    return verb.lemma_ in lex.contexts.get("notice_verbs", frozenset()) and is_passive_voice(verb)


def adjunct_a_cases(verb, lex: Lexicon) -> frozenset[int]:
    """The indices of the 'à' words that open an adjunct of the verb, no complement of it: a
    means of calling ("au téléphone") or a frequency ("à quatre reprises")."""
    out = set()
    for c in verb.children:
        if c.dep_.startswith("obl") and (names_a_channel(c, lex) or names_a_frequency(c, lex)):
            out |= {g.i for g in c.children if g.dep_ == "case" and g.lower_ in A_CASES}
    return frozenset(out)


def names_a_channel(noun, lex: Lexicon) -> bool:
    """A word of contexts.remote_channel ("au téléphone")."""
    return noun.lemma_.lower() in lex.contexts.get("remote_channel", frozenset())


def names_a_frequency(noun, lex: Lexicon) -> bool:
    """The plural noun of the locution of frequency ("à plusieurs reprises", "à quatre
    reprises"), with no complement of its own: not the resumption of something ("appeler à une
    reprise du travail")."""
    return noun.lemma_.lower() in lex.contexts.get("frequency_a", frozenset()) \
        and "Plur" in noun.morph.get("Number") and not any(c.dep_ == "nmod" for c in noun.children)
