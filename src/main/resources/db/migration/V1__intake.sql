-- Processing history of every received file (the batch id is the claim check of the import).
create table file_receipt (
    id               bigserial primary key,
    feed             varchar(32)  not null,
    interface_id     varchar(16),
    file_name        varchar(255) not null,
    sha256           varchar(64)  not null,
    size_bytes       bigint       not null,
    received_at      timestamp with time zone not null,
    finished_at      timestamp with time zone,
    -- RECEIVED (being processed), IMPORTED, REJECTED, DUPLICATE (二重取込), INTERRUPTED (hub stopped mid-file), FAILED
    status           varchar(16)  not null,
    record_count     integer,
    error_count      integer,
    base_date        date,
    result_list      varchar(500),
    archived         boolean      not null default false,
    claim_check_sent boolean      not null default false
);
-- a file's content is taken in at most once (二重取込)
create unique index file_receipt_imported_sha256 on file_receipt (sha256) where status = 'IMPORTED';
create index file_receipt_received_at on file_receipt (received_at desc);
create index file_receipt_claim_check on file_receipt (id) where status = 'IMPORTED' and claim_check_sent = false;

-- The reasons a file was rejected (up to hub.intake.error-cap per file).
create table file_error (
    id          bigserial primary key,
    receipt_id  bigint        not null references file_receipt (id),
    seq         integer       not null,
    record_no   integer,
    item        varchar(100),
    message     varchar(2000) not null
);
create index file_error_receipt on file_error (receipt_id, seq);

-- The snapshot held per snapshot feed (IF-QUA 基準年月日, IF-COL 基準年月日).
create table feed_snapshot (
    feed        varchar(32) primary key,
    base_date   date        not null,
    receipt_id  bigint      not null references file_receipt (id)
);

-- IF-QUA 資格情報: the latest snapshot, replaced as a whole.
create table qualification (
    household_no        char(10)    not null,
    person_no           char(15)    not null,
    insured_no          varchar(8),
    branch_no           varchar(2),
    my_number           varchar(12),
    name_kana           varchar(40),
    name                varchar(40),
    birth_date          date        not null,
    sex                 smallint    not null,
    member_type         smallint    not null,
    head_flag           smallint    not null,
    acquired_on         date,
    acquire_reason      varchar(2),
    lost_on             date,
    loss_reason         varchar(2),
    previous_insurer_no varchar(6),
    record_no           integer     not null,
    receipt_id          bigint      not null
);
create index qualification_person on qualification (person_no);
create index qualification_insured on qualification (insured_no, branch_no);
create index qualification_household on qualification (household_no);

-- IF-TAX 住民税・所得情報: incremental, keyed by 宛名番号 + 課税年度 + 情報源区分.
create table tax_income (
    person_no           char(15)    not null,
    tax_year            smallint    not null,
    source              smallint    not null,
    tax_status          smallint    not null,
    total_income        bigint,
    taxable_base        bigint,
    salary_revenue      bigint,
    salary_income       bigint,
    pension_revenue     bigint,
    pension_income      bigint,
    other_revenue       bigint,
    updated_on          date        not null,
    receipt_id          bigint      not null,
    primary key (person_no, tax_year, source)
);

-- IF-COL 収納情報: the latest snapshot, replaced as a whole.
create table collection (
    household_no        char(10)    not null,
    fiscal_year         smallint    not null,
    installment         smallint    not null,
    due_date            date        not null,
    assessed            bigint      not null,
    paid                bigint      not null,
    last_paid_on        date,
    special_circumstance smallint   not null,
    record_no           integer     not null,
    receipt_id          bigint      not null
);
create index collection_household on collection (household_no, fiscal_year, installment);
