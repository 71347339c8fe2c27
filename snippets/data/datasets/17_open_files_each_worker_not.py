# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:719


import os
import pickle
import tempfile

import torch
from torch.utils.data import DataLoader, Dataset


class Records(Dataset):
    """Fixed-size records of a binary file, read one at a time."""

    def __init__(self, path, record_size):
        self.path, self.record_size = path, record_size
        self.length = os.path.getsize(path) // record_size
        self.file, self.pid = None, None  # (1)!

    def __len__(self):
        return self.length

    def __getitem__(self, index):
        if (
            self.file is None or self.pid != os.getpid()
        ):  # first use in this process
            if self.file is not None:
                # a forked worker's copy of the parent's handle
                self.file.close()
            self.file = open(self.path, "rb")  # noqa: SIM115  (closed with the process)
            self.pid = os.getpid()
        self.file.seek(index * self.record_size)
        return torch.frombuffer(
            bytearray(self.file.read(self.record_size)),
            dtype=torch.uint8,
        )

    def __getstate__(self):
        return {**self.__dict__, "file": None}  # (2)!


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "records.bin")
        with open(path, "wb") as file:
            file.write(bytes(range(24)))  # 6 records of 4 bytes

        dataset = Records(path, record_size=4)
        print(dataset[5])  # opens the file in the main process
        copy = pickle.loads(
            pickle.dumps(dataset)
        )  # what spawn and forkserver do
        assert copy.file is None and dataset.file is not None

        loader = DataLoader(dataset, batch_size=2, num_workers=2)
        batches = [batch.tolist() for batch in loader]
        assert batches[0] == [[0, 1, 2, 3], [4, 5, 6, 7]]
        print(len(batches), "batches of", len(batches[0]), "records")
        dataset.file.close()
