"""The program PyInstaller freezes: `cchc` for a PC without Python.

`freeze_support()` first: a worker process of the frozen program (spawn on
Windows and macOS) starts this same file and must run the worker, not the
command line.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from cchc_plan.cli import main

    main()
