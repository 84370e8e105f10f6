"""``claimx report``: one self-contained HTML file from a run's outputs.

The page loads nothing from the network (a Content-Security-Policy forbids it): the charts are
matplotlib figures inlined as SVG (a few tens of kilobytes, no script, readable offline and in
mail clients; plotly's inlined bundle alone would be about 4 MB), the claims table is sorted and
filtered by a few lines of inline JavaScript, and the articles are drawn with displaCy's span
style (:mod:`claimx.highlight`).

Inputs: ``claims.parquet`` and ``documents.csv`` from the run's output folder, and the article
texts, read again from the run's input folder (nothing new is stored by ``claimx run``).
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .highlight import DISPLACY_COLORS, offsets_match, render_article
from .reader import discover, read_article
from .writers import read_claims

#: Articles drawn in full in the report by default (the claims table always has every claim).
DEFAULT_MAX_ARTICLES = 200

_STANCE_COLOURS = {"oppose": "#d7301f", "neutral": "#bdbdbd", "support": "#1a9850"}
_TABLE_COLUMNS = (
    ("#", "num"),
    ("article", "text"),
    ("speaker", "text"),
    ("organisation", "text"),
    ("type", "text"),
    ("stance", "text"),
    ("target", "text"),
    ("score", "num"),
    ("date", "text"),
    ("quote", "text"),
)


@dataclass
class ReportSummary:
    """What a report holds."""

    path: Path
    articles: int
    claims: int
    speakers: int
    highlighted: int
    missing_texts: int


def _organisation_cell(organisation: str, source: str) -> str:
    """An organisation, marked when it is the party lexicon's rather than the article's."""
    if source != "lexicon":
        return html.escape(organisation)
    note = "not stated in this article: the party other articles state (party lexicon)"
    return f'<span class="known" title="{note}">{html.escape(organisation)}</span>'


def _cell(value: Any) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    return str(value)


def claims_table_html(
    claims: pd.DataFrame,
    *,
    row_id: Callable[[Any], str],
    table_id: str = "claims",
    article_link: Callable[[Any], str] | None = None,
) -> str:
    """The claims as an HTML table; every row has an ``id`` (an anchor) and ``data-*`` values.

    Args:
        claims: Rows of the claims table.
        row_id: Row (a namedtuple) -> the row's element id.
        table_id: The table's element id.
        article_link: Row -> URL of its highlighted article, or None.

    Returns:
        The ``<table>`` markup.
    """
    head = "".join(
        f'<th data-type="{kind}" title="sort">{html.escape(name)}</th>'
        for name, kind in _TABLE_COLUMNS
    )
    rows = []
    for row in claims.itertuples(index=False):
        values = {
            "speaker": _cell(row.speaker),
            "organisation": _cell(row.organisation),
            "type": _cell(row.quote_type),
            "stance": _cell(row.stance),
        }
        data = "".join(f' data-{k}="{html.escape(v, quote=True)}"' for k, v in values.items())
        doc = html.escape(_cell(row.doc_id))
        if article_link is not None:
            doc = f'<a href="{html.escape(article_link(row), quote=True)}">{doc}</a>'
        score = _cell(row.stance_score)
        score = f"{float(score):.2f}" if score else ""
        cells = [
            str(int(row.claim_index)),
            doc,
            html.escape(values["speaker"]),
            _organisation_cell(values["organisation"], _cell(row.organisation_source)),
            html.escape(values["type"]),
            f'<span class="stance {html.escape(values["stance"])}">'
            f"{html.escape(values['stance'])}</span>",
            html.escape(_cell(row.stance_target)),
            score,
            _cell(row.date),
            f'<span class="quote">{html.escape(_cell(row.quote))}</span>',
        ]
        rows.append(
            f'<tr id="{html.escape(row_id(row), quote=True)}"{data}>'
            + "".join(f"<td>{c}</td>" for c in cells)
            + "</tr>"
        )
    return (
        f'<table class="claimx-claims" id="{html.escape(table_id, quote=True)}">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


# --- charts (matplotlib -> inline SVG) ---------------------------------------------------------


def _svg(fig: Any) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    import matplotlib.pyplot as plt

    plt.close(fig)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]  # drop the XML declaration and DOCTYPE
    return re.sub(r"<svg ", '<svg role="img" ', svg, count=1)


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "svg.fonttype": "none",  # text stays text: smaller, selectable
            "svg.hashsalt": "claimx",  # deterministic element ids
            "font.size": 10,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )
    return plt


def chart_top_speakers(claims: pd.DataFrame, top: int = 15) -> str:
    """Horizontal bar chart of the speakers with the most claims (SVG)."""
    named = claims[claims["speaker"].fillna("") != ""]
    counts = named["speaker"].value_counts().head(top).sort_values()
    if counts.empty:
        return '<p class="empty">No named speakers.</p>'
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 0.35 * len(counts) + 0.9))
    ax.barh(counts.index.astype(str), counts.to_numpy(), color="#4e79a7")
    for y, value in enumerate(counts.to_numpy()):
        ax.text(value, y, f" {value}", va="center")
    ax.set_xlabel("claims")
    ax.set_title("Top speakers by number of claims", loc="left")
    ax.xaxis.get_major_locator().set_params(integer=True)
    return _svg(fig)


def chart_stance(claims: pd.DataFrame, top_targets: int = 6, top_pairs: int = 15) -> str:
    """Diverging bars: for each speaker and top target, claims opposing (left), neutral
    (centred) and supporting (right)."""
    frame = claims[
        (claims["stance_target"].fillna("") != "") & (claims["speaker"].fillna("") != "")
    ]
    if frame.empty:
        return '<p class="empty">No claims with a stance target.</p>'
    targets = frame["stance_target"].value_counts().head(top_targets).index
    frame = frame[frame["stance_target"].isin(targets)]
    counts = (
        frame.groupby(["speaker", "stance_target", "stance"], observed=True)
        .size()
        .unstack("stance", fill_value=0)
        .reindex(columns=["oppose", "neutral", "support"], fill_value=0)
    )
    counts["total"] = counts.sum(axis=1)
    counts = counts.sort_values("total", ascending=False).head(top_pairs).iloc[::-1]
    labels = [f"{speaker} → {target}" for speaker, target in counts.index]
    oppose, neutral, support = (counts[c].to_numpy() for c in ("oppose", "neutral", "support"))
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, 0.38 * len(labels) + 1.2))
    left_neutral = -neutral / 2
    ax.barh(labels, -oppose, left=left_neutral, color=_STANCE_COLOURS["oppose"], label="oppose")
    ax.barh(labels, neutral, left=left_neutral, color=_STANCE_COLOURS["neutral"], label="neutral")
    ax.barh(labels, support, left=neutral / 2, color=_STANCE_COLOURS["support"], label="support")
    ax.axvline(0, color="#333", linewidth=0.8)
    limit = max(1.0, float((oppose + neutral / 2).max()), float((support + neutral / 2).max()))
    ax.set_xlim(-limit - 0.5, limit + 0.5)
    ticks = ax.get_xticks()
    ax.set_xticks(ticks, [f"{abs(t):g}" for t in ticks])
    ax.set_xlim(-limit - 0.5, limit + 0.5)
    ax.set_xlabel("claims (← oppose · support →)")
    ax.set_title("Stance by speaker toward the top targets", loc="left")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.25), ncol=3, frameon=False)
    return _svg(fig)


def chart_over_time(claims: pd.DataFrame) -> str:
    """Bar chart of claims per day (per week when the dates span more than 120 days)."""
    dates = pd.to_datetime(claims["date"]).dropna()
    if dates.empty:
        return '<p class="empty">No dated claims.</p>'
    days = dates.dt.normalize().value_counts().sort_index()
    plt = _pyplot()
    if len(days) <= 31:  # few dates: one labelled bar per date
        fig, ax = plt.subplots(figsize=(max(3.0, 0.45 * len(days) + 2), 2.6))
        ax.bar([f"{d:%Y-%m-%d}" for d in days.index], days.to_numpy(), color="#f28e2b")
        if len(days) > 6:
            ax.tick_params(axis="x", labelrotation=60)
        ax.set_ylabel("claims per day")
    else:
        import matplotlib.dates as mdates

        weekly = (days.index.max() - days.index.min()).days > 120
        counts = (
            dates.dt.to_period("W").dt.start_time.value_counts().sort_index() if weekly else days
        )
        fig, ax = plt.subplots(figsize=(7, 2.6))
        ax.bar(counts.index, counts.to_numpy(), width=6 if weekly else 0.8, color="#f28e2b")
        locator = mdates.AutoDateLocator(maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.set_ylabel("claims per week" if weekly else "claims per day")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title("Claims over time", loc="left")
    return _svg(fig)


# --- the page ----------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;
background:#fafafa}
header{background:#263238;color:#fff;padding:1rem 2rem}header h1{margin:0;font-size:1.4rem}
header p{margin:.3rem 0 0;color:#cfd8dc;font-size:.9rem}
main{padding:1rem 2rem;max-width:1400px}
section{background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:1rem;margin:1rem 0}
h2{font-size:1.15rem;margin:.2rem 0 .8rem}
.figures{display:flex;gap:1rem;flex-wrap:wrap;align-items:flex-start}
.figures figure{margin:0;flex:1 1 420px}.figures svg{max-width:100%;height:auto}
.numbers{display:flex;gap:1rem;flex-wrap:wrap;margin-bottom:1rem}
.numbers div{background:#eceff1;border-radius:6px;padding:.6rem 1rem;min-width:7rem}
.numbers b{display:block;font-size:1.6rem}
.filters{display:flex;gap:.8rem;flex-wrap:wrap;margin-bottom:.6rem;align-items:end}
.filters label{font-size:.8rem;display:flex;flex-direction:column}
.filters select,.filters input{font:inherit;padding:.2rem;min-width:9rem}
table.claimx-claims{border-collapse:collapse;width:100%;font-size:.85rem}
.claimx-claims th,.claimx-claims td{border-bottom:1px solid #e0e0e0;padding:.3rem .4rem;
text-align:left;vertical-align:top}
.claimx-claims th{background:#eceff1;cursor:pointer;position:sticky;top:0;user-select:none}
.claimx-claims th[aria-sort=ascending]::after{content:" ▲"}
.claimx-claims th[aria-sort=descending]::after{content:" ▼"}
.claimx-claims tr:target{background:#fff3c4}
.claimx-claims .quote{display:block;max-width:48rem}
.claimx-claims td:nth-child(2){max-width:12rem;overflow-wrap:anywhere}
.known{font-style:italic}.known::after{content:"*"}
.stance{padding:0 .3rem;border-radius:3px}.stance.oppose{background:#fbd5d0}
.stance.support{background:#d3f0d6}.stance.neutral{background:#eee}
.article{border-top:1px solid #e0e0e0;padding-top:.6rem;margin-top:.6rem}
.article h3{font-size:1rem;margin:.2rem 0}.meta{color:#666;font-size:.85rem}
.legend span{padding:0 .4rem;border-radius:3px;margin-right:.4rem;font-size:.8rem}
.empty,.note{color:#666;font-style:italic}
"""

_JS = """
(function () {
  var table = document.getElementById("claims");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var shown = document.getElementById("shown");
  var filters = Array.prototype.slice.call(document.querySelectorAll("[data-filter]"));
  var search = document.getElementById("search");
  function apply() {
    var needle = search.value.toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var ok = filters.every(function (f) {
        var key = "data-" + f.getAttribute("data-filter");
        return f.value === "" || row.getAttribute(key) === f.value;
      });
      if (ok && needle) { ok = row.textContent.toLowerCase().indexOf(needle) !== -1; }
      row.hidden = !ok;
      if (ok) { count += 1; }
    });
    shown.textContent = count + " of " + rows.length + " claims";
  }
  filters.forEach(function (f) { f.addEventListener("change", apply); });
  search.addEventListener("input", apply);
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
    th.addEventListener("click", function () {
      var descending = th.getAttribute("aria-sort") === "ascending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) {
        other.removeAttribute("aria-sort");
      });
      th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      var numeric = th.getAttribute("data-type") === "num";
      rows.sort(function (a, b) {
        var x = a.cells[col].textContent, y = b.cells[col].textContent, r;
        if (numeric) { r = (parseFloat(x) || 0) - (parseFloat(y) || 0); }
        else { r = x.localeCompare(y); }
        return descending ? -r : r;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  apply();
})();
"""

_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)


def _select(name: str, label: str, values: pd.Series) -> str:
    options = sorted({_cell(v) for v in values if _cell(v)})
    items = "".join(
        f'<option value="{html.escape(v, quote=True)}">{html.escape(v)}</option>' for v in options
    )
    return (
        f'<label>{html.escape(label)}<select data-filter="{name}" id="filter-{name}">'
        f'<option value="">all</option>{items}</select></label>'
    )


def _article_texts(input_dir: Path | None, doc_ids: set[str]) -> dict[str, str]:
    if input_dir is None or not input_dir.exists():
        return {}
    texts: dict[str, str] = {}
    for doc_id, path in discover(input_dir):
        if doc_id in doc_ids:
            article = read_article(doc_id, path)
            if article.status == "ok":
                texts[doc_id] = article.text
    return texts


def build_report(
    out_dir: Path,
    html_path: Path | None = None,
    *,
    input_dir: Path | None = Path("data/raw"),
    max_articles: int = DEFAULT_MAX_ARTICLES,
) -> ReportSummary:
    """Write the HTML report of a run.

    Args:
        out_dir: The run's output folder (``claims.parquet``, ``documents.csv``).
        html_path: Where to write the page (default ``OUT_DIR/report.html``).
        input_dir: The run's input folder, read again for the article texts; None or a
            missing folder leaves the articles out (the table and charts are still there).
        max_articles: Articles drawn in full (those with the most claims first).

    Returns:
        What the report holds.
    """
    out_dir = Path(out_dir)
    html_path = Path(html_path) if html_path else out_dir / "report.html"
    claims = read_claims(out_dir)
    documents_path = out_dir / "documents.csv"
    documents = (
        pd.read_csv(documents_path, dtype=str, keep_default_na=False)
        if documents_path.exists()
        else pd.DataFrame({"doc_id": claims["doc_id"].unique(), "status": "ok"})
    )
    doc_ids = list(dict.fromkeys([*documents["doc_id"], *claims["doc_id"]]))
    doc_number = {doc_id: n for n, doc_id in enumerate(doc_ids)}
    n_claims = claims.groupby("doc_id").size()
    drawn = list(n_claims.sort_values(ascending=False, kind="stable").index[:max_articles])
    texts = _article_texts(input_dir, set(drawn))

    def row_id(row: Any) -> str:
        return f"claim-{doc_number[row.doc_id]}-{int(row.claim_index)}"

    def article_link(row: Any) -> str:
        return f"#doc-{doc_number[row.doc_id]}"

    speakers = claims.loc[claims["speaker"].fillna("") != "", "speaker"].nunique()
    status = documents["status"].value_counts() if "status" in documents else pd.Series()
    dates = claims["date"].dropna()
    span = f"{dates.min():%Y-%m-%d} – {dates.max():%Y-%m-%d}" if not dates.empty else "no dates"

    articles_html = []
    missing = 0
    for doc_id in drawn:
        doc_claims = claims[claims["doc_id"] == doc_id].sort_values("claim_index")
        number = doc_number[doc_id]
        meta = documents[documents["doc_id"] == doc_id]
        info = ""
        if not meta.empty:
            first = meta.iloc[0]
            info = " · ".join(x for x in (first.get("date", ""), first.get("publisher", "")) if x)
        text = texts.get(doc_id)
        if text is None:
            missing += 1
            body = (
                f'<p class="note">The text of this article was not found under '
                f"{html.escape(str(input_dir))} (pass --input with the run's input folder).</p>"
            )
        elif not offsets_match(text, doc_claims):
            missing += 1
            body = (
                '<p class="note">The file no longer matches the run (its text changed): '
                "not highlighted.</p>"
            )
        else:
            body = render_article(text, doc_claims, link=lambda i, n=number: f"#claim-{n}-{i}")
        articles_html.append(
            f'<div class="article" id="doc-{number}"><h3>{html.escape(doc_id)}</h3>'
            f'<p class="meta">{html.escape(info)}{" · " if info else ""}'
            f"{len(doc_claims)} claims</p>{body}</div>"
        )
    more = len(n_claims) - len(drawn)
    legend = "".join(
        f'<span style="background:{colour}">{label}</span>'
        for label, colour in DISPLACY_COLORS.items()
    )
    numbers = [
        ("articles", len(documents)),
        ("with claims", len(n_claims)),
        ("claims", len(claims)),
        ("speakers", speakers),
    ]
    if status.get("error", 0):
        numbers.append(("errors", int(status["error"])))
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimx report – {html.escape(out_dir.name or str(out_dir))}</title>
<style>{_CSS}</style></head>
<body>
<header><h1>claimx report</h1><p>{html.escape(str(out_dir))} · {span}</p></header>
<main>
<section id="overview"><h2>Overview</h2>
<div class="numbers">{"".join(f"<div><b>{v}</b>{k}</div>" for k, v in numbers)}</div>
<div class="figures">
<figure id="chart-speakers">{chart_top_speakers(claims)}</figure>
<figure id="chart-stance">{chart_stance(claims)}</figure>
<figure id="chart-time">{chart_over_time(claims)}</figure>
</div></section>
<section id="table"><h2>Claims</h2>
<div class="filters">
{_select("speaker", "speaker", claims["speaker"])}
{_select("organisation", "organisation", claims["organisation"])}
{_select("type", "type", claims["quote_type"])}
{_select("stance", "stance", claims["stance"])}
<label>search<input type="search" id="search" placeholder="any text"></label>
<span id="shown">{len(claims)} claims</span>
</div>
{claims_table_html(claims, row_id=row_id, article_link=article_link)}
</section>
<section id="articles"><h2>Articles</h2>
<p class="legend">{legend} Click a quote's <b>#n</b> to see its row in the table.</p>
{"".join(articles_html) or '<p class="empty">No articles with claims.</p>'}
{
        f'<p class="note">{more} more articles with claims are in the table only '
        f"(--max-articles).</p>"
        if more > 0
        else ""
    }
</section>
</main>
<script>{_JS}</script>
</body></html>
"""
    html_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = html_path.with_name(html_path.name + ".tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(html_path)
    return ReportSummary(
        path=html_path,
        articles=len(documents),
        claims=len(claims),
        speakers=int(speakers),
        highlighted=len(drawn) - missing,
        missing_texts=missing,
    )
