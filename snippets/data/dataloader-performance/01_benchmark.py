# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader-performance.md:70
# timeout: 300
# writes: dataloader_benchmark.svg


import os
import platform
import statistics
import sys
import time

import torch
from torch import nn
from torch.utils.data import (
    DataLoader,
    Dataset,
    TensorDataset,
    get_worker_info,
)


class Busy(Dataset):
    """256 samples of `work` pure-Python steps, tagged by PID."""

    def __init__(self, work):
        self.work = work

    def __len__(self):
        return 256

    def __getitem__(self, index):
        total = sum(i * index % 7 for i in range(self.work))
        pid = (
            os.getpid() if get_worker_info() is not None else 0
        )  # (1)!
        return torch.full((64,), float(total % 5)), pid


def cpu_model():
    if os.path.exists("/proc/cpuinfo"):
        with open("/proc/cpuinfo") as file:
            for line in file:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def sync(device):
    if torch.device(device).type != "cpu":
        torch.accelerator.synchronize()  # (2)!


def train_step(model, optimizer, x):
    loss = model(x).square().mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()


def train_epoch(loader, model, optimizer, device):
    """Seconds for one epoch of loading and training; the PIDs seen."""
    pids = set()
    start = time.perf_counter()
    for x, pid in loader:
        pids.update(pid.tolist())
        train_step(model, optimizer, x.to(device, non_blocking=True))
    sync(device)
    return time.perf_counter() - start, pids - {0}


def first_batch(loader):
    """Seconds from iter() to the first batch; that batch's PIDs."""
    start = time.perf_counter()
    _, pid = next(iter(loader))
    return time.perf_counter() - start, set(pid.tolist())


def ms(seconds):
    return f"{1000 * seconds:.1f}"


def measure_workers(device):
    dataset = Busy(20_000)
    sample = []
    for index in range(64):
        start = time.perf_counter()
        dataset[index]
        sample.append(time.perf_counter() - start)

    width = 1024
    model = nn.Sequential(
        nn.Linear(64, width),
        nn.ReLU(),
        nn.Linear(width, width),
        nn.ReLU(),
        nn.Linear(width, 1),
    ).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-6)
    x = torch.randn(16, 64, device=device)
    step = []
    for _ in range(20):
        sync(device)
        start = time.perf_counter()
        train_step(model, optimizer, x)
        sync(device)
        step.append(time.perf_counter() - start)
    sample_s, step_s = (
        statistics.median(sample),
        statistics.median(step[5:]),
    )
    print(
        f"one sample: {ms(sample_s)} ms to load; one batch of 16: "
        f"{ms(16 * sample_s)} ms"
    )
    print(f"one training step: {ms(step_s)} ms")

    loaders = {
        n: DataLoader(
            dataset,
            batch_size=16,
            num_workers=n,
            persistent_workers=n > 0,
        )
        for n in (0, 1, 2)
    }
    epochs = {n: [] for n in loaders}
    for epoch in range(6):
        for n, loader in loaders.items():  # (3)!
            seconds, pids = train_epoch(
                loader, model, optimizer, device
            )
            assert len(pids) == n  # (4)!
            if epoch > 0:
                epochs[n].append(seconds)
    print(
        "epoch of 16 batches, loading and training, ms (median, min to "
        "max of 5):"
    )
    for n, times in epochs.items():
        spread = f"{ms(min(times))} to {ms(max(times))}"
        print(
            f"  num_workers={n}: {ms(statistics.median(times))} "
            f"({spread})"
        )
    if os.cpu_count() >= 2:
        assert statistics.median(epochs[1]) < 3 * statistics.median(
            epochs[0]
        )
    return epochs, 16 * step_s, 256 * sample_s


def measure_startup():
    method = "fork" if sys.platform == "linux" else "spawn"  # (9)!
    startup, pids = {}, {}
    for persistent in (True, False):
        loader = DataLoader(
            Busy(0),
            batch_size=16,
            num_workers=2,
            persistent_workers=persistent,
            multiprocessing_context=method,
        )
        runs = [first_batch(loader) for _ in range(3)]
        startup[persistent] = [seconds for seconds, _ in runs]
        pids[persistent] = [pid for _, pid in runs]
    assert pids[True][0] == pids[True][1] == pids[True][2]  # (5)!
    assert pids[False][0].isdisjoint(pids[False][1])
    assert max(startup[True][1:]) < min(startup[False])
    labels = {
        True: f"persistent, {method}",
        False: f"new workers, {method}",
    }
    startup = {
        labels[persistent]: times
        for persistent, times in startup.items()
    }
    if method != "spawn":
        spawned = DataLoader(
            Busy(0),
            batch_size=16,
            num_workers=2,
            multiprocessing_context="spawn",
        )
        startup["new workers, spawn"] = [first_batch(spawned)[0]]
    print("time to the first batch of epochs 1, 2, 3, two workers, ms:")
    for label, times in startup.items():
        print(f"  {label}: " + ", ".join(ms(t) for t in times))
    return startup


def measure_pinning(device):
    x = torch.ones(4)
    if torch.device(device).type == "cpu":
        assert x.to("cpu", non_blocking=True) is x  # (6)!
        print(
            "pin_memory: no accelerator, nothing to copy; not measured "
            "here"
        )
        return None
    if torch.device(device).type == "mps":
        print(
            "pin_memory: the loader does not pin on MPS; not measured "
            "here"
        )
        return None
    images = TensorDataset(torch.randn(256, 3, 224, 224))
    copy = {False: [], True: []}
    for _ in range(3):
        for pin_memory, times in copy.items():
            loader = DataLoader(
                images,
                batch_size=32,
                num_workers=2,
                pin_memory=pin_memory,
            )
            for (batch,) in loader:
                assert batch.is_pinned() == pin_memory
                sync(device)
                start = time.perf_counter()
                batch.to(device, non_blocking=True)
                sync(device)
                times.append(time.perf_counter() - start)
    print("copy of one batch (19 MB) to the device, ms (median of 24):")
    for pin_memory, times in copy.items():
        print(
            f"  pin_memory={pin_memory}: {ms(statistics.median(times))}"
        )
    return {
        pin_memory: statistics.median(times)
        for pin_memory, times in copy.items()
    }


def draw(epochs, steps_alone, loading_alone, startup, machine):
    import matplotlib.pyplot as plt  # (7)!

    fig, (ax1, ax2) = plt.subplots(
        2, 1, figsize=(6, 7), layout="constrained", facecolor="white"
    )
    workers = list(epochs)
    medians = [1000 * statistics.median(t) for t in epochs.values()]
    spread = [
        [
            m - 1000 * min(t)
            for m, t in zip(medians, epochs.values(), strict=True)
        ],
        [
            1000 * max(t) - m
            for m, t in zip(medians, epochs.values(), strict=True)
        ],
    ]
    ax1.bar(
        workers,
        medians,
        yerr=spread,
        capsize=6,
        label="epoch (median, min to max)",
    )
    ax1.axhline(
        1000 * steps_alone,
        color="tab:green",
        linestyle="--",
        label="training steps alone",
    )
    ax1.axhline(
        1000 * loading_alone,
        color="tab:orange",
        linestyle=":",
        label="loading alone",
    )
    ax1.set(
        xlabel="num_workers",
        ylabel="ms",
        title="Epoch: loading and training steps",
    )
    ax1.set_xticks(workers)
    ax1.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, -0.2),
        ncol=2,
        frameon=False,
    )

    for shift, (label, times) in zip(
        (-0.25, 0, 0.25), startup.items(), strict=False
    ):
        epochs_axis = [
            epoch + shift for epoch in range(1, len(times) + 1)
        ]
        ax2.bar(
            epochs_axis,
            [1000 * t for t in times],
            width=0.25,
            label=label,
        )
    ax2.set(xlabel="epoch", ylabel="ms (log scale)", yscale="log")
    ax2.set_title("Time to the first batch, 2 workers")
    ax2.set_xticks([1, 2, 3])
    ax2.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, -0.2),
        ncol=3,
        frameon=False,
    )
    fig.suptitle(machine, fontsize="medium")
    fig.savefig("dataloader_benchmark.svg")


if __name__ == "__main__":  # (8)!
    device = (
        torch.accelerator.current_accelerator()
        if torch.accelerator.is_available()
        else "cpu"
    )
    torch.set_num_threads(1)
    cores = f"{os.cpu_count()} logical cores"
    system, version = platform.system(), torch.__version__
    machine = f"{cpu_model()}, {cores}, {system}, torch {version}"
    print(f"machine: {machine}")
    print(f"device: {device}")
    print(
        "load average before: {:.1f} {:.1f} {:.1f}".format(
            *os.getloadavg()
        )
    )

    epochs, steps_alone, loading_alone = measure_workers(device)
    startup = measure_startup()
    measure_pinning(device)
    print(
        "load average after: {:.1f} {:.1f} {:.1f}".format(
            *os.getloadavg()
        )
    )
    draw(
        epochs,
        steps_alone,
        loading_alone,
        startup,
        f"{machine}, device {device}",
    )
