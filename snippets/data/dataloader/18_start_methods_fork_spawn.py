# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:596
# timeout: 120


from torch.utils.data import DataLoader

SETTING = "as imported"


def read_setting(batch):
    return SETTING


if __name__ == "__main__":
    SETTING = "changed in __main__"
    for method in ("fork", "forkserver"):
        options = {"num_workers": 1, "multiprocessing_context": method}
        loader = DataLoader([0], collate_fn=read_setting, **options)
        print(f"{method:10}", next(iter(loader)))
