from examples.process_problems.payload_cost import timed, total, total_of_range


def test_a_description_of_the_data_gives_the_same_total_as_the_data():
    for count in (0, 1, 10, 12_345):
        result, _ = timed(total_of_range, 0, count)
        assert result == total(list(range(count))) == count * (count - 1) // 2
