"""The frozen bundle's entry point: the same ``main`` as the ``screening-app`` command."""

import sys

from screening_app.app import main

if __name__ == "__main__":
    sys.exit(main())
