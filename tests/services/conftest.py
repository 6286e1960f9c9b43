"""The use cases run on both backends: every test that sets up a clinic (``accounts``) runs once
on the file and once on a clinic server."""

from tests.storage.backends import (  # noqa: F401 - fixtures
    any_accounts as accounts,
)
from tests.storage.backends import (  # noqa: F401 - fixtures
    backend,
)
from tests.storage.helpers import (  # noqa: F401 - fixtures
    clock,
    data_dir,
    instrument,
    policy,
    setup,
    vault,
)
