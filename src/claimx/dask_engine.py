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
from collections.abc import Sequence
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
) -> list[dict[str, Any]]:
    """Process items on a Dask cluster; returns one summary per partition.

    Args:
        items: ``(doc_id, path, done_hash)`` items, in doc_id order.
        parts_dir: The folder for part files (seen by every worker).
        config: The run's configuration.
        scheduler: A scheduler address (``tcp://host:8786``); None starts a LocalCluster.
        workers: Worker processes of the LocalCluster.
        npartitions: Bag partitions; by default one per ``config.part_docs`` items, at least
            one per worker.

    Raises:
        ClaimxError: If dask is not installed.
    """
    try:
        import dask.bag as db
        from dask.distributed import Client, LocalCluster
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
        return bag.map_partitions(process_partition, str(parts_dir), config).compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
