#!/usr/bin/env python3
"""Record F.max_pool2d / F.avg_pool2d / F.pad outputs and gradients for the op tests
(lib/pytorch/ops/pool2d.test.ts, pad2d.test.ts).

A developer tool, never run by `npm test`. Needs Debian's python3-torch (1.13.1):

    /usr/bin/python3 scripts/oracles/record_pool_pad_kernel.py

The inputs are closed forms the tests rebuild: pooling reads sin(0.61 k) over a (1, 2, 5, 6)
ramp, padding reads the ramp k itself over (1, 2, 3, 4), both float64. For the loss
sum(out * (k + 1)) over the output's row-major positions k it writes the output and the
gradient to the input, rounded to 12 decimals, into tests/oracles/pool_pad_kernel.json.
"""
import json
import os

import torch
import torch.nn.functional as F

POOL = [
    ("max_padded_dilated_ceil", "max", dict(kernel_size=(3, 2), stride=(2, 2), padding=(1, 1),
                                            dilation=(1, 2), ceil_mode=True)),
    ("avg_padded_ceil_exclude_pad", "avg", dict(kernel_size=3, stride=2, padding=1,
                                                ceil_mode=True, count_include_pad=False)),
    ("avg_padded_include_pad", "avg", dict(kernel_size=3, stride=2, padding=1,
                                           count_include_pad=True)),
    ("avg_divisor_override", "avg", dict(kernel_size=2, divisor_override=3)),
]
PAD = ["reflect", "replicate", "circular"]


def rounded(t):
    return [round(v, 12) for v in t.flatten().tolist()]


def run(x, call):
    x = x.clone().requires_grad_()
    y = call(x)
    (y * torch.arange(1, y.numel() + 1, dtype=torch.float64).reshape(y.shape)).sum().backward()
    return {"outShape": list(y.shape), "gradFn": y.grad_fn.name().replace("torch::autograd::", ""),
            "out": rounded(y), "gradInput": rounded(x.grad)}


def record():
    pooled = torch.arange(60, dtype=torch.float64).mul(0.61).sin().reshape(1, 2, 5, 6)
    padded = torch.arange(24, dtype=torch.float64).reshape(1, 2, 3, 4)
    cases = []
    for name, kind, args in POOL:
        f = F.max_pool2d if kind == "max" else F.avg_pool2d
        cases.append({"name": name, "kind": kind, "args": args, **run(pooled, lambda x: f(x, **args))})
    for mode in PAD:
        cases.append({"name": "pad_" + mode, "kind": mode, "args": {"pad": [2, 1, 1, 2]},
                      **run(padded, lambda x: F.pad(x, [2, 1, 1, 2], mode=mode))})
    return cases


if __name__ == "__main__":
    path = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "oracles", "pool_pad_kernel.json")
    with open(path, "w") as f:
        cases = ",\n".join("  " + json.dumps(case) for case in record())
        f.write('{"torch": "%s", "cases": [\n%s\n]}\n' % (torch.__version__, cases))
    print(os.path.normpath(path))
