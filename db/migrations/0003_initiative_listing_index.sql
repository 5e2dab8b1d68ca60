-- The public tiltak list (ongoing, planned, completed; then by title) read in index order: a generated
-- status rank and an index over (is_public, archived_at, status_rank, title).
ALTER TABLE `initiatives` ADD `status_rank` integer GENERATED ALWAYS AS (CASE "status" WHEN 'ongoing' THEN 0 WHEN 'planned' THEN 1 ELSE 2 END) VIRTUAL;--> statement-breakpoint
CREATE INDEX `initiatives_public_listing_idx` ON `initiatives` (`is_public`,`archived_at`,`status_rank`,`title`);