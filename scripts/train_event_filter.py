"""Train the event filter of issue 19 (newsledger/extract/events/filter.py) on the judged
precision audits, held out by judged file.

    .venv/bin/python scripts/train_event_filter.py build [--out DIR]    # re-extract, features
    .venv/bin/python scripts/train_event_filter.py cv [--out DIR] [--vectors]  # held-out numbers
    .venv/bin/python scripts/train_event_filter.py fit [--out DIR] --threshold T [--weights FILE]
    .venv/bin/python scripts/train_event_filter.py apply FILE.tsv [--weights FILE] [--threshold T]

`build` re-extracts the corpus articles of every judged file docs/audit/events_precision*.tsv
(except the fresh seeds 787 and 797, kept for the measure) with today's rules, matches each
judged row to today's events by (corpus id, offsets, type) as scripts/audit_replay.py does, and
writes the features and the verdict of every judged row the rules still produce to
DIR/examples.jsonl (DIR defaults to /tmp/filt19). `cv` trains an L2 logistic regression
(numpy, deterministic: plain full-batch gradient descent from zero) with each judged file held
out in turn and prints the held-out AUC and a threshold table. `fit` trains on all the rows and
writes the weights. `apply` scores the rows of a judged TSV (corpus_id, char_start, char_end,
event_type, verdict when present) with the weights: per row its probability, then the table.
The dev articles and the training articles are never used.
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

HELD_BACK = ("seed787", "seed797")   # the session's fresh measure: never trained on
FILES = [p for p in DEFAULT if not any(s in p.name for s in HELD_BACK)]
THRESHOLDS = (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85)


def extract_rows(rows_by_file: dict[str, list[dict]], vectors: bool = False) -> list[dict]:
    """For each judged row today's rules still produce: file, ids, verdict, features
    (and the trigger's and sentence's word vectors when `vectors`)."""
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
    files = sorted({ex["file"] for ex in examples})
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


def load_examples(out: Path) -> list[dict]:
    with open(out / "examples.jsonl", encoding="utf-8") as fh:
        return [ex for ex in map(json.loads, fh) if ex["produced"] and ex["verdict"] in ("ok", "wrong")]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["build", "cv", "fit", "apply"])
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

    if args.cmd == "cv":
        exs = load_examples(args.out)
        y = np.array([ex["verdict"] == "ok" for ex in exs], dtype=float)
        for l2 in args.l2:
            p = heldout(exs, l2, args.vectors, args.min_count, args.folds)
            print(f"L2 {l2}: held-out AUC {auc(y, p):.3f} (log loss "
                  f"{float(-np.mean(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9))):.4f})")
            print_table(table(y, p), int(y.sum()), int((1 - y).sum()))
            np.save(args.out / f"heldout_l2_{l2}{'_vec' if args.vectors else ''}.npy", p)
        return 0

    if args.cmd == "fit":
        exs = load_examples(args.out)
        y = np.array([ex["verdict"] == "ok" for ex in exs], dtype=float)
        l2 = args.l2[0]
        p = heldout(exs, l2, False, args.min_count, args.folds)
        X, vocab = design(exs, min_count=args.min_count)
        w, b = fit_lr(X, y, l2)
        th = args.threshold if args.threshold is not None else 0.5
        held = table(y, p, (th,))
        weights = {
            "about": "Event filter of issue 19 (newsledger/extract/events/filter.py): L2 logistic "
                     "regression over the cues of filter.features; an event scored below "
                     "`threshold` is dropped when NEWSLEDGER_EVENT_FILTER is on.",
            "command": f"python scripts/train_event_filter.py build && python scripts/train_event_filter.py "
                       f"fit --l2 {l2} --threshold {th} --min-count {args.min_count} --folds {args.folds}",
            "trained_on": f"{len({e['file'] for e in exs})} judged files of docs/audit "
                          f"(not seeds 787, 797; no dev or training article): {len(exs)} rows, "
                          f"{int(y.sum())} ok, {int((1 - y).sum())} wrong",
            "heldout_by_file": {"folds": args.folds or "one file at a time", "auc": round(auc(y, p), 4),
                                "at_threshold": {k: (round(v, 4) if isinstance(v, float) else v)
                                                 for k, v in held[1].items()},
                                "rules_alone_precision": round(held[0]["precision"], 4)},
            "l2": l2, "threshold": th, "bias": round(float(b), 6),
            "weights": {f: round(float(w[j]), 6) for f, j in sorted(vocab.items()) if abs(w[j]) > 1e-6},
        }
        args.weights.write_text(json.dumps(weights, ensure_ascii=False, indent=1, sort_keys=False) + "\n",
                                encoding="utf-8")
        print(f"wrote {args.weights}: {len(weights['weights'])} weights, held-out AUC {weights['heldout_by_file']['auc']}")
        return 0

    # apply
    from newsledger.extract.events.filter import score
    weights = json.loads(args.weights.read_text(encoding="utf-8"))
    th = args.threshold if args.threshold is not None else weights["threshold"]
    rows = read_judged(args.tsv) if args.tsv else []
    if not rows:   # unjudged rows: read all
        import csv
        with open(args.tsv, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
    exs = extract_rows({args.tsv.name: rows})
    print("corpus_id\tchar_start\tchar_end\tevent_type\tverdict\tproduced\tp_ok\tkept")
    ys, ps = [], []
    for ex in exs:
        p = score(weights, ex["features"]) if ex["produced"] else float("nan")
        kept = ex["produced"] and p >= th
        print(f"{ex['corpus_id']}\t{ex['char_start']}\t{ex['char_end']}\t{ex['event_type']}\t"
              f"{ex['verdict']}\t{ex['produced']}\t{p:.3f}\t{kept}")
        if ex["produced"] and ex["verdict"] in ("ok", "wrong"):
            ys.append(ex["verdict"] == "ok")
            ps.append(p)
    if ys and 0 < sum(ys) < len(ys):
        y, p = np.array(ys, dtype=float), np.array(ps)
        print(f"# {len(exs)} rows, {len(ys)} judged and still produced; AUC {auc(y, p):.3f}", file=sys.stderr)
        print_table_err(table(y, p, sorted(set(THRESHOLDS) | {th})), int(y.sum()), int((1 - y).sum()))
    return 0


def print_table_err(rows, ok, wrong):
    import contextlib
    with contextlib.redirect_stdout(sys.stderr):
        print_table(rows, ok, wrong)


if __name__ == "__main__":
    raise SystemExit(main())
