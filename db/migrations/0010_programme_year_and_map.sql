CREATE TABLE `area_boundaries` (
	`area_id` integer PRIMARY KEY NOT NULL,
	`geometry` text NOT NULL,
	`source` text NOT NULL,
	`licence` text NOT NULL,
	`imported_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`imported_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `area_boundaries_imported_by_idx` ON `area_boundaries` (`imported_by_user_id`);--> statement-breakpoint
CREATE TABLE `goal_indicators` (
	`id` integer PRIMARY KEY NOT NULL,
	`goal_id` integer NOT NULL,
	`name` text NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`baseline_year` integer NOT NULL,
	`baseline_value` real NOT NULL,
	`target_year` integer,
	`target_value` real,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `programme_goals`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "goal_indicators_years_check" CHECK("goal_indicators"."baseline_year" BETWEEN 1990 AND 2100 AND ("goal_indicators"."target_year" IS NULL OR ("goal_indicators"."target_year" BETWEEN 1990 AND 2100 AND "goal_indicators"."target_year" >= "goal_indicators"."baseline_year"))),
	CONSTRAINT "goal_indicators_target_check" CHECK(("goal_indicators"."target_year" IS NULL) = ("goal_indicators"."target_value" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `goal_indicators_goal_idx` ON `goal_indicators` (`goal_id`,`position`);--> statement-breakpoint
CREATE TABLE `indicator_values` (
	`indicator_id` integer NOT NULL,
	`year` integer NOT NULL,
	`value` real NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`recorded_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`indicator_id`, `year`),
	FOREIGN KEY (`indicator_id`) REFERENCES `goal_indicators`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "indicator_values_year_check" CHECK("indicator_values"."year" BETWEEN 1990 AND 2100)
);
--> statement-breakpoint
CREATE INDEX `indicator_values_recorded_by_idx` ON `indicator_values` (`recorded_by_user_id`);--> statement-breakpoint
CREATE TABLE `initiative_goals` (
	`initiative_id` integer NOT NULL,
	`goal_id` integer NOT NULL,
	PRIMARY KEY(`initiative_id`, `goal_id`),
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `programme_goals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `initiative_goals_goal_idx` ON `initiative_goals` (`goal_id`);--> statement-breakpoint
CREATE TABLE `initiative_outcomes` (
	`initiative_id` integer PRIMARY KEY NOT NULL,
	`outcome` text NOT NULL,
	`organisation_id` integer,
	`organisation_name` text DEFAULT '' NOT NULL,
	`from_date` text,
	`reason` text DEFAULT '' NOT NULL,
	`successor_initiative_id` integer,
	`recorded_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`successor_initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "initiative_outcomes_outcome_check" CHECK("outcome" IN ('ordinary_operations', 'continued_by_partner', 'successor', 'ended')),
	CONSTRAINT "initiative_outcomes_from_date_check" CHECK("from_date" IS NULL OR "from_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "initiative_outcomes_ended_check" CHECK("initiative_outcomes"."outcome" <> 'ended' OR "initiative_outcomes"."reason" <> '')
);
--> statement-breakpoint
CREATE INDEX `initiative_outcomes_organisation_idx` ON `initiative_outcomes` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `initiative_outcomes_successor_idx` ON `initiative_outcomes` (`successor_initiative_id`);--> statement-breakpoint
CREATE INDEX `initiative_outcomes_recorded_by_idx` ON `initiative_outcomes` (`recorded_by_user_id`);--> statement-breakpoint
CREATE TABLE `plan_budget_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`plan_id` integer NOT NULL,
	`plan_item_id` integer,
	`grant_scheme_id` integer,
	`subprogramme_id` integer,
	`description` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`source_name` text DEFAULT '' NOT NULL,
	`planned_ore` integer NOT NULL,
	`granted_ore` integer,
	`spent_ore` integer,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `programme_plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`plan_item_id`) REFERENCES `plan_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`grant_scheme_id`) REFERENCES `grant_schemes`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`subprogramme_id`) REFERENCES `subprogrammes`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "plan_budget_lines_source_check" CHECK("source" IN ('state', 'municipality', 'other')),
	CONSTRAINT "plan_budget_lines_source_name_check" CHECK(("plan_budget_lines"."source" = 'other') = ("plan_budget_lines"."source_name" <> '')),
	CONSTRAINT "plan_budget_lines_target_check" CHECK("plan_budget_lines"."plan_item_id" IS NULL OR "plan_budget_lines"."grant_scheme_id" IS NULL),
	CONSTRAINT "plan_budget_lines_amounts_check" CHECK("plan_budget_lines"."planned_ore" >= 0 AND ("plan_budget_lines"."granted_ore" IS NULL OR "plan_budget_lines"."granted_ore" >= 0) AND ("plan_budget_lines"."spent_ore" IS NULL OR "plan_budget_lines"."spent_ore" >= 0))
);
--> statement-breakpoint
CREATE INDEX `plan_budget_lines_plan_idx` ON `plan_budget_lines` (`plan_id`,`position`);--> statement-breakpoint
CREATE INDEX `plan_budget_lines_item_idx` ON `plan_budget_lines` (`plan_item_id`);--> statement-breakpoint
CREATE INDEX `plan_budget_lines_scheme_idx` ON `plan_budget_lines` (`grant_scheme_id`);--> statement-breakpoint
CREATE INDEX `plan_budget_lines_subprogramme_idx` ON `plan_budget_lines` (`subprogramme_id`);--> statement-breakpoint
CREATE TABLE `plan_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`plan_id` integer NOT NULL,
	`initiative_id` integer NOT NULL,
	`goal_id` integer,
	`position` integer DEFAULT 0 NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `programme_plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`goal_id`) REFERENCES `programme_goals`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_items_plan_initiative_unique` ON `plan_items` (`plan_id`,`initiative_id`);--> statement-breakpoint
CREATE INDEX `plan_items_initiative_idx` ON `plan_items` (`initiative_id`);--> statement-breakpoint
CREATE INDEX `plan_items_goal_idx` ON `plan_items` (`goal_id`);--> statement-breakpoint
CREATE TABLE `plan_revisions` (
	`id` integer PRIMARY KEY NOT NULL,
	`plan_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`reason` text NOT NULL,
	`snapshot` text NOT NULL,
	`changed_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `programme_plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`changed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "plan_revisions_revision_check" CHECK("plan_revisions"."revision" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_revisions_plan_revision_unique` ON `plan_revisions` (`plan_id`,`revision`);--> statement-breakpoint
CREATE INDEX `plan_revisions_changed_by_idx` ON `plan_revisions` (`changed_by_user_id`);--> statement-breakpoint
CREATE TABLE `programme_goals` (
	`id` integer PRIMARY KEY NOT NULL,
	`programme_id` integer NOT NULL,
	`parent_id` integer,
	`subprogramme_id` integer,
	`area_id` integer,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`parent_id`) REFERENCES `programme_goals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`subprogramme_id`) REFERENCES `subprogrammes`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `programme_goals_programme_idx` ON `programme_goals` (`programme_id`,`parent_id`,`position`);--> statement-breakpoint
CREATE INDEX `programme_goals_parent_idx` ON `programme_goals` (`parent_id`);--> statement-breakpoint
CREATE INDEX `programme_goals_subprogramme_idx` ON `programme_goals` (`subprogramme_id`);--> statement-breakpoint
CREATE INDEX `programme_goals_area_idx` ON `programme_goals` (`area_id`);--> statement-breakpoint
CREATE TABLE `programme_plans` (
	`id` integer PRIMARY KEY NOT NULL,
	`programme_id` integer NOT NULL,
	`year` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`introduction` text DEFAULT '' NOT NULL,
	`adopted_by` text,
	`adopted_on` text,
	`carried_from_plan_id` integer,
	`created_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`carried_from_plan_id`) REFERENCES `programme_plans`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "programme_plans_status_check" CHECK("status" IN ('draft', 'adopted')),
	CONSTRAINT "programme_plans_year_check" CHECK("programme_plans"."year" BETWEEN 2000 AND 2100),
	CONSTRAINT "programme_plans_adopted_on_check" CHECK("adopted_on" IS NULL OR "adopted_on" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "programme_plans_adoption_check" CHECK(("programme_plans"."status" = 'adopted') = ("programme_plans"."adopted_by" IS NOT NULL AND "programme_plans"."adopted_on" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `programme_plans_programme_year_unique` ON `programme_plans` (`programme_id`,`year`);--> statement-breakpoint
CREATE INDEX `programme_plans_carried_from_idx` ON `programme_plans` (`carried_from_plan_id`);--> statement-breakpoint
CREATE INDEX `programme_plans_created_by_idx` ON `programme_plans` (`created_by_user_id`);--> statement-breakpoint
CREATE TABLE `report_narratives` (
	`programme_id` integer NOT NULL,
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`section` text NOT NULL,
	`body` text NOT NULL,
	`updated_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`programme_id`, `kind`, `year`, `section`),
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "report_narratives_kind_check" CHECK("kind" IN ('annual', 'final')),
	CONSTRAINT "report_narratives_section_check" CHECK("section" IN ('introduction', 'initiatives', 'goals', 'participation', 'grants', 'residents', 'next_year')),
	CONSTRAINT "report_narratives_year_check" CHECK("report_narratives"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE INDEX `report_narratives_updated_by_idx` ON `report_narratives` (`updated_by_user_id`);--> statement-breakpoint
ALTER TABLE `areas` ADD `lift_closed_at` integer;--> statement-breakpoint
ALTER TABLE `areas` ADD `lift_closed_by_user_id` integer REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `areas_lift_closed_by_idx` ON `areas` (`lift_closed_by_user_id`);--> statement-breakpoint
ALTER TABLE `initiatives` ADD `predecessor_id` integer REFERENCES initiatives(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `initiatives_predecessor_idx` ON `initiatives` (`predecessor_id`);--> statement-breakpoint
ALTER TABLE `programmes` ADD `closed_at` integer;--> statement-breakpoint
ALTER TABLE `programmes` ADD `closed_by_user_id` integer REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `programmes` ADD `predecessor_id` integer REFERENCES programmes(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `programmes_closed_by_idx` ON `programmes` (`closed_by_user_id`);--> statement-breakpoint
CREATE INDEX `programmes_predecessor_idx` ON `programmes` (`predecessor_id`);--> statement-breakpoint
-- Public data version (see 0004): the goals, indicators and their values, plans (a draft's changes
-- too: the public pages read only adopted plans, and an emptied cache costs one render), outcomes and
-- area boundaries are read by public pages. The report narratives are the coordinator's draft text.
CREATE TRIGGER `programme_goals_public_version_insert` AFTER INSERT ON `programme_goals` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `programme_goals_public_version_update` AFTER UPDATE ON `programme_goals` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `programme_goals_public_version_delete` AFTER DELETE ON `programme_goals` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `goal_indicators_public_version_insert` AFTER INSERT ON `goal_indicators` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `goal_indicators_public_version_update` AFTER UPDATE ON `goal_indicators` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `goal_indicators_public_version_delete` AFTER DELETE ON `goal_indicators` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `indicator_values_public_version_insert` AFTER INSERT ON `indicator_values` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `indicator_values_public_version_update` AFTER UPDATE ON `indicator_values` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `indicator_values_public_version_delete` AFTER DELETE ON `indicator_values` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `initiative_goals_public_version_insert` AFTER INSERT ON `initiative_goals` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `initiative_goals_public_version_update` AFTER UPDATE ON `initiative_goals` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `initiative_goals_public_version_delete` AFTER DELETE ON `initiative_goals` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `programme_plans_public_version_insert` AFTER INSERT ON `programme_plans` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `programme_plans_public_version_update` AFTER UPDATE ON `programme_plans` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `programme_plans_public_version_delete` AFTER DELETE ON `programme_plans` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `plan_items_public_version_insert` AFTER INSERT ON `plan_items` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `plan_items_public_version_update` AFTER UPDATE ON `plan_items` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `plan_items_public_version_delete` AFTER DELETE ON `plan_items` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `plan_budget_lines_public_version_insert` AFTER INSERT ON `plan_budget_lines` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `plan_budget_lines_public_version_update` AFTER UPDATE ON `plan_budget_lines` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `plan_budget_lines_public_version_delete` AFTER DELETE ON `plan_budget_lines` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `plan_revisions_public_version_insert` AFTER INSERT ON `plan_revisions` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `plan_revisions_public_version_update` AFTER UPDATE ON `plan_revisions` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `plan_revisions_public_version_delete` AFTER DELETE ON `plan_revisions` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `initiative_outcomes_public_version_insert` AFTER INSERT ON `initiative_outcomes` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `initiative_outcomes_public_version_update` AFTER UPDATE ON `initiative_outcomes` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `initiative_outcomes_public_version_delete` AFTER DELETE ON `initiative_outcomes` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `area_boundaries_public_version_insert` AFTER INSERT ON `area_boundaries` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `area_boundaries_public_version_update` AFTER UPDATE ON `area_boundaries` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `area_boundaries_public_version_delete` AFTER DELETE ON `area_boundaries` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
