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


#: The int8 probe's shape: ``a`` (uint8, M x K) times ``b`` (int8, K x N), every element at the
#: top of its range (255 and 127), so that each pair of products, 2 x 255 x 127 = 64,770, is
#: above the 16-bit limit that the U8S8 kernels of x86 CPUs without VNNI saturate at.
PROBE_SHAPE = (16, 64, 16)


def int8_probe_graph() -> Any:
    """A one-node ONNX graph, ``y = MatMulInteger(a, b)``, that shows whether this machine's
    onnxruntime kernel saturates int8 products (:func:`claimx.models.int8_saturates`).

    ``b`` is an initializer, as the weights of the quantised models are, so that onnxruntime takes
    the same pre-packed kernel for it. Exact arithmetic gives ``K * 255 * 127`` in every cell of
    ``y``.
    """
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    m, k, n = PROBE_SHAPE
    weights = numpy_helper.from_array(np.full((k, n), 127, dtype=np.int8), "b")
    graph = helper.make_graph(
        [helper.make_node("MatMulInteger", ["a", "b"], ["y"])],
        "int8_probe",
        [helper.make_tensor_value_info("a", TensorProto.UINT8, [m, k])],
        [helper.make_tensor_value_info("y", TensorProto.INT32, [m, n])],
        initializer=[weights],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8  # what onnxruntime 1.17, the oldest we allow, reads
    onnx.checker.check_model(model)
    return model


def main(argv: list[str] | None = None) -> None:
    """``python -m claimx.onnx_export strip MODEL.onnx``: strip the guards of an exported file;
    ``python -m claimx.onnx_export probe models/int8_probe.onnx``: write the int8 probe."""
    import argparse

    import onnx

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("command", choices=["strip", "probe"])
    parser.add_argument("model", type=Path)
    args = parser.parse_args(argv)
    if args.command == "probe":
        onnx.save(int8_probe_graph(), str(args.model))
        print(f"{args.model}: int8 probe written")
        return
    graph = onnx.load(str(args.model))
    removed = strip_nan_guards(graph)
    onnx.save(graph, str(args.model))
    print(f"{args.model}: {removed} guards removed")


if __name__ == "__main__":
    main()
