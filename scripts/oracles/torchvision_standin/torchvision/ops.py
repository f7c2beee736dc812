"""deform_conv2d as torchvision.ops computes it (Dai et al. 2017), for stride 1 and dilation 1:
output (i, j) sums weight[o, c, a, b] * input[c] at (i - p + a + dy, j - p + b + dx), read by
bilinear interpolation with zeros outside; offset[:, 2k] is dy and offset[:, 2k + 1] is dx of
tap k = a * kw + b."""
import torch
import torch.nn.functional as F


def deform_conv2d(input, offset, weight, bias=None, stride=1, padding=0, dilation=1, mask=None):
    assert stride in (1, (1, 1)) and dilation in (1, (1, 1)) and mask is None
    p = padding if isinstance(padding, int) else padding[0]
    n, c, h, w = input.shape
    o, _, kh, kw = weight.shape
    ho, wo = offset.shape[-2:]
    ii = torch.arange(ho, dtype=input.dtype).view(ho, 1)
    jj = torch.arange(wo, dtype=input.dtype).view(1, wo)
    taps = []
    for a in range(kh):
        for b in range(kw):
            k = a * kw + b
            y = ii - p + a + offset[:, 2 * k]
            x = jj - p + b + offset[:, 2 * k + 1]
            grid = torch.stack([2 * x / (w - 1) - 1, 2 * y / (h - 1) - 1], dim=-1)
            taps.append(F.grid_sample(input, grid, align_corners=True, padding_mode='zeros'))
    sampled = torch.stack(taps, dim=2)  # (n, c, kh*kw, ho, wo)
    out = torch.einsum('nckhw,ock->nohw', sampled, weight.reshape(o, c, kh * kw))
    return out if bias is None else out + bias.view(1, o, 1, 1)
