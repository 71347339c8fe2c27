# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/data/dataloader-performance.md:38
# timeout: 180
# writes: dataloader_benchmark.svg


import os
import platform
import statistics
import time

import torch
from torch.utils.data import DataLoader, Dataset, TensorDataset


class Busy(Dataset):
    """CPU-bound: `work` steps of pure Python per sample (6000: about a millisecond)."""

    def __init__(self, work):
        self.work = work

    def __len__(self):
        return 256

    def __getitem__(self, index):
        total = sum(i * index % 7 for i in range(self.work))
        return torch.tensor([float(total)])


def run_epoch(loader):
    """Milliseconds to the first batch, and to the end of the epoch."""
    start = time.perf_counter()
    batches = iter(loader)
    next(batches)
    first = time.perf_counter() - start
    for _ in batches:
        pass
    return 1000 * first, 1000 * (time.perf_counter() - start)


def copy_epoch(loader, device):
    """Milliseconds to read every batch and copy it to the device."""
    start = time.perf_counter()
    for (images,) in loader:
        images.to(device, non_blocking=True)
    return 1000 * (time.perf_counter() - start)


def draw(throughput, startup, pinned, device):
    import matplotlib.pyplot as plt  # (1)!

    fig, (ax1, ax2, ax3) = plt.subplots(1, 3, figsize=(11, 3.4), layout="constrained")
    ax1.bar([str(n) for n in throughput], list(throughput.values()), color="tab:orange")
    ax1.set(title="Throughput", xlabel="num_workers", ylabel="samples / s")
    for shift, (label, times) in zip((-0.27, 0, 0.27), startup.items(), strict=True):
        positions = [epoch + shift for epoch in range(1, len(times) + 1)]
        ax2.bar(positions, times, width=0.27, label=label)
    ax2.set(title="Time to first batch, 2 workers", xlabel="epoch", ylabel="ms", yscale="log")
    ax2.set_xticks([1, 2, 3])
    ax2.legend(fontsize="small")
    ax3.bar([str(p) for p in pinned], list(pinned.values()), color="tab:green")
    ax3.set(title=f"8 batches of 64 images to {device}", xlabel="pin_memory", ylabel="ms")
    start_method = torch.multiprocessing.get_start_method()
    machine = f"{platform.system()}, {os.cpu_count()} CPU cores"
    fig.suptitle(f"DataLoader on {machine}, workers started with {start_method}")
    fig.savefig("dataloader_benchmark.svg")


if __name__ == "__main__":  # (2)!
    device = torch.accelerator.current_accelerator() if torch.accelerator.is_available() else "cpu"

    loaders = {
        n: DataLoader(Busy(6_000), batch_size=16, num_workers=n, persistent_workers=n > 0)
        for n in (0, 1, 2)
    }
    epoch_ms = {n: [] for n in loaders}
    for _ in range(4):
        for n, loader in loaders.items():  # (3)!
            epoch_ms[n].append(run_epoch(loader)[1])
    throughput = {n: 256 / statistics.median(ms[1:]) * 1000 for n, ms in epoch_ms.items()}  # (4)!

    startup = {}
    for label, options in [
        ("persistent", {"persistent_workers": True}),
        ("new workers", {}),
        ("new workers, spawn", {"multiprocessing_context": "spawn"}),  # (5)!
    ]:
        loader = DataLoader(Busy(0), batch_size=16, num_workers=2, **options)
        epochs = 1 if "spawn" in label else 3
        startup[label] = [run_epoch(loader)[0] for _ in range(epochs)]
    assert max(startup["persistent"][1:]) < min(startup["new workers"])

    images = TensorDataset(torch.randn(512, 3, 64, 64))
    pin_ms = {False: [], True: []}
    for _ in range(15):
        for pin_memory, times in pin_ms.items():
            loader = DataLoader(images, batch_size=64, pin_memory=pin_memory)
            times.append(copy_epoch(loader, device))
    pinned = {pin_memory: statistics.median(times) for pin_memory, times in pin_ms.items()}

    print("throughput, samples/s (median of epochs 2 to 4):")
    for num_workers, rate in throughput.items():
        print(f"  num_workers={num_workers}: {rate:.0f}")
    print("time to the first batch of epochs 1, 2, 3 with 2 workers, ms:")
    for label, times in startup.items():
        print(f"  {label}: " + ", ".join(f"{ms:.1f}" for ms in times))
    print("epoch of 8 batches of 64 images, copied to the device, ms (median of 15):")
    for pin_memory, ms in pinned.items():
        print(f"  pin_memory={pin_memory}: {ms:.1f}")
    draw(throughput, startup, pinned, device)
