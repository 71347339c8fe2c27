# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/memory.md:560


import weakref

import torch
from torch import nn

torch.manual_seed(0)
first, second = nn.Linear(64, 256), nn.Linear(256, 1)


def evaluate(accumulate, steps=5):
    total, activations = 0.0, []
    for _ in range(steps):
        hidden = torch.relu(
            first(torch.randn(32, 64))
        )  # saved by `second` for backward
        loss = second(hidden).pow(2).mean()
        activations.append(weakref.ref(hidden))
        total = accumulate(total, loss)
    return total, activations


def count_alive(activations):
    return sum(ref() is not None for ref in activations)


leaky, kept = evaluate(lambda total, loss: total + loss)
clean, freed = evaluate(lambda total, loss: total + loss.item())

print(
    f"total + loss:        {count_alive(kept)} activations alive, "
    f"{type(leaky).__name__}"
)
print(
    f"total + loss.item(): {count_alive(freed)} activations alive, "
    f"{type(clean).__name__}"
)
assert count_alive(kept) == 5 and leaky.requires_grad
assert count_alive(freed) == 0 and isinstance(clean, float)
