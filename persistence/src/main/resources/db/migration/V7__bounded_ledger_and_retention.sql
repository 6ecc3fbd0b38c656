-- An unverified call keeps only a prefix of its body: its SHA-256 and a few request headers say what it was.
ALTER TABLE inbound_callback ADD COLUMN body_sha256 CHAR(64);
ALTER TABLE inbound_callback ADD COLUMN request_headers VARCHAR(2048);

-- Retention trims the growing tables by age, one node at a time.
INSERT INTO cluster_lease (name, owner, lease_until) VALUES ('retention', NULL, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
CREATE INDEX ix_usage_event_received ON usage_event (received_at);
CREATE INDEX ix_order_notification_received ON order_notification (received_at);
