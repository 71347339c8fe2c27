# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:547


import argparse

import torch

args = argparse.Namespace(hidden=64, lr=0.1)
torch.save({"args": args}, "run.pth")
with torch.serialization.safe_globals([argparse.Namespace]):
    loaded = torch.load("run.pth", weights_only=True)["args"]
assert loaded == args
