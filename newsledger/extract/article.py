"""Text in, facts out: the whole extraction of one article, on a spaCy Doc.

Pure code: no Prefect, no DuckDB. `extract_texts` streams a batch through `nlp.pipe`; an
article whose extraction fails gets ArticleFacts with only its `error`, and the batch goes on.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsledger.extract import actors, events, figures
from newsledger.records import ArticleFacts, Sentence


def sentences_of(doc, text: str | None = None) -> list[Sentence]:
    """`text`, when given, is doc.text (a span's text is its slice of it)."""
    if text is None:
        return [Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(doc.sents)]
    return [Sentence(i, s.start_char, s.end_char, text[s.start_char:s.end_char])
            for i, s in enumerate(doc.sents)]


def extract_from_doc(doc, published_at: str | None = None, text: str | None = None) -> ArticleFacts:
    """`text`: the text `doc` was parsed from, when the caller has it (equal to doc.text,
    which spaCy rebuilds from every token at each read)."""
    text = doc.text if text is None else text
    sentences = sentences_of(doc, text)
    mentions = actors.extract_actors(doc, sentences, text)
    found_figures = figures.extract_figures(text, sentences, doc)
    # the article's own news agency is an actor of the article and of no event (actors/credits.py)
    found_events = events.extract_events(doc, sentences, [m for m in mentions if not m.reporter], published_at)
    link_figures_to_events(found_figures, found_events)
    return ArticleFacts(sentences, mentions, found_figures, found_events)


def link_figures_to_events(found_figures, found_events) -> None:
    """A figure belongs to the event of its sentence (the nearest trigger when there are several)."""
    by_sentence: dict[int, list[int]] = {}
    for i, ev in enumerate(found_events):
        by_sentence.setdefault(ev.sentence_index, []).append(i)
    for fig in found_figures:
        candidates = by_sentence.get(fig.sentence_index)
        if not candidates:
            fig.event_index = None
            continue
        fig.event_index = min(
            candidates, key=lambda i: abs(found_events[i].char_start - fig.char_start))


PIPE_BATCH_SIZE = 16   # texts per nlp.pipe batch: the least CPU per article here (vs 64, 256)


def extract_texts(items: Iterable[tuple[str, str | None]], nlp=None,
                  batch_size: int = PIPE_BATCH_SIZE) -> Iterator[ArticleFacts]:
    """(body, published_at) pairs in, ArticleFacts out, in order, through one nlp.pipe."""
    if nlp is None:
        from newsledger.extract.nlp import get_nlp
        nlp = get_nlp()
    pairs = ((text, (text, published_at)) for text, published_at in items)
    for doc, (text, published_at) in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        try:
            yield extract_from_doc(doc, published_at, text)
        except Exception as exc:  # noqa: BLE001  (one article's failure is its own, not the batch's)
            yield ArticleFacts(error=f"extraction failed: {type(exc).__name__}: {exc}")
