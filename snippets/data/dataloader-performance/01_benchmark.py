# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader-performance.md:98
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
    """256 samples of `work` pure-Python steps, tagged by process."""

    def __init__(self, work):
        self.work = work

    def __len__(self):
        return 256

    def __getitem__(self, index):
        total = sum(i * index % 7 for i in range(self.work))
        in_worker = get_worker_info() is not None
        pid = os.getpid() if in_worker else 0  # (1)!
        used = time.process_time() if in_worker else 0.0
        return torch.full((64,), float(total % 5)), pid, used


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


def train_epoch(loader, model, optimizer, device, used):
    """One epoch of loading and training: wall seconds, the main
    process's CPU seconds, the workers' CPU seconds, their PIDs.
    `used` maps each worker's PID to its CPU time so far."""
    before = dict(used)
    wall, cpu = time.perf_counter(), time.process_time()
    for x, pids, times in loader:
        for pid, seconds in zip(
            pids.tolist(), times.tolist(), strict=True
        ):
            used[pid] = max(used.get(pid, 0.0), seconds)
        train_step(model, optimizer, x.to(device, non_blocking=True))
    sync(device)
    wall = time.perf_counter() - wall
    cpu = time.process_time() - cpu
    workers = set(used) - {0}
    spent = sum(used[p] - before.get(p, used[p]) for p in workers)
    return wall, cpu, spent, workers


def first_batch(loader):
    """Seconds from iter() to the first batch; that batch's PIDs."""
    start = time.perf_counter()
    it = iter(loader)
    _, pid, _ = next(it)
    seconds = time.perf_counter() - start
    del it  # shuts down new workers, outside the timed window
    return seconds, set(pid.tolist())


def usable_cores():
    """Cores this process may run on (affinity), else all of them."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count()


def ms(seconds):
    return f"{1000 * seconds:.1f}"


def both_clocks(fn):
    """Wall and CPU seconds of one call of fn."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def measure_workers(device):
    dataset = Busy(20_000)
    sample = [both_clocks(lambda i=i: dataset[i]) for i in range(64)]

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

    def step():
        train_step(model, optimizer, x)
        sync(device)

    steps = [both_clocks(step) for _ in range(20)][5:]
    sample_wall, sample_cpu = map(
        statistics.median, zip(*sample, strict=True)
    )
    step_wall, step_cpu = map(
        statistics.median, zip(*steps, strict=True)
    )
    loading, training = 256 * sample_cpu, 16 * step_cpu
    print(
        f"one sample: {ms(sample_cpu)} ms CPU, {ms(sample_wall)} ms "
        f"wall; an epoch's 256: {ms(loading)} ms CPU"
    )
    print(
        f"one training step: {ms(step_cpu)} ms CPU, {ms(step_wall)} ms "
        f"wall; an epoch's 16: {ms(training)} ms CPU"
    )

    loaders = {
        n: DataLoader(
            dataset,
            batch_size=16,
            num_workers=n,
            persistent_workers=n > 0,
        )
        for n in (0, 1, 2)
    }
    used = {n: {} for n in loaders}
    epochs = {n: [] for n in loaders}
    for epoch in range(6):
        for n, loader in loaders.items():  # (3)!
            *measured, pids = train_epoch(
                loader, model, optimizer, device, used[n]
            )
            assert len(pids) == n  # (4)!
            if epoch > 0:
                epochs[n].append(measured)
    print(
        "epoch of 16 batches, ms, median (min to max) of 5: wall time, "
        "and the least its CPU times allow; CPU time of the main "
        "process, of the workers"
    )
    figures, least = {}, {}
    for n, measured in epochs.items():
        figures[n] = [
            list(column) for column in zip(*measured, strict=True)
        ]
        in_main, in_workers = map(statistics.median, figures[n][1:])
        least[n] = max(  # (12)!
            in_main,
            in_workers / n if n else 0.0,
            (in_main + in_workers) / min(usable_cores(), n + 1),
        )
        wall, main, workers = (
            f"{ms(statistics.median(c))} ({ms(min(c))} to {ms(max(c))})"
            for c in figures[n]
        )
        print(f"  num_workers={n}: wall {wall}, least {ms(least[n])}")
        print(f"    CPU main {main}, workers {workers}")

    main = {n: statistics.median(f[1]) for n, f in figures.items()}
    workers = {n: statistics.median(f[2]) for n, f in figures.items()}
    assert 0.5 < main[0] / (loading + training) < 2  # (5)!
    for n in (1, 2):
        assert main[n] < main[0] - loading / 2  # (6)!
        assert workers[n] > loading / 2
    return figures, least, training, loading


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
    assert pids[True][0] == pids[True][1] == pids[True][2]  # (7)!
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
        assert x.to("cpu", non_blocking=True) is x  # (8)!
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


def draw(figures, least, training, loading, startup, machine):
    import matplotlib.pyplot as plt  # (10)!

    fig, (ax1, ax2) = plt.subplots(
        2, 1, figsize=(6, 7.5), layout="constrained", facecolor="white"
    )
    workers = list(figures)
    series = ("wall time", "CPU, main process", "CPU, workers")
    for i, label in enumerate(series):
        columns = [figures[n][i] for n in workers]
        medians = [1000 * statistics.median(c) for c in columns]
        low = [
            m - 1000 * min(c)
            for m, c in zip(medians, columns, strict=True)
        ]
        high = [
            1000 * max(c) - m
            for m, c in zip(medians, columns, strict=True)
        ]
        ax1.bar(
            [n + (i - 1) * 0.27 for n in workers],
            medians,
            width=0.27,
            yerr=[low, high],
            capsize=4,
            label=label,
        )
    ax1.scatter(
        [n - 0.27 for n in workers],
        [1000 * least[n] for n in workers],
        marker="_",
        s=500,
        color="black",
        zorder=3,
        label="least wall time the CPU times allow",
    )
    ax1.axhline(
        1000 * training,
        color="tab:green",
        linestyle="--",
        label="training steps alone, CPU",
    )
    ax1.axhline(
        1000 * loading,
        color="tab:red",
        linestyle=":",
        label="loading alone, CPU",
    )
    ax1.set(
        xlabel="num_workers",
        ylabel="ms per epoch (median, min to max)",
        title="Epoch: where the time and the work go",
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


if __name__ == "__main__":  # (11)!
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

    figures, least, training, loading = measure_workers(device)
    startup = measure_startup()
    measure_pinning(device)
    print(
        "load average after: {:.1f} {:.1f} {:.1f}".format(
            *os.getloadavg()
        )
    )
    draw(
        figures,
        least,
        training,
        loading,
        startup,
        f"{machine}, device {device}",
    )
