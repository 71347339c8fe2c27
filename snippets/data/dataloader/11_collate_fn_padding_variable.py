# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:336


from torch.utils.data import DataLoader

seen = []
loader = DataLoader(
    [10, 20, 30], batch_size=None, collate_fn=seen.append
)
list(loader)
print(seen)
