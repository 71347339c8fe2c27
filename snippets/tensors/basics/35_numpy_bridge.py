# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/basics.md:976


import numpy as np
import torch

array = np.zeros(3)
assert not np.shares_memory(array, torch.tensor(array).numpy())
assert np.shares_memory(array, torch.from_numpy(array).numpy())
