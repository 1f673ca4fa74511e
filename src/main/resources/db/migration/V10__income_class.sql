-- 所得区分判定 (rules/income-class.md): one row per 被保険者 per judged month, with its 判定根拠.
create table income_class_result (
    target_month  char(6)     not null,   -- YYYYMM
    household_no  char(10)    not null,
    person_no     char(15)    not null,
    insured_no    varchar(8)  not null,
    branch_no     varchar(2)  not null,
    age_group     smallint    not null,   -- 1 70歳未満, 2 70–74
    income_class  char(2)     not null,   -- computed class (an override is applied when read)
    tax_year      smallint    not null,
    unreported    smallint    not null,
    rule          varchar(16) not null,
    s_amount      bigint      not null,
    k_amount      bigint,
    revenue_sum   bigint      not null,
    basis         varchar(200) not null,
    members_key   text        not null,
    decided_on    date        not null,
    primary key (target_month, insured_no, branch_no)
);
create index income_class_result_household on income_class_result (target_month, household_no);

-- months judged at least once (a rerun replaces the month's rows)
create table income_class_month (
    target_month char(6) primary key,
    judged_at    timestamp with time zone not null,
    persons      integer not null
);

-- 職権修正: a class for a household over a month range; withdrawn, never deleted
create table income_class_override (
    id            bigserial primary key,
    household_no  char(10)    not null,
    from_month    char(6)     not null,
    to_month      char(6)     not null,
    income_class  char(2)     not null,
    reason        varchar(500) not null,
    created_by    varchar(100) not null,
    created_at    timestamp with time zone not null,
    withdrawn_by  varchar(100),
    withdrawn_at  timestamp with time zone,
    withdraw_reason varchar(500)
);
create index income_class_override_household on income_class_override (household_no);

create table income_class_audit (
    id           bigserial primary key,
    override_id  bigint      not null references income_class_override (id),
    action       varchar(16) not null,   -- SET, WITHDRAW
    actor        varchar(100) not null,
    at           timestamp with time zone not null,
    before_value text,
    after_value  text,
    reason       varchar(500) not null
);

-- changes waiting for the next 所得区分変更一覧 (listed_at set when written)
create table income_class_change (
    id            bigserial primary key,
    target_month  char(6)     not null,
    household_no  char(10)    not null,
    person_no     char(15)    not null,
    insured_no    varchar(8)  not null,
    branch_no     varchar(2)  not null,
    age_group     smallint    not null,
    before_class  char(2),
    after_class   char(2)     not null,
    reason        varchar(16) not null,
    basis         varchar(200) not null,
    created_at    timestamp with time zone not null,
    listed_at     timestamp with time zone
);
create index income_class_change_unlisted on income_class_change (id) where listed_at is null;

-- claim checks received by the re-judgement route (one per batch)
create table income_class_rejudge (
    batch_id     bigint primary key,
    feed         varchar(32) not null,
    interface_id varchar(16),
    received_at  timestamp with time zone not null,
    received     integer not null default 1,  -- claim checks received for the batch (1 unless redelivered)
    households   integer,
    months       varchar(500)
);
