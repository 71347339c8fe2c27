# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:633
# continues: docs/tensors/views.md lines 609


import warnings

import torch

base = torch.tensor([[10], [20], [30]])
expanded = base.expand(3, 4)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    expanded[expanded == 20] = 0

assert "on expanded tensors is deprecated" in str(caught[0].message)
print(base.flatten())


for write in (
    lambda e: e.masked_fill_(e == 20, 0),
    lambda e: e.index_put_((torch.tensor([1]),), torch.tensor(0)),
    lambda e: e.__setitem__(torch.tensor([1]), 0),  # e[index] = 0
):
    fresh = torch.tensor([[10], [20], [30]])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        write(fresh.expand(3, 4))
    assert "on expanded tensors is deprecated" in str(caught[0].message)
    assert fresh.flatten().tolist() == [10, 0, 30]
