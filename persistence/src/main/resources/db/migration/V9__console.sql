-- One table of browser sessions for every login the connector keeps (the joint-operation login and the operator's
-- console), told apart by purpose; still the SHA-256 of the id the browser holds and the sealed identity.
ALTER TABLE sso_session RENAME TO browser_session;
ALTER TABLE browser_session ADD COLUMN purpose VARCHAR(16) DEFAULT 'SSO' NOT NULL;
ALTER INDEX ix_sso_session_expires_at RENAME TO ix_browser_session_expires_at;

-- The console pages every list by key, newest first; each filter has an index that ends in the paging key, so a
-- page reads its rows and no more. The keys are descending: H2 reads an index in its own order only.
CREATE INDEX ix_callback_newest ON inbound_callback (id DESC);
CREATE INDEX ix_callback_result ON inbound_callback (result_code, id DESC);
CREATE INDEX ix_callback_activity ON inbound_callback (activity, id DESC);
CREATE INDEX ix_callback_verification ON inbound_callback (verification, id DESC);
CREATE INDEX ix_callback_address ON inbound_callback (address, id DESC);
CREATE INDEX ix_instance_created ON saas_instance (created_at DESC, instance_id DESC);
CREATE INDEX ix_instance_order ON saas_instance (order_id);
CREATE INDEX ix_order_customer ON marketplace_order (customer_id);
CREATE INDEX ix_order_customer_name ON marketplace_order (customer_name);
CREATE INDEX ix_job_state ON provisioning_job (state, id DESC);
CREATE INDEX ix_outbound_job_kind ON outbound_job (kind, state, id DESC);
CREATE INDEX ix_outbound_job_state ON outbound_job (state, id DESC);
CREATE INDEX ix_outbound_call_newest ON outbound_call (id DESC);
CREATE INDEX ix_outbound_call_subject ON outbound_call (subject, id DESC);
CREATE INDEX ix_outbound_call_api ON outbound_call (api, outcome, id DESC);
CREATE INDEX ix_usage_record_state ON usage_record (state, id DESC);
CREATE INDEX ix_usage_record_instance ON usage_record (instance_id, period_start DESC);
CREATE INDEX ix_license_code_created ON license_code (created_at DESC, license DESC);
CREATE INDEX ix_license_grant_newest ON license_grant (id DESC);
CREATE INDEX ix_kit_department_parent ON kit_department (tenant_id, parent_code);

-- Every node says it is alive every 10 s: the console shows which nodes run, since when, and which version.
CREATE TABLE node_heartbeat (
    node        VARCHAR(128) NOT NULL,
    version     VARCHAR(64),
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_node_heartbeat PRIMARY KEY (node)
);
