-- The numbers that key and join the data (世帯番号, 宛名番号, 被保険者番号, 枝番) are digits: compare them bytewise
-- (collation "C", memcmp) instead of through the database's locale (strcoll for every comparison). Same order for
-- digits; cheaper unique-index checks while IF-QUA is copied in, joins and sorts in every flow (docs/benchmark.md).
-- All of them change together, so two key columns never meet in different collations.
alter table qualification
    alter column household_no type char(10)   collate "C",
    alter column person_no    type char(15)   collate "C",
    alter column insured_no   type varchar(8) collate "C",
    alter column branch_no    type varchar(2) collate "C";
alter table tax_income
    alter column person_no    type char(15)   collate "C";
alter table collection
    alter column household_no type char(10)   collate "C";
alter table income_class_result
    alter column household_no type char(10)   collate "C",
    alter column person_no    type char(15)   collate "C",
    alter column insured_no   type varchar(8) collate "C",
    alter column branch_no    type varchar(2) collate "C";
alter table income_class_override
    alter column household_no type char(10)   collate "C";
alter table income_class_change
    alter column household_no type char(10)   collate "C",
    alter column person_no    type char(15)   collate "C",
    alter column insured_no   type varchar(8) collate "C",
    alter column branch_no    type varchar(2) collate "C";
alter table income_class_household_digest
    alter column household_no type char(10)   collate "C";
alter table arrears_result
    alter column household_no type char(10)   collate "C";
alter table aggregation_move
    alter column insured_no   type char(8)    collate "C",
    alter column branch_no    type char(2)    collate "C";
alter table aggregation_75
    alter column insured_no   type char(8)    collate "C",
    alter column branch_no    type char(2)    collate "C";
alter table disease_subject
    alter column insured_no   type char(8)    collate "C",
    alter column branch_no    type char(2)    collate "C",
    alter column household_no type varchar(10) collate "C";
