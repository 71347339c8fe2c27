# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/quickstart.md:566
# raises: UnpicklingError


import datetime

import torch

torch.save({"saved_on": datetime.date(2025, 4, 30)}, "checkpoint.pth")
torch.load("checkpoint.pth")  # no weights_only argument: the default refuses the date
