-- 滞納区分 (6.3.1.1): each run's judgement per household, so that the next run knows the previous class
-- (滞納区分一覧: 前回滞納区分, 変更). One result set per 基準年月日: a rerun for the same date replaces it.
create table arrears_run (
    base_date        date primary key,
    job_run_id       bigint,
    judged_at        timestamp with time zone not null,
    col_base_date    date,
    qua_base_date    date,
    households       integer not null,
    records          integer not null
);

create table arrears_result (
    base_date          date        not null references arrears_run (base_date) on delete cascade,
    household_no       char(10)    not null,
    arrears_class      char(1)     not null,
    oldest_unpaid_due  date,
    unpaid_amount      bigint      not null,
    unpaid_count       integer     not null,
    -- 被保険者 (構成員区分 1) insured on 基準年月日; 0 = left out of IF-SOGO-ARR
    insured_members    integer     not null,
    primary key (base_date, household_no)
);
