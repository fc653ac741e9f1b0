import pytest


@pytest.mark.parametrize("size", [1, 10, 1_000])
def test_a_list_of_any_length_looks_empty_to_its_sort_key_and_whole_afterwards(size):
    numbers = list(range(size, 0, -1))
    lengths: list[int] = []

    def key(number: int) -> int:  # as in seen_during_sort(), for other lengths
        lengths.append(len(numbers))
        return number

    numbers.sort(key=key)
    assert lengths == [0] * size  # the key ran once per item, and saw no item each time
    assert numbers == list(range(1, size + 1))
