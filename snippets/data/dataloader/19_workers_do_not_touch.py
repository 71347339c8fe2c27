# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:645


import torch
from torch.utils.data import DataLoader, Dataset


class Noise(Dataset):
    def __len__(self):
        return 8

    def __getitem__(self, index):
        return torch.randn(3, 4, 4)  # (1)!


if __name__ == "__main__":
    device = (
        torch.accelerator.current_accelerator()
        if torch.accelerator.is_available()
        else "cpu"
    )
    for batch in DataLoader(Noise(), batch_size=4, num_workers=2):
        assert (
            batch.device.type == "cpu"
        )  # made by a worker, on the CPU
        batch = batch.to(device)  # (2)!
        assert batch.device.type == torch.device(device).type
        batch = (
            batch - batch.mean()
        ) / batch.std()  # batch-wide work, on the device
