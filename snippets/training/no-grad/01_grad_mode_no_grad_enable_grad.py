# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/no-grad.md:26


import threading

import torch

w = torch.ones(3, requires_grad=True)

with torch.no_grad():
    y = w * 2
    with torch.enable_grad():
        z = w * 2
assert not y.requires_grad and y.grad_fn is None
assert z.requires_grad

for training in (True, False):
    with torch.set_grad_enabled(training):
        assert torch.is_grad_enabled() is training
        assert (w * 2).requires_grad is training

torch.set_grad_enabled(False)  # (1)!
assert not (w * 2).requires_grad
other_thread = []
thread = threading.Thread(
    target=lambda: other_thread.append(torch.is_grad_enabled())
)
thread.start()
thread.join()
assert other_thread == [True]
torch.set_grad_enabled(True)


@torch.no_grad()
def predict(x):
    return w * x


@torch.enable_grad()
def record(x):
    return w * x


assert not predict(torch.ones(3)).requires_grad
with torch.no_grad():
    assert record(torch.ones(3)).requires_grad
