-- Progress and warnings of a job run (GET /api/jobs/{id}): processed of total (households or records, the job
-- says which) and warnings for operators, e.g. a month outside what the held snapshots cover.
alter table job_run add column processed bigint;
alter table job_run add column total bigint;
alter table job_run add column warnings text;   -- JSON array of strings
