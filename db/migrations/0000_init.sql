CREATE TABLE `areas` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`parent_id` integer,
	`population` integer,
	`lift_start_year` integer,
	`lift_end_year` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "areas_kind_check" CHECK("kind" IN ('municipality', 'district', 'sub_district', 'living_condition_zone', 'other')),
	CONSTRAINT "areas_population_check" CHECK("areas"."population" IS NULL OR "areas"."population" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `areas_slug_unique` ON `areas` (`slug`);--> statement-breakpoint
CREATE INDEX `areas_parent_idx` ON `areas` (`parent_id`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`actor_user_id` integer,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer,
	`details` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_events_created_idx` ON `audit_events` (`created_at`);--> statement-breakpoint
CREATE INDEX `audit_events_actor_created_idx` ON `audit_events` (`actor_user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_events_entity_idx` ON `audit_events` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_events_action_created_idx` ON `audit_events` (`action`,`created_at`);--> statement-breakpoint
CREATE TABLE `coordinator_assignments` (
	`user_id` integer NOT NULL,
	`programme_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`user_id`, `programme_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `coordinator_assignments_programme_idx` ON `coordinator_assignments` (`programme_id`);--> statement-breakpoint
CREATE TABLE `email_outbox` (
	`id` integer PRIMARY KEY NOT NULL,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`body_text` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`sent_at` integer,
	`error` text
);
--> statement-breakpoint
CREATE INDEX `email_outbox_created_idx` ON `email_outbox` (`created_at`);--> statement-breakpoint
CREATE INDEX `email_outbox_to_idx` ON `email_outbox` (`to`);--> statement-breakpoint
CREATE TABLE `initiative_sought_offers` (
	`initiative_id` integer NOT NULL,
	`offer` text NOT NULL,
	PRIMARY KEY(`initiative_id`, `offer`),
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "initiative_sought_offers_offer_check" CHECK("offer" IN ('premises', 'volunteers', 'work_placements', 'expertise', 'funding', 'network', 'activities', 'equipment'))
);
--> statement-breakpoint
CREATE TABLE `initiative_sought_sectors` (
	`initiative_id` integer NOT NULL,
	`sector` text NOT NULL,
	PRIMARY KEY(`initiative_id`, `sector`),
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "initiative_sought_sectors_sector_check" CHECK("sector" IN ('district', 'municipal_agency', 'state_agency', 'voluntary', 'business', 'residents_group'))
);
--> statement-breakpoint
CREATE TABLE `initiatives` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`programme_id` integer NOT NULL,
	`subprogramme_id` integer NOT NULL,
	`area_id` integer NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`start_date` text,
	`end_date` text,
	`lead_organisation_id` integer,
	`is_public` integer DEFAULT true NOT NULL,
	`archived_at` integer,
	`created_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`subprogramme_id`) REFERENCES `subprogrammes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`lead_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "initiatives_status_check" CHECK("status" IN ('planned', 'ongoing', 'completed')),
	CONSTRAINT "initiatives_start_date_check" CHECK("start_date" IS NULL OR "start_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "initiatives_end_date_check" CHECK("end_date" IS NULL OR "end_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "initiatives_period_check" CHECK("initiatives"."start_date" IS NULL OR "initiatives"."end_date" IS NULL OR "initiatives"."start_date" <= "initiatives"."end_date")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `initiatives_slug_unique` ON `initiatives` (`slug`);--> statement-breakpoint
CREATE INDEX `initiatives_programme_status_idx` ON `initiatives` (`programme_id`,`status`);--> statement-breakpoint
CREATE INDEX `initiatives_subprogramme_idx` ON `initiatives` (`subprogramme_id`);--> statement-breakpoint
CREATE INDEX `initiatives_area_idx` ON `initiatives` (`area_id`);--> statement-breakpoint
CREATE INDEX `initiatives_lead_organisation_idx` ON `initiatives` (`lead_organisation_id`);--> statement-breakpoint
CREATE INDEX `initiatives_created_by_idx` ON `initiatives` (`created_by_user_id`);--> statement-breakpoint
CREATE INDEX `initiatives_status_title_idx` ON `initiatives` (`status`,`title`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`role` text NOT NULL,
	`status` text NOT NULL,
	`message` text,
	`decided_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`decided_at` integer,
	`ended_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "memberships_role_check" CHECK("role" IN ('owner', 'editor')),
	CONSTRAINT "memberships_status_check" CHECK("status" IN ('requested', 'active', 'declined', 'ended'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `memberships_open_unique` ON `memberships` (`user_id`,`organisation_id`) WHERE "memberships"."status" IN ('requested', 'active');--> statement-breakpoint
CREATE INDEX `memberships_user_idx` ON `memberships` (`user_id`);--> statement-breakpoint
CREATE INDEX `memberships_organisation_status_idx` ON `memberships` (`organisation_id`,`status`);--> statement-breakpoint
CREATE INDEX `memberships_decided_by_idx` ON `memberships` (`decided_by_user_id`);--> statement-breakpoint
CREATE TABLE `notification_preferences` (
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`email_enabled` integer NOT NULL,
	PRIMARY KEY(`user_id`, `kind`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "notification_preferences_kind_check" CHECK("kind" IN ('organisation_decided', 'join_request_decided', 'invitation_received', 'update_hidden', 'organisation_registered', 'membership_requested', 'membership_decided', 'participation_requested'))
);
--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`params` text NOT NULL,
	`link` text,
	`read_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "notifications_kind_check" CHECK("kind" IN ('organisation_decided', 'join_request_decided', 'invitation_received', 'update_hidden', 'organisation_registered', 'membership_requested', 'membership_decided', 'participation_requested'))
);
--> statement-breakpoint
CREATE INDEX `notifications_user_created_idx` ON `notifications` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `one_time_tokens` (
	`id` integer PRIMARY KEY NOT NULL,
	`purpose` text NOT NULL,
	`token_hash` text NOT NULL,
	`user_id` integer,
	`email` text,
	`organisation_id` integer,
	`membership_role` text,
	`created_by_user_id` integer,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "one_time_tokens_purpose_check" CHECK("purpose" IN ('password_reset', 'email_change', 'invitation')),
	CONSTRAINT "one_time_tokens_membership_role_check" CHECK("membership_role" IS NULL OR "membership_role" IN ('owner', 'editor'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `one_time_tokens_token_hash_unique` ON `one_time_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `one_time_tokens_user_idx` ON `one_time_tokens` (`user_id`);--> statement-breakpoint
CREATE INDEX `one_time_tokens_organisation_idx` ON `one_time_tokens` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `one_time_tokens_created_by_idx` ON `one_time_tokens` (`created_by_user_id`);--> statement-breakpoint
CREATE TABLE `organisation_areas` (
	`organisation_id` integer NOT NULL,
	`area_id` integer NOT NULL,
	PRIMARY KEY(`organisation_id`, `area_id`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `organisation_areas_area_idx` ON `organisation_areas` (`area_id`);--> statement-breakpoint
CREATE TABLE `organisation_offers` (
	`organisation_id` integer NOT NULL,
	`offer` text NOT NULL,
	PRIMARY KEY(`organisation_id`, `offer`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "organisation_offers_offer_check" CHECK("offer" IN ('premises', 'volunteers', 'work_placements', 'expertise', 'funding', 'network', 'activities', 'equipment'))
);
--> statement-breakpoint
CREATE INDEX `organisation_offers_offer_idx` ON `organisation_offers` (`offer`);--> statement-breakpoint
CREATE TABLE `organisation_themes` (
	`organisation_id` integer NOT NULL,
	`subprogramme_id` integer NOT NULL,
	PRIMARY KEY(`organisation_id`, `subprogramme_id`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`subprogramme_id`) REFERENCES `subprogrammes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `organisation_themes_subprogramme_idx` ON `organisation_themes` (`subprogramme_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`sector` text NOT NULL,
	`org_number` text,
	`description` text DEFAULT '' NOT NULL,
	`website` text,
	`contact_email` text,
	`contact_phone` text,
	`logo_file` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`decision_reason` text,
	`registered_by_user_id` integer,
	`decided_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	`approved_at` integer,
	`last_confirmed_at` integer,
	FOREIGN KEY (`registered_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "organisations_sector_check" CHECK("sector" IN ('district', 'municipal_agency', 'state_agency', 'voluntary', 'business', 'residents_group')),
	CONSTRAINT "organisations_status_check" CHECK("status" IN ('pending', 'approved', 'rejected', 'archived')),
	CONSTRAINT "organisations_org_number_check" CHECK(("organisations"."org_number" IS NULL AND "organisations"."sector" = 'residents_group') OR ("organisations"."org_number" IS NOT NULL AND length("organisations"."org_number") = 9 AND "organisations"."org_number" NOT GLOB '*[^0-9]*'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_slug_unique` ON `organisations` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_org_number_unique` ON `organisations` (`org_number`);--> statement-breakpoint
CREATE INDEX `organisations_status_name_idx` ON `organisations` (`status`,`name`);--> statement-breakpoint
CREATE INDEX `organisations_status_sector_name_idx` ON `organisations` (`status`,`sector`,`name`);--> statement-breakpoint
CREATE INDEX `organisations_registered_by_idx` ON `organisations` (`registered_by_user_id`);--> statement-breakpoint
CREATE INDEX `organisations_decided_by_idx` ON `organisations` (`decided_by_user_id`);--> statement-breakpoint
CREATE TABLE `participations` (
	`id` integer PRIMARY KEY NOT NULL,
	`initiative_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`role` text NOT NULL,
	`status` text NOT NULL,
	`message` text,
	`decision_message` text,
	`requested_by_user_id` integer,
	`decided_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`decided_at` integer,
	`started_at` integer,
	`ended_at` integer,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`requested_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "participations_role_check" CHECK("role" IN ('lead', 'partner', 'contributor', 'funder', 'venue')),
	CONSTRAINT "participations_status_check" CHECK("status" IN ('requested', 'invited', 'active', 'declined', 'ended'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participations_open_unique` ON `participations` (`initiative_id`,`organisation_id`) WHERE "status" IN ('requested', 'invited', 'active');--> statement-breakpoint
CREATE INDEX `participations_initiative_status_idx` ON `participations` (`initiative_id`,`status`);--> statement-breakpoint
CREATE INDEX `participations_organisation_status_idx` ON `participations` (`organisation_id`,`status`);--> statement-breakpoint
CREATE INDEX `participations_status_created_idx` ON `participations` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `participations_requested_by_idx` ON `participations` (`requested_by_user_id`);--> statement-breakpoint
CREATE INDEX `participations_decided_by_idx` ON `participations` (`decided_by_user_id`);--> statement-breakpoint
CREATE TABLE `programme_areas` (
	`programme_id` integer NOT NULL,
	`area_id` integer NOT NULL,
	PRIMARY KEY(`programme_id`, `area_id`),
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `programme_areas_area_idx` ON `programme_areas` (`area_id`);--> statement-breakpoint
CREATE TABLE `programmes` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`municipality` text NOT NULL,
	`period_start` integer NOT NULL,
	`period_end` integer,
	`description` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `programmes_slug_unique` ON `programmes` (`slug`);--> statement-breakpoint
CREATE TABLE `rate_limit_hits` (
	`id` integer PRIMARY KEY NOT NULL,
	`bucket` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rate_limit_hits_bucket_at_idx` ON `rate_limit_hits` (`bucket`,`at`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`user_agent` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `subprogrammes` (
	`id` integer PRIMARY KEY NOT NULL,
	`programme_id` integer NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subprogrammes_programme_slug_unique` ON `subprogrammes` (`programme_id`,`slug`);--> statement-breakpoint
CREATE TABLE `updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`initiative_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`author_user_id` integer,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`visibility` text DEFAULT 'public' NOT NULL,
	`event_date` text,
	`hidden_at` integer,
	`hidden_by_user_id` integer,
	`hidden_reason` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`hidden_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "updates_visibility_check" CHECK("visibility" IN ('public', 'partners', 'coordinators')),
	CONSTRAINT "updates_event_date_check" CHECK("event_date" IS NULL OR "event_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "updates_hidden_reason_check" CHECK("updates"."hidden_at" IS NULL OR length("updates"."hidden_reason") > 0)
);
--> statement-breakpoint
CREATE INDEX `updates_initiative_created_idx` ON `updates` (`initiative_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `updates_organisation_created_idx` ON `updates` (`organisation_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `updates_visibility_created_idx` ON `updates` (`visibility`,`created_at`);--> statement-breakpoint
CREATE INDEX `updates_author_idx` ON `updates` (`author_user_id`);--> statement-breakpoint
CREATE INDEX `updates_hidden_by_idx` ON `updates` (`hidden_by_user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text DEFAULT 'none' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	CONSTRAINT "users_role_check" CHECK("role" IN ('admin', 'coordinator', 'none'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_lower_unique` ON `users` (lower("email"));