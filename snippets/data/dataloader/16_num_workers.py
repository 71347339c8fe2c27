# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:511


from torch.utils.data import DataLoader, Dataset, get_worker_info


class WhoLoads(Dataset):
    def __len__(self):
        return 8

    def __getitem__(self, index):
        info = get_worker_info()
        return index, -1 if info is None else info.id  # (1)!


if __name__ == "__main__":  # (2)!
    for num_workers in (0, 2):
        loader = DataLoader(
            WhoLoads(), batch_size=2, num_workers=num_workers
        )
        batches = [
            (indices.tolist(), workers.tolist())
            for indices, workers in loader
        ]
        print(f"num_workers={num_workers}:", batches)
