"""DutyMatrix (安全生产责任矩阵): the production-safety responsibility matrix."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "DutyMatrix"

try:
    __version__ = version("dutymatrix")
except PackageNotFoundError:  # running from a source tree or a frozen build without metadata
    __version__ = "0.1.0"
