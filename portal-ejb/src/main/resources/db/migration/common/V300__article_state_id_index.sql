-- The search rebuild reads published articles a page at a time in id order; with the index on the
-- state alone, each page read every published article and sorted them. The (state, id) index gives
-- the page directly, and still serves every look-up by state.
DROP INDEX ix_article_state;
CREATE INDEX ix_article_state_id ON article (state, id);
