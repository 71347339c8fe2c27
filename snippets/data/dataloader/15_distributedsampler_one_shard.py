# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:451


import torch
from torch.utils.data import (
    DataLoader,
    DistributedSampler,
    TensorDataset,
)

dataset = TensorDataset(torch.arange(10))
shards = []
for rank in range(3):
    sampler = DistributedSampler(
        dataset, num_replicas=3, rank=rank, seed=0
    )  # (1)!
    loader = DataLoader(dataset, batch_size=2, sampler=sampler)  # (2)!
    shards.append(list(sampler))
    print(
        f"rank {rank}:",
        shards[-1],
        [batch.tolist() for (batch,) in loader],
    )

indices = [index for shard in shards for index in shard]
assert sorted(set(indices)) == list(range(10))  # every sample is seen
print(len(indices), "indices for 10 samples")  # (3)!

sampler = DistributedSampler(dataset, num_replicas=3, rank=0, seed=0)
epoch_0 = list(sampler)
assert list(sampler) == epoch_0  # (4)!
sampler.set_epoch(1)
print("rank 0, epoch 1:", list(sampler))
