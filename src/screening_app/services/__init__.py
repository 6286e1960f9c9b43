"""Use cases the screens call (Qt-free, so every flow is testable without a window).

Wiring (in ``app.py``)::

    vault = Vault(data_dir, clock=system_clock)                  # storage.vault
    accounts = Accounts(vault, clock=system_clock, policy=PasswordPolicy(), pins=PinHasher())
    setup = accounts.setup(clinic_name=..., admin_username=..., admin_password=...)  # first run
    session = accounts.login(username, password)                 # -> UserSession
    persons = PersonService(session)
    screenings = ScreeningService(session, catalog.every_version())  # + archived
    referrals = ReferralService(session)
    followup = FollowUpService(session)
    admin = AdminService(session)                                # administrators only
    settings = ClinicSettings(session)        # clinic details, idle minutes, asking schedule
    overview = PersonOverviewService(session, instruments, settings, today)  # person's page
    PasswordConfirmation(session).confirm(password)   # leaving self-complete, db stays open
    RecordNoteCopies(session).copied(screening_id)    # the note for the record was copied

Every method that reads or writes a person's data goes through ``UserSession.audited`` and
leaves exactly one audit entry; known problems are ``storage.errors.StorageError`` (one
sentence: ``error.message("da")`` / ``error.message("en")``); a refused answer is the
domain's ``AnswerError``. While the session is locked every method raises
``StorageError("locked")``.
"""
