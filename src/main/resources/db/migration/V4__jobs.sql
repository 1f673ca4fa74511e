-- Every job run (POST /api/jobs/{job} or its schedule): status, counts, files written, error.
create table job_run (
    id          bigserial primary key,
    job         varchar(64)  not null,
    parameters  varchar(200) not null,
    status      varchar(16)  not null,  -- RUNNING, SUCCEEDED, FAILED
    trigger     varchar(16)  not null,  -- http, schedule
    started_at  timestamp with time zone not null,
    ended_at    timestamp with time zone,
    counts      text,                   -- JSON object
    files       text,                   -- JSON array of paths relative to the data dir
    message     varchar(2000),
    error       varchar(2000)
);
-- two runs of one job at once are not allowed
create unique index job_run_one_running on job_run (job) where status = 'RUNNING';
create index job_run_started on job_run (started_at desc);
