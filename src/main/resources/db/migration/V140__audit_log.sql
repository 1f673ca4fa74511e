-- The audit trail (issue 14): who changed what, when. Only ids and names of things, never personal data
-- (氏名, 個人番号, addresses): `target` names the job, the override id, the file receipt id, the route, the user.
create table audit_log (
    id           bigserial primary key,
    occurred_at  timestamp with time zone not null,
    username     varchar(100) not null,         -- the logged-in user ('system' for the hub itself)
    action       varchar(64)  not null,         -- AuditAction name, e.g. JOB_STARTED
    target       varchar(300) not null,         -- what the action named: job + parameter, receipt id, route id, ...
    detail       varchar(500),                  -- e.g. the client address of a refused login
    remote_addr  varchar(64)
);
create index audit_log_occurred on audit_log (occurred_at desc);
