# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/models.md:132


from torch import nn

model = nn.Sequential(
    nn.Linear(4, 8),
    nn.ReLU(),
    nn.Sequential(nn.Linear(8, 8), nn.ReLU()),
    nn.Linear(8, 2),
)
print([name for name, _ in model.named_children()])
print([name for name, _ in model.named_modules()])
visited = []
model.apply(lambda module: visited.append(type(module).__name__))
print(visited)

for name, parameter in model.named_parameters():  # (1)!
    if name.startswith("2."):
        parameter.requires_grad_(False)
print(
    [
        name
        for name, p in model.named_parameters()
        if not p.requires_grad
    ]
)
