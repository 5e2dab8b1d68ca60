CREATE TABLE `meeting_initiatives` (
	`meeting_id` integer NOT NULL,
	`initiative_id` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `initiative_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_initiatives_initiative_idx` ON `meeting_initiatives` (`initiative_id`);--> statement-breakpoint
CREATE TABLE `meeting_organisations` (
	`meeting_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`status` text NOT NULL,
	`present` integer DEFAULT false NOT NULL,
	`requested_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`meeting_id`, `organisation_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requested_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "meeting_organisations_status_check" CHECK("status" IN ('pending', 'confirmed'))
);
--> statement-breakpoint
CREATE INDEX `meeting_organisations_organisation_idx` ON `meeting_organisations` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `meeting_organisations_requested_by_idx` ON `meeting_organisations` (`requested_by_user_id`);--> statement-breakpoint
CREATE TABLE `meeting_series` (
	`id` integer PRIMARY KEY NOT NULL,
	`programme_id` integer NOT NULL,
	`area_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`place_name` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`weekday` integer NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`every_weeks` integer DEFAULT 1 NOT NULL,
	`from_date` text NOT NULL,
	`until_date` text NOT NULL,
	`created_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "meeting_series_kind_check" CHECK("kind" IN ('open_meeting', 'workshop', 'caravan_stop', 'office_day', 'digital')),
	CONSTRAINT "meeting_series_weekday_check" CHECK("meeting_series"."weekday" BETWEEN 1 AND 7),
	CONSTRAINT "meeting_series_every_weeks_check" CHECK("meeting_series"."every_weeks" BETWEEN 1 AND 8),
	CONSTRAINT "meeting_series_start_time_check" CHECK("start_time" IS NULL OR "start_time" GLOB '[0-2][0-9]:[0-5][0-9]'),
	CONSTRAINT "meeting_series_end_time_check" CHECK("end_time" IS NULL OR "end_time" GLOB '[0-2][0-9]:[0-5][0-9]'),
	CONSTRAINT "meeting_series_from_date_check" CHECK("from_date" IS NULL OR "from_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "meeting_series_until_date_check" CHECK("until_date" IS NULL OR "until_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "meeting_series_period_check" CHECK("meeting_series"."from_date" <= "meeting_series"."until_date")
);
--> statement-breakpoint
CREATE INDEX `meeting_series_programme_idx` ON `meeting_series` (`programme_id`);--> statement-breakpoint
CREATE INDEX `meeting_series_area_idx` ON `meeting_series` (`area_id`);--> statement-breakpoint
CREATE INDEX `meeting_series_created_by_idx` ON `meeting_series` (`created_by_user_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`programme_id` integer NOT NULL,
	`area_id` integer NOT NULL,
	`series_id` integer,
	`series_date` text,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`place_name` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`digital_url` text DEFAULT '' NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`is_public` integer DEFAULT true NOT NULL,
	`step_free` integer DEFAULT false NOT NULL,
	`interpreter` integer DEFAULT false NOT NULL,
	`languages` text DEFAULT '' NOT NULL,
	`cancelled_at` integer,
	`cancel_notice` text DEFAULT '' NOT NULL,
	`moved_notice` text DEFAULT '' NOT NULL,
	`sequence` integer DEFAULT 0 NOT NULL,
	`attendee_count` integer,
	`summary` text DEFAULT '' NOT NULL,
	`closed_at` integer,
	`closed_by_user_id` integer,
	`created_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`series_id`) REFERENCES `meeting_series`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`closed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "meetings_kind_check" CHECK("kind" IN ('open_meeting', 'workshop', 'caravan_stop', 'office_day', 'digital')),
	CONSTRAINT "meetings_series_date_check" CHECK("series_date" IS NULL OR "series_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "meetings_times_check" CHECK("meetings"."ends_at" > "meetings"."starts_at"),
	CONSTRAINT "meetings_sequence_check" CHECK("meetings"."sequence" >= 0),
	CONSTRAINT "meetings_attendee_count_check" CHECK("attendee_count" IS NULL OR "attendee_count" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_slug_unique` ON `meetings` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_series_date_unique` ON `meetings` (`series_id`,`series_date`);--> statement-breakpoint
CREATE INDEX `meetings_public_starts_idx` ON `meetings` (`is_public`,`starts_at`);--> statement-breakpoint
CREATE INDEX `meetings_programme_starts_idx` ON `meetings` (`programme_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `meetings_area_starts_idx` ON `meetings` (`area_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `meetings_closed_by_idx` ON `meetings` (`closed_by_user_id`);--> statement-breakpoint
CREATE INDEX `meetings_created_by_idx` ON `meetings` (`created_by_user_id`);--> statement-breakpoint
CREATE TABLE `resident_inputs` (
	`id` integer PRIMARY KEY NOT NULL,
	`meeting_id` integer,
	`programme_id` integer NOT NULL,
	`area_id` integer NOT NULL,
	`initiative_id` integer,
	`theme` text DEFAULT '' NOT NULL,
	`body` text NOT NULL,
	`mode` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`recorded_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`follow_up_status` text DEFAULT 'new' NOT NULL,
	`follow_up_initiative_id` integer,
	`answer` text DEFAULT '' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`followed_up_at` integer,
	`followed_up_by_user_id` integer,
	`is_public` integer DEFAULT false NOT NULL,
	`published_at` integer,
	`published_by_user_id` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`follow_up_initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`followed_up_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`published_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "resident_inputs_mode_check" CHECK("mode" IN ('oral', 'written', 'drawing')),
	CONSTRAINT "resident_inputs_follow_up_status_check" CHECK("follow_up_status" IN ('new', 'considering', 'in_initiative', 'answered', 'not_followed_up')),
	CONSTRAINT "resident_inputs_answered_check" CHECK("resident_inputs"."follow_up_status" <> 'answered' OR "resident_inputs"."answer" <> ''),
	CONSTRAINT "resident_inputs_not_followed_up_check" CHECK("resident_inputs"."follow_up_status" <> 'not_followed_up' OR "resident_inputs"."reason" <> ''),
	CONSTRAINT "resident_inputs_in_initiative_check" CHECK("resident_inputs"."follow_up_status" <> 'in_initiative' OR "resident_inputs"."follow_up_initiative_id" IS NOT NULL),
	CONSTRAINT "resident_inputs_published_check" CHECK("resident_inputs"."is_public" = 0 OR "resident_inputs"."published_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `resident_inputs_idempotency_key_unique` ON `resident_inputs` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `resident_inputs_meeting_idx` ON `resident_inputs` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `resident_inputs_programme_status_idx` ON `resident_inputs` (`programme_id`,`follow_up_status`,`created_at`);--> statement-breakpoint
CREATE INDEX `resident_inputs_area_idx` ON `resident_inputs` (`area_id`);--> statement-breakpoint
CREATE INDEX `resident_inputs_initiative_idx` ON `resident_inputs` (`initiative_id`);--> statement-breakpoint
CREATE INDEX `resident_inputs_follow_up_initiative_idx` ON `resident_inputs` (`follow_up_initiative_id`);--> statement-breakpoint
CREATE INDEX `resident_inputs_public_idx` ON `resident_inputs` (`is_public`,`created_at`);--> statement-breakpoint
CREATE INDEX `resident_inputs_recorded_by_idx` ON `resident_inputs` (`recorded_by_user_id`);--> statement-breakpoint
CREATE INDEX `resident_inputs_followed_up_by_idx` ON `resident_inputs` (`followed_up_by_user_id`);--> statement-breakpoint
CREATE INDEX `resident_inputs_published_by_idx` ON `resident_inputs` (`published_by_user_id`);--> statement-breakpoint
-- The public data version (migration 0004): public pages read meetings, who takes part, their tiltak, and
-- the inputs marked public. resident_inputs is on the public side too: recording an input is a few writes per
-- meeting, so emptying the caches on an unpublished one costs little, and a published one can never be missed.
-- meeting_series is read by the coordinator only (its occurrences are meetings rows) and stays private.
CREATE TRIGGER `meetings_public_version_insert` AFTER INSERT ON `meetings` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `meetings_public_version_update` AFTER UPDATE ON `meetings` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `meetings_public_version_delete` AFTER DELETE ON `meetings` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `meeting_organisations_public_version_insert` AFTER INSERT ON `meeting_organisations` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `meeting_organisations_public_version_update` AFTER UPDATE ON `meeting_organisations` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `meeting_organisations_public_version_delete` AFTER DELETE ON `meeting_organisations` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `meeting_initiatives_public_version_insert` AFTER INSERT ON `meeting_initiatives` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `meeting_initiatives_public_version_update` AFTER UPDATE ON `meeting_initiatives` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `meeting_initiatives_public_version_delete` AFTER DELETE ON `meeting_initiatives` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `resident_inputs_public_version_insert` AFTER INSERT ON `resident_inputs` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `resident_inputs_public_version_update` AFTER UPDATE ON `resident_inputs` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `resident_inputs_public_version_delete` AFTER DELETE ON `resident_inputs` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
