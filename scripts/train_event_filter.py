"""Train the event filter of issue 19 (newsledger/extract/events/filter.py) on the judged
precision audits, held out by judged file.

    .venv/bin/python scripts/train_event_filter.py build [--out DIR]    # re-extract, features
    .venv/bin/python scripts/train_event_filter.py cv [--out DIR] [--vectors]  # held-out numbers
    .venv/bin/python scripts/train_event_filter.py cvtype [--gold train] [--min-wrong N] [--cost C]
    .venv/bin/python scripts/train_event_filter.py fit [--out DIR] --threshold T [--weights FILE]
    .venv/bin/python scripts/train_event_filter.py fit --gold train --per-type [--min-wrong N] [--cost C]
    .venv/bin/python scripts/train_event_filter.py apply FILE.tsv [--weights FILE] [--threshold T]

`build` re-extracts the corpus articles of every judged file docs/audit/events_precision*.tsv
(except the fresh seeds of HELD_BACK, kept for the measure) with today's rules, matches each
judged row to today's events by (corpus id, offsets, type) as scripts/audit_replay.py does, and
writes the features and the verdict of every judged row the rules still produce to
DIR/examples.jsonl (DIR defaults to /tmp/filt19). `cv` trains an L2 logistic regression
(numpy, deterministic: plain full-batch gradient descent from zero) with each judged file held
out in turn and prints the held-out AUC and a threshold table. `fit` trains on all the rows and
writes the weights. `apply` scores the rows of a judged TSV (corpus_id, char_start, char_end,
event_type, verdict when present) with the weights: per row its probability, then the table.
`--gold train` (or train_a / train_b, the halves of devscore.py) adds the events of the training
articles, labelled by score.py's matching (scripts/filter_goldsets.py build --set train).
`cvtype` and `fit --per-type`: a threshold per event type, chosen on held-out probabilities
(see type_thresholds); the types without enough wrong rows, or without a gain, pass untouched.
The dev articles are never used.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from scipy import sparse   # only to hold the 0/1 design matrix; the regression is below

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from audit_replay import DEFAULT, corpus_records, read_judged  # noqa: E402

HELD_BACK = ("seed809", "seed811")   # the session's fresh measure: never trained on
FILES = [p for p in DEFAULT if not any(s in p.name for s in HELD_BACK)]
THRESHOLDS = (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85)


def extract_rows(rows_by_file: dict[str, list[dict]], vectors: bool = False) -> list[dict]:
    """For each judged row today's rules still produce: file, ids, verdict, features
    (and the trigger's and sentence's word vectors when `vectors`)."""
    import os
    os.environ["NEWSLEDGER_EVENT_FILTER"] = "off"   # the rules' events: what the filter is trained and applied on
    from newsledger.extract.article import extract_from_doc
    from newsledger.extract.events.filter import features
    from newsledger.extract.nlp import get_nlp

    ids = {r["corpus_id"] for rows in rows_by_file.values() for r in rows}
    records = corpus_records(ids)
    found: dict[str, dict[tuple, tuple]] = {}
    nlp = get_nlp()
    pairs = ((r["text"], (str(r["id"]), r.get("published"))) for r in records)
    for n, (doc, (cid, pub)) in enumerate(nlp.pipe(pairs, as_tuples=True, batch_size=16)):
        facts = extract_from_doc(doc, pub, doc.text)
        mentions = [m for m in facts.mentions if not m.reporter]   # as extract_events sees them
        per_sent: dict[int, int] = {}
        for e in facts.events:
            per_sent[e.sentence_index] = per_sent.get(e.sentence_index, 0) + 1
        out = {}
        for e in facts.events:
            feats = features(doc, e, mentions, per_sent[e.sentence_index])
            vec = None
            if vectors:
                span = doc.char_span(e.char_start, e.char_end, alignment_mode="expand")
                vec = (list(map(float, span.root.vector)) + list(map(float, span.root.sent.vector))) if span else None
            out[(e.char_start, e.char_end, e.event_type)] = (feats, vec)
        found[cid] = out
        if n % 200 == 0:
            print(f"  {n} / {len(records)} articles", file=sys.stderr, flush=True)
    examples = []
    for fname, rows in rows_by_file.items():
        for r in rows:
            key = (int(r["char_start"]), int(r["char_end"]), r["event_type"])
            hit = found.get(r["corpus_id"], {}).get(key)
            ex = {"file": fname, "corpus_id": r["corpus_id"], "char_start": key[0],
                  "char_end": key[1], "event_type": key[2], "verdict": r.get("verdict", ""),
                  "produced": hit is not None}
            if hit is not None:
                ex["features"] = hit[0]
                if vectors:
                    ex["vector"] = hit[1]
            examples.append(ex)
    return examples


# --- logistic regression ---------------------------------------------------------------------

def design(examples: list[dict], vocab: dict[str, int] | None = None, min_count: int = 2):
    if vocab is None:
        counts: dict[str, int] = {}
        for ex in examples:
            for f in set(ex["features"]):
                counts[f] = counts.get(f, 0) + 1
        vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    rows, cols = [], []
    for i, ex in enumerate(examples):
        for f in set(ex["features"]):
            j = vocab.get(f)
            if j is not None:
                rows.append(i)
                cols.append(j)
    X = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(examples), len(vocab)))
    return X, vocab


def fit_lr(X: np.ndarray, y: np.ndarray, l2: float, iters: int = 1000) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression (bias unpenalised) by Newton-free gradient descent with
    a fixed step from zero weights: deterministic, no seed needed."""
    n, d = X.shape
    w, b = np.zeros(d), float(np.log((y.mean() + 1e-6) / (1 - y.mean() + 1e-6)))
    # Lipschitz bound of the mean log loss's gradient + l2/n
    L = 0.25 * _sq_norm(X) / n + l2 / n
    step = 1.0 / L
    # Nesterov acceleration
    vw, vb, t = w.copy(), b, 1.0
    for _ in range(iters):
        z = X @ vw + vb
        p = 1.0 / (1.0 + np.exp(-z))
        g = X.T @ (p - y) / n + (l2 / n) * vw
        gb = float(np.mean(p - y))
        w_new, b_new = vw - step * g, vb - step * gb
        t_new = (1 + np.sqrt(1 + 4 * t * t)) / 2
        vw = w_new + ((t - 1) / t_new) * (w_new - w)
        vb = b_new + ((t - 1) / t_new) * (b_new - b)
        w, b, t = w_new, b_new, t_new
    return w, b


def _sq_norm(X, iters: int = 50) -> float:
    """Largest eigenvalue of X'X by power iteration from a fixed start (deterministic)."""
    v = np.ones(X.shape[1]) / np.sqrt(X.shape[1])
    lam = 0.0
    for _ in range(iters):
        u = X.T @ (X @ v)
        lam = float(np.linalg.norm(u))
        v = u / max(lam, 1e-12)
    return lam * 1.01


def predict(X, w, b):
    return 1.0 / (1.0 + np.exp(-(X @ w + b)))


def auc(y: np.ndarray, p: np.ndarray) -> float:
    order = np.argsort(p, kind="mergesort")
    ranks = np.empty(len(p))
    sp = p[order]
    i = 0
    while i < len(sp):          # average ranks of ties
        j = i
        while j + 1 < len(sp) and sp[j + 1] == sp[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = y == 1
    npos, nneg = pos.sum(), (~pos).sum()
    return float((ranks[pos].sum() - npos * (npos + 1) / 2) / (npos * nneg))


def table(y: np.ndarray, p: np.ndarray, thresholds=THRESHOLDS) -> list[dict]:
    ok, wrong = int((y == 1).sum()), int((y == 0).sum())
    rows = [{"threshold": None, "precision": ok / len(y), "ok_kept": ok, "wrong_kept": wrong,
             "ok_dropped_share": 0.0, "wrong_dropped_share": 0.0}]
    for th in thresholds:
        keep = p >= th
        ok_k, wr_k = int((keep & (y == 1)).sum()), int((keep & (y == 0)).sum())
        rows.append({"threshold": th, "precision": ok_k / max(1, ok_k + wr_k), "ok_kept": ok_k,
                     "wrong_kept": wr_k, "ok_dropped_share": 1 - ok_k / ok,
                     "wrong_dropped_share": 1 - wr_k / wrong})
    return rows


def print_table(rows, ok, wrong):
    print("| threshold | precision of the kept | ok kept | wrong kept | ok dropped | wrong dropped |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in rows:
        th = "rules alone" if r["threshold"] is None else f"{r['threshold']:.2f}"
        print(f"| {th} | {r['precision']:.3f} | {r['ok_kept']} / {ok} | {r['wrong_kept']} / {wrong} "
              f"| {100 * r['ok_dropped_share']:.1f} % | {100 * r['wrong_dropped_share']:.1f} % |")


def with_vectors(X, examples):
    V = np.array([ex.get("vector") or [0.0] * 600 for ex in examples], dtype=np.float64)
    for k in (0, 300):   # each block (trigger, sentence) to unit length
        V[:, k:k + 300] /= np.linalg.norm(V[:, k:k + 300], axis=1, keepdims=True).clip(1e-6)
    return sparse.hstack([X, sparse.csr_matrix(V)]).tocsr()


def heldout(examples: list[dict], l2: float, vectors: bool = False, min_count: int = 2,
            folds: int = 5):
    """Held-out probabilities, grouped by judged file: `folds` groups of files (file i in
    sorted name order goes to group i % folds), each held out in turn, the vocabulary built
    from the rest; `folds` 0: each file held out alone."""
    files = sorted({ex["file"] for ex in examples})   # a training article is its own "file"
    group = {f: (i % folds if folds else i) for i, f in enumerate(files)}
    p = np.zeros(len(examples))
    for g in sorted(set(group.values())):
        tr = [ex for ex in examples if group[ex["file"]] != g]
        te_idx = [i for i, ex in enumerate(examples) if group[ex["file"]] == g]
        Xtr, vocab = design(tr, min_count=min_count)
        Xte, _ = design([examples[i] for i in te_idx], vocab)
        if vectors:
            Xtr, Xte = with_vectors(Xtr, tr), with_vectors(Xte, [examples[i] for i in te_idx])
        ytr = np.array([ex["verdict"] == "ok" for ex in tr], dtype=float)
        w, b = fit_lr(Xtr, ytr, l2)
        p[te_idx] = predict(Xte, w, b)
    return p


def per_type_cv(exs: list[dict], l2: float, min_wrong: int, cost: float, min_count: int = 2,
                folds: int = 5, single: float | None = None):
    """Held-out probabilities (`heldout`), the keep decision of each row with the per-type
    thresholds chosen on the other folds' held-out rows only (nested: a row's threshold never
    saw it), and the thresholds chosen on all the held-out rows (what `fit` writes)."""
    p = heldout(exs, l2, False, min_count, folds)
    files = sorted({ex["file"] for ex in exs})
    group = {f: i % folds for i, f in enumerate(files)}
    g_of = np.array([group[ex["file"]] for ex in exs])
    keep = np.ones(len(exs), dtype=bool)
    for g in range(folds):
        rest = np.where(g_of != g)[0]
        ths = type_thresholds([exs[i] for i in rest], p[rest], min_wrong, cost, single)
        te = np.where(g_of == g)[0]
        keep[te] = keep_mask([exs[i] for i in te], p[te], ths)
    return p, keep, type_thresholds(exs, p, min_wrong, cost, single)


def per_type_report(exs, p, keep, ths) -> dict:
    seen, first = set(), []   # a weighted training-article row's copies count once
    for ex in exs:
        key = ex.get("event_id") or id(ex)
        first.append(key not in seen)
        seen.add(key)
    first = np.array(first)
    exs, p, keep = [ex for ex, f in zip(exs, first) if f], p[first], keep[first]
    y = np.array([ex["verdict"] == "ok" for ex in exs], dtype=float)
    audit = np.array([not ex["file"].startswith("train:") for ex in exs])
    out = {"auc_audit": round(auc(y[audit], p[audit]), 4)}
    print(f"held-out AUC: audit rows {out['auc_audit']:.3f}", end="")
    if (~audit).any():
        out["auc_train_articles"] = round(auc(y[~audit], p[~audit]), 4)
        print(f", training-article rows {out['auc_train_articles']:.3f}", end="")
    print()
    out["audit_nested"] = report_kept("audit rows, thresholds chosen on the other folds", y[audit], keep[audit])
    if (~audit).any():
        out["train_articles_nested"] = report_kept("training-article rows, same", y[~audit], keep[~audit])
    print("thresholds on all held-out rows:", ths)
    for t in sorted({ex["event_type"] for ex in exs}):
        m = np.array([ex["event_type"] == t for ex in exs]) & audit
        if m.any():
            k = keep[m]
            yy = y[m]
            print(f"  {t:18s} audit ok {int(yy.sum()):5d} wrong {int((1 - yy).sum()):4d}  nested: ok dropped "
                  f"{int((~k & (yy == 1)).sum()):3d} wrong dropped {int((~k & (yy == 0)).sum()):3d}  th {ths.get(t, '-')}")
    return out


def load_examples(out: Path, gold: tuple[str, ...] = (), gold_weight: int = 1) -> list[dict]:
    """The judged audit rows still produced; `gold`: also the rows of the training articles
    labelled by scripts/filter_goldsets.py (`train` all, `train_a` / `train_b` one half, as
    devscore.py splits them), `optional` counted as ok, each repeated `gold_weight` times (a
    weight: the copies share their article, so they are held out together)."""
    with open(out / "examples.jsonl", encoding="utf-8") as fh:
        exs = [ex for ex in map(json.loads, fh) if ex["produced"] and ex["verdict"] in ("ok", "wrong")]
    for g in gold:
        import devscore   # the halves exactly as devscore.py --half splits the articles
        half = {p.stem for p in devscore.sets("train", {"train": None, "train_a": "a", "train_b": "b"}[g])[0]}
        for r in map(json.loads, open(out / "gold_train.jsonl", encoding="utf-8")):
            if r["stem"] in half and r["verdict"] in ("ok", "wrong", "optional"):
                exs += [{**r, "verdict": "wrong" if r["verdict"] == "wrong" else "ok"}] * gold_weight
    return exs


TYPE_GRID = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


def type_thresholds(exs: list[dict], p: np.ndarray, min_wrong: int, cost: float,
                    single: float | None = None) -> dict[str, float]:
    """Per event type with at least `min_wrong` wrong rows among `exs`: `single` when given,
    else the threshold of TYPE_GRID that maximises (wrong dropped - `cost` x ok dropped) on the
    held-out probabilities `p`, kept only when that gain is positive. The other types pass
    untouched."""
    out = {}
    for t in sorted({ex["event_type"] for ex in exs}):
        idx = [i for i, ex in enumerate(exs) if ex["event_type"] == t]
        y = np.array([exs[i]["verdict"] == "ok" for i in idx])
        if (~y).sum() < min_wrong:
            continue
        if single is not None:
            out[t] = single
            continue
        best, gain_best = None, 0.0
        for th in TYPE_GRID:
            drop = p[idx] < th
            gain = float((drop & ~y).sum()) - cost * float((drop & y).sum())
            if gain > gain_best:
                best, gain_best = th, gain
        if best is not None:
            out[t] = best
    return out


def keep_mask(exs: list[dict], p: np.ndarray, ths: dict[str, float]) -> np.ndarray:
    return np.array([ex["event_type"] not in ths or p[i] >= ths[ex["event_type"]] for i, ex in enumerate(exs)])


def report_kept(name: str, y: np.ndarray, keep: np.ndarray) -> dict:
    ok, wrong = int(y.sum()), int((1 - y).sum())
    ok_k, wr_k = int((keep & (y == 1)).sum()), int((keep & (y == 0)).sum())
    r = {"precision_rules": round(ok / len(y), 4), "precision_kept": round(ok_k / max(1, ok_k + wr_k), 4),
         "ok_dropped": ok - ok_k, "wrong_dropped": wrong - wr_k, "ok": ok, "wrong": wrong,
         "ok_dropped_share": round(1 - ok_k / ok, 4), "wrong_dropped_share": round(1 - wr_k / wrong, 4)}
    print(f"{name}: rules {r['precision_rules']:.3f} -> kept {r['precision_kept']:.3f}; ok dropped "
          f"{r['ok_dropped']} / {ok} ({100 * r['ok_dropped_share']:.1f} %), wrong dropped "
          f"{r['wrong_dropped']} / {wrong} ({100 * r['wrong_dropped_share']:.1f} %)")
    return r


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["build", "cv", "cvtype", "gain", "fit", "apply"])
    ap.add_argument("--gold", nargs="*", default=[], choices=["train", "train_a", "train_b"],
                    help="also train on the rows of the training articles (scripts/filter_goldsets.py build --set train)")
    ap.add_argument("--gold-weight", type=int, default=1, help="each training-article row counts this many times")
    ap.add_argument("--note", default="", help="fit: a note written into the weights file")
    ap.add_argument("--per-type", action="store_true", help="fit: a threshold per type chosen by cross-validation (cvtype)")
    ap.add_argument("--min-wrong", type=int, default=30, help="per type: filter only types with this many wrong rows")
    ap.add_argument("--gate-threshold", type=float, help="per type: this one threshold for every filtered type (no gain test)")
    ap.add_argument("--cost", type=float, default=1.5, help="per type: an ok row dropped weighs this many wrong rows dropped")
    ap.add_argument("tsv", nargs="?", type=Path)
    ap.add_argument("--out", type=Path, default=Path("/tmp/filt19"))
    ap.add_argument("--vectors", action="store_true")
    ap.add_argument("--l2", type=float, nargs="*", default=[10.0])
    ap.add_argument("--threshold", type=float)
    ap.add_argument("--weights", type=Path, default=ROOT / "newsledger/extract/data/event_filter.json")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--folds", type=int, default=5, help="groups of judged files held out in turn; 0: one file at a time")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    if args.cmd == "build":
        rows = {p.name: read_judged(p) for p in FILES}
        exs = extract_rows(rows, vectors=args.vectors)
        with open(args.out / "examples.jsonl", "w", encoding="utf-8") as fh:
            for ex in exs:
                fh.write(json.dumps(ex, ensure_ascii=False) + "\n")
        prod = [e for e in exs if e["produced"]]
        print(f"{len(rows)} judged files, {len(exs)} judged rows, {len(prod)} still produced: "
              f"{sum(e['verdict'] == 'ok' for e in prod)} ok, {sum(e['verdict'] == 'wrong' for e in prod)} wrong")
        return 0

    if args.cmd == "cvtype":
        exs = load_examples(args.out, tuple(args.gold), args.gold_weight)
        for l2 in args.l2:
            print(f"== L2 {l2}, min wrong {args.min_wrong}, cost {args.cost}, gold rows {args.gold}: {len(exs)} rows")
            per_type_report(exs, *per_type_cv(exs, l2, args.min_wrong, args.cost, args.min_count, args.folds,
                                                  args.gate_threshold))
        return 0

    if args.cmd == "gain":   # one threshold on the gated types: held-out drops, audit and training articles apart
        for k in (args.gold_weight,):
            exs = load_examples(args.out, tuple(args.gold), k)
            p = heldout(exs, args.l2[0], False, args.min_count, args.folds)
            y = np.array([e["verdict"] == "ok" for e in exs])
            audit = np.array([not e["file"].startswith("train:") for e in exs])
            gated = type_thresholds(exs, p, args.min_wrong, 0, 0.5).keys()
            g = np.array([e["event_type"] in gated for e in exs])
            print(f"gold weight {k}: audit AUC {auc(y[audit].astype(float), p[audit]):.3f}"
                  + (f", training-article AUC {auc(y[~audit].astype(float), p[~audit]):.3f}" if (~audit).any() else "")
                  + f"; gated {sorted(gated)}")
            for th in TYPE_GRID:
                d = g & (p < th)
                a_ok, a_wr = int((d & y & audit).sum()), int((d & ~y & audit).sum())
                t_ok, t_wr = int((d & y & ~audit).sum()) // k, int((d & ~y & ~audit).sum()) // k
                print(f"  th {th}: audit ok dropped {a_ok} wrong {a_wr} (wrong - {args.cost} ok: "
                      f"{a_wr - args.cost * a_ok:+.1f}) | training articles ok dropped {t_ok} wrong {t_wr} "
                      f"({t_wr - args.cost * t_ok:+.1f})")
        return 0

    if args.cmd == "cv":
        exs = load_examples(args.out, tuple(args.gold), args.gold_weight)
        y = np.array([ex["verdict"] == "ok" for ex in exs], dtype=float)
        for l2 in args.l2:
            p = heldout(exs, l2, args.vectors, args.min_count, args.folds)
            print(f"L2 {l2}: held-out AUC {auc(y, p):.3f} (log loss "
                  f"{float(-np.mean(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9))):.4f})")
            print_table(table(y, p), int(y.sum()), int((1 - y).sum()))
            np.save(args.out / f"heldout_l2_{l2}{'_vec' if args.vectors else ''}.npy", p)
        return 0

    if args.cmd == "fit":
        exs = load_examples(args.out, tuple(args.gold), args.gold_weight)
        y = np.array([ex["verdict"] == "ok" for ex in exs], dtype=float)
        audit = np.array([not ex["file"].startswith("train:") for ex in exs])
        l2 = args.l2[0]
        th = args.threshold if args.threshold is not None else 0.5
        if args.per_type and args.gate_threshold is not None:
            th = args.gate_threshold
        if args.per_type:
            p, keep, ths = per_type_cv(exs, l2, args.min_wrong, args.cost, args.min_count, args.folds,
                                       args.gate_threshold)
            held = per_type_report(exs, p, keep, ths)
        else:
            p = heldout(exs, l2, False, args.min_count, args.folds)
            held = {"auc_audit": round(auc(y[audit], p[audit]), 4),
                    "at_threshold": {k: (round(v, 4) if isinstance(v, float) else v)
                                     for k, v in table(y[audit], p[audit], (th,))[1].items()}}
        X, vocab = design(exs, min_count=args.min_count)
        w, b = fit_lr(X, y, l2)
        counts = {}   # audit rows, then training-article events (each once, not weighted)
        for ex in exs:
            c = counts.setdefault(ex["event_type"], {"audit_ok": 0, "audit_wrong": 0, "train_ok": 0, "train_wrong": 0})
            c[("train_" if ex["file"].startswith("train:") else "audit_") + ex["verdict"]] += 1
        for c in counts.values():
            c["train_ok"] //= args.gold_weight
            c["train_wrong"] //= args.gold_weight
        counts = dict(sorted(counts.items(), key=lambda kv: -kv[1]["audit_wrong"]))
        ngold = int((~audit).sum()) // args.gold_weight
        cmd = (f"python scripts/train_event_filter.py build && "
               + (f"python scripts/filter_goldsets.py build --set train && " if args.gold else "")
               + f"python scripts/train_event_filter.py fit --l2 {l2} --min-count {args.min_count} --folds {args.folds}"
               + (f" --gold {' '.join(args.gold)} --gold-weight {args.gold_weight}" if args.gold else "")
               + (" --note '...'" if args.note else "")
               + (f" --per-type --min-wrong {args.min_wrong}"
                  + (f" --gate-threshold {args.gate_threshold}" if args.gate_threshold is not None
                     else f" --cost {args.cost}") if args.per_type
                  else f" --threshold {th}"))
        weights = {
            "about": "Event filter of issue 19 (newsledger/extract/events/filter.py): L2 logistic "
                     "regression over the cues of filter.features; when the filter is on, an event "
                     "whose type `thresholds` lists and whose score is below that type's threshold is "
                     "dropped; the other types pass untouched"
                     + ("" if args.per_type else " (no table: every type at `threshold`)") + ".",
            "command": cmd,
            "trained_on": f"{len({e['file'] for e in exs if not e['file'].startswith('train:')})} judged files of "
                          f"docs/audit (not {', '.join(HELD_BACK)}): {int(audit.sum())} rows, "
                          f"{int(y[audit].sum())} ok, {int((1 - y[audit]).sum())} wrong"
                          + (f"; {ngold} events of the training articles ../shared/eval/train "
                             f"({' '.join(args.gold)}), labelled by score.py's matching, "
                             f"{int(y[~audit].sum()) // args.gold_weight} ok (optional counted ok), "
                             f"{int((1 - y[~audit]).sum()) // args.gold_weight} wrong, each weighing {args.gold_weight}"
                             if ngold else "") + "; no dev article",
            "rows_per_type": counts,
            "gate": ("none" if not args.per_type else
                     f"a type is filtered when its training rows hold >= {args.min_wrong} wrong (training-article rows counted with their weight), at "
                     f"{args.gate_threshold}" if args.gate_threshold is not None else
                     f"a type is filtered when its training rows hold >= {args.min_wrong} wrong and a "
                     f"threshold of {list(TYPE_GRID)} gains on the held-out rows (wrong dropped - "
                     f"{args.cost} x ok dropped > 0)"),
            **({"note": args.note} if args.note else {}),
            "heldout": {"folds": args.folds or "one file at a time", **held},
            "l2": l2, "threshold": th,
            **({"thresholds": ths} if args.per_type else {}),
            "bias": round(float(b), 6),
            "weights": {f: round(float(w[j]), 6) for f, j in sorted(vocab.items()) if abs(w[j]) > 1e-6},
        }
        args.weights.write_text(json.dumps(weights, ensure_ascii=False, indent=1, sort_keys=False) + "\n",
                                encoding="utf-8")
        print(f"wrote {args.weights}: {len(weights['weights'])} weights, thresholds {weights.get('thresholds')}")
        return 0

    # apply
    from newsledger.extract.events.filter import keep, score
    weights = json.loads(args.weights.read_text(encoding="utf-8"))
    th = args.threshold if args.threshold is not None else weights["threshold"]
    rows = read_judged(args.tsv) if args.tsv else []
    if not rows:   # unjudged rows: read all
        import csv
        with open(args.tsv, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
    exs = extract_rows({args.tsv.name: rows})
    print("corpus_id\tchar_start\tchar_end\tevent_type\tverdict\tproduced\tp_ok\tkept")
    ys, ps, ks = [], [], []
    for ex in exs:
        p = score(weights, ex["features"]) if ex["produced"] else float("nan")
        kept = ex["produced"] and keep(weights, ex["event_type"], ex["features"], args.threshold)
        print(f"{ex['corpus_id']}\t{ex['char_start']}\t{ex['char_end']}\t{ex['event_type']}\t"
              f"{ex['verdict']}\t{ex['produced']}\t{p:.3f}\t{kept}")
        if ex["produced"] and ex["verdict"] in ("ok", "wrong"):
            ys.append(ex["verdict"] == "ok")
            ps.append(p)
            ks.append(kept)
    if ys and 0 < sum(ys) < len(ys):
        y, p = np.array(ys, dtype=float), np.array(ps)
        print(f"# {len(exs)} rows, {len(ys)} judged and still produced; AUC {auc(y, p):.3f}", file=sys.stderr)
        import contextlib
        with contextlib.redirect_stdout(sys.stderr):
            report_kept("# the filter as set (per-type thresholds of the weights when it has them)",
                        y, np.array(ks))
        print("# the table below applies one threshold to every type:", file=sys.stderr)
        print_table_err(table(y, p, sorted(set(THRESHOLDS) | {th})), int(y.sum()), int((1 - y).sum()))
    return 0


def print_table_err(rows, ok, wrong):
    import contextlib
    with contextlib.redirect_stdout(sys.stderr):
        print_table(rows, ok, wrong)


if __name__ == "__main__":
    raise SystemExit(main())
