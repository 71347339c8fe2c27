# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:201


import numpy as np
import torch

np_array = np.array([[1, 2], [3, 4]])
x_np = torch.from_numpy(np_array)

np_array[0, 0] = 100
print(x_np)
assert np_array.dtype == np.int64 and x_np.dtype == torch.int64
