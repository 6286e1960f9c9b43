from tests.storage.backends import (  # noqa: F401 - fixtures
    any_accounts,
    any_setup,
    backend,
)
from tests.storage.helpers import (  # noqa: F401 - fixtures
    accounts,
    clock,
    data_dir,
    instrument,
    policy,
    setup,
    vault,
)
