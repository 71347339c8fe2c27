# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/no-grad.md:279


import torch
from torch import nn

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(64, 64),
    nn.ReLU(),
    nn.Linear(64, 64),
    nn.ReLU(),
    nn.Linear(64, 10),
)
model.to(device)
parameters = {
    p.untyped_storage().data_ptr() for p in model.parameters()
}


def saved_by_forward(context, batch_size):
    activations = {}

    def pack(tensor):  # (1)!
        storage = tensor.untyped_storage()
        if storage.data_ptr() not in parameters:
            activations[storage.data_ptr()] = storage.nbytes()
        return tensor

    with (
        torch.autograd.graph.saved_tensors_hooks(
            pack, lambda tensor: tensor
        ),
        context(),
    ):
        output = model(torch.randn(batch_size, 64, device=device))
    return len(activations), sum(activations.values()), output.grad_fn


for context in (torch.enable_grad, torch.no_grad, torch.inference_mode):
    for batch_size in (8, 256):
        count, size, grad_fn = saved_by_forward(context, batch_size)
        print(
            f"{context.__name__:14} batch {batch_size:3}: {count} "
            f"activations, {size} bytes"
        )
        assert (grad_fn is None) is (context is not torch.enable_grad)
