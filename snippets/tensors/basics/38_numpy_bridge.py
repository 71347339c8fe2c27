# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:1283


import numpy as np
import torch

array = np.zeros(3)
assert not np.shares_memory(array, torch.tensor(array).numpy())
assert np.shares_memory(array, torch.from_numpy(array).numpy())
