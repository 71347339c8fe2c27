# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/quickstart.md:332
# setup: fashion-mnist
# (prepare a directory with: python -m verified_docs setup NAME DIR)


from torchvision import datasets

training_data = datasets.FashionMNIST(root="data", train=True, download=True)
as_in_note = datasets.FashionMNIST(root="data", train=True, download=True)
test_data = datasets.FashionMNIST(root="data", train=False, download=True)

seen = {image.numpy().tobytes() for image in training_data.data}


def share_seen(dataset):
    return sum(image.numpy().tobytes() in seen for image in dataset.data) / len(dataset)


print(f"images also in the training set: the note's test set {share_seen(as_in_note):.0%}")
print(f"images also in the training set: the real test set {share_seen(test_data):.2%}")
assert share_seen(as_in_note) == 1
assert share_seen(test_data) < 0.01
