"""The GIL's switch interval: how long a thread may keep the GIL while another
thread is waiting for it, before it is asked to let go."""

import sys


def main() -> None:
    default = sys.getswitchinterval()
    print(f"default switch interval: {default * 1000:g} ms")
    sys.setswitchinterval(0.0005)
    print(f"after setswitchinterval(0.0005): {sys.getswitchinterval() * 1000:g} ms")
    sys.setswitchinterval(default)  # a process-wide setting: put it back


if __name__ == "__main__":
    main()
