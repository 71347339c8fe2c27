# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:1311


import numpy as np
import torch

t = torch.ones(5)
n = t.numpy

assert callable(n) and not isinstance(n, np.ndarray)
assert repr(n).startswith("<built-in method numpy of Tensor object")
assert isinstance(n(), np.ndarray)
