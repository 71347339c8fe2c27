# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/data/dataloader.md:319


from torch.utils.data import DataLoader

seen = []
loader = DataLoader([10, 20, 30], batch_size=None, collate_fn=seen.append)
list(loader)
print(seen)
