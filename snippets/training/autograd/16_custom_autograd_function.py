# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:609


import torch


class Exp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        result = x.exp()
        ctx.save_for_backward(result)  # (1)!
        return result

    @staticmethod
    def backward(ctx, grad_output):
        (result,) = ctx.saved_tensors
        return grad_output * result  # (2)!


class WrongExp(Exp):
    @staticmethod
    def backward(ctx, grad_output):
        (result,) = ctx.saved_tensors
        return 2 * grad_output * result


x = torch.randn(5, dtype=torch.float64, requires_grad=True)
assert torch.autograd.gradcheck(Exp.apply, (x,))
assert not torch.autograd.gradcheck(
    WrongExp.apply, (x,), raise_exception=False
)  # (3)!

y = Exp.apply(x)
y.sum().backward()
assert torch.allclose(x.grad, x.exp())
print(type(y.grad_fn).__name__)

y = Exp.apply(x)
y.mul_(2)  # changes the tensor saved for backward
try:
    y.sum().backward()
except RuntimeError as error:
    print(str(error).split(":")[0])
