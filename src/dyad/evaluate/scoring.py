"""Scorers for the gold formats of ``shared/eval/FORMATS.md``, exactly as its rules say.

Each ``score_TASK(gold, predicted)`` takes two lists of records (dicts in the gold format;
records pair by ``id``, a gold id without a prediction counts as an empty prediction) and
returns the metrics dict that ``dyad eval --json`` prints.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

Record = dict[str, Any]


def prf(tp: int, n_pred: int, n_gold: int, name: str) -> dict[str, float | None]:
    """Micro P/R/F1: null when nothing was predicted and nothing is in the gold."""
    if n_pred == 0 and n_gold == 0:
        return {f"{name}_precision": None, f"{name}_recall": None, f"{name}_f1": None}
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {f"{name}_precision": p, f"{name}_recall": r, f"{name}_f1": f}


def _pair(gold: list[Record], pred: list[Record]) -> list[tuple[Record, Record]]:
    by_id = {r["id"]: r for r in pred}
    return [(g, by_id.get(g["id"], {"id": g["id"]})) for g in gold]


# --- events ---


def _countries(actors: list[dict[str, Any]]) -> set[str]:
    return {a["country"] for a in actors or [] if a.get("country") is not None}


def _event_match(g: Record, p: Record) -> bool:
    if g["plover"] != p.get("plover"):
        return False
    for role in ("source", "target"):
        gs, ps = _countries(g.get(role, [])), _countries(p.get(role, []))
        if (gs or ps) and not gs & ps:
            return False
    return True


def greedy_pairs(candidates: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs from (overlap, gold index, predicted index) candidates: largest
    overlap first, ties by gold then predicted position."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _ov, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def bipartite_pairs(n_left: int, n_right: int, edge: Any) -> list[tuple[int, int]]:
    """The (left, right) pairs of a maximum matching (augmenting paths) where edge(i, j)
    says i may pair j."""
    adj = [[j for j in range(n_right) if edge(i, j)] for i in range(n_left)]
    match_right: list[int | None] = [None] * n_right

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if match_right[j] is None or augment(match_right[j], seen):  # type: ignore[arg-type]
                match_right[j] = i
                return True
        return False

    for i in range(n_left):
        augment(i, set())
    return sorted((i, j) for j, i in enumerate(match_right) if i is not None)


def _event_pairs(ge: list[Record], pe: list[Record]) -> list[tuple[int, int]]:
    return bipartite_pairs(len(ge), len(pe), lambda i, j: _event_match(ge[i], pe[j]))


def score_events(gold: list[Record], pred: list[Record]) -> dict[str, Any]:
    tp = n_gold = n_pred = 0
    ttp = 0
    ctp = c_gold = c_pred = 0
    for g, p in _pair(gold, pred):
        ge, pe = g.get("events", []), p.get("events", [])
        n_gold += len(ge)
        n_pred += len(pe)
        tp += len(_event_pairs(ge, pe))
        ttp += sum((Counter(e["plover"] for e in ge) & Counter(e.get("plover") for e in pe))
                   .values())
        if all(e.get("cameo") for e in ge):
            groots = Counter(e["cameo"][:2] for e in ge)
            proots = Counter(e["cameo"][:2] for e in pe if e.get("cameo"))
            ctp += sum((groots & proots).values())
            c_gold += sum(groots.values())
            c_pred += sum(proots.values())
    out: dict[str, Any] = {"records": len(gold), "gold_events": n_gold, "predicted_events": n_pred}
    out.update(prf(tp, n_pred, n_gold, "dyad"))
    out.update(prf(ttp, n_pred, n_gold, "type"))
    out.update(prf(ctp, c_pred, c_gold, "cameo_root"))
    return out


# --- quotes ---

_TOKEN = re.compile(r"\S+")


def _tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _covered(tokens: list[tuple[int, int]], spans: list[list[int]]) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        for i, (ts, te) in enumerate(tokens):
            if ts < e and s < te:
                out.add(i)
    return out


def _merge(spans: list[list[int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for s, e in sorted((int(s), int(e)) for s, e in spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def _share_char(a: list[list[int]], b: list[list[int]]) -> bool:
    if not a and not b:
        return True
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _quote_pairs(text: str, ga: list[Record], pa: list[Record]) -> list[tuple[int, int]]:
    toks = _tokens(text)
    gt = [_covered(toks, a["content"]) for a in ga]
    pt = [_covered(toks, a["content"]) for a in pa]
    cands = []
    for i, gs in enumerate(gt):
        for j, ps in enumerate(pt):
            ov = len(gs & ps)
            if ov > 0 and ov >= max(len(gs), len(ps)) / 2:
                cands.append((ov, i, j))
    return greedy_pairs(cands)


def score_quotes(gold: list[Record], pred: list[Record]) -> dict[str, Any]:
    n_gold = n_pred = tp = exact_tp = 0  # tp: matched pairs
    src_ok = cue_ok = 0
    for g, p in _pair(gold, pred):
        ga, pa = g.get("attributions", []), p.get("attributions", [])
        n_gold += len(ga)
        n_pred += len(pa)
        for i, j in _quote_pairs(g["text"], ga, pa):
            tp += 1
            src_ok += _share_char(pa[j].get("source", []), ga[i].get("source", []))
            cue_ok += _share_char(pa[j].get("cue", []), ga[i].get("cue", []))
        gold_exact = Counter(tuple(_merge(a["content"])) for a in ga)
        pred_exact = Counter(tuple(_merge(a["content"])) for a in pa)
        exact_tp += sum((gold_exact & pred_exact).values())
    out: dict[str, Any] = {"records": len(gold), "gold_attributions": n_gold,
                           "predicted_attributions": n_pred, "matched_pairs": tp}
    out.update(prf(tp, n_pred, n_gold, "content"))
    out.update(prf(exact_tp, n_pred, n_gold, "content_exact"))
    out["source_accuracy"] = src_ok / tp if tp else None
    out["cue_accuracy"] = cue_ok / tp if tp else None
    return out


# --- timex ---


def _timex_pairs(gt: list[Record], pt: list[Record]) -> list[tuple[int, int]]:
    cands = []
    for i, a in enumerate(gt):
        for j, b in enumerate(pt):
            ov = min(a["end"], b["end"]) - max(a["start"], b["start"])
            if ov > 0:
                cands.append((ov, i, j))
    return greedy_pairs(cands)


def score_timex(gold: list[Record], pred: list[Record]) -> dict[str, Any]:
    n_gold = n_pred = strict_tp = relaxed_tp = value_tp = type_ok = 0
    for g, p in _pair(gold, pred):
        gt, pt = g.get("timexes", []), p.get("timexes", [])
        n_gold += len(gt)
        n_pred += len(pt)
        strict_tp += sum((Counter((t["start"], t["end"]) for t in gt)
                          & Counter((t["start"], t["end"]) for t in pt)).values())
        for i, j in _timex_pairs(gt, pt):
            relaxed_tp += 1
            value_tp += gt[i].get("value") == pt[j].get("value")
            type_ok += gt[i].get("type") == pt[j].get("type")
    out: dict[str, Any] = {"records": len(gold), "gold_timexes": n_gold,
                           "predicted_timexes": n_pred}
    out.update(prf(strict_tp, n_pred, n_gold, "strict"))
    out.update(prf(relaxed_tp, n_pred, n_gold, "relaxed"))
    out.update(prf(value_tp, n_pred, n_gold, "value"))
    out["type_accuracy"] = type_ok / relaxed_tp if relaxed_tp else None
    return out


# --- entities ---


def _b3(gold_mentions: list[Record], pred_mentions: list[Record]) -> tuple[float, float, int, int]:
    """B-cubed sums for one document: (precision sum, recall sum, detected, gold)."""
    keyed = [m for m in gold_mentions if m.get("entity") is not None]
    key_clusters: dict[Any, set[int]] = defaultdict(set)
    for i, m in enumerate(keyed):
        key_clusters[m["entity"]].add(i)
    span_to_gold = {}
    for i, m in enumerate(keyed):
        span_to_gold.setdefault((m["start"], m["end"]), i)
    response: dict[int, Any] = {}
    for j, m in enumerate(pred_mentions):
        gi = span_to_gold.get((m["start"], m["end"]))
        if gi is not None and gi not in response:
            ent = m.get("entity")
            response[gi] = ("E", ent) if ent is not None else ("S", j)
    resp_clusters: dict[Any, set[int]] = defaultdict(set)
    for gi, label in response.items():
        resp_clusters[label].add(gi)
    p_sum = r_sum = 0.0
    for gi, label in response.items():
        k = key_clusters[keyed[gi]["entity"]]
        r = resp_clusters[label]
        inter = len(k & r)
        p_sum += inter / len(r)
        r_sum += inter / len(k)
    return p_sum, r_sum, len(response), len(keyed)


def score_entities(gold: list[Record], pred: list[Record]) -> dict[str, Any]:
    n_gold = n_pred = tp = 0
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, pred, gold
    p_sum = r_sum = 0.0
    detected = keyed = 0
    base_r = 0.0
    for g, p in _pair(gold, pred):
        gm, pm = g.get("mentions", []), p.get("mentions", [])
        n_gold += len(gm)
        n_pred += len(pm)
        gc = Counter((m["start"], m["end"], m["type"]) for m in gm)
        pc = Counter((m["start"], m["end"], m.get("type")) for m in pm)
        tp += sum((gc & pc).values())
        for (_s, _e, t), n in gc.items():
            per_type[t][2] += n
            per_type[t][0] += min(n, pc.get((_s, _e, t), 0))
        for (_s, _e, t), n in pc.items():
            per_type[str(t)][1] += n
        ps, rs, det, k = _b3(gm, pm)
        p_sum += ps
        r_sum += rs
        detected += det
        keyed += k
        singles = [dict(m, entity=None) for m in gm if m.get("entity") is not None]
        base_r += _b3(gm, singles)[1]
    out: dict[str, Any] = {"records": len(gold), "gold_mentions": n_gold,
                           "predicted_mentions": n_pred}
    out.update(prf(tp, n_pred, n_gold, "mention"))
    if keyed:
        bp = p_sum / detected if detected else 0.0
        br = r_sum / keyed
        out["b3_precision"], out["b3_recall"] = bp, br
        out["b3_f1"] = 2 * bp * br / (bp + br) if bp + br else 0.0
        sr = base_r / keyed
        out["b3_singleton_baseline_f1"] = 2 * sr / (1 + sr)
    else:
        out["b3_precision"] = out["b3_recall"] = out["b3_f1"] = None
        out["b3_singleton_baseline_f1"] = None
    out["per_type"] = {t: prf(v[0], v[1], v[2], "mention") for t, v in sorted(per_type.items())}
    # mention F1 of the named-entity types, flat, for the scoreboard
    for t in ("PER", "ORG", "LOC"):
        out[f"mention_{t}_f1"] = out["per_type"].get(t, {}).get("mention_f1")
    return out


# --- eventtypes ---


def score_eventtypes(gold: list[Record], pred: list[Record]) -> dict[str, Any]:
    types = {label for g in gold for label in g.get("labels", [])}
    tp = n_pred = n_gold = ignored = 0
    for g, p in _pair(gold, pred):
        gl = set(g.get("labels", []))
        pl_all = set(p.get("labels", []))
        pl = pl_all & types
        ignored += len(pl_all - types)
        tp += len(gl & pl)
        n_pred += len(pl)
        n_gold += len(gl)
    out: dict[str, Any] = {"records": len(gold), "types": sorted(types),
                           "ignored_predictions": ignored}
    out.update(prf(tp, n_pred, n_gold, "micro"))
    return out


# --- errors ---


def _unmatched(gold_items: list[Record], pred_items: list[Record],
               pairs: list[tuple[int, int]]) -> tuple[list[Record], list[Record]]:
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    return ([x for i, x in enumerate(gold_items) if i not in matched_g],
            [x for j, x in enumerate(pred_items) if j not in matched_p])


def _identical_unmatched(gm: list[Record], pm: list[Record]) -> tuple[list[Record], list[Record]]:
    """Mentions that pair with none of identical (start, end, type), one to one."""
    def key(m: Record) -> tuple[Any, ...]:
        return m["start"], m["end"], m.get("type")

    def rest(items: list[Record], others: list[Record]) -> list[Record]:
        left = Counter(key(m) for m in others)
        out = []
        for m in items:
            if left[key(m)]:
                left[key(m)] -= 1
            else:
                out.append(m)
        return out

    return rest(gm, pm), rest(pm, gm)


def _with_words(text: str, item: Record, spans: list[list[int]]) -> Record:
    """An item with the words its spans cover, to read the error without the article."""
    return item | {"words": " … ".join(text[s:e] for s, e in spans)}


def errors(task: str, gold: list[Record], pred: list[Record]) -> list[Record]:
    """What the score counts against the system, item by item: per record, the gold items
    the task's matching rule paired with nothing (``missed``) and the predicted ones it
    paired with nothing (``extra``). Records with neither are left out. For event types,
    only the types the gold file uses count, as in the score."""
    types = {label for g in gold for label in g.get("labels", [])}
    out = []
    for g, p in _pair(gold, pred):
        text = g.get("text", "")
        if task == "events":
            ge, pe = g.get("events", []), p.get("events", [])
            missed, extra = _unmatched(ge, pe, _event_pairs(ge, pe))
        elif task == "quotes":
            ga, pa = g.get("attributions", []), p.get("attributions", [])
            missed, extra = _unmatched(ga, pa, _quote_pairs(text, ga, pa))
            missed = [_with_words(text, a, a["content"]) for a in missed]
            extra = [_with_words(text, a, a["content"]) for a in extra]
        elif task == "timex":
            gt, pt = g.get("timexes", []), p.get("timexes", [])
            missed, extra = _unmatched(gt, pt, _timex_pairs(gt, pt))
            missed = [_with_words(text, t, [[t["start"], t["end"]]]) for t in missed]
            extra = [_with_words(text, t, [[t["start"], t["end"]]]) for t in extra]
        elif task == "entities":
            missed, extra = _identical_unmatched(g.get("mentions", []), p.get("mentions", []))
            missed = [_with_words(text, m, [[m["start"], m["end"]]]) for m in missed]
            extra = [_with_words(text, m, [[m["start"], m["end"]]]) for m in extra]
        else:  # eventtypes
            gl, pl = set(g.get("labels", [])), set(p.get("labels", [])) & types
            missed, extra = sorted(gl - pl), sorted(pl - gl)
        if missed or extra:
            out.append({"id": g["id"], "missed": missed, "extra": extra})
    return out


SCORERS = {
    "events": score_events,
    "quotes": score_quotes,
    "timex": score_timex,
    "entities": score_entities,
    "eventtypes": score_eventtypes,
}
