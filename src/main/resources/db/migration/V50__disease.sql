-- 特定疾患 (6.4): one row per 連絡番号 registered from IF-DIS-IN (6.4.1.1), answered by the disease-answer job
-- (6.4.2.1). 連絡区分 2/3 replace the row's data, bump version and re-open it (answer columns cleared).
create table disease_subject (
    contact_no          varchar(12) primary key,
    recipient_no        char(8)     not null,
    disease_kind        char(1)     not null,
    disease_no          char(3)     not null,
    insured_no          char(8)     not null,
    branch_no           char(2)     not null,
    name_kana           varchar(40),
    birth_date          date        not null,
    sex                 char(1)     not null,
    applied_on          date        not null,
    valid_from          date        not null,
    valid_to            date        not null,
    contact_type        char(1)     not null,
    -- 資格確認結果 at registration (1-4)
    registered_check    smallint    not null,
    record_no           integer     not null,
    receipt_id          bigint      not null references file_receipt (id),
    -- 1 on first registration, +1 on each 更新/変更: the answer job closes only the version it answered
    version             integer     not null default 1,
    is_open             boolean     not null default true,
    -- the last answer (null while open)
    answered_on         date,
    answer_check        smallint,
    household_no        varchar(10),
    class_month         char(6),
    income_class        varchar(2)
);
create index disease_subject_open on disease_subject (contact_no) where is_open;
