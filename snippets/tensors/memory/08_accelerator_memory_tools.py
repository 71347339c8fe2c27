# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/memory.md:500
# since: torch=2.10


import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
pieces, rows, cols = 8, 1024, 1024
result_bytes = pieces * rows * cols * 4


def peak_bytes(build):
    torch.accelerator.synchronize()
    torch.accelerator.empty_cache()
    torch.accelerator.reset_peak_memory_stats()
    start = torch.accelerator.memory_allocated()
    result = build()
    torch.accelerator.synchronize()
    assert result.nbytes == result_bytes
    return torch.accelerator.max_memory_allocated() - start


def concatenated():
    return torch.cat(
        [torch.randn(rows, cols, device=device) for _ in range(pieces)]
    )


def written_in_place():
    result = torch.empty(pieces * rows, cols, device=device)
    for i in range(pieces):
        piece = result[i * rows : (i + 1) * rows]
        torch.randn(rows, cols, out=piece)
    return result


if torch.accelerator.is_available():
    cat_peak, out_peak = (
        peak_bytes(concatenated),
        peak_bytes(written_in_place),
    )
    assert cat_peak >= 2 * result_bytes  # the pieces and the result
    assert (
        result_bytes <= out_peak < result_bytes + rows * cols * 4
    )  # the result only
else:
    assert concatenated().nbytes == result_bytes  # on the CPU
