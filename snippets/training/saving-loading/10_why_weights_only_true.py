# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:472
# raises: UnpicklingError


import torch


class Payload:
    def __reduce__(self):
        return (print, ("this ran while the file was being loaded",))


torch.save(Payload(), "payload.pth")
torch.load("payload.pth")
