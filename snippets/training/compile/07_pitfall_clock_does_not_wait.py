# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/compile.md:699
# since: torch=2.14


import time
from unittest import mock

import torch
from torch.utils import benchmark

real = torch.accelerator.is_available()
device = torch.accelerator.current_accelerator() if real else "cpu"
x = torch.ones(1000, device=device)
counts = {}
with (
    mock.patch.object(
        torch.accelerator, "is_available", return_value=True
    ),
    mock.patch.object(
        torch.accelerator,
        "synchronize",
        wraps=torch.accelerator.synchronize if real else None,
    ) as synchronize,  # (1)!
):
    for label, options in (
        ("default timer", {}),
        ("timer=time.perf_counter", {"timer": time.perf_counter}),
    ):
        synchronize.reset_mock()
        benchmark.Timer("x * 2", globals={"x": x}, **options).timeit(
            100
        )
        counts[label] = synchronize.call_count
for label, count in counts.items():
    print(f"{label}: synchronize() called {count} times")
assert counts["default timer"] > 0  # (2)!
assert counts["timer=time.perf_counter"] == 0
