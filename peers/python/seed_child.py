#!/usr/bin/env python3
"""The seed's worked example, child side: read a line from standard input, answer it on standard
output (here: the same line, so that the parent can check every byte), flush, repeat until the
input ends. Standard library only."""
import sys


def main():
    for line in sys.stdin:
        sys.stdout.write(line)
        sys.stdout.flush()


if __name__ == "__main__":
    try:
        main()
    except (BrokenPipeError, KeyboardInterrupt):
        pass
