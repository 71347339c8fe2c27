# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:421


import torch
from torch.overrides import get_overridable_functions

functions = get_overridable_functions()  # (1)!
namespaces = [
    torch,
    torch.linalg,
    torch.fft,
    torch.special,
    torch.nn.functional,
]
public = {
    f"{namespace.__name__}.{function.__name__}"
    for namespace in namespaces
    for function in functions[namespace]
    if not function.__name__.startswith("_")
}
methods = {
    f.__name__
    for f in functions[torch.Tensor]
    if callable(f) and f.__name__[0] != "_"
}

version = torch.__version__.split("+")[0]
print(
    f"{len(public)} functions, {len(methods)} Tensor methods, torch "
    f"{version}"
)
assert len(public) > 700 and len(methods) > 500
