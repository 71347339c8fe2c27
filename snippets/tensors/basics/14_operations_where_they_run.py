# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:473
# since: torch=2.10


import torch

has_kernel = torch._C._dispatch_has_kernel_for_dispatch_key  # (1)!

assert has_kernel("aten::histogram.bin_ct", "CPU")
assert not has_kernel("aten::histogram.bin_ct", "CUDA")
assert has_kernel("aten::histc", "CPU")
assert (
    has_kernel("aten::histc", "CUDA") == torch.backends.cuda.is_built()
)

floats, ints = torch.tensor([1.0, 2.0, 3.0]), torch.tensor([1, 2, 3])
assert torch.histc(floats, bins=3).tolist() == [1.0, 1.0, 1.0]
refused = []
try:
    torch.histc(ints, bins=3)
except NotImplementedError as error:
    refused.append(str(error))
assert len(refused) == 1 and "not implemented for 'Long'" in refused[0]
