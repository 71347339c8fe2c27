"""Which statements of a snippet file ran.

The worker compiles the snippet from its syntax tree; with a :class:`LineRecorder` it first
puts before each statement a call that notes the statement's line (a set's ``add``, under a
name in ``builtins``). Only the snippet's own code pays for it: no tracer slows the libraries
it calls, on any Python version (a ``sys.settrace`` tracer made busy pages 1.5 times slower
on Python 3.11). What processes forked from the snippet's run (DataLoader workers under
``fork``) is seen too; a process started with ``spawn`` or ``forkserver`` imports the file
afresh, without the calls, and is not. A multi-line statement counts once, under its first
line.
"""

from __future__ import annotations

import ast
import builtins
import os
import tempfile

#: The builtin name the inserted calls use (a name no snippet has a reason to use).
MARK = "__verified_docs_ran__"
#: Statements that compile to no code of their own, or may not be preceded by a call.
_SILENT = (ast.Pass, ast.Global, ast.Nonlocal)


def _silent(node: ast.stmt) -> bool:
    constant = isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    future = isinstance(node, ast.ImportFrom) and node.module == "__future__"
    return constant or future or isinstance(node, _SILENT)  # a docstring or ``...``, too


def statement_spans(source: str) -> dict[int, range]:
    """Each statement's first line -> its lines (for a compound statement, its header with
    any decorators): what the page marks when the statement did not run."""
    spans = {}
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.stmt) or _silent(node):
            continue
        body = getattr(node, "body", None)
        if isinstance(body, list) and body:
            decorators = [d.lineno for d in getattr(node, "decorator_list", [])]
            first = min([node.lineno, *decorators])
            spans[node.lineno] = range(first, max(body[0].lineno, node.lineno + 1))
        else:
            spans[node.lineno] = range(node.lineno, (node.end_lineno or node.lineno) + 1)
    return spans


def _mark(statement: ast.stmt) -> ast.stmt:
    call = ast.Call(ast.Name(MARK, ast.Load()), [ast.Constant(statement.lineno)], [])
    marker = ast.Expr(call)
    for node in ast.walk(marker):  # where the statement is: tracebacks stay as they were
        ast.copy_location(node, statement)
        node.end_lineno, node.end_col_offset = statement.lineno, statement.col_offset
    return marker


def instrument(tree: ast.Module) -> ast.Module:
    """``tree`` with a marking call before each statement that :func:`statement_spans`
    counts, in every body (functions, classes, branches, handlers, loops)."""
    for node in ast.walk(tree):
        for name, value in ast.iter_fields(node):
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                marked: list[ast.stmt] = []
                for statement in value:
                    if not _silent(statement):
                        marked.append(_mark(statement))
                    marked.append(statement)
                setattr(node, name, marked)
    return tree


class LineRecorder:
    """While entered, the marking calls of an instrumented snippet note their lines: in this
    process into a set; in a process it forks (a DataLoader worker) into a file they share,
    each line once, as it runs (such a process may end without running exit handlers)."""

    def __init__(self) -> None:
        self.ran: set[int] = set()
        self._mark = self.ran.add
        self._fd = -1

    def __enter__(self) -> LineRecorder:
        made, path = tempfile.mkstemp(prefix="lines-")
        self._fd = os.open(path, os.O_RDWR | os.O_APPEND)  # writers never overwrite each other
        os.close(made)
        os.unlink(path)  # no name left: nothing for a snippet to find
        os.register_at_fork(after_in_child=self._in_child)
        setattr(builtins, MARK, self._mark)
        return self

    def __exit__(self, *exc_info) -> None:
        if getattr(builtins, MARK, None) is self._mark:
            delattr(builtins, MARK)

    def _in_child(self) -> None:
        if getattr(builtins, MARK, None) is not self._mark:
            return  # another recorder's, or recording is over
        seen: set[int] = set()
        descriptor = self._fd

        def mark(line: int) -> None:
            if line not in seen:
                seen.add(line)
                os.write(descriptor, b"%d\n" % line)  # appended whole: one write, one line

        setattr(builtins, MARK, mark)

    def not_run(self, source: str) -> list[int]:
        """The first lines of the statements of ``source`` that ran in no process."""
        ran = set(self.ran)
        if self._fd >= 0:
            size = os.fstat(self._fd).st_size
            ran |= {int(n) for n in os.pread(self._fd, size, 0).split() if n.isdigit()}
        return sorted(set(statement_spans(source)) - ran)
