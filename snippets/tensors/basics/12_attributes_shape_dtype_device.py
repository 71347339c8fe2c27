# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:381


import torch
from torch.utils._python_dispatch import TorchDispatchMode


class Operations(TorchDispatchMode):
    def __init__(self):
        super().__init__()
        self.ran = []

    def __torch_dispatch__(self, op, types, args=(), kwargs=None):
        result = op(*args, **(kwargs or {}))
        self.ran.append(
            f"{op.overloadpacket.__name__} on {result.device}"
        )
        return result


with Operations() as direct:
    torch.rand(2, device="meta")
with Operations() as moved:
    torch.rand(2).to("meta")

assert direct.ran == ["rand on meta"]
assert moved.ran == ["rand on cpu", "_to_copy on meta"]
