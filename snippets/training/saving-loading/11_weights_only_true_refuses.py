# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:497


import importlib
import pickle

import numpy as np
import torch

mean = np.array([0.5, 0.25])
torch.save({"mean": mean}, "stats.pth")
unsafe = torch.serialization.get_unsafe_globals_in_checkpoint(
    "stats.pth"
)
assert "numpy.ndarray" in unsafe and "numpy.dtype" in unsafe
try:
    torch.load("stats.pth", weights_only=True)
except pickle.UnpicklingError as error:
    assert "numpy" in str(error)
else:
    raise AssertionError("a NumPy array was accepted")

torch.save({"mean": torch.from_numpy(mean)}, "stats.pth")  # (1)!
assert torch.load("stats.pth", weights_only=True)["mean"].tolist() == [
    0.5,
    0.25,
]


def resolve(name):
    module, _, attribute = name.rpartition(".")
    return getattr(importlib.import_module(module), attribute)


torch.save({"mean": mean}, "stats.pth")
torch.serialization.add_safe_globals(
    [*map(resolve, unsafe), type(mean.dtype)]
)  # (2)!
assert np.array_equal(
    torch.load("stats.pth", weights_only=True)["mean"], mean
)
