"""The cryptography of the key file: sealing private keys, wrapping the database key.

- A user's X25519 private key is sealed with AES-256-GCM under Argon2id(password, salt).
- The database key is wrapped to an X25519 public key: a fresh ephemeral key pair, ECDH,
  HKDF-SHA256 (info binds both public keys), AES-256-GCM. The associated data binds the key
  file id, the key generation and the recipient, so wraps cannot be moved between entries.
- The recovery key is 20 random bytes shown as 8 groups of 4 base32 characters; its X25519
  private key is HKDF-SHA256(recovery key), so only the public half is stored.
Secrets are returned in bytearrays the caller wipes with ``kdf.wipe``.
"""

from __future__ import annotations

import base64
import hmac
import os
import secrets
import time

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from screening_app.storage.kdf import SALT_BYTES, Argon2Params, derive_key, password_bytes, wipe
from screening_app.storage.keyfile import KdfRecord, KeyWrap, Sealed

RECOVERY_BYTES = 20
NONCE_BYTES = 12


class UnwrapError(Exception):
    """A seal or wrap did not open (wrong password, wrong key, or tampering)."""


def b64(data: bytes | bytearray) -> str:
    return base64.b64encode(bytes(data)).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _seal(key: bytes | bytearray, plain: bytes | bytearray, aad: bytes) -> Sealed:
    nonce = os.urandom(NONCE_BYTES)
    ciphertext = AESGCM(bytes(key)).encrypt(nonce, bytes(plain), aad)
    return Sealed(nonce=b64(nonce), ciphertext=b64(ciphertext))


def _open(key: bytes | bytearray, sealed: Sealed, aad: bytes) -> bytearray:
    try:
        return bytearray(
            AESGCM(bytes(key)).decrypt(unb64(sealed.nonce), unb64(sealed.ciphertext), aad)
        )
    except (InvalidTag, ValueError) as error:
        raise UnwrapError from error


def user_tag(tag_salt: str, username: str) -> str:
    """The key file's name for a user: no user names in the key file."""
    normalised = username.strip().casefold().encode("utf-8")
    return hmac.new(unb64(tag_salt), normalised, "sha256").hexdigest()


# ------------------------------------------------------------------ user key pairs
def new_key_pair() -> tuple[bytearray, bytes]:
    private = X25519PrivateKey.generate()
    return bytearray(private.private_bytes_raw()), private.public_key().public_bytes_raw()


def public_of(private: bytes | bytearray) -> bytes:
    return X25519PrivateKey.from_private_bytes(bytes(private)).public_key().public_bytes_raw()


def seal_private_key(
    private: bytes | bytearray,
    password: str,
    params: Argon2Params,
    aad: bytes,
) -> tuple[KdfRecord, Sealed]:
    """Seal under Argon2id(password); the record keeps the parameters (calibrated for this
    machine now when ``params`` say so) and the time it took."""
    params = params.resolved()
    salt = os.urandom(SALT_BYTES)
    secret = password_bytes(password)
    started = time.perf_counter()
    kek = derive_key(secret, salt, params)
    measured_ms = round((time.perf_counter() - started) * 1000)
    try:
        sealed = _seal(kek, private, aad)
    finally:
        wipe(kek)
        wipe(secret)
    record = KdfRecord(
        algorithm="argon2id",
        memory_kib=params.memory_kib,
        iterations=params.iterations,
        parallelism=params.parallelism,
        salt=b64(salt),
        measured_ms=measured_ms,
    )
    return record, sealed


def open_private_key(kdf: KdfRecord, sealed: Sealed, password: str, aad: bytes) -> bytearray:
    params = Argon2Params(kdf.memory_kib, kdf.iterations, kdf.parallelism)
    secret = password_bytes(password)
    kek = derive_key(secret, unb64(kdf.salt), params)
    try:
        return _open(kek, sealed, aad)
    finally:
        wipe(kek)
        wipe(secret)


def burn_equal_work(params: Argon2Params, password: str, salt: bytes) -> None:
    """The same Argon2id work as a real attempt (for unknown users: no enumeration by timing)."""
    secret = password_bytes(password)
    wipe(derive_key(secret, salt, params))
    wipe(secret)


# ------------------------------------------------------------------ database key
def _wrap_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytearray:
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=b"trygstart db-key wrap v1" + ephemeral + recipient,
    )
    return bytearray(hkdf.derive(shared))


def wrap_database_key(
    database_key: bytes | bytearray, recipient_public: bytes, to: str, aad: bytes
) -> KeyWrap:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _wrap_key(shared, ephemeral_public, recipient_public)
    try:
        sealed = _seal(key, database_key, aad + to.encode("ascii"))
    finally:
        wipe(key)
    return KeyWrap(to=to, ephemeral_key=b64(ephemeral_public), sealed=sealed)


def unwrap_database_key(wrap: KeyWrap, private: bytes | bytearray, aad: bytes) -> bytearray:
    try:
        me = X25519PrivateKey.from_private_bytes(bytes(private))
        ephemeral_public = unb64(wrap.ephemeral_key)
        shared = me.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError as error:
        raise UnwrapError from error
    key = _wrap_key(shared, ephemeral_public, me.public_key().public_bytes_raw())
    try:
        return _open(key, wrap.sealed, aad + wrap.to.encode("ascii"))
    finally:
        wipe(key)


# ------------------------------------------------------------------ recovery key
def new_recovery_key() -> str:
    return format_recovery_key(secrets.token_bytes(RECOVERY_BYTES))


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytearray:
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    try:
        raw = base64.b32decode(cleaned.encode("ascii"), casefold=False)
    except (ValueError, UnicodeEncodeError) as error:
        raise UnwrapError from error
    if len(raw) != RECOVERY_BYTES:
        raise UnwrapError
    return bytearray(raw)


def recovery_private_key(raw: bytes | bytearray) -> bytearray:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"trygstart recovery v1")
    return bytearray(hkdf.derive(bytes(raw)))
