-- The Norwegian sort key (db/norwegian-order.ts) in two generated columns of 20 nested replace() calls
-- each instead of one of 40: SQLite before 3.46 (Litestream 0.3's, Debian 12's sqlite3) overflows its
-- parser stack on the deep one and then cannot open the database at all (ADR 015). Same key, same order.
DROP INDEX `organisations_status_sort_name_idx`;--> statement-breakpoint
DROP INDEX `organisations_status_sector_sort_name_idx`;--> statement-breakpoint
ALTER TABLE `organisations` DROP COLUMN `sort_name`;--> statement-breakpoint
ALTER TABLE `organisations` ADD `sort_name_base` text GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(trim("name")), 'aa', '}'), 'Æ', '{'), 'æ', '{'), 'Ä', '{'), 'ä', '{'), 'Ø', '|'), 'ø', '|'), 'Ö', '|'), 'ö', '|'), 'Å', '}'), 'å', '}'), 'Ü', 'y'), 'ü', 'y'), 'É', 'e'), 'é', 'e'), 'È', 'e'), 'è', 'e'), 'Ê', 'e'), 'ê', 'e'), 'Á', 'a')) VIRTUAL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `sort_name` text GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("sort_name_base", 'á', 'a'), 'À', 'a'), 'à', 'a'), 'Â', 'a'), 'â', 'a'), 'Ó', 'o'), 'ó', 'o'), 'Ò', 'o'), 'ò', 'o'), 'Ô', 'o'), 'ô', 'o'), 'Í', 'i'), 'í', 'i'), 'Ú', 'u'), 'ú', 'u'), 'Ç', 'c'), 'ç', 'c'), 'Ñ', 'n'), 'ñ', 'n')) VIRTUAL;--> statement-breakpoint
CREATE INDEX `organisations_status_sort_name_idx` ON `organisations` (`status`,`sort_name`);--> statement-breakpoint
CREATE INDEX `organisations_status_sector_sort_name_idx` ON `organisations` (`status`,`sector`,`sort_name`);
