-- arrears_result without its foreign key to arrears_run: PostgreSQL checks a foreign key row by row (a trigger per
-- inserted row, run at the end of the COPY), which cost more than the COPY itself (1.1-1.6 s for the 116,990
-- results of 200,000 persons; docs/benchmark.md). The job writes the run and its results in one transaction and
-- deletes a run's results itself before the run (what "on delete cascade" did); the primary key stays.
alter table arrears_result drop constraint arrears_result_base_date_fkey;
