"""Plain records passed between the pure extraction code and the rest of the pipeline.

Everything here is a dataclass of built-in types: no spaCy, Prefect or DuckDB objects,
so records pickle cheaply across processes (Dask workers) and convert to Arrow tables.
Offsets (`char_start`, `char_end`) are always into the article *body* (not the title),
so that `body[char_start:char_end] == surface/text/trigger` holds for every row.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ACTOR_TYPES = ("person", "organization", "country")
EVENT_TYPES = ("meeting", "statement", "weapons_test", "launch", "military_exercise",
               "arms_transfer", "sanction", "cyber_operation", "attack", "agreement", "election",
               "legal_action", "protest", "aid", "other")
QUALIFIERS = ("exact", "approx", "at_least", "at_most", "up_to", "range")
# The finer kind of a statement (issue 20), after CAMEO's verbal root codes: appeal (02),
# demand (10), disapprove or accuse (11), reject or deny (12), threaten (13), praise (05 part),
# acknowledge or apologise (05 part), other (01).
STATEMENT_KINDS = ("appeal", "demand", "disapprove", "reject", "threaten", "praise",
                   "acknowledge", "other")
EVENT_ROLES = ("source", "target", "participant")
DATE_PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class ActorMention:
    surface: str                 # as written, == body[char_start:char_end]
    canonical_name: str          # fullest form in the article ("Vladimir Poutine", "Corée du Nord")
    actor_type: str              # one of ACTOR_TYPES
    country_code: str | None     # ISO 3166-1 alpha-2 of the state it is/acts for, when known
    sentence_index: int
    char_start: int
    char_end: int
    role: str | None = None      # title or function given by the article ("ministre russe ...")
    reporter: bool = False       # the article's own news agency ("a déclaré à l'AFP"): no event's actor


@dataclass
class Figure:
    text: str                    # span as written, == body[char_start:char_end]
    value: float
    value_max: float | None
    unit: str | None             # ISO 4217 code for money, else counted noun (singular, lower case) or "%"
    currency: str | None         # ISO 4217 or None
    qualifier: str               # one of QUALIFIERS
    sentence_index: int
    char_start: int
    char_end: int
    event_index: int | None = None   # index into ArticleFacts.events of the event of its sentence


@dataclass
class EventActor:
    canonical_name: str          # must equal the canonical_name of an ActorMention of the article
    role: str                    # one of EVENT_ROLES


@dataclass
class Event:
    event_type: str              # one of EVENT_TYPES
    trigger: str                 # == body[char_start:char_end]
    sentence_index: int
    char_start: int
    char_end: int
    date_text: str | None = None
    event_date: str | None = None        # ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY" per date_precision
    date_precision: str | None = None    # one of DATE_PRECISIONS or None
    location: str | None = None
    confidence: float = 0.5
    actors: list[EventActor] = field(default_factory=list)
    statement_kind: str | None = None    # statements only: one of STATEMENT_KINDS, as the trigger decides


@dataclass
class ArticleFacts:
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[ActorMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    error: str | None = None             # why extraction failed on this article (no facts then)


@dataclass
class SourceDocument:
    """One input after collection: a text file or a web page, before extraction."""
    source: str                  # file path or URL
    source_kind: str             # 'file' or 'url'
    title: str | None
    body: str
    content_hash: str            # sha256 hex of the normalized title + body
    language: str | None = None  # ISO 639-1
    published_at: str | None = None  # ISO datetime or date string
    site_name: str | None = None
    author: str | None = None
    raw_html: bytes | None = None    # original page, zstd/gzip-compressed by the source
    simhash: int | None = None

    foreign_title: bool = False      # a headline in another language than the body (set by ingest)
    url: str | None = None           # the article's URL when the input gives it (article dumps)
    section: str | None = None       # the publisher's section (article dumps: 'monde', 'politique'...)

    @property
    def text(self) -> str:
        """The text that is analysed and stored as dim_articles.body: the title line, a blank
        line, then the body (the layout of a seed .txt file). Headlines name actors and
        events too, and every offset stays an offset into this one string. A headline in
        another language than the article's (`foreign_title`, decided by the ingest layer)
        is left out (it stays in dim_articles.title)."""
        if not self.title or self.foreign_title:
            return self.body
        return f"{self.title}\n\n{self.body}"


@dataclass
class IngestError:
    source: str
    stage: str                   # 'collect', 'fetch', 'extract', 'language', ...
    error: str                   # readable reason
