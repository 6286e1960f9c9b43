from tests.storage.helpers import (  # noqa: F401 - fixtures
    accounts,
    clock,
    data_dir,
    instrument,
    policy,
    setup,
    vault,
)
