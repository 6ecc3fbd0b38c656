-- An outbound job may carry what its call sends, written with the job: the body of an alert (kind ALERT, subject
-- the cause, subject_line its period, so uq_outbound_job keeps one alert per cause and period).
ALTER TABLE outbound_job ADD COLUMN payload VARCHAR(2048);
