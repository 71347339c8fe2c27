# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:32


from collections import Counter

import torch
from torch.utils.data import Dataset

major, minor = (int(part) for part in torch.__version__.split(".")[:2])
assert (major, minor) > (
    2,
    3,
)  # newer than the last torch TorchText was built for


class Sentences(Dataset):
    def __init__(self, texts):
        words = Counter(word for text in texts for word in text.split())
        self.vocab = {
            word: i
            for i, (word, _) in enumerate(words.most_common(), start=1)
        }  # (1)!
        self.texts = texts

    def __len__(self):
        return len(self.texts)

    def __getitem__(self, index):
        return torch.tensor(
            [self.vocab[word] for word in self.texts[index].split()]
        )


sentences = Sentences(["the cat sat", "the dog", "a cat and the dog"])
print(sentences.vocab)
print(sentences[2])
