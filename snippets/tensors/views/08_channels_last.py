# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:310
# raises: RuntimeError


import torch

nhwc = torch.rand(8, 3, 32, 32).to(memory_format=torch.channels_last)
assert nhwc.flatten(1).shape == (8, 3 * 32 * 32)
nhwc.view(8, -1)
