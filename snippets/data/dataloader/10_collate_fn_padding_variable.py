# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:287


import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader, Dataset


class Sentences(Dataset):
    def __init__(self):
        self.tokens = [[5, 3, 8], [2], [7, 1, 4, 9], [6, 6]]
        self.labels = [0, 1, 1, 0]

    def __len__(self):
        return len(self.tokens)

    def __getitem__(self, index):
        return torch.tensor(self.tokens[index]), self.labels[index]


def pad_collate(batch):
    sequences, labels = zip(*batch, strict=True)  # (1)!
    lengths = torch.tensor([len(sequence) for sequence in sequences])
    padded = pad_sequence(sequences, batch_first=True, padding_value=0)
    return padded, lengths, torch.tensor(labels)


loader = DataLoader(Sentences(), batch_size=2, collate_fn=pad_collate)
for padded, lengths, labels in loader:
    print(padded, lengths, labels)
