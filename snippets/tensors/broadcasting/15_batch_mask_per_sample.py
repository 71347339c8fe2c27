# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:373


import torch

torch.manual_seed(0)
scores = torch.rand(3, 5)  # B=3 samples, L=5 scores each
low = torch.tensor([0.2, 0.5, 0.1])  # one window per sample
high = torch.tensor([0.8, 0.7, 0.3])

mask = (scores >= low[:, None]) & (scores <= high[:, None])  # (1)!
kept = scores.masked_fill(~mask, 0.0)

for i in range(3):  # the same mask, one sample at a time
    assert torch.equal(
        mask[i], (scores[i] >= low[i]) & (scores[i] <= high[i])
    )
print(scores)
print(mask)
print(kept)
