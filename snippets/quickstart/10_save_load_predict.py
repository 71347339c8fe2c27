# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/quickstart.md:374
# setup: fashion-mnist
# (prepare a directory with: python -m verified_docs setup NAME DIR)


from torchvision import datasets

training_data = datasets.FashionMNIST(
    root="data", train=True, download=True
)
as_in_note = datasets.FashionMNIST(
    root="data", train=True, download=True
)
test_data = datasets.FashionMNIST(
    root="data", train=False, download=True
)

seen = {image.numpy().tobytes() for image in training_data.data}


def count_seen(dataset):
    return sum(
        image.numpy().tobytes() in seen for image in dataset.data
    )


in_note, in_test = count_seen(as_in_note), count_seen(test_data)
print(
    f"the note's test set: {in_note} of {len(as_in_note)} also "
    "training images"
)
print(
    f"the real test set: {in_test} of {len(test_data)} also training "
    "images"
)
assert in_note == len(as_in_note)
assert in_test < 0.01 * len(test_data)
