# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:189


import random

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
device_type = torch.device(device).type
data = TensorDataset(torch.randn(64, 8), torch.randint(0, 2, (64,)))


def build(seed):
    torch.manual_seed(seed)
    model = nn.Sequential(
        nn.Linear(8, 32), nn.Dropout(0.3), nn.Linear(32, 2)
    ).to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2)
    return {
        "model": model,
        "optimizer": optimizer,
        "scheduler": torch.optim.lr_scheduler.StepLR(
            optimizer, step_size=1, gamma=0.5
        ),
        "scaler": torch.amp.GradScaler(device_type),
        "generator": torch.Generator().manual_seed(seed),  # (1)!
    }


def train_epoch(run):
    loader = DataLoader(
        data, batch_size=16, shuffle=True, generator=run["generator"]
    )
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        loss = nn.functional.cross_entropy(run["model"](x), y)
        run["optimizer"].zero_grad()
        run["scaler"].scale(loss).backward()
        run["scaler"].step(run["optimizer"])
        run["scaler"].update()
    run["scheduler"].step()


def rng_states():
    numpy_state = np.random.get_state()
    states = {
        "torch": torch.get_rng_state(),
        "python": random.getstate(),
        "numpy": (
            numpy_state[0],
            numpy_state[1].tolist(),
            *numpy_state[2:],
        ),  # (2)!
    }
    if torch.accelerator.is_available():
        states["accelerator"] = torch.get_device_module(
            device
        ).get_rng_state()
    return states


def set_rng_states(states):
    torch.set_rng_state(states["torch"])
    random.setstate(states["python"])
    name, key, *rest = states["numpy"]
    np.random.set_state((name, np.array(key, dtype=np.uint32), *rest))
    if "accelerator" in states:
        torch.get_device_module(device).set_rng_state(
            states["accelerator"]
        )


def save(run, epoch, path):
    checkpoint = {
        name: part.state_dict()
        for name, part in run.items()
        if name != "generator"
    }
    checkpoint |= {
        "generator": run["generator"].get_state(),
        "rng": rng_states(),
    }
    torch.save(checkpoint | {"epoch": epoch}, path)


def load(run, path, restore_rng=True):
    checkpoint = torch.load(
        path, map_location="cpu", weights_only=True
    )  # (5)!
    for name in ("model", "optimizer", "scheduler", "scaler"):
        run[name].load_state_dict(checkpoint[name])
    if restore_rng:
        run["generator"].set_state(checkpoint["generator"])  # (3)!
        set_rng_states(checkpoint["rng"])
    return checkpoint["epoch"] + 1


uninterrupted = build(seed=0)
for _ in range(4):
    train_epoch(uninterrupted)

first_half = build(seed=0)
for epoch in range(2):  # stopped after two epochs
    train_epoch(first_half)
    save(first_half, epoch, "checkpoint.pth")

for restore_rng in (True, False):
    resumed = build(seed=123)  # (4)!
    start = load(resumed, "checkpoint.pth", restore_rng)
    for _ in range(start, 4):
        train_epoch(resumed)
    same = all(
        torch.equal(a, b)
        for a, b in zip(
            uninterrupted["model"].state_dict().values(),
            resumed["model"].state_dict().values(),
            strict=True,
        )
    )
    print(
        f"random states restored: {restore_rng}, weights equal to the "
        f"uninterrupted run: {same}"
    )
    assert same == restore_rng
