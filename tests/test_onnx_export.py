"""The NaN guards that torch's exporter puts after softmax are stripped, output unchanged."""

from __future__ import annotations

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper

from claimx.onnx_export import strip_nan_guards


def _guarded_softmax() -> onnx.ModelProto:
    """y = Where(IsNaN(Softmax(x)), 0, Softmax(x)) * 2, as torch exports a guarded attention."""
    nodes = [
        helper.make_node("Softmax", ["x"], ["p"], axis=-1),
        helper.make_node("IsNaN", ["p"], ["nan"]),
        helper.make_node(
            "Constant", [], ["zero"], value=helper.make_tensor("z", TensorProto.FLOAT, [], [0.0])
        ),
        helper.make_node("Where", ["nan", "zero", "p"], ["safe"]),
        helper.make_node("Add", ["safe", "safe"], ["y"]),
    ]
    graph = helper.make_graph(
        nodes,
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 3])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 3])],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def _run(model: onnx.ModelProto, x: np.ndarray) -> np.ndarray:
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(["y"], {"x": x})[0]


def test_guards_are_removed_and_the_output_is_the_same():
    model = _guarded_softmax()
    x = np.random.default_rng(0).normal(size=(2, 3)).astype(np.float32)
    before = _run(model, x)
    assert strip_nan_guards(model) == 1
    ops = [node.op_type for node in model.graph.node]
    assert ops == ["Softmax", "Add"]  # the guard's constant went with it
    onnx.checker.check_model(model)
    np.testing.assert_array_equal(_run(model, x), before)


def test_a_graph_without_guards_is_left_alone():
    model = _guarded_softmax()
    strip_nan_guards(model)
    again = model.SerializeToString()
    assert strip_nan_guards(model) == 0
    assert model.SerializeToString() == again


def test_a_where_that_is_not_a_guard_stays():
    model = _guarded_softmax()
    where = next(n for n in model.graph.node if n.op_type == "Where")
    where.input[2] = "x"  # Where(IsNaN(p), 0, x) does not pass p through: not a guard
    assert strip_nan_guards(model) == 0
    assert "Where" in [node.op_type for node in model.graph.node]
