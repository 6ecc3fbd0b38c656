-- SaaS V1 (legacy) instances carry their order in the newInstance call itself: kept with the instance.
ALTER TABLE saas_instance ADD COLUMN charging_mode VARCHAR(8);
ALTER TABLE saas_instance ADD COLUMN order_details VARCHAR;
ALTER TABLE saas_instance ADD COLUMN contact_sealed VARCHAR(1024);
