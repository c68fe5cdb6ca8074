"""Run the examples in the package's docstrings, against the installed package."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest

import newsclean
from tests.conftest import package_modules

MODULES = dict([("newsclean", newsclean), *package_modules()])


@pytest.mark.parametrize("name", sorted(MODULES))
def test_docstring_examples(name: str) -> None:
    module: ModuleType = MODULES[name]
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
