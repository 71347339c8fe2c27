# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/data/dataloader.md:491
# timeout: 120


import multiprocessing

from torch.utils.data import DataLoader

SETTING = "as imported"


def read_setting(batch):
    return SETTING


if __name__ == "__main__":
    SETTING = "changed in __main__"
    for method in ("fork", "forkserver"):
        if method in multiprocessing.get_all_start_methods():
            loader = DataLoader(
                [0], num_workers=1, collate_fn=read_setting, multiprocessing_context=method
            )
            print(f"{method:10}", next(iter(loader)))
