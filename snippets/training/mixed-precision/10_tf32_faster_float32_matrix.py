# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/mixed-precision.md:663
# since: torch=2.10


import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)

assert torch.get_float32_matmul_precision() == "highest"
torch.set_float32_matmul_precision("high")
assert torch.backends.cuda.matmul.fp32_precision == "tf32"
assert torch.backends.cudnn.conv.fp32_precision == "tf32"  # (1)!

torch.manual_seed(0)
a = torch.randn(512, 512, device=device)
b = torch.randn(512, 512, device=device)
exact = a.double() @ b.double()
error = ((a @ b).double() - exact).abs().max() / exact.abs().max()
print(
    f"relative error with 'high' on {device}, torch "
    f"{torch.__version__}: {error:.1e}"
)  # (2)!

torch.set_float32_matmul_precision("highest")
error = ((a @ b).double() - exact).abs().max() / exact.abs().max()
assert error < 1e-5  # (3)!
