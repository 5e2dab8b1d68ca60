-- Full-text search (FTS5) over organisations (name, description, offers) and tiltak (title, summary,
-- description). Contentless tables keyed by the row's id, kept in sync by triggers, so every write
-- path (the model layer, the seed, a repair script) keeps the index right. unicode61 with
-- remove_diacritics 0 keeps æ, ø and å as letters of their own; prefix indexes serve "leks*" queries.
-- Offers are indexed by their Norwegian and English names, so "arbeidspraksis" finds work placements.
CREATE VIRTUAL TABLE organisations_fts USING fts5(name, description, offers, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0", prefix='2 3 4');
--> statement-breakpoint
CREATE VIRTUAL TABLE initiatives_fts USING fts5(title, summary, description, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0", prefix='2 3 4');
--> statement-breakpoint
CREATE TRIGGER organisations_fts_after_insert AFTER INSERT ON organisations BEGIN
  DELETE FROM organisations_fts WHERE rowid = new.id;
  INSERT INTO organisations_fts(rowid, name, description, offers) SELECT id, name, description, coalesce((SELECT group_concat(CASE offer WHEN 'premises' THEN 'lokaler premises' WHEN 'volunteers' THEN 'frivillige volunteers' WHEN 'work_placements' THEN 'arbeidspraksis praksisplasser work placements' WHEN 'expertise' THEN 'kompetanse expertise' WHEN 'funding' THEN 'finansiering funding' WHEN 'network' THEN 'nettverk network' WHEN 'activities' THEN 'aktiviteter activities' WHEN 'equipment' THEN 'utstyr equipment' ELSE offer END, ' ') FROM organisation_offers WHERE organisation_id = id), '') FROM organisations WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER organisations_fts_after_update AFTER UPDATE OF name, description ON organisations BEGIN
  DELETE FROM organisations_fts WHERE rowid = new.id;
  INSERT INTO organisations_fts(rowid, name, description, offers) SELECT id, name, description, coalesce((SELECT group_concat(CASE offer WHEN 'premises' THEN 'lokaler premises' WHEN 'volunteers' THEN 'frivillige volunteers' WHEN 'work_placements' THEN 'arbeidspraksis praksisplasser work placements' WHEN 'expertise' THEN 'kompetanse expertise' WHEN 'funding' THEN 'finansiering funding' WHEN 'network' THEN 'nettverk network' WHEN 'activities' THEN 'aktiviteter activities' WHEN 'equipment' THEN 'utstyr equipment' ELSE offer END, ' ') FROM organisation_offers WHERE organisation_id = id), '') FROM organisations WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER organisations_fts_after_delete AFTER DELETE ON organisations BEGIN
  DELETE FROM organisations_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER organisation_offers_fts_after_insert AFTER INSERT ON organisation_offers BEGIN
  DELETE FROM organisations_fts WHERE rowid = new.organisation_id;
  INSERT INTO organisations_fts(rowid, name, description, offers) SELECT id, name, description, coalesce((SELECT group_concat(CASE offer WHEN 'premises' THEN 'lokaler premises' WHEN 'volunteers' THEN 'frivillige volunteers' WHEN 'work_placements' THEN 'arbeidspraksis praksisplasser work placements' WHEN 'expertise' THEN 'kompetanse expertise' WHEN 'funding' THEN 'finansiering funding' WHEN 'network' THEN 'nettverk network' WHEN 'activities' THEN 'aktiviteter activities' WHEN 'equipment' THEN 'utstyr equipment' ELSE offer END, ' ') FROM organisation_offers WHERE organisation_id = id), '') FROM organisations WHERE id = new.organisation_id;
END;
--> statement-breakpoint
CREATE TRIGGER organisation_offers_fts_after_delete AFTER DELETE ON organisation_offers BEGIN
  DELETE FROM organisations_fts WHERE rowid = old.organisation_id;
  INSERT INTO organisations_fts(rowid, name, description, offers) SELECT id, name, description, coalesce((SELECT group_concat(CASE offer WHEN 'premises' THEN 'lokaler premises' WHEN 'volunteers' THEN 'frivillige volunteers' WHEN 'work_placements' THEN 'arbeidspraksis praksisplasser work placements' WHEN 'expertise' THEN 'kompetanse expertise' WHEN 'funding' THEN 'finansiering funding' WHEN 'network' THEN 'nettverk network' WHEN 'activities' THEN 'aktiviteter activities' WHEN 'equipment' THEN 'utstyr equipment' ELSE offer END, ' ') FROM organisation_offers WHERE organisation_id = id), '') FROM organisations WHERE id = old.organisation_id;
END;
--> statement-breakpoint
CREATE TRIGGER initiatives_fts_after_insert AFTER INSERT ON initiatives BEGIN
  INSERT INTO initiatives_fts(rowid, title, summary, description) VALUES (new.id, new.title, new.summary, new.description);
END;
--> statement-breakpoint
CREATE TRIGGER initiatives_fts_after_update AFTER UPDATE OF title, summary, description ON initiatives BEGIN
  DELETE FROM initiatives_fts WHERE rowid = old.id;
  INSERT INTO initiatives_fts(rowid, title, summary, description) VALUES (new.id, new.title, new.summary, new.description);
END;
--> statement-breakpoint
CREATE TRIGGER initiatives_fts_after_delete AFTER DELETE ON initiatives BEGIN
  DELETE FROM initiatives_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
-- Index what is already there.
INSERT INTO organisations_fts(rowid, name, description, offers) SELECT id, name, description, coalesce((SELECT group_concat(CASE offer WHEN 'premises' THEN 'lokaler premises' WHEN 'volunteers' THEN 'frivillige volunteers' WHEN 'work_placements' THEN 'arbeidspraksis praksisplasser work placements' WHEN 'expertise' THEN 'kompetanse expertise' WHEN 'funding' THEN 'finansiering funding' WHEN 'network' THEN 'nettverk network' WHEN 'activities' THEN 'aktiviteter activities' WHEN 'equipment' THEN 'utstyr equipment' ELSE offer END, ' ') FROM organisation_offers WHERE organisation_id = organisations.id), '') FROM organisations;
--> statement-breakpoint
INSERT INTO initiatives_fts(rowid, title, summary, description) SELECT id, title, summary, description FROM initiatives;
