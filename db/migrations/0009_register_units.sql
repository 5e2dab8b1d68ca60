CREATE TABLE `register_feed_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`last_change_id` integer NOT NULL,
	`read_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `register_units` (
	`org_number` text PRIMARY KEY NOT NULL,
	`outcome` text NOT NULL,
	`unit` text,
	`flag` text,
	`checked_at` integer NOT NULL,
	CONSTRAINT "register_units_outcome_check" CHECK("register_units"."outcome" IN ('found', 'not_found', 'removed') AND ("register_units"."outcome" = 'found') = ("register_units"."unit" IS NOT NULL)),
	CONSTRAINT "register_units_flag_check" CHECK("register_units"."flag" IS NULL OR "register_units"."flag" IN ('bankrupt', 'beingDissolved', 'deleted', 'removed'))
);
--> statement-breakpoint
CREATE INDEX `register_units_flag_idx` ON `register_units` (`flag`) WHERE "register_units"."flag" IS NOT NULL;