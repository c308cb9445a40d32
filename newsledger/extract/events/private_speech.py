"""Speech that is no public act (eval/GUIDELINES.md: a statement is a formal public act of
speech; a quote attributed with "a déclaré" is no event by itself): words told as said in
private ("a critiqué en privé", "a confié en aparté", "s'adresse à ses conseillers"), and the
words of a private person, someone the article gives no title or function, told to the
reporter ("a confié à l'AFP Jean Dupont", "regrette Jean Dupont auprès d'un journaliste").
Speech told in the conditional ("aurait reproché", "regretterait") is the press reporting what
it has heard, unconfirmed and most often said in private, or speech only foreseen ("a dit
qu'il condamnerait"): no public act either; so is speech under a verb in the conditional ("n'aurait
pas hésité à critiquer", under_conditional). Words a medium reveals ("X a proposé à Y de ...,
révèle Le Parisien", "selon les révélations du Monde": revealed_by_medium, contexts.revealing)
were said in private or kept secret: no public act.
(A private person's words that only attribute a quote, "« ... », regrette Jean Dupont", are
left alone: the judged audits count a politician's so attributed words, and a politician is
often named without a title.) The exception is a private person the article presents by age
("Jean Dupont, 55 ans", "Anne Roux, une Lyonnaise de 43 ans", "X, chauffeur de 43 ans", "X,
âgée de 61 ans"), by a description that is no title ("X, enseignante à Lyon", "X, un avocat") or
by kinship ("X, la maman de Y", "sa mère, X": contexts.family and contexts.kin): the news presents so the passer-by, the shopkeeper or the mourner it
interviews, whose words, however attributed ("regrette X", "Elle déplore"), are given to the
reporter, no public act (statement_by_interviewee; the speaker may be taken up by a pronoun,
so the test is on the event's listed speakers, by name). The interviewee is named where the
article quotes them, once or twice ("M. X" after "X"): a politician the article gives an age
and no title ("Theresa May, 62 ans, a annoncé") is named again and again, and keeps the event."""
from __future__ import annotations

import re

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import SUBJECT_DEPS, case_of, forms
from newsledger.extract.words import MONTHS, WEEKDAYS, straight_apostrophes

# the cases of an addressee ("a confié à l'AFP", "auprès d'un journaliste")
ADDRESSEE_CASES = {"à", "au", "aux", "auprès"}
ADDRESSEE_DEPS = ("obl", "obl:arg", "obl:mod", "iobj", "nmod")
SETTING_DEPS = ("obl", "obl:arg", "obl:mod", "advmod", "nmod", "fixed")


def in_private_setting(verb, lex: Lexicon) -> bool:
    """The verb is said in private: an "en" complement of contexts.private_setting ("en privé",
    "en aparté") or an addressee of contexts.entourage with a possessive ("à ses conseillers",
    "devant ses collaborateurs")."""
    setting = lex.contexts.get("private_setting", frozenset())
    entourage = lex.contexts.get("entourage", frozenset())
    for c in verb.children:
        if c.dep_ in SETTING_DEPS and forms(c) & setting and c.i > 0 and c.doc[c.i - 1].lower_ == "en":
            return True
        if c.dep_ in ADDRESSEE_DEPS and forms(c) & entourage and case_of(c) in ADDRESSEE_CASES | {"devant"} \
                and any(d.dep_ == "det" and "Yes" in d.morph.get("Poss") for d in c.children):
            return True
    return False


def told_to_reporter(verb, lex: Lexicon, mention_tokens) -> bool:
    """An addressee of the verb is a medium, a news agency or a reporter ("a confié à l'AFP",
    "raconte à un journaliste", "auprès du Monde")."""
    reporters = lex.contexts.get("reporter", frozenset())

    def reporter(c) -> bool:
        return bool(forms(c) & reporters) or c.text in lex.media_names or any(   # the credited
            m.canonical_name in lex.media_names for m in mention_tokens.get(c.i, ()))  # agency is no actor
    for c in verb.children:
        if c.lower_ == "auprès":                  # the parser may head "auprès de l'AFP" on "auprès"
            if any(reporter(g) for g in c.children if g.dep_ in ADDRESSEE_DEPS):
                return True
        elif c.dep_ in ADDRESSEE_DEPS and case_of(c) in ADDRESSEE_CASES and reporter(c):
            return True
    return False


def speakers(verb):
    """The words naming who speaks: the verb's subjects, or, with none before the verb, the
    first nominal after it, however the parser attached it ("a confié à l'AFP Jean Dupont")."""
    out = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return out or [c for c in verb.children if c.i > verb.i and c.dep_ in ("obj", "nsubj:pass")][:1]


def titled_role(role: str | None, lex: Lexicon) -> bool:
    """A mention's role (ActorMention.role) that holds a title, function or authority word
    (Lexicon.speaker_titles: "ministre de la Santé", "porte-parole du parti"), not only a
    description of the person ("avocat lahori", "boulangère du quartier")."""
    if not role:
        return False
    words = re.findall(r"[\w-]+", straight_apostrophes(role).lower())
    return any(w in lex.speaker_titles for w in words)


def is_private_person(tok, lex: Lexicon, mention_tokens, described: bool = False) -> bool:
    """The word names a person actor whom no mention of the article gives a title or function
    (ActorMention.role), with no title word beside it ("le ministre X"). `described`: a role
    that only describes the person, with no title word (titled_role), does not count ("X, un
    avocat lahori": the role is the description statement_by_interviewee reads)."""
    found = mention_tokens.get(tok.i, ())
    if not found or any(m.actor_type != "person" for m in found):
        return False
    if forms(tok) & lex.speaker_words or any(forms(c) & lex.speaker_words for c in tok.children):
        return False
    names = {m.canonical_name for m in found}
    return not any((titled_role(m.role, lex) if described else m.role)
                   for ms in mention_tokens.values() for m in ms if m.canonical_name in names)


# the endings of the present conditional after the future's stem (mood.CONDITIONAL_ENDINGS
# holds them with the stem's "r", for a check without the lemma)
FUTURE_STEM_ENDINGS = ("ais", "ait", "ions", "iez", "aient")


def conditional_form(tok) -> bool:
    """A finite verb in the conditional: so tagged ("aurait"), or a form the tagger took for an
    imperfect ("regretterait": Tense=Imp) that is the infinitive (less a final "e") plus an
    ending of the conditional, the future's stem of regular verbs ("déplorerait", "dirait";
    not the imperfect "déplorait", "disait")."""
    if "Cnd" in tok.morph.get("Mood"):
        return True
    if "Fin" not in tok.morph.get("VerbForm") or not tok.lemma_.endswith(("er", "ir", "re")):
        return False
    stem = tok.lemma_.lower().removesuffix("e")
    form = tok.lower_
    return form.startswith(stem) and form[len(stem):] in FUTURE_STEM_ENDINGS


def in_conditional(verb) -> bool:
    """The verb's group is in the conditional mood: the verb itself ("regretterait") or its
    auxiliary ("aurait reproché")."""
    return any(conditional_form(t) for t in (verb, *verb.children)
               if t.i == verb.i or t.dep_.startswith("aux"))


def under_conditional(verb) -> bool:
    """The verb is the infinitive complement of a verb in the past conditional, the hearsay of
    the press carried by the governing verb ("n'aurait pas hésité à critiquer", "aurait tenu à
    dénoncer"): the conditional of unconfirmed information told of a past fact (Grevisse, Le Bon
    Usage, the conditional of reported speech) covers the whole verbal group. A governor in the
    present conditional is most often a modal of expectation ("devrait annoncer dimanche"): the
    act is foreseen, not hearsay, and is left to the rules of the unreal."""
    tok = verb
    while tok.dep_ == "xcomp" and tok.head.i != tok.i:
        tok = tok.head
        if any(c.dep_.startswith("aux") and conditional_form(c) for c in tok.children):
            return True
    return False


# the cases by which a revelation is credited to its medium ("selon les révélations du Parisien")
CREDIT_CASES = {"selon", "après"}                 # "d'après" is parsed "de" + "après"


# the words of a medium's name hung on its head ("Canard" + "enchaîné") and the articles its
# canonical name may begin with, left out after "du" ("selon les révélations du Parisien")
NAME_DEPS = ("flat:name", "flat", "amod", "compound")
MEDIA_ARTICLES = ("", "Le ", "La ", "Les ")


def is_medium(tok, lex: Lexicon, mention_tokens) -> bool:
    """The word names a medium: a reporter word (contexts.reporter: "le quotidien",
    "l'hebdomadaire"), a medium's name (Lexicon.media_names) or a mention of one."""
    name = " ".join(t.text for t in sorted([tok, *(c for c in tok.children if c.dep_ in NAME_DEPS)], key=lambda t: t.i))
    return bool(forms(tok) & lex.contexts.get("reporter", frozenset())) \
        or any(f"{article}{name}" in lex.media_names for article in MEDIA_ARTICLES) \
        or any(m.canonical_name in lex.media_names for m in mention_tokens.get(tok.i, ()))


def medium_reveals(tok, lex: Lexicon, mention_tokens) -> bool:
    """`tok` is a verb of revealing (contexts.revealing: "révèle", "a dévoilé") whose subject is
    a medium ("révèle Le Canard enchaîné"), or a noun of revealing credited to a medium by
    "selon" or "d'après" ("selon les révélations du Parisien")."""
    revealing = lex.contexts.get("revealing", frozenset())
    if not forms(tok) & revealing:
        return False
    if tok.pos_ in ("VERB", "AUX"):
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        return any(is_medium(c, lex, mention_tokens) for c in subjects) or not subjects and any(
            is_medium(t, lex, mention_tokens) for t in tok.subtree if t.i > tok.i)   # "a révélé mercredi Le Parisien"
    return case_of(tok) in CREDIT_CASES and any(
        c.dep_ == "nmod" and is_medium(c, lex, mention_tokens) for c in tok.children)


def revealed_by_medium(verb, lex: Lexicon, mention_tokens) -> bool:
    """The verb's sentence credits what it tells to a medium's revelation: the verb, a verb it
    depends on, or a word these govern is a revelation by a medium (medium_reveals: "X a proposé
    à Y de ..., révèle Le Parisien", "Le Canard enchaîné révèle que X a averti ...", "selon les
    révélations du Monde, X a menacé ..."). What the press reveals was said in private or kept
    secret (TLFi, s.v. révéler: faire connaître ce qui était caché, secret): no public act."""
    chain = [verb, *verb.ancestors]
    return any(medium_reveals(t, lex, mention_tokens) for t in chain) or any(
        medium_reveals(c, lex, mention_tokens) for t in chain for c in t.children
        if c.dep_ in ("parataxis", "ccomp", "advcl", "obl", "obl:mod", "nmod", "conj"))


def is_private_speech(verb, lex: Lexicon, mention_tokens) -> bool:
    """Speech that is no public act (the module's docstring)."""
    if in_private_setting(verb, lex) or in_conditional(verb) or under_conditional(verb) \
            or revealed_by_medium(verb, lex, mention_tokens):
        return True
    if not told_to_reporter(verb, lex, mention_tokens):
        return False
    who = speakers(verb)
    return bool(who) and all(is_private_person(t, lex, mention_tokens) for t in who)


# the words between a name's comma and its age ("X, une Lyonnaise de 43 ans", "X, âgée de 61
# ans"): a determiner, a noun or adjective of description, the "de" of the age, a participle
# of age, a capitalised demonym the tagger takes for a proper noun ("une Lyonnaise", no actor)
AGE_GAP_POS = {"DET", "NOUN", "PROPN", "ADJ", "ADP", "VERB"}
AGE_CASES = {"de", "d'", "d’"}
AGE_GAP = 4                                       # at most that many words between comma and age
INTERVIEWEE_MENTIONS = 2                          # at most that many mentions name an interviewee


def age_after(end: int, doc, lex: Lexicon, mention_tokens) -> bool:
    """The tokens after a name ending at token `end` give an age in apposition: a comma, then
    at most AGE_GAP words of description (no title word, no other name, no preposition but the
    "de" of the age), then a number and the noun "ans" ("X, 55 ans", "X, chauffeur de 43
    ans", "X, âgée de 61 ans"; not "X, ministre depuis 3 ans", "X, il y a 3 ans")."""
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return False
    for k in range(end + 2, min(end + 3 + AGE_GAP, len(doc) - 1)):
        t = doc[k]
        if t.like_num and doc[k + 1].lower_ == "ans":
            return True
        if t.pos_ not in AGE_GAP_POS or t.i in mention_tokens or forms(t) & lex.speaker_titles \
                or (t.pos_ == "ADP" and t.lower_ not in AGE_CASES) or t.sent.start != doc[end].sent.start:
            return False
    return False


# the indefinite articles of a description in apposition ("X, un avocat", "X, une habitante")
INDEFINITE_ARTICLES = {"un", "une"}
DESCRIPTION_POS = {"NOUN", "ADJ", "PROPN"}
# the nouns of a date, which a comma after the name opens as an adjunct of time, no description
# ("a averti X, mardi 3 mars, devant ...": words.WEEKDAYS and words.MONTHS)
DATE_NOUNS = frozenset(WEEKDAYS) | frozenset(MONTHS)
DESCRIPTION_REACH = 4                             # at most that many words of description
ANONYMITY_REACH = 12                              # how far after the name anonymity is looked for
NAME_ALTERED_REACH = 4                            # "prénom" to its "modifié": "le prénom a été modifié"
CLAUSE_ENDS = {",", ".", ";", ":", "!", "?", "(", ")", "-", "–", "—"}


def apposition_tokens(end: int, doc):
    """The tokens of the apposition after a name ending at token `end`: from the word after its
    comma to the next punctuation or the sentence's end (none without a comma)."""
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return []
    out = []
    for t in doc[end + 2:]:
        if t.text in CLAUSE_ENDS or t.sent.start != doc[end].sent.start:
            break
        out.append(t)
    return out


def description_after(end: int, doc, lex: Lexicon, mention_tokens) -> bool:
    """The name ending at token `end` is followed by an indefinite description in apposition, the
    way French news presents someone by a kind of person and no office: a comma, "un" or "une",
    then at most DESCRIPTION_REACH nouns or adjectives, none a title, function or authority word
    (Lexicon.speaker_titles) nor an actor, and no actor in the rest of the apposition ("X, un
    avocat de la ville qui ...", "X, une habitante de Y"; not "X, un élu de Y", "X, une
    militante de Greenpeace", "X, un des dirigeants")."""
    words = apposition_tokens(end, doc)
    if not words:
        return False
    if kinship_noun(words, lex):                  # "X, la maman de Y": the relative of someone
        return not any(forms(t) & lex.speaker_titles for t in words)
    if words[0].lower_ in INDEFINITE_ARTICLES:
        words = words[1:]
    elif words[0].pos_ != "NOUN" or function_in_body(words[0]) or words[0].lower_ in DATE_NOUNS:
        return False                              # "X, enseignante à Lyon": a bare noun of description
    description = []
    for t in words[:DESCRIPTION_REACH]:
        if t.pos_ not in DESCRIPTION_POS:
            break
        description.append(t)
    if not any(t.pos_ == "NOUN" for t in description) or any(
            m.actor_type != "country" for t in words for m in mention_tokens.get(t.i, ())):
        return False                              # a place may say where the person lives
    return not any(forms(t) & lex.speaker_titles for t in description)


# the cases of a noun's complement that names the body a function is held in ("directrice de l'ONG")
BODY_CASES = {"de", "du", "des", "d'", "d’"}


def function_in_body(noun) -> bool:
    """A bare noun in apposition whose "de" complement names what it is a function of
    ("X, directrice générale de cette ONG", "X, déléguée de cette entité"): the relational noun
    of an office or post in a body (Riegel, Pellat and Rioul, the noun's complement), who speaks
    for that body, not a private person."""
    return any(c.dep_ == "nmod" and case_of(c) in BODY_CASES for c in noun.children)


# the determiners of a kinship noun that presents a person by a relative ("la maman de Y", "sa mère")
KINSHIP_DETERMINERS = {"le", "la", "l'", "l’", "son", "sa", "ses", "leur", "leurs", "un", "une"}


def kinship_words(lex: Lexicon) -> frozenset[str]:
    """The kinship nouns: contexts.family and contexts.kin (TLFi's nouns of kinship and alliance)."""
    return lex.contexts.get("family", frozenset()) | lex.contexts.get("kin", frozenset())


def kinship_noun(words, lex: Lexicon) -> bool:
    """The words begin with a determiner and a kinship noun ("la maman de Y", "sa fille")."""
    return len(words) >= 2 and words[0].lower_ in KINSHIP_DETERMINERS and bool(forms(words[1]) & kinship_words(lex))


def kinship_before(start: int, end: int, doc, lex: Lexicon) -> bool:
    """The name from token `start` to `end` is in apposition to a kinship noun with a possessive
    ("sa mère, X, ...", "a dénoncé son frère, X"), with no title or function word in an
    apposition after it ("sa compagne, X, une des responsables de la campagne"): the news
    presents so the relative of the person it tells about (a victim, a defendant), a private
    person."""
    return start >= 3 and doc[start - 1].text == "," and kinship_noun(doc[start - 3:start - 1], lex) \
        and doc[start - 3].lower_ in {"son", "sa", "ses", "leur", "leurs"} \
        and not any(forms(t) & lex.speaker_titles for t in apposition_tokens(end, doc))


def anonymity_after(end: int, doc, lex: Lexicon) -> bool:
    """Within ANONYMITY_REACH words after the name ending at token `end` and its comma, in the
    same sentence, a word of contexts.anonymity: the news's way of telling that a private person
    speaks under a borrowed name or none ("X, qui a requis l'anonymat", "X, un nom d'emprunt",
    "X (le prénom a été modifié)")."""
    if end + 1 >= len(doc) or doc[end + 1].text not in (",", "("):
        return False
    anonymity = lex.contexts.get("anonymity", frozenset())
    names = lex.contexts.get("name_word", frozenset())
    altered = lex.contexts.get("name_altered", frozenset())
    window = [t for t in doc[end + 2:end + 2 + ANONYMITY_REACH] if t.sent.start == doc[end].sent.start]
    if any(forms(t) & anonymity for t in window):
        return True
    return any(forms(t) & names and any(forms(u) & altered for u in window[k + 1:k + 1 + NAME_ALTERED_REACH])
               for k, t in enumerate(window))


def name_spans(name: str, mention_tokens):
    """The mentions of the actor `name` as (first token, last token) pairs."""
    own = [i for i, ms in mention_tokens.items() if any(m.canonical_name == name for m in ms)]
    ends = sorted(i for i in own if i + 1 not in own)
    return [(min(k for k in own if k <= i and all(j in own for j in range(k, i + 1))), i) for i in ends]


def unmistakably_presented(name: str, doc, lex: Lexicon, mention_tokens) -> bool:
    """The article presents the actor `name` in a way no public figure is presented, however
    often it names them: as the inverted subject of a quote's incise followed by a description
    with no office ("« ... », dit X, une infirmière de 52 ans qui ...": description_after), or,
    named by one word only, the first name the news gives a private person it does not name in
    full, followed by an age ("Julie, 22 ans"; a public figure's age comes with a full name,
    which becomes the canonical name, "Theresa May, 62 ans")."""
    spans = name_spans(name, mention_tokens)
    if any(incise_subject(start, doc) and description_after(end, doc, lex, mention_tokens)
           for start, end in spans):
        return True
    return len(name.split()) == 1 and any(start == end and age_after(end, doc, lex, mention_tokens)
                                          for start, end in spans)


def presented_as_interviewee(name: str, doc, lex: Lexicon, mention_tokens) -> bool:
    """A mention of the actor `name` is followed by its age in apposition (age_after), stands in
    apposition to a kinship noun with a possessive (kinship_before), or, as the
    inverted subject of an incise (inverted_subject), by an indefinite description with no
    office, bare, indefinite or of kinship (description_after) or by a word of anonymity
    (anonymity_after, or "le prénom a été modifié": contexts.name_word then, within
    NAME_ALTERED_REACH words, contexts.name_altered): the ways French news presents the private
    person it interviews."""
    own = [i for i, ms in mention_tokens.items() if any(m.canonical_name == name for m in ms)]
    ends = sorted(i for i in own if i + 1 not in own)
    starts = {i: min(k for k in own if k <= i and all(j in own for j in range(k, i + 1))) for i in ends}
    return any(age_after(i, doc, lex, mention_tokens) or kinship_before(starts[i], i, doc, lex) or (
        inverted_subject(starts[i], doc) and (
            description_after(i, doc, lex, mention_tokens) or anonymity_after(i, doc, lex))) for i in ends)


def inverted_subject(start: int, doc) -> bool:
    """The name starting at token `start` follows its verb, the inverted subject of a quote's
    incise ("« ... », déplore X, un avocat"; "regrette M. X"): the shape in which the news gives
    the words an interviewee told the reporter, not a person's own appeal ("X, un coach, a lancé
    un appel")."""
    k = start - 1
    while k >= 0 and doc[k].text in ("M.", "Mme", "Mlle"):
        k -= 1
    return k >= 0 and doc[k].pos_ in ("VERB", "AUX")


def incise_subject(start: int, doc) -> bool:
    """The name starting at token `start` is the inverted subject of an incise (inverted_subject),
    its verb's addressee possibly between them ("« ... », dit à l'AFP X": the words from the verb
    to the name are a complement of the verb introduced by "à" or "auprès")."""
    if inverted_subject(start, doc):
        return True
    k = start - 1
    while k >= 0 and doc[k].text in ("M.", "Mme", "Mlle"):
        k -= 1
    if k < 0:
        return False
    addressee = doc[k]
    while addressee.head.i != addressee.i and addressee.head.i < start and addressee.head.pos_ not in ("VERB", "AUX"):
        addressee = addressee.head
    verb = addressee.head
    return verb.pos_ in ("VERB", "AUX") and addressee.dep_ in ADDRESSEE_DEPS \
        and case_of(addressee) in ADDRESSEE_CASES and addressee.left_edge.i == verb.i + 1


def statement_by_interviewee(actors: dict[str, str], doc, lex: Lexicon, mention_tokens) -> bool:
    """Every speaker (role "source") of a statement is a private person presented by age, at
    least one: a person actor no mention gives a title or function (is_private_person), whom
    the article names at most INTERVIEWEE_MENTIONS times and presents by age, an indefinite
    description or anonymity (presented_as_interviewee); named more often, only if the
    presentation is one no public figure gets (unmistakably_presented: a description in a quote's
    incise, "dit à l'AFP X, une infirmière de 52 ans", or a first name alone with an age)."""
    sources = [n for n, r in actors.items() if r == "source"]
    if not sources:
        return False
    for name in sources:
        toks = [i for i, ms in mention_tokens.items() if any(m.canonical_name == name for m in ms)]
        named = {id(m) for i in toks for m in mention_tokens[i] if m.canonical_name == name}
        if not toks or not all(is_private_person(doc[i], lex, mention_tokens, described=True) for i in toks) \
                or not presented_as_interviewee(name, doc, lex, mention_tokens):
            return False
        if len(named) > INTERVIEWEE_MENTIONS and not unmistakably_presented(name, doc, lex, mention_tokens):
            return False
    return True
