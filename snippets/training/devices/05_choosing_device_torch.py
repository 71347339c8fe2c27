# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:106
# since: torch=2.10


import torch

found = torch.accelerator.current_accelerator(check_available=True)
assert (found is not None) == torch.accelerator.is_available()
