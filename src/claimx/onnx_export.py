"""Export a fine-tuned torch model to an int8 ONNX file for ``onnxruntime``.

Both trained models (stance and attribution) go through :func:`export_int8`: ``torch.onnx``
export at float32, :func:`strip_nan_guards`, then ONNX Runtime's dynamic int8 quantisation.

This module imports nothing from claimx (and torch only inside :func:`export_int8`), so that the
training scripts can use it when they run as plain scripts on a machine without spaCy.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def strip_nan_guards(model: Any) -> int:
    """Remove the ``Where(IsNaN(x), 0, x)`` guards that torch's exporter puts after softmax.

    PyTorch's scaled-dot-product attention guards each softmax against a query whose keys are all
    masked (a row of NaN). Our inputs never have one, since ``[CLS]`` is never masked, so the
    guard only costs time: about 15% of a forward pass on one CPU core, measured on the
    attribution tagger. The output is bit for bit the same. Returns the number of guards removed.
    """
    graph = model.graph
    producer = {out: node for node in graph.node for out in node.output}
    rename: dict[str, str] = {}
    dropped = []
    for node in graph.node:
        if node.op_type != "Where":
            continue
        test = producer.get(node.input[0])
        if test is not None and test.op_type == "IsNaN" and test.input[0] == node.input[2]:
            rename[node.output[0]] = node.input[2]
            dropped += [node, test]
    for node in graph.node:
        for k, name in enumerate(node.input):
            while name in rename:
                name = rename[name]
            node.input[k] = name
    for output in graph.output:
        if output.name in rename:
            raise ValueError(f"a guard's output {output.name!r} is a graph output")
    for node in dropped:
        if node in graph.node:
            graph.node.remove(node)
    # The guards' constants are left with no reader; drop them so onnxruntime need not warn.
    used = {name for node in graph.node for name in node.input} | {o.name for o in graph.output}
    for node in [n for n in graph.node if n.op_type == "Constant" and n.output[0] not in used]:
        graph.node.remove(node)
    for init in [i for i in graph.initializer if i.name not in used]:
        graph.initializer.remove(init)
    return len(rename)


def export_int8(
    model: Any,
    inputs: tuple[Any, ...],
    input_names: Sequence[str],
    dynamic_axes: dict[str, dict[int, str]],
    out_file: Path,
    quantize: bool = True,
    per_channel: bool = True,
) -> None:
    """Export ``model`` (called on ``inputs``) to ``out_file``; its output is named ``logits``."""
    import onnx
    import torch

    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "model.fp32.onnx"
        torch.onnx.export(
            model,
            inputs,
            str(fp32),
            input_names=list(input_names),
            output_names=["logits"],
            dynamic_axes=dynamic_axes,
            opset_version=17,
            dynamo=False,
        )
        graph = onnx.load(str(fp32))
        strip_nan_guards(graph)
        if not quantize:
            onnx.save(graph, str(out_file))
            return
        onnx.save(graph, str(fp32))
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantize_dynamic(
            str(fp32), str(out_file), weight_type=QuantType.QInt8, per_channel=per_channel
        )


def main(argv: list[str] | None = None) -> None:
    """``python -m claimx.onnx_export strip MODEL.onnx``: strip the guards of an exported file."""
    import argparse

    import onnx

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("command", choices=["strip"])
    parser.add_argument("model", type=Path)
    args = parser.parse_args(argv)
    graph = onnx.load(str(args.model))
    removed = strip_nan_guards(graph)
    onnx.save(graph, str(args.model))
    print(f"{args.model}: {removed} guards removed")


if __name__ == "__main__":
    main()
