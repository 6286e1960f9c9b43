"""Documents in the consultation: referral with consent, notification, card, plan, printouts,
the preview (print, save) and the services directory for administrators.

The consultation calls ``DocumentActions``; each dialog lives in its own module.
"""

from screening_app.ui.documents.actions import DocumentActions
from screening_app.ui.documents.hooks import DialogHooks

__all__ = ["DialogHooks", "DocumentActions"]
