# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:655


import torch
from safetensors.torch import (
    load_file,
    load_model,
    save_file,
    save_model,
)
from torch import nn

model = nn.Linear(4, 2)
save_file(
    model.state_dict(), "model.safetensors", metadata={"epoch": "3"}
)  # (1)!
state = load_file("model.safetensors", device="cpu")
restored = nn.Linear(4, 2)
restored.load_state_dict(state)
assert torch.equal(restored.weight, model.weight)

tied = nn.Sequential(nn.Embedding(10, 4), nn.Linear(4, 10, bias=False))
tied[1].weight = tied[0].weight  # (2)!
try:
    save_file(tied.state_dict(), "tied.safetensors")
except RuntimeError as error:
    assert "share memory" in str(error)
else:
    raise AssertionError("tied weights were saved twice")
save_model(tied, "tied.safetensors")
copy = nn.Sequential(nn.Embedding(10, 4), nn.Linear(4, 10, bias=False))
copy[1].weight = copy[0].weight
load_model(copy, "tied.safetensors")
assert torch.equal(copy[1].weight, tied[0].weight)
