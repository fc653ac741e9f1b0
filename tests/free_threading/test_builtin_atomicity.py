from examples.free_threading.builtin_atomicity import (
    seen_during_extend,
    seen_during_remove,
    seen_during_sort,
)


def test_a_list_appears_empty_while_it_is_sorted():
    assert set(seen_during_sort()) == {0}


def test_extend_from_a_generator_grows_the_list_one_item_at_a_time():
    assert seen_during_extend() == list(range(3))  # every intermediate length was visible


def test_remove_runs_python_code_of_the_elements_it_compares():
    assert len(seen_during_remove()) == 1  # only `first` needed a real comparison
