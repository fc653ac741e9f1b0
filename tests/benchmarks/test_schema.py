import re
from typing import NotRequired, TypedDict

import pytest

from examples.benchmarks.schema import SchemaError, check


class Point(TypedDict):
    x: int
    label: str | None
    tags: NotRequired[list[str]]
    sizes: NotRequired[dict[str, float]]


@pytest.mark.parametrize("value", [
    {"x": 1, "label": None},
    {"x": 1, "label": "a", "tags": ["b"], "sizes": {"a": 1, "b": 2.5}},
])
def test_values_that_fit_pass(value):
    check(value, Point)


@pytest.mark.parametrize(("value", "message"), [
    ({"label": None}, "point: missing ['x']"),
    ({"x": 1, "label": None, "y": 2}, "point: unknown ['y']"),
    ({"x": 1.5, "label": None}, "point.x: expected an integer"),
    ({"x": True, "label": None}, "point.x: expected an integer"),
    ({"x": 1, "label": None, "tags": ["a", 2]}, "point.tags[1]: expected str"),
    ({"x": 1, "label": None, "sizes": {"a": "big"}}, "point.sizes['a']: expected a number"),
    ([1], "point: expected a dict"),
])
def test_the_first_misfit_is_named(value, message):
    with pytest.raises(SchemaError, match=re.escape(message)):
        check(value, Point, "point")
