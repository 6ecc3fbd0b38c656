-- The reference a callback (or login step) is known by in the server log, in the answer's X-KooGallery-Callback
-- header and in the console: made when the call arrives, since the row and its id are written later, off the request
-- thread. Sixteen characters of base32, unique. Rows written before this version have none (NULL).
ALTER TABLE inbound_callback ADD COLUMN ref VARCHAR(16);
CREATE UNIQUE INDEX ux_callback_ref ON inbound_callback (ref);
