# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/saving-loading.md:99


from torch import nn

state = nn.BatchNorm1d(8).state_dict()
assert set(state) == {"weight", "bias", "running_mean", "running_var", "num_batches_tracked"}
