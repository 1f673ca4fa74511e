-- The processing history names what a file's registration did: counts and the registration list written.
alter table file_receipt add column registered_count integer;
alter table file_receipt add column registration_error_count integer;
alter table file_receipt add column registration_list varchar(500);
