#!/usr/bin/env python3
"""Record F.conv2d / F.conv_transpose2d outputs and gradients for lib/pytorch/ops/conv2d.test.ts.

A developer tool, never run by `npm test`. Needs Debian's python3-torch (1.13.1):

    /usr/bin/python3 scripts/oracles/record_conv2d_kernel.py

Inputs are closed forms (sin / cos of a ramp, float64) so the test builds them itself. For
each case it writes the output and, for the loss sum(out * cos(0.37 * k)) over the output's
row-major positions k, the gradients to input, weight and bias, rounded to 12 decimals, into
tests/oracles/conv2d_kernel.json.
"""
import json
import os

import torch
import torch.nn.functional as F


def ramp(n, scale, fn, shape):
    return fn(torch.arange(n, dtype=torch.float64).mul(scale)).reshape(shape)


def rounded(t):
    return [round(v, 12) for v in t.flatten().tolist()]


CASES = [
    # name, input, weight, bias, call
    ("grouped_strided", (100, 1.0, torch.sin, (1, 4, 5, 5)), (36, 1.0, torch.cos, (2, 2, 3, 3)),
     [0.5, -1.0], lambda x, w, b: F.conv2d(x, w, b, stride=2, padding=1, groups=2)),
    ("same_even_kernel", (120, 0.7, torch.sin, (2, 2, 6, 5)), (24, 1.3, torch.cos, (3, 2, 2, 2)),
     None, lambda x, w, b: F.conv2d(x, w, b, padding="same")),
    ("dilated", (120, 0.7, torch.sin, (2, 2, 6, 5)), (24, 1.3, torch.cos, (3, 2, 2, 2)),
     [1.0, 2.0, 3.0], lambda x, w, b: F.conv2d(x, w, b, stride=(1, 2), dilation=(2, 1))),
    ("transposed", (18, 0.9, torch.sin, (1, 2, 3, 3)), (54, 0.4, torch.cos, (2, 3, 3, 3)),
     [0.1, 0.2, 0.3],
     lambda x, w, b: F.conv_transpose2d(x, w, b, stride=2, padding=1, output_padding=1)),
]


def record():
    out = []
    for name, xs, ws, bias, call in CASES:
        x = ramp(*xs).requires_grad_()
        w = ramp(*ws).requires_grad_()
        b = torch.tensor(bias, dtype=torch.float64, requires_grad=True) if bias else None
        y = call(x, w, b)
        g = torch.arange(y.numel(), dtype=torch.float64).mul(0.37).cos().reshape(y.shape)
        (y * g).sum().backward()
        out.append({
            "name": name,
            "input": {"n": xs[0], "scale": xs[1], "fn": xs[2].__name__, "shape": list(xs[3])},
            "weight": {"n": ws[0], "scale": ws[1], "fn": ws[2].__name__, "shape": list(ws[3])},
            "bias": bias,
            "outShape": list(y.shape),
            "gradFn": y.grad_fn.name(),
            "out": rounded(y),
            "gradInput": rounded(x.grad),
            "gradWeight": rounded(w.grad),
            "gradBias": rounded(b.grad) if b is not None else None,
        })
    return out


if __name__ == "__main__":
    path = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "oracles", "conv2d_kernel.json")
    with open(path, "w") as f:
        cases = ",\n".join("  " + json.dumps(case) for case in record())
        f.write('{"torch": "%s", "cases": [\n%s\n]}\n' % (torch.__version__, cases))
    print(os.path.normpath(path))
