# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:189


import torch


def same_storage(a, b):
    return (
        a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()
    )


grid = torch.arange(6).reshape(2, 3)
flipped = grid.T  # not contiguous

assert same_storage(grid.view(6), grid)  # view: always shares
assert same_storage(grid.reshape(6), grid)
assert same_storage(grid.flatten(), grid)
assert not same_storage(
    flipped.reshape(6), grid
)  # reshape copies when it must
assert not same_storage(flipped.flatten(), grid)  # so does flatten

t = torch.arange(12).reshape(3, 4)
left = t[:, :2]  # not contiguous: strides (4, 1)
assert not left.is_contiguous()
assert same_storage(
    left.reshape(3, 1, 2), t
)  # yet a view: strides allow it
assert not same_storage(left.reshape(6), t)  # a copy: they do not
every_other = torch.arange(24).reshape(4, 3, 2)[::2]  # not contiguous
assert not every_other.is_contiguous()
assert same_storage(every_other.flatten(1), every_other)  # a view
assert not same_storage(every_other.flatten(), every_other)  # a copy

line = torch.arange(3)
assert line.flatten() is line  # already flat: the input itself
assert torch.tensor(5).flatten().shape == (1,)
assert torch.zeros(8, 3, 4, 4).flatten(1).shape == (
    8,
    48,
)  # keep the batch dimension
