# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:216


import torch

scalar = torch.tensor(3.0)
assert scalar.ndim == 0
assert (scalar + torch.ones(2, 3)).shape == (2, 3)
assert (scalar * torch.tensor(2.0)).shape == ()  # no dimension at all
assert torch.broadcast_shapes((), ()) == ()
