-- Registration step of the shared intake pipeline (spec "Import and registration" 2): one outcome per data record
-- of a feed that registers (登録 / エラー), stored in the import transaction; the registration list
-- (登録結果リスト, 特定疾患情報登録リスト, …) is written from it after the commit. cells = the list's own columns.
create table registration_outcome (
    receipt_id  bigint   not null references file_receipt (id) on delete cascade,
    record_no   integer  not null,
    registered  boolean  not null,
    cells       text[]   not null,
    primary key (receipt_id, record_no)
);

-- IF-AGG-MOV 転居に伴う負担限度額特例対象世帯情報 (6.2.2.1): registered records only.
create table aggregation_move (
    link_no              varchar(16) primary key,
    insurer_no           char(6)     not null,
    previous_insurer_no  char(6)     not null,
    insured_no           char(8)     not null,
    branch_no            char(2)     not null,
    birth_date           date        not null,
    moved_on             date        not null,
    high_cost_count      smallint    not null,
    last_high_cost_month char(6),
    continuity           smallint    not null,
    record_no            integer     not null,
    receipt_id           bigint      not null references file_receipt (id)
);
create index aggregation_move_insured on aggregation_move (insured_no, branch_no, moved_on);

-- IF-AGG-75 転居月75歳到達時特例対象情報 (6.2.2.1): registered records only.
create table aggregation_75 (
    link_no              varchar(16) primary key,
    insurer_no           char(6)     not null,
    insured_no           char(8)     not null,
    branch_no            char(2)     not null,
    birth_date           date        not null,
    reached_75_on        date        not null,
    special_month        char(6)     not null,
    previous_insurer_no  char(6)     not null,
    record_no            integer     not null,
    receipt_id           bigint      not null references file_receipt (id)
);
create index aggregation_75_insured on aggregation_75 (insured_no, branch_no, special_month);
