"""TrygStart: safe, systematic asking about violence in close relationships.

An offline desktop application for midwives and health visitors. The package is layered
(dependencies point inward): ``ui`` and ``cli`` -> ``services`` -> ``storage`` / ``letters`` /
``instruments`` / ``directory`` -> ``loading`` -> ``domain``. Only ``ui`` and ``app`` may import Qt.
"""

__version__ = "0.1.0"

APP_NAME = "TrygStart"
