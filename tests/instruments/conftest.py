from tests.storage.helpers import (  # noqa: F401 - fixtures (a clinic database for the use cases)
    accounts,
    clock,
    data_dir,
    policy,
    setup,
    vault,
)
