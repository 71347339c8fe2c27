# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:692


import torch

scores = torch.zeros(5)
window = scores[1:]  # a view, taken before the writes

scores[[0, 3]] = 1.0  # (1)!
scores[scores == 0] = -1.0
assert scores.tolist() == [1.0, -1.0, -1.0, 1.0, -1.0]
assert window.tolist() == [-1.0, -1.0, 1.0, -1.0]  # same memory

counts = torch.zeros(3)
index = torch.tensor([0, 0, 2])
counts[index] += 1
assert counts.tolist() == [1.0, 0.0, 1.0]  # index 0 counted once
counts.index_put_((index,), torch.ones(3), accumulate=True)
assert counts.tolist() == [3.0, 0.0, 2.0]  # now twice more
