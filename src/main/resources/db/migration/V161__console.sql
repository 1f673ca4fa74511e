-- 職員画面 (staff console)
-- who started a job run (the login name; null for a scheduled run)
alter table job_run add column started_by varchar(100);

-- a rejected file a staff member has looked at (ホーム: 確認済 with a note)
create table file_review (
    receipt_id   bigint       primary key references file_receipt (id) on delete cascade,
    reviewed_by  varchar(100) not null,
    reviewed_at  timestamp with time zone not null,
    note         varchar(500)
);

-- the last visit of each staff member (ホーム: what is new in the outbox since then)
create table console_visit (
    username     varchar(100) primary key,
    visited_at   timestamp with time zone not null
);
