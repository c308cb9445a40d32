"""Happenings: event mentions linked across articles, through the real staging and publish
path on a small DuckDB file (the linking rule is sql/happenings/rule.sql)."""
from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from newsledger.records import ActorMention, ArticleFacts, Event, EventActor, Sentence, SourceDocument
from newsledger.warehouse import db as wdb
from newsledger.warehouse.happenings import rule_links, type_groups
from newsledger.warehouse.keys import stable_id
from newsledger.warehouse.linking import Link, link
from newsledger.warehouse.publish import publish
from newsledger.warehouse.sqlfiles import read_sql
from newsledger.warehouse.stage import StagedArticle, stage_batch

# Our own short sentences (no article text): actor, verb, date.
PYONGYANG = ("Corée du Nord", "country", "KP")
SEOUL = ("Corée du Sud", "country", "KR")


def article(name: str, published: str, sentence: str, trigger: str, event_type: str,
            actors: list[tuple[tuple[str, str, str], str]], date: str | None = None,
            precision: str | None = None, kind: str | None = None, site: str = "exemple.fr"):
    """One article of one sentence with one event; actors: ((name, type, country), role)."""
    mentions = []
    for (actor, actor_type, country), _role in actors:
        start = sentence.index(actor)
        mentions.append(ActorMention(actor, actor, actor_type, country, 0, start, start + len(actor)))
    start = sentence.index(trigger)
    event = Event(event_type, trigger, 0, start, start + len(trigger), event_date=date,
                  date_precision=precision, confidence=0.8, statement_kind=kind,
                  actors=[EventActor(a[0], role) for a, role in actors])
    facts = ArticleFacts(sentences=[Sentence(0, 0, len(sentence), sentence)], mentions=mentions,
                         events=[event])
    doc = SourceDocument(source=f"https://{site}/{name}", source_kind="url", title=None,
                         body=sentence, content_hash=name, language="fr", published_at=published,
                         site_name=site)
    return StagedArticle(doc=doc, article_id=f"a-{name}", facts=facts)


def load(con, run_id: str, *articles: StagedArticle, on_linked=None) -> dict:
    stage_batch(con, list(articles), run_id, datetime(2024, 1, 1))
    return publish(con, run_id, on_linked=on_linked)


def happenings(con) -> dict[str, list[str]]:
    """happening_id -> the articles of its reports."""
    rows = con.execute("select happening_id, list(article_id order by article_id) "
                       "from fact_events where happening_id is not null group by 1").fetchall()
    return dict(rows)


@pytest.fixture
def con(tmp_path):
    c = wdb.connect(tmp_path / "h.duckdb")
    wdb.ensure_schema(c)
    yield c
    c.close()


def launch(name, published, date=None, precision=None, actor=PYONGYANG, site="exemple.fr"):
    text = f"{actor[0]} a lancé un satellite."
    return article(name, published, text, "a lancé", "launch", [(actor, "source")], date, precision,
                   site=site)


def test_two_reports_of_one_launch_are_one_happening(con):
    linked = []
    counts = load(con, "r1", launch("un", "2024-03-02", "2024-03-01", "day"),
                  launch("deux", "2024-03-03", "2024-03-01", "day", site="autre.fr"),
                  on_linked=linked.append)
    assert counts["happenings_linked"] == 2
    assert (linked[0]["linked"], linked[0]["pairs"], linked[0]["merged"]) == (2, 1, 0)
    found = happenings(con)
    assert list(found.values()) == [["a-deux", "a-un"]]
    row = con.execute("select n_reports, n_articles, n_sources, event_date, date_precision, "
                      "event_type, cameo_root, quad_class from fact_happenings").fetchall()
    assert [tuple(map(str, r)) for r in row] == [("2", "2", "2", "2024-03-01", "day", "launch", "15", "4")]
    assert con.execute("select count(*) from bridge_happening_actors").fetchone()[0] == 1


def test_bridging_report_merges_and_rerun_keeps_ids(con):
    load(con, "r1", launch("un", "2024-03-02", "2024-03-01", "day"))
    load(con, "r2", launch("deux", "2024-03-04", "2024-03-03", "day"))
    apart = happenings(con)
    assert len(apart) == 2                        # two days apart: two launches
    # undated, published on the 2nd: a day from both -> bridges them
    load(con, "r3", launch("trois", "2024-03-02"))
    merged = happenings(con)
    assert list(merged.values()) == [["a-deux", "a-trois", "a-un"]]
    assert set(merged) <= set(apart)              # the merged happening keeps one of the old ids
    assert list(merged) == [min(apart)]
    before = con.execute("select * from fact_happenings order by all").fetchall()
    load(con, "r4")                               # a run with nothing new
    assert happenings(con) == merged
    assert con.execute("select * from fact_happenings order by all").fetchall() == before


def test_different_dates_or_actors_stay_apart(con):
    load(con, "r1", launch("un", "2024-03-02", "2024-03-01", "day"),
         launch("deux", "2024-03-12", "2024-03-11", "day"),
         launch("trois", "2024-03-02", "2024-03-01", "day", actor=SEOUL))
    assert sorted(map(len, happenings(con).values())) == [1, 1, 1]


def test_opposite_statements_stay_apart_and_are_coded_by_kind(con):
    a = article("un", "2024-03-02", "Corée du Nord a condamné Corée du Sud.", "a condamné",
                "statement", [(PYONGYANG, "source"), (SEOUL, "target")], kind="disapprove")
    b = article("deux", "2024-03-02", "Corée du Sud a condamné Corée du Nord.", "a condamné",
                "statement", [(SEOUL, "source"), (PYONGYANG, "target")], kind="disapprove")
    load(con, "r1", a, b)
    assert len(happenings(con)) == 2
    coded = con.execute("select distinct cameo_root, quad_class, goldstein from fact_events").fetchall()
    assert coded == [("11", 3, -2.0)]


JAPAN = ("Japon", "country", "JP")
CHINA = ("Chine", "country", "CN")


def test_a_report_naming_fewer_actors_joins_one_naming_them_all(con):
    """Actor share against the smaller set: {A} against {A, B, C} links (the Jaccard share,
    a third, would not); the sentences share their rare words."""
    a = article("un", "2024-03-02", "Corée du Nord a lancé un satellite espion Malligyong.", "a lancé",
                "launch", [(PYONGYANG, "source")])
    b = article("deux", "2024-03-02",
                "Corée du Nord a lancé un satellite espion Malligyong, Japon et Chine inquiets.",
                "a lancé", "launch", [(PYONGYANG, "source"), (JAPAN, "target"), (CHINA, "target")],
                site="autre.fr")
    load(con, "r1", a, b)
    assert list(happenings(con).values()) == [["a-deux", "a-un"]]


def test_reports_dated_the_same_day_with_nothing_salient_in_common_stay_apart(con):
    """Both dated to the day, one actor in common, but not one rare word of their sentences
    in common: two occurrences."""
    a = article("un", "2024-03-02", "Corée du Nord a tiré deux missiles balistiques vers la mer orientale depuis la province côtière.",
                "a tiré", "weapons_test", [(PYONGYANG, "source")], "2024-03-02", "day")
    b = article("deux", "2024-03-02", "Pour Corée du Nord, essai réussi d'un moteur solide géant sur le site de Sohae selon l'agence officielle.",
                "essai", "weapons_test", [(PYONGYANG, "source")], "2024-03-02", "day", site="autre.fr")
    load(con, "r1", a, b)
    assert len(happenings(con)) == 2


def test_a_trigger_opening_with_its_subject_pronoun_gets_the_verb_as_stem(con):
    """"Il s'est rendu" and "s'est rendu" agree (stem "rendu"): the subject pronoun is dropped
    like the auxiliaries and clitics."""
    a = article("un", "2024-03-02", "Corée du Nord reçoit Corée du Sud: il s'est rendu à Pyongyang.",
                "il s'est rendu", "meeting", [(PYONGYANG, "target"), (SEOUL, "source")])
    b = article("deux", "2024-03-02", "Corée du Sud s'est rendu à Pyongyang chez Corée du Nord.",
                "s'est rendu", "meeting", [(SEOUL, "source"), (PYONGYANG, "target")], site="autre.fr")
    load(con, "r1", a, b)
    assert list(happenings(con).values()) == [["a-deux", "a-un"]]
    kinds = con.execute(
        "select count(*) from fact_events where trigger in ('il s''est rendu', 's''est rendu')").fetchone()
    assert kinds == (2,)


SISI = ("Abdel Fattah al-Sissi", "person", None)
SISI_SURNAME = ("Sissi", "person", None)
LIBYA = ("Libye", "country", "LY")
FRANCE = ("France", "country", "FR")
TURKEY = ("Turquie", "country", "TR")


def warning(name, published, actor=SISI, site=None, trigger="a averti", kind="threaten"):
    """One warning of our own wording: the actor, a verb, a rare place name."""
    text = f"{actor[0]} {trigger} Libye que Syrte et Joufra sont une ligne rouge."
    return article(name, published, text, trigger, "statement", [(actor, "source"), (LIBYA, "target")],
                   kind=kind, site=site or f"{name}.fr")


def test_a_surname_alone_counts_as_the_one_well_known_person_of_that_name(con):
    """"Sissi" in one article, "Abdel Fattah al-Sissi" in three others: one person for the
    rule (the last word, without its "al-", and no other multi-word person of that surname);
    the actors themselves stay two rows of dim_actors."""
    load(con, "r1", warning("un", "2024-03-02"), warning("deux", "2024-03-02"),
         warning("trois", "2024-03-02"), warning("quatre", "2024-03-03", actor=SISI_SURNAME))
    assert sorted(map(len, happenings(con).values())) == [4]
    names = con.execute("select canonical_name from dim_actors where actor_type = 'person' order by 1").fetchall()
    assert names == [("Abdel Fattah al-Sissi",), ("Sissi",)]


def test_a_surname_of_two_people_or_of_a_rare_full_name_stays_itself(con, tmp_path):
    """Two multi-word persons end in "Sissi": the surname alone names neither. And a full name
    written by fewer than three articles does not take the surname either."""
    other = ("Amina Sissi", "person", None)
    load(con, "r1", warning("un", "2024-03-02"), warning("deux", "2024-03-02"),
         warning("trois", "2024-03-02"), warning("quatre", "2024-03-03", actor=SISI_SURNAME),
         article("cinq", "2024-03-02", "Amina Sissi a rencontré Libye.", "a rencontré", "meeting",
                 [(other, "participant"), (LIBYA, "participant")]))
    assert sorted(map(len, happenings(con).values())) == [1, 1, 3]
    rare = wdb.connect(tmp_path / "rare.duckdb")
    wdb.ensure_schema(rare)
    load(rare, "r1", warning("un", "2024-03-02"), warning("quatre", "2024-03-03", actor=SISI_SURNAME))
    assert sorted(map(len, happenings(rare).values())) == [1, 1]
    rare.close()


def test_full_names_that_differ_only_by_an_arabic_article_are_one_person(con):
    """"Omar el-Béchir" and "Omar al-Béchir" are two actor ids of one person (an article inside
    the name, never its first word): their warnings link; a one-word "al-Sissi" is the "Sissi" of
    the full name "Abdel Fattah al-Sissi" named by three articles."""
    el, al = ("Omar el-Béchir", "person", None), ("Omar al-Béchir", "person", None)
    load(con, "r1", warning("un", "2024-03-02", actor=el), warning("deux", "2024-03-02", actor=al),
         warning("trois", "2024-05-02"), warning("quatre", "2024-05-02"), warning("cinq", "2024-05-02"),
         warning("six", "2024-05-03", actor=("al-Sissi", "person", None)))
    assert sorted(happenings(con).values()) == [["a-cinq", "a-quatre", "a-six", "a-trois"], ["a-deux", "a-un"]]


def test_a_surname_of_several_people_is_the_one_named_by_ten_times_the_articles_of_the_others(con):
    """Ten articles name "Abdel Fattah al-Sissi", one "Amina Sissi" (and one a "Sissi Kamel",
    whose first word is the surname but who is named by fewer than three articles): "Sissi" alone
    is the one named ten times as often (`surname_dominance`)."""
    others = [article("autre", "2024-03-02", "Amina Sissi a rencontré Libye.", "a rencontré", "meeting",
                      [(("Amina Sissi", "person", None), "participant"), (LIBYA, "participant")]),
              article("kamel", "2024-03-02", "Sissi Kamel a rencontré Libye.", "a rencontré", "meeting",
                      [(("Sissi Kamel", "person", None), "participant"), (LIBYA, "participant")])]
    full = [warning(f"w{i}", "2024-03-02") for i in range(10)]
    load(con, "r1", *full, *others, warning("seul", "2024-03-03", actor=SISI_SURNAME))
    warned = [h for h in happenings(con).values() if "a-w0" in h]
    assert len(warned) == 1 and "a-seul" in warned[0]


def test_undated_reports_published_two_days_apart_link(con):
    """An undated report stands for the two days up to its publication: a report of ongoing
    talks two days later still meets it; a week later it does not."""
    load(con, "r1", warning("un", "2024-03-02"), warning("deux", "2024-03-04"),
         warning("trois", "2024-03-11"))
    assert sorted(map(len, happenings(con).values())) == [1, 2]


def test_a_speakers_statements_dated_to_two_days_stay_apart(con):
    """One speaker's warnings dated to two consecutive days are two statements (the day's
    slack of rule 3 is for reports of one happening); two reports of the one day link."""
    def dated(name, published, day):
        a = warning(name, published)
        a.facts.events[0].event_date, a.facts.events[0].date_precision = day, "day"
        return a
    load(con, "r1", dated("un", "2024-03-02", "2024-03-01"), dated("deux", "2024-03-02", "2024-03-01"),
         dated("trois", "2024-03-03", "2024-03-02"))
    assert sorted(happenings(con).values()) == [["a-deux", "a-un"], ["a-trois"]]


def test_a_source_named_as_a_participant_elsewhere_does_not_contradict(con):
    """"France accuses Turkey of arming Libya" gives Turkey no role of source; "Turkey arms
    Libya" does: the sources differ, but each is a participant of the other report."""
    a = article("un", "2024-03-02", "France accuse Turquie de livrer des armes à Libye malgré l'embargo.",
                "livrer", "arms_transfer", [(FRANCE, "source"), (TURKEY, "participant"), (LIBYA, "target")])
    b = article("deux", "2024-03-02", "Turquie a livré des armes à Libye malgré l'embargo, selon France.",
                "a livré", "arms_transfer", [(TURKEY, "source"), (FRANCE, "participant"), (LIBYA, "target")],
                site="autre.fr")
    load(con, "r1", a, b)
    assert list(happenings(con).values()) == [["a-deux", "a-un"]]


def test_statements_of_one_kind_link_whatever_their_verb(con):
    """"a averti" and "a prévenu" are both threats: the kind is enough, no trigger stem (kind
    `other` keeps its stem)."""
    load(con, "r1", warning("un", "2024-03-02"), warning("deux", "2024-03-02", trigger="a prévenu"),
         warning("trois", "2024-03-02", trigger="a expliqué", kind="other"),
         warning("quatre", "2024-03-02", trigger="a raconté", kind="other"))
    assert sorted(map(len, happenings(con).values())) == [1, 1, 2]


def test_steps_of_one_legal_case_stay_apart(con):
    """An arrest and the release of the same person, told with the same words: legal actions
    keep their trigger stem, so the two steps are two happenings."""
    text = "Corée du Nord a {} le touriste Otto Warmbier à Pyongyang."
    load(con, "r1",
         article("un", "2024-03-02", text.format("arrêté"), "a arrêté", "legal_action", [(PYONGYANG, "source")]),
         article("deux", "2024-03-02", text.format("libéré"), "a libéré", "legal_action", [(PYONGYANG, "source")],
                 site="autre.fr"),
         article("trois", "2024-03-03", text.format("arrêté"), "a arrêté", "legal_action", [(PYONGYANG, "source")],
                 site="trois.fr"))
    assert sorted(map(len, happenings(con).values())) == [1, 2]


def test_one_step_of_a_legal_case_told_with_a_noun_or_a_verb_is_one_happening(con):
    """"l'arrestation", "a été arrêté" and "l'interpellation" name one step (arrest) in
    sql/coding/trigger_steps.csv: told in two articles, one happening; a release stays apart."""
    load(con, "r1",
         article("un", "2024-03-02", "Corée du Nord a confirmé l'arrestation du touriste Otto Warmbier à Pyongyang.",
                 "arrestation", "legal_action", [(PYONGYANG, "source")]),
         article("deux", "2024-03-02", "Le touriste Otto Warmbier a été arrêté par Corée du Nord à Pyongyang.",
                 "a été arrêté", "legal_action", [(PYONGYANG, "source")], site="autre.fr"),
         article("trois", "2024-03-02", "Le touriste Otto Warmbier a été libéré par Corée du Nord à Pyongyang.",
                 "a été libéré", "legal_action", [(PYONGYANG, "source")], site="trois.fr"))
    assert sorted(happenings(con).values()) == [["a-deux", "a-un"], ["a-trois"]]


def test_an_election_and_the_inauguration_after_it_stay_apart(con):
    """An election of unknown kind agrees with a presidential one, never with taking office
    (sql/coding/trigger_steps.csv)."""
    korea = "Corée du Sud a {} le nouveau président Yoon Suk-yeol, candidat conservateur."
    load(con, "r1",
         article("un", "2024-03-02", korea.format("élu par une élection"), "élection", "election",
                 [(SEOUL, "source")]),
         article("deux", "2024-03-02", korea.format("élu par une élection présidentielle"),
                 "élection présidentielle", "election", [(SEOUL, "source")], site="autre.fr"),
         article("trois", "2024-03-02", korea.format("célébré par une investiture"), "investiture",
                 "election", [(SEOUL, "source")], site="trois.fr"))
    assert sorted(happenings(con).values()) == [["a-deux", "a-un"], ["a-trois"]]


def test_a_round_of_a_vote_and_the_vote_as_a_whole_stay_apart(con):
    """One round of an election is a part of it (sql/coding/trigger_steps.csv): the first
    round told in two articles is one happening, the presidential election of the same day and
    actors another."""
    vote = "Corée du Sud : le {} voit le candidat conservateur Yoon Suk-yeol en tête dimanche."
    load(con, "r1",
         article("un", "2024-03-02", vote.format("premier tour de la présidentielle"),
                 "premier tour", "election", [(SEOUL, "source")]),
         article("deux", "2024-03-02", vote.format("premier tour du scrutin"), "premier tour",
                 "election", [(SEOUL, "source")], site="autre.fr"),
         article("trois", "2024-03-02", vote.format("scrutin de la présidentielle"),
                 "présidentielle", "election", [(SEOUL, "source")], site="trois.fr"))
    assert sorted(happenings(con).values()) == [["a-deux", "a-un"], ["a-trois"]]


def test_the_first_and_the_second_round_of_a_vote_stay_apart(con):
    """Rounds are steps by their number (sql/coding/trigger_steps.csv): the second round told
    in two articles ("second tour", "deuxième tour") is one happening; the first round ("1er
    tour"), in the same days with the same actors, is another."""
    vote = "Corée du Sud : le {} voit le candidat conservateur Yoon Suk-yeol en tête dimanche."
    load(con, "r1",
         article("un", "2024-03-02", vote.format("second tour de la présidentielle"),
                 "second tour", "election", [(SEOUL, "source")]),
         article("deux", "2024-03-02", vote.format("deuxième tour du scrutin"), "deuxième tour",
                 "election", [(SEOUL, "source")], site="autre.fr"),
         article("trois", "2024-03-02", vote.format("1er tour de la présidentielle"),
                 "1er tour", "election", [(SEOUL, "source")], site="trois.fr"))
    assert sorted(happenings(con).values()) == [["a-deux", "a-un"], ["a-trois"]]


def test_a_war_and_one_strike_in_it_stay_apart(con):
    """A war as a whole is a step of its own (sql/coding/trigger_steps.csv): a strike of the
    same day and the same actors is a part of it, another happening."""
    war = "Corée du Nord et Corée du Sud sont en {} depuis des mois autour de Panmunjom."
    load(con, "r1",
         article("un", "2024-03-02", war.format("guerre ouverte"), "guerre", "attack",
                 [(PYONGYANG, "source"), (SEOUL, "target")]),
         article("deux", "2024-03-02", war.format("guerre, dit-on,"), "guerre", "attack",
                 [(PYONGYANG, "source"), (SEOUL, "target")], site="autre.fr"),
         article("trois", "2024-03-02", war.format("frappe ouverte"), "frappe", "attack",
                 [(PYONGYANG, "source"), (SEOUL, "target")], site="trois.fr"))
    assert sorted(happenings(con).values()) == [["a-deux", "a-un"], ["a-trois"]]


def test_two_statements_of_a_day_need_the_same_stem_for_the_small_share(con):
    """Both dated to the day, one speaker, one kind, but different verbs and few words in
    common: the dated minimum share does not apply, so they stay apart."""
    a = article("un", "2024-03-02", "Corée du Sud a dénoncé lundi les essais balistiques répétés de Corée du Nord.",
                "a dénoncé", "statement", [(SEOUL, "source"), (PYONGYANG, "target")], "2024-03-02", "day",
                kind="disapprove")
    b = article("deux", "2024-03-03", "Mardi, Corée du Sud a accusé Corée du Nord de saboter les pourparlers familiaux.",
                "a accusé", "statement", [(SEOUL, "source"), (PYONGYANG, "target")], "2024-03-03", "day",
                kind="disapprove", site="autre.fr")
    load(con, "r1", a, b)
    assert len(happenings(con)) == 2


def test_a_meeting_told_from_either_side_is_one_happening(con):
    """A meeting has no direction: "Seoul met Pyongyang" and "Pyongyang met Seoul" on the same
    day give opposite sources and targets, which for a directed type would contradict."""
    a = article("un", "2024-03-02", "Corée du Sud a rencontré Corée du Nord à Panmunjom pour parler des familles séparées.",
                "a rencontré", "meeting", [(SEOUL, "source"), (PYONGYANG, "target")], "2024-03-02", "day")
    b = article("deux", "2024-03-02", "Corée du Nord a rencontré Corée du Sud à Panmunjom au sujet des familles séparées.",
                "a rencontré", "meeting", [(PYONGYANG, "source"), (SEOUL, "target")], "2024-03-02", "day",
                site="autre.fr")
    load(con, "r1", a, b)
    assert list(happenings(con).values()) == [["a-deux", "a-un"]]


def test_a_directed_type_told_from_either_side_stays_apart(con):
    """Only meetings are undirected (`undirected_types`): the same two sentences as an attack
    each way round are two attacks, whose sources and targets contradict."""
    a = article("un", "2024-03-02", "Corée du Sud a attaqué Corée du Nord à Panmunjom près des familles séparées.",
                "a attaqué", "attack", [(SEOUL, "source"), (PYONGYANG, "target")], "2024-03-02", "day")
    b = article("deux", "2024-03-02", "Corée du Nord a attaqué Corée du Sud à Panmunjom près des familles séparées.",
                "a attaqué", "attack", [(PYONGYANG, "source"), (SEOUL, "target")], "2024-03-02", "day",
                site="autre.fr")
    load(con, "r1", a, b)
    assert len(happenings(con)) == 2


SPACEX = ("SpaceX", "organization", "US")
NASA = ("NASA", "organization", "US")


def test_reports_with_no_actor_in_common_link_when_their_sentences_agree(con):
    """One report names the company, the other the agency that watched its launch: no actor
    in common, but the same day and most of their salient words (`min_actorless_overlap`);
    their roles do not contradict (one source, one participant)."""
    a = article("un", "2024-03-02", "SpaceX a réussi le lancement de la capsule Crew Dragon depuis Cap Canaveral.",
                "lancement", "launch", [(SPACEX, "source")], "2024-03-02", "day")
    b = article("deux", "2024-03-02", "NASA salue le lancement de la capsule Crew Dragon depuis Cap Canaveral.",
                "lancement", "launch", [(NASA, "participant")], "2024-03-02", "day", site="autre.fr")
    load(con, "r1", a, b)
    assert list(happenings(con).values()) == [["a-deux", "a-un"]]


def test_reports_with_no_actor_in_common_and_few_words_in_common_stay_apart(con):
    """No actor in common, the same day, but under `min_actorless_overlap` of their salient
    words: two launches."""
    a = article("un", "2024-03-02", "SpaceX a réussi le lancement de la capsule Crew Dragon depuis Cap Canaveral.",
                "lancement", "launch", [(SPACEX, "source")], "2024-03-02", "day")
    b = article("deux", "2024-03-02", "NASA prépare le lancement du télescope spatial Roman depuis Vandenberg.",
                "lancement", "launch", [(NASA, "participant")], "2024-03-02", "day", site="autre.fr")
    load(con, "r1", a, b)
    assert len(happenings(con)) == 2


def test_reports_with_no_actor_in_common_need_the_same_first_word_of_trigger(con):
    """No actor in common and most words in common, but the triggers open with different
    words ("lancement", "décollage"): the exception asks for the same first word (it keeps the
    pairs to weigh few), so they stay apart."""
    a = article("un", "2024-03-02", "SpaceX a réussi le lancement de la capsule Crew Dragon depuis Cap Canaveral vers la station spatiale internationale.",
                "lancement", "launch", [(SPACEX, "source")], "2024-03-02", "day")
    b = article("deux", "2024-03-02", "NASA salue le décollage de la capsule Crew Dragon depuis Cap Canaveral vers la station spatiale internationale.",
                "décollage", "launch", [(NASA, "participant")], "2024-03-02", "day", site="autre.fr")
    load(con, "r1", a, b)
    assert len(happenings(con)) == 2


def test_statements_with_no_speaker_in_common_stay_apart_whatever_their_words(con):
    """Statements are told by their speaker (`speaker_types`): two reports of one warning with
    the same words but no actor in common are two speakers, so the exception for reports
    with no actor in common does not apply."""
    japan = ("Japon", "country", "JP")
    text = "{} a averti que les essais balistiques au-dessus de Hokkaido franchissaient une ligne rouge."
    a = article("un", "2024-03-02", text.format("Corée du Sud"), "a averti", "statement", [(SEOUL, "source")],
                "2024-03-02", "day", kind="threaten")
    b = article("deux", "2024-03-02", text.format("Japon"), "a averti", "statement", [(japan, "participant")],
                "2024-03-02", "day", kind="threaten", site="autre.fr")
    load(con, "r1", a, b)
    assert len(happenings(con)) == 2


USA = ("États-Unis", "country", "US")
IRAN = ("Iran", "country", "IR")


def test_an_undated_report_of_a_background_happening_joins_its_dated_reports(con):
    """An undated report names again sanctions that another report dates to 2018: the dates do
    not overlap (the undated one stands for the days before its publication in 2020), but
    most of their salient words agree (`min_background_overlap`); a background happening
    named again is one occurrence."""
    a = article("un", "2020-06-02", "États-Unis ont rétabli en 2018 de lourdes sanctions pétrolières contre Iran après leur retrait de l'accord de Vienne.",
                "sanctions", "sanction", [(USA, "source"), (IRAN, "target")], "2018-01-01", "year")
    b = article("deux", "2020-06-05", "États-Unis ont rétabli de lourdes sanctions pétrolières contre Iran après leur retrait de l'accord de Vienne.",
                "sanctions", "sanction", [(USA, "source"), (IRAN, "target")], site="autre.fr")
    load(con, "r1", a, b)
    assert list(happenings(con).values()) == [["a-deux", "a-un"]]


def test_an_undated_report_sharing_few_words_with_an_earlier_dated_one_stays_apart(con):
    """The same actors and type, the dated report earlier, but few salient words in common:
    the undated report stands for the days before its publication."""
    a = article("un", "2020-06-02", "États-Unis ont rétabli en 2018 de lourdes sanctions pétrolières contre Iran après leur retrait de l'accord de Vienne.",
                "sanctions", "sanction", [(USA, "source"), (IRAN, "target")], "2018-01-01", "year")
    b = article("deux", "2020-06-05", "États-Unis annoncent de nouvelles sanctions contre Iran visant des armateurs et des raffineries.",
                "sanctions", "sanction", [(USA, "source"), (IRAN, "target")], site="autre.fr")
    load(con, "r1", a, b)
    assert len(happenings(con)) == 2


def test_link_components_pure():
    d = date(2024, 3, 1)
    found = link(["e3", "e4", "e5"], [
        Link("e3", "e1", "h1", d, d, d), Link("e3", "e2", "h2", d, d, d + timedelta(days=2)),
        Link("e4", "e5", None, d, d, d)])
    assert found.links["e3"] == "h1" and found.merges == {"h2": "h1"}
    assert found.links["e4"] == found.links["e5"] == stable_id("happening", "e4")
    assert link([], []).links == {}


def test_link_drops_a_link_that_would_chain_beyond_the_span():
    days = [date(2024, 3, 1) + timedelta(days=i) for i in range(10)]
    # e1..e9 each linked to the previous one, a day apart: one chain of nine days
    pairs = [Link(f"e{i}", f"e{i - 1}", None, days[i], days[i - 1], days[i - 1], 1, 1, 4, 0.0)
             for i in range(1, 10)]
    found = link([f"e{i}" for i in range(10)], pairs)
    groups = {}
    for event, happening in found.links.items():
        groups.setdefault(happening, []).append(event)
    assert sorted(map(len, groups.values())) == [5, 5]     # days 0-4 and 5-9
    # average linkage: under a share of 0.5 a chain stops at three (1 link of 3 pairs < 1.5)
    halves = link([f"e{i}" for i in range(10)],
                  [Link(p.event_a, p.event_b, None, p.point_a, p.first_b, p.last_b) for p in pairs])
    assert sorted(Counter(halves.links.values()).values()) == [1, 3, 3, 3]


def test_a_report_joins_a_happening_linked_to_half_its_reports():
    d = date(2024, 3, 1)
    found = link(["n"], [Link("n", "x", "h", d, d, d, size_b=3)])          # 1 of 3 reports
    assert found.links["n"] != "h"
    found = link(["n"], [Link("n", x, "h", d, d, d, size_b=3) for x in ("x", "y")])   # 2 of 3
    assert found.links["n"] == "h"



def test_a_dispatch_told_again_joins_a_happening_whatever_the_share():
    """A new report linked to one of three reports of a happening stays apart (1 of 3 < 0.5),
    unless that link is one dispatch told again (`told_again`); beyond the span it stays apart
    even then."""
    d = date(2024, 3, 1)
    assert link(["n"], [Link("n", "x", "h", d, d, d, size_b=3)]).links["n"] != "h"
    assert link(["n"], [Link("n", "x", "h", d, d, d, size_b=3, told_again=True)]).links["n"] == "h"
    late = d + timedelta(days=9)
    assert link(["n"], [Link("n", "x", "h", late, d, d, size_b=3, max_span_days=3,
                             told_again=True)]).links["n"] != "h"

# GDELT 2.0 event table columns, in order, as the GDELT Event Codebook V2.0 lists them.
GDELT_HEADER = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode "
    "Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode "
    "Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions "
    "NumSources NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code "
    "Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code "
    "Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code "
    "ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL").split()


@pytest.fixture(scope="module")
def linked_db(tmp_path_factory):
    """A closed warehouse file: one launch told twice, one condemnation, one meeting (read
    only; a test that writes copies it)."""
    path = tmp_path_factory.mktemp("linked") / "linked.duckdb"
    c = wdb.connect(path)
    wdb.ensure_schema(c)
    load(c, "r1", launch("un", "2024-03-02", "2024-03-01", "day"),
         launch("deux", "2024-03-03", "2024-03-01", "day", site="autre.fr"),
         article("trois", "2024-03-05", "Corée du Sud a condamné Corée du Nord.", "a condamné",
                 "statement", [(SEOUL, "source"), (PYONGYANG, "target")], kind="disapprove"),
         article("quatre", "2024-04-05", "Corée du Sud a rencontré Corée du Nord.", "a rencontré",
                 "meeting", [(SEOUL, "participant"), (PYONGYANG, "participant")]))
    c.close()
    return path


def test_gdelt_export_header_and_row(linked_db, tmp_path):
    import csv

    from newsledger.warehouse.gdelt import export_gdelt

    out = tmp_path / "events.csv"
    assert export_gdelt(linked_db, out) == 3
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == GDELT_HEADER and len(GDELT_HEADER) == 61
    launch_row = dict(zip(rows[0], next(r for r in rows[1:] if r[28] == "15")))
    assert {k: launch_row[k] for k in ("SQLDATE", "MonthYear", "Year", "Actor1Name", "Actor1CountryCode",
                                       "Actor2Name", "EventCode", "EventRootCode", "QuadClass",
                                       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles",
                                       "AvgTone")} == {
        "SQLDATE": "20240301", "MonthYear": "202403", "Year": "2024", "Actor1Name": "Corée du Nord",
        "Actor1CountryCode": "PRK", "Actor2Name": "", "EventCode": "150", "EventRootCode": "15",
        "QuadClass": "4", "GoldsteinScale": "-7.2", "NumMentions": "2", "NumSources": "2",
        "NumArticles": "2", "AvgTone": ""}
    assert launch_row["GLOBALEVENTID"].isdigit() and launch_row["SOURCEURL"].startswith("https://")
    statement = dict(zip(rows[0], next(r for r in rows[1:] if r[28] == "11")))
    assert (statement["Actor1CountryCode"], statement["Actor2CountryCode"]) == ("KOR", "PRK")


@pytest.mark.parametrize("name, params", [
    ("dyad_quadclass_month", {}), ("actor_timeline", {"actor": "Corée du Nord"}),
    ("happening_reports", {}), ("happenings_by_type", {})])
def test_mart_queries_run(linked_db, name, params):
    from newsledger.report.query import run_query
    from newsledger.resources import SQL_DIR

    sql = (SQL_DIR / "queries" / f"{name}.sql").read_text(encoding="utf-8")
    out = run_query(linked_db, sql, params, "json")
    import json
    rows = json.loads(out)
    assert rows, name
    if name == "dyad_quadclass_month":
        assert {(r["actor_1"], r["actor_2"], r["quad_class"]) for r in rows} == {
            ("Corée du Sud", "Corée du Nord", 3), ("Corée du Nord", "Corée du Sud", 1)}
    if name == "actor_timeline":
        assert [r["event_type"] for r in rows] == ["launch", "statement", "meeting"]


def test_published_suites_catch_unlinked_events_and_wrong_counts(linked_db, tmp_path):
    """Real GX on the happenings suites (expectations/published/): clean, then broken."""
    import shutil

    from newsledger.quality.validate import validate_published

    db = tmp_path / "broken.duckdb"
    shutil.copyfile(linked_db, db)
    c = wdb.connect(db)
    try:
        assert validate_published(c, tmp_path / "gx", "clean").success
        c.execute("update fact_happenings set n_sources = n_articles + 1 where event_type = 'launch'")
        c.execute("update fact_events set happening_id = null where event_type = 'statement'")
        failed = {(r.suite, r.column) for r in validate_published(c, tmp_path / "gx", "broken").failures}
    finally:
        c.close()
    # the launch's sources exceed its articles; the statement's event has no happening, and
    # its happening is left without reports: every count of it disagrees
    assert failed == {("happenings", "sources_plausible"), ("happening_events", "has_happening"),
                      ("happenings", "reports_agree"), ("happenings", "articles_agree"),
                      ("happenings", "representative_is_a_report")}


def test_report_section_lists_top_happenings_with_their_reports(linked_db):
    from newsledger.report.happenings import happenings_context

    c = wdb.connect(linked_db, read_only=True)
    try:
        found = happenings_context(c, "r1")
    finally:
        c.close()
    top = found["top_happenings"]
    assert [h["n_reports"] for h in top] == [2, 1, 1] and top[0]["event_type"] == "launch"
    assert [r["origin"] for r in top[0]["reports"]] == ["exemple.fr", "autre.fr"]
    assert all(r["sentence"].endswith("a lancé un satellite.") for r in top[0]["reports"])
    svg = found["quadclass_svg"]
    assert svg.startswith("<svg") and "4 material conflict" in svg and "1 verbal cooperation" in svg


def test_rule_groups_of_types_hold_a_bounded_number_of_fresh_events():
    counts = [("aid", 3), ("attack", 5), ("election", 2), ("statement", 9), ("launch", 1)]
    assert type_groups(counts, most=8) == [["aid", "attack"], ["election"], ["statement"], ["launch"]]
    assert type_groups(counts, most=100) == [["aid", "attack", "election", "statement", "launch"]]
    assert type_groups([], most=8) == []


def test_types_ruled_together_link_as_one_type_at_a_time_and_never_across(con):
    # a launch and a weapons test of one actor on one day: same words, same actor, two types
    def told(name, published, event_type, site):
        return article(name, published, f"{PYONGYANG[0]} a lancé un missile.", "a lancé",
                       event_type, [(PYONGYANG, "source")], "2024-03-01", "day", site=site)
    stage_batch(con, [told("un", "2024-03-02", "launch", "a.fr"), told("deux", "2024-03-02", "launch", "b.fr"),
                      told("trois", "2024-03-02", "weapons_test", "c.fr"),
                      told("quatre", "2024-03-03", "weapons_test", "d.fr")], "r1", datetime(2024, 1, 1))
    publish(con, "r1")
    con.execute("update fact_events set happening_id = null")
    together = rule_links(con)
    rule = read_sql("happenings/rule.sql")
    apart = [row for types in (["launch"], ["weapons_test"])
             for row in con.execute(rule, {"event_types": types}).fetchall()]
    assert together == apart and len(together) == 2
    kinds = dict(con.execute("select event_id, event_type from fact_events").fetchall())
    assert all(kinds[link[0]] == kinds[link[1]] for link in together)


def test_a_group_joins_another_only_if_together_they_name_one_step_place_day_and_date():
    """The clustering's marks (rule.sql's one_step; one_place, one_speaker_day and one_date,
    parameters left off): a report linked to half the reports of a group (enough for the
    average) stays apart when the group and it would name two steps, two places, a speaker's
    two days or dates that do not meet; with no marks it joins."""
    d = date(2024, 3, 1)
    plain = [Link("x", "y", None, d, d, d), Link("n", "y", None, d, d, d)]
    assert len(set(link(["x", "y", "n"], plain).links.values())) == 1
    late = date(2024, 3, 9)
    dated = [Link("x", "y", None, d, d, d, dated_a=(d, d)), Link("n", "y", None, d, d, d, dated_a=(late, late))]
    found = link(["x", "y", "n"], dated).links
    assert found["x"] == found["y"] != found["n"]
    for field in ("places", "steps", "days"):
        marked = [Link("x", "y", None, d, d, d, **{field + "_a": ("a",)}),
                  Link("n", "y", None, d, d, d, **{field + "_a": ("b",)})]
        found = link(["x", "y", "n"], marked).links
        assert found["x"] == found["y"] != found["n"], field
    # the same mark on both sides is no contradiction
    same = [Link("x", "y", None, d, d, d, places_a=("a",)), Link("n", "y", None, d, d, d, places_a=("a",))]
    assert len(set(link(["x", "y", "n"], same).links.values())) == 1
    # a published happening brings its own marks
    assert link(["n"], [Link("n", "y", "h", d, d, d, size_b=2, places_a=("a",), places_b=("b",))]
                ).links["n"] != "h"


def test_a_vote_named_as_a_whole_does_not_bridge_its_two_rounds(con):
    """The first and the second round each agree with the vote named without a round's step
    (rule 1); the reports of one happening name one step, so the two rounds stay apart."""
    vote = "Corée du Sud : le {} voit le candidat conservateur Yoon Suk-yeol en tête dimanche."
    load(con, "r1",
         article("un", "2024-03-02", vote.format("premier tour du scrutin"), "premier tour",
                 "election", [(SEOUL, "source")]),
         article("deux", "2024-03-02", vote.format("scrutin du vote"), "scrutin", "election",
                 [(SEOUL, "source")], site="autre.fr"),
         article("trois", "2024-03-02", vote.format("second tour du scrutin"), "second tour",
                 "election", [(SEOUL, "source")], site="trois.fr"))
    found = sorted(happenings(con).values(), key=len)
    assert sorted(map(len, found)) == [1, 2]
    assert not {"a-un", "a-trois"} <= set(found[1])
