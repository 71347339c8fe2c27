# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/quickstart.md:367
# setup: fashion-mnist
# (prepare a directory with: python -m verified_docs setup NAME DIR)


import torch
from torchvision import datasets

training_data = datasets.FashionMNIST(root="data", train=True, download=True)
as_in_note = datasets.FashionMNIST(root="data", train=True, download=True)
test_data = datasets.FashionMNIST(root="data", train=False, download=True)

assert torch.equal(as_in_note.data, training_data.data)
assert not torch.equal(test_data.data[:100], training_data.data[:100])
assert len(test_data) < len(training_data)
