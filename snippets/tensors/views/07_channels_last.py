# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:271


import torch

images = torch.rand(8, 3, 32, 32)  # N, C, H, W
nhwc = images.to(memory_format=torch.channels_last)

print(images.stride(), nhwc.stride())
assert nhwc.shape == images.shape and torch.equal(nhwc, images)
assert not nhwc.is_contiguous() and nhwc.is_contiguous(
    memory_format=torch.channels_last
)

conv = torch.nn.Conv2d(3, 16, 3, padding=1).to(
    memory_format=torch.channels_last
)
plain = torch.nn.Conv2d(3, 16, 3, padding=1)
assert conv(nhwc).is_contiguous(memory_format=torch.channels_last)
assert plain(nhwc).is_contiguous(
    memory_format=torch.channels_last
)  # from the input
assert conv(images).is_contiguous(
    memory_format=torch.channels_last
)  # from the weight
assert nhwc.contiguous().stride() == images.stride()  # (1)!
