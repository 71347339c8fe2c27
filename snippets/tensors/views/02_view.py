# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/views.md:58


import torch

t = torch.arange(12).reshape(3, 4)


def shares_memory(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


for name, result in {
    "t[1:, ::2]": t[1:, ::2],
    "t.T": t.T,
    "t.unsqueeze(0)": t.unsqueeze(0),
    "t.expand(2, 3, 4)": t.expand(2, 3, 4),
    "t.split(2)[1]": t.split(2)[1],
    "t.diagonal()": t.diagonal(),
    "t.detach()": t.detach(),
    "t[[0, 2]]": t[[0, 2]],
    "t[t > 5]": t[t > 5],
    "t.repeat(2, 1)": t.repeat(2, 1),
    "t.clone()": t.clone(),
}.items():
    print(f"{name:18} view: {shares_memory(result, t)}")
