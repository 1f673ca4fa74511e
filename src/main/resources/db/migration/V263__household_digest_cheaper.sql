-- The household digests of the IF-QUA re-judgement (HouseholdDigests), cheaper (issue 19, docs/benchmark.md):
-- * one 64-bit hash per member row, combined order-independently per household (bit_xor), instead of an md5 over the
--   members' text sorted by 宛名番号. The md5 digests cannot be converted: the table starts empty, so the first IF-QUA
--   after this migration re-judges the judged months of its window in full, once (as the very first IF-QUA does);
-- * no index: the digests are only ever compared as a whole (a hash join) and changed by the few households found
--   changed; the primary key was most of the cost of storing a snapshot's digests (585,151 rows: 1.3–2.2 s with it,
--   0.2–0.9 s without, at 1,000,000 persons);
-- * unlogged: no WAL for what can be computed again. After a crash PostgreSQL empties an unlogged table, and without
--   stored digests the next IF-QUA re-judges the judged months of its window in full: slower once, never wrong (the
--   digests, when present, are always complete). The same on a standby that is promoted.
drop table income_class_household_digest;
create unlogged table income_class_household_digest (
    household_no char(10) collate "C" not null,
    digest       bigint not null
);
-- The households an IF-QUA claim check found changed (digest null: the household is gone), with their new digests:
-- recorded by the comparison, applied to income_class_household_digest once the households have been re-judged.
-- One digest query per claim check; a redelivered claim check replaces its rows.
create unlogged table income_class_household_digest_change (
    batch_id     bigint not null,
    household_no char(10) collate "C" not null,
    digest       bigint
);
