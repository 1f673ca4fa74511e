-- The SHA-256 is computed while the file is read for its import (one pass over the file, not two); a receipt
-- has none until then. 二重取込 is decided before the import commits, by the unique index on imported hashes.
alter table file_receipt alter column sha256 drop not null;
