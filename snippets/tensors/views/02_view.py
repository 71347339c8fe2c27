# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:62


import torch

t = torch.arange(12).reshape(3, 4)


def shares_memory(a, b):
    return (
        a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()
    )


for name, result in {
    "t.view(4, 3)": t.view(4, 3),
    "t[1:, ::2]": t[1:, ::2],
    "t.T": t.T,
    "t.permute(1, 0)": t.permute(1, 0),
    "t.unsqueeze(0)": t.unsqueeze(0),
    "t[None].squeeze(0)": t[None].squeeze(0),
    "t.narrow(1, 1, 2)": t.narrow(1, 1, 2),
    "t.expand(2, 3, 4)": t.expand(2, 3, 4),
    "t.split(2)[1]": t.split(2)[1],
    "t.diagonal()": t.diagonal(),
    "t.unfold(1, 2, 1)": t.unfold(1, 2, 1),
    "t.detach()": t.detach(),
    "t[[0, 2]]": t[[0, 2]],
    "t[t > 5]": t[t > 5],
    "t.repeat(2, 1)": t.repeat(2, 1),
    "t.clone()": t.clone(),
    "t.T.contiguous()": t.T.contiguous(),
    "t + 0": t + 0,
}.items():
    print(f"{name:18} view: {shares_memory(result, t)}")
