# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:107


from torch import nn

state = nn.BatchNorm1d(8).state_dict()
assert set(state) == {
    "weight",
    "bias",
    "running_mean",
    "running_var",
    "num_batches_tracked",
}
