# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:463


import torch

a = torch.tensor(2.0, requires_grad=True)
operations = {
    "a + 1": lambda t: t + 1,
    "a * a": lambda t: t * t,
    "exp(a)": torch.exp,
}
for name, f in operations.items():
    y = f(a)
    y.backward()
    try:
        y.backward()
        print(f"{name:6}: a second backward works")
    except RuntimeError:
        print(f"{name:6}: a second backward fails")
    y = f(a)
    y.backward(retain_graph=True)  # (1)!
    y.backward()
