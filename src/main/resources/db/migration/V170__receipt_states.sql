-- The receipt as one state machine (docs/reliability.md). Each column says one thing:
--   status       the outcome so far: RECEIVED (taken, not committed), WAITING (an infrastructure fault: retried),
--                IMPORTED (data committed), REJECTED, DUPLICATE, FAILED (the file's outcome decided), INTERRUPTED (old)
--   location     where the file is now, relative to the data directory (the in-progress folder, archive/, error/)
--   destination  where it is being moved to, written before the move (a restart finishes the move from it)
--   filed_at     when the file reached archive/ or error/ (replaces "archived", which was set before the move)
alter table file_receipt add column location varchar(500);
alter table file_receipt add column destination varchar(500);
alter table file_receipt add column reason_file varchar(500);
alter table file_receipt add column filed_at timestamp with time zone;
-- the last infrastructure fault the file waited on (kept as history), since when it waits now (null: not waiting)
-- and how many attempts failed on such a fault
alter table file_receipt add column wait_cause varchar(500);
alter table file_receipt add column waiting_since timestamp with time zone;
alter table file_receipt add column retries integer not null default 0;
-- an operator put the rejected file back in its inbox (POST /api/files/{id}/retry)
alter table file_receipt add column retried_by varchar(100);
alter table file_receipt add column retried_at timestamp with time zone;
update file_receipt set filed_at = coalesce(finished_at, received_at) where archived;
alter table file_receipt drop column archived;
-- the intake backlog (IntakeBacklog): receipts whose file has not reached archive/ or error/
create index file_receipt_unfiled on file_receipt (received_at) where filed_at is null;
create index file_receipt_location on file_receipt (location) where filed_at is null;
