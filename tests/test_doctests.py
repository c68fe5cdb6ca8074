"""Run the examples in the package's docstrings, against the installed package."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsclean

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(newsclean.__path__, prefix="newsclean.")
    if info.name != "newsclean.__main__"
)


@pytest.mark.parametrize("name", ["newsclean", *MODULES])
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
