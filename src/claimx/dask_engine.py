"""The Dask engine: the same partition function as the local engine, on a Dask cluster.

``claimx run INPUT --engine dask`` builds a ``dask.bag`` over the ``(doc_id, path)`` items and
calls :func:`claimx.runs.process_items` on each partition with ``map_partitions``. Each worker
loads the spaCy pipeline once (:func:`claimx.runs.cached_pipeline`) and writes Parquet part
files; the driver then assembles them in a deterministic order (:func:`claimx.runs.assemble`).
Without a scheduler address it starts a ``LocalCluster`` of worker processes. Workers must see
the input files and the output folder at the same paths (a shared file system).

Needs the ``dask`` extra: ``pip install "claimx[dask]"``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .errors import ClaimxError
from .runs import Item, RunConfig, process_items

__all__ = ["process_partition", "run_dask"]


def process_partition(items: Sequence[Item], parts_dir: str, config: RunConfig) -> list[Any]:
    """A ``map_partitions`` function: one partition's items into part files."""
    return process_items(list(items), parts_dir, config)


def run_dask(
    items: Sequence[Item],
    parts_dir: Path,
    config: RunConfig,
    scheduler: str | None = None,
    workers: int = 2,
    npartitions: int | None = None,
    on_partition: Callable[[int], None] | None = None,
) -> list[dict[str, Any]]:
    """Process items on a Dask cluster; returns one summary per partition.

    Partitions are submitted as futures and collected as they finish (in no set order: the
    assembly orders the rows), so ``on_partition`` can count the articles done as they come.

    Args:
        items: ``(doc_id, path, done_hash)`` items, in doc_id order.
        parts_dir: The folder for part files (seen by every worker).
        config: The run's configuration.
        scheduler: A scheduler address (``tcp://host:8786``); None starts a LocalCluster.
        workers: Worker processes of the LocalCluster.
        npartitions: Bag partitions; by default one per ``config.part_docs`` items, at least
            one per worker.
        on_partition: Called with the number of articles (processed or skipped) of each
            partition as it finishes, e.g. to advance a progress bar.

    Raises:
        ClaimxError: If dask is not installed.
    """
    try:
        import dask.bag as db
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise ClaimxError('(claimx) --engine dask needs Dask: pip install "claimx[dask]"') from exc
    if not items:
        return []
    if npartitions is None:
        npartitions = max(workers, math.ceil(len(items) / config.part_docs))
    npartitions = max(1, min(npartitions, len(items)))
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        bag = db.from_sequence(list(items), npartitions=npartitions)
        partitions = bag.map_partitions(process_partition, str(parts_dir), config).to_delayed()
        results: list[dict[str, Any]] = []
        for future in as_completed(client.compute(partitions)):
            summaries = future.result()
            results.extend(summaries)
            if on_partition is not None:
                on_partition(sum(r["processed"] + r["skipped"] for r in summaries))
        return results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
