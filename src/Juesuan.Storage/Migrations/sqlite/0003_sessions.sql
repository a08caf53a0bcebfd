-- Juesuan schema 3. Sessions that can be ended, accounts that can be disabled, refusals with their address.
-- security_stamp: a random value the sign-in cookie carries; changed at logout, lockout, password change and
-- disabling, so every cookie issued before no longer signs anyone in.
ALTER TABLE users ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
UPDATE users SET security_stamp = lower(hex(randomblob(16)));
-- disabled_at: when an administrator disabled the account (NULL: enabled).
ALTER TABLE users ADD COLUMN disabled_at BIGINT;
-- address: the client address of the request that did (or was refused) the action.
ALTER TABLE audit_trail ADD COLUMN address TEXT;
