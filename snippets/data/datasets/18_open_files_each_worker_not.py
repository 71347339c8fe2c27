# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:795
# raises: TypeError


import pickle
import tempfile

from torch.utils.data import Dataset


class OpenedInInit(Dataset):
    def __init__(self, path):
        self.file = open(path, "rb")  # noqa: SIM115  (the mistake shown)


with tempfile.NamedTemporaryFile() as tmp:
    dataset = OpenedInInit(tmp.name)
    try:
        pickle.dumps(dataset)
    finally:
        dataset.file.close()
