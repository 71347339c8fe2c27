# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/iterators.md:94


class Patched:
    pass


patched = Patched()
patched.__iter__ = lambda: iter([1, 2])  # (1)!
print(list(patched.__iter__()))
try:
    iter(patched)
except TypeError as error:
    print("iter():", error)


class ReturnsList:
    def __iter__(self):
        return [1, 2]  # (2)!


print(ReturnsList().__iter__())
try:
    iter(ReturnsList())
except TypeError as error:
    print("iter():", error)
