CREATE TABLE `grant_appeals` (
	`id` integer PRIMARY KEY NOT NULL,
	`application_id` integer NOT NULL,
	`decision_id` integer NOT NULL,
	`text` text NOT NULL,
	`lodged_by_user_id` integer,
	`lodged_at` integer NOT NULL,
	`outcome` text,
	`outcome_note` text DEFAULT '' NOT NULL,
	`decided_by_user_id` integer,
	`decided_at` integer,
	FOREIGN KEY (`application_id`) REFERENCES `grant_applications`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decision_id`) REFERENCES `grant_decisions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`lodged_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "grant_appeals_outcome_check" CHECK("outcome" IS NULL OR "outcome" IN ('upheld', 'forwarded')),
	CONSTRAINT "grant_appeals_text_check" CHECK(length(trim("grant_appeals"."text")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grant_appeals_open_unique` ON `grant_appeals` (`application_id`) WHERE "grant_appeals"."outcome" IS NULL;--> statement-breakpoint
CREATE INDEX `grant_appeals_decision_idx` ON `grant_appeals` (`decision_id`);--> statement-breakpoint
CREATE INDEX `grant_appeals_outcome_idx` ON `grant_appeals` (`outcome`,`lodged_at`);--> statement-breakpoint
CREATE INDEX `grant_appeals_lodged_by_idx` ON `grant_appeals` (`lodged_by_user_id`);--> statement-breakpoint
CREATE INDEX `grant_appeals_decided_by_idx` ON `grant_appeals` (`decided_by_user_id`);--> statement-breakpoint
CREATE TABLE `grant_applications` (
	`id` integer PRIMARY KEY NOT NULL,
	`round_id` integer NOT NULL,
	`applicant_kind` text NOT NULL,
	`organisation_id` integer,
	`created_by_user_id` integer,
	`status` text DEFAULT 'draft' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`target_group` text DEFAULT '' NOT NULL,
	`expected_participants` integer,
	`start_date` text,
	`end_date` text,
	`area_id` integer,
	`amount_applied_ore` integer,
	`own_share_ore` integer,
	`contact_name` text DEFAULT '' NOT NULL,
	`contact_email` text DEFAULT '' NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL,
	`initiative_id` integer,
	`more_requested` text,
	`more_requested_until` text,
	`submitted_at` integer,
	`withdrawn_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`round_id`) REFERENCES `grant_rounds`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "grant_applications_kind_check" CHECK("applicant_kind" IN ('organisation', 'private_person')),
	CONSTRAINT "grant_applications_status_check" CHECK("status" IN ('draft', 'submitted', 'needs_more', 'withdrawn', 'decided')),
	CONSTRAINT "grant_applications_applicant_check" CHECK(("grant_applications"."applicant_kind" = 'organisation' AND "grant_applications"."organisation_id" IS NOT NULL) OR ("grant_applications"."applicant_kind" = 'private_person' AND "grant_applications"."organisation_id" IS NULL)),
	CONSTRAINT "grant_applications_amounts_check" CHECK(("amount_applied_ore" IS NULL OR "amount_applied_ore" >= 0) AND ("own_share_ore" IS NULL OR "own_share_ore" >= 0) AND ("expected_participants" IS NULL OR "expected_participants" >= 0)),
	CONSTRAINT "grant_applications_start_date_check" CHECK("start_date" IS NULL OR "start_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "grant_applications_end_date_check" CHECK("end_date" IS NULL OR "end_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "grant_applications_more_until_check" CHECK("more_requested_until" IS NULL OR "more_requested_until" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "grant_applications_period_check" CHECK("grant_applications"."start_date" IS NULL OR "grant_applications"."end_date" IS NULL OR "grant_applications"."start_date" <= "grant_applications"."end_date")
);
--> statement-breakpoint
CREATE INDEX `grant_applications_round_status_idx` ON `grant_applications` (`round_id`,`status`);--> statement-breakpoint
CREATE INDEX `grant_applications_organisation_status_idx` ON `grant_applications` (`organisation_id`,`status`);--> statement-breakpoint
CREATE INDEX `grant_applications_created_by_idx` ON `grant_applications` (`created_by_user_id`,`status`);--> statement-breakpoint
CREATE INDEX `grant_applications_area_idx` ON `grant_applications` (`area_id`);--> statement-breakpoint
CREATE INDEX `grant_applications_initiative_idx` ON `grant_applications` (`initiative_id`);--> statement-breakpoint
CREATE TABLE `grant_assessments` (
	`application_id` integer PRIMARY KEY NOT NULL,
	`is_complete` integer,
	`checked_by_user_id` integer,
	`checked_at` integer,
	`recommendation` text,
	`recommended_amount_ore` integer,
	`recommendation_text` text DEFAULT '' NOT NULL,
	`recommended_by_user_id` integer,
	`recommended_at` integer,
	FOREIGN KEY (`application_id`) REFERENCES `grant_applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`checked_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`recommended_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "grant_assessments_recommendation_check" CHECK("recommendation" IS NULL OR "recommendation" IN ('granted', 'partly_granted', 'rejected')),
	CONSTRAINT "grant_assessments_amount_check" CHECK("recommended_amount_ore" IS NULL OR "recommended_amount_ore" >= 0)
);
--> statement-breakpoint
CREATE INDEX `grant_assessments_checked_by_idx` ON `grant_assessments` (`checked_by_user_id`);--> statement-breakpoint
CREATE INDEX `grant_assessments_recommended_by_idx` ON `grant_assessments` (`recommended_by_user_id`);--> statement-breakpoint
CREATE TABLE `grant_attachments` (
	`id` integer PRIMARY KEY NOT NULL,
	`application_id` integer NOT NULL,
	`report_id` integer,
	`file_name` text NOT NULL,
	`stored_name` text NOT NULL,
	`media_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `grant_applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`report_id`) REFERENCES `grant_reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`uploaded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "grant_attachments_type_check" CHECK("media_type" IN ('application/pdf', 'image/png', 'image/jpeg')),
	CONSTRAINT "grant_attachments_size_check" CHECK("size_bytes" > 0 AND "size_bytes" <= 10485760)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grant_attachments_stored_name_unique` ON `grant_attachments` (`stored_name`);--> statement-breakpoint
CREATE INDEX `grant_attachments_application_idx` ON `grant_attachments` (`application_id`);--> statement-breakpoint
CREATE INDEX `grant_attachments_report_idx` ON `grant_attachments` (`report_id`);--> statement-breakpoint
CREATE INDEX `grant_attachments_uploaded_by_idx` ON `grant_attachments` (`uploaded_by_user_id`);--> statement-breakpoint
CREATE TABLE `grant_budget_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`application_id` integer NOT NULL,
	`position` integer NOT NULL,
	`description` text NOT NULL,
	`amount_ore` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `grant_applications`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "grant_budget_lines_amount_check" CHECK("grant_budget_lines"."amount_ore" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grant_budget_lines_application_position_unique` ON `grant_budget_lines` (`application_id`,`position`);--> statement-breakpoint
CREATE TABLE `grant_decisions` (
	`id` integer PRIMARY KEY NOT NULL,
	`application_id` integer NOT NULL,
	`round_id` integer NOT NULL,
	`meeting_id` integer,
	`appeal_id` integer,
	`outcome` text NOT NULL,
	`amount_granted_ore` integer NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`conditions` text DEFAULT '' NOT NULL,
	`report_due_on` text,
	`decided_on` text NOT NULL,
	`decided_by_user_id` integer,
	`letter_sent_at` integer,
	`superseded_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `grant_applications`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`round_id`) REFERENCES `grant_rounds`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`meeting_id`) REFERENCES `grant_meetings`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`appeal_id`) REFERENCES `grant_appeals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "grant_decisions_outcome_check" CHECK("outcome" IN ('granted', 'partly_granted', 'rejected')),
	CONSTRAINT "grant_decisions_amount_check" CHECK(("grant_decisions"."outcome" = 'rejected' AND "grant_decisions"."amount_granted_ore" = 0) OR ("grant_decisions"."outcome" <> 'rejected' AND "grant_decisions"."amount_granted_ore" > 0)),
	CONSTRAINT "grant_decisions_reason_check" CHECK("grant_decisions"."outcome" = 'granted' OR length(trim("grant_decisions"."reason")) > 0),
	CONSTRAINT "grant_decisions_report_due_check" CHECK("report_due_on" IS NULL OR "report_due_on" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "grant_decisions_decided_on_check" CHECK("decided_on" IS NULL OR "decided_on" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grant_decisions_current_unique` ON `grant_decisions` (`application_id`) WHERE "grant_decisions"."superseded_at" IS NULL;--> statement-breakpoint
CREATE INDEX `grant_decisions_round_outcome_idx` ON `grant_decisions` (`round_id`,`outcome`);--> statement-breakpoint
CREATE INDEX `grant_decisions_application_idx` ON `grant_decisions` (`application_id`);--> statement-breakpoint
CREATE INDEX `grant_decisions_meeting_idx` ON `grant_decisions` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `grant_decisions_appeal_idx` ON `grant_decisions` (`appeal_id`);--> statement-breakpoint
CREATE INDEX `grant_decisions_decided_by_idx` ON `grant_decisions` (`decided_by_user_id`);--> statement-breakpoint
CREATE TABLE `grant_declarations` (
	`application_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`has_conflict` integer NOT NULL,
	`reason` text,
	`declared_at` integer NOT NULL,
	PRIMARY KEY(`application_id`, `user_id`),
	FOREIGN KEY (`application_id`) REFERENCES `grant_applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "grant_declarations_reason_check" CHECK("grant_declarations"."has_conflict" = 0 OR length(trim("grant_declarations"."reason")) > 0)
);
--> statement-breakpoint
CREATE INDEX `grant_declarations_user_idx` ON `grant_declarations` (`user_id`);--> statement-breakpoint
CREATE TABLE `grant_group_members` (
	`id` integer PRIMARY KEY NOT NULL,
	`scheme_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	`added_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`ended_at` integer,
	FOREIGN KEY (`scheme_id`) REFERENCES `grant_schemes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`added_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "grant_group_members_role_check" CHECK("role" IN ('chair', 'member'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grant_group_members_current_unique` ON `grant_group_members` (`scheme_id`,`user_id`) WHERE "grant_group_members"."ended_at" IS NULL;--> statement-breakpoint
CREATE INDEX `grant_group_members_user_idx` ON `grant_group_members` (`user_id`,`ended_at`);--> statement-breakpoint
CREATE INDEX `grant_group_members_added_by_idx` ON `grant_group_members` (`added_by_user_id`);--> statement-breakpoint
CREATE TABLE `grant_letters` (
	`id` integer PRIMARY KEY NOT NULL,
	`decision_id` integer NOT NULL,
	`recipient_user_id` integer,
	`language` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`sent_at` integer NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `grant_decisions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recipient_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `grant_letters_decision_idx` ON `grant_letters` (`decision_id`);--> statement-breakpoint
CREATE INDEX `grant_letters_recipient_idx` ON `grant_letters` (`recipient_user_id`);--> statement-breakpoint
CREATE TABLE `grant_meeting_attendees` (
	`meeting_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `user_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `grant_meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `grant_meeting_attendees_user_idx` ON `grant_meeting_attendees` (`user_id`);--> statement-breakpoint
CREATE TABLE `grant_meetings` (
	`id` integer PRIMARY KEY NOT NULL,
	`round_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`created_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `grant_rounds`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "grant_meetings_held_on_check" CHECK("held_on" IS NULL OR "held_on" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `grant_meetings_round_idx` ON `grant_meetings` (`round_id`,`held_on`);--> statement-breakpoint
CREATE INDEX `grant_meetings_created_by_idx` ON `grant_meetings` (`created_by_user_id`);--> statement-breakpoint
CREATE TABLE `grant_payments` (
	`id` integer PRIMARY KEY NOT NULL,
	`application_id` integer NOT NULL,
	`paid_on` text NOT NULL,
	`amount_ore` integer NOT NULL,
	`recorded_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `grant_applications`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "grant_payments_amount_check" CHECK("grant_payments"."amount_ore" > 0),
	CONSTRAINT "grant_payments_paid_on_check" CHECK("paid_on" IS NULL OR "paid_on" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `grant_payments_application_idx` ON `grant_payments` (`application_id`);--> statement-breakpoint
CREATE INDEX `grant_payments_recorded_by_idx` ON `grant_payments` (`recorded_by_user_id`);--> statement-breakpoint
CREATE TABLE `grant_reports` (
	`id` integer PRIMARY KEY NOT NULL,
	`application_id` integer NOT NULL,
	`status` text DEFAULT 'due' NOT NULL,
	`due_on` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`participants_reached` integer,
	`spent_ore` integer,
	`unspent_ore` integer,
	`submitted_by_user_id` integer,
	`submitted_at` integer,
	`feedback` text DEFAULT '' NOT NULL,
	`decided_by_user_id` integer,
	`decided_at` integer,
	`week_reminder_sent_at` integer,
	`due_reminder_sent_at` integer,
	FOREIGN KEY (`application_id`) REFERENCES `grant_applications`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`submitted_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "grant_reports_status_check" CHECK("status" IN ('due', 'submitted', 'needs_more', 'approved')),
	CONSTRAINT "grant_reports_due_on_check" CHECK("due_on" IS NULL OR "due_on" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "grant_reports_amounts_check" CHECK(("participants_reached" IS NULL OR "participants_reached" >= 0) AND ("spent_ore" IS NULL OR "spent_ore" >= 0) AND ("unspent_ore" IS NULL OR "unspent_ore" >= 0))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grant_reports_application_id_unique` ON `grant_reports` (`application_id`);--> statement-breakpoint
CREATE INDEX `grant_reports_status_due_idx` ON `grant_reports` (`status`,`due_on`);--> statement-breakpoint
CREATE INDEX `grant_reports_submitted_by_idx` ON `grant_reports` (`submitted_by_user_id`);--> statement-breakpoint
CREATE INDEX `grant_reports_decided_by_idx` ON `grant_reports` (`decided_by_user_id`);--> statement-breakpoint
CREATE TABLE `grant_rounds` (
	`id` integer PRIMARY KEY NOT NULL,
	`scheme_id` integer NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`opens_at` integer NOT NULL,
	`deadline_at` integer,
	`planned_decision_date` text,
	`budget_ore` integer NOT NULL,
	`released_at` integer,
	`letters_sent_at` integer,
	`created_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`scheme_id`) REFERENCES `grant_schemes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "grant_rounds_budget_check" CHECK("budget_ore" IS NULL OR "budget_ore" >= 0),
	CONSTRAINT "grant_rounds_planned_decision_date_check" CHECK("planned_decision_date" IS NULL OR "planned_decision_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "grant_rounds_period_check" CHECK("grant_rounds"."deadline_at" IS NULL OR "grant_rounds"."opens_at" < "grant_rounds"."deadline_at")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grant_rounds_scheme_slug_unique` ON `grant_rounds` (`scheme_id`,`slug`);--> statement-breakpoint
CREATE INDEX `grant_rounds_scheme_opens_idx` ON `grant_rounds` (`scheme_id`,`opens_at`);--> statement-breakpoint
CREATE INDEX `grant_rounds_deadline_idx` ON `grant_rounds` (`deadline_at`);--> statement-breakpoint
CREATE INDEX `grant_rounds_letters_sent_idx` ON `grant_rounds` (`letters_sent_at`);--> statement-breakpoint
CREATE INDEX `grant_rounds_created_by_idx` ON `grant_rounds` (`created_by_user_id`);--> statement-breakpoint
CREATE TABLE `grant_scheme_areas` (
	`scheme_id` integer NOT NULL,
	`area_id` integer NOT NULL,
	PRIMARY KEY(`scheme_id`, `area_id`),
	FOREIGN KEY (`scheme_id`) REFERENCES `grant_schemes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `grant_scheme_areas_area_idx` ON `grant_scheme_areas` (`area_id`);--> statement-breakpoint
CREATE TABLE `grant_scheme_sectors` (
	`scheme_id` integer NOT NULL,
	`sector` text NOT NULL,
	PRIMARY KEY(`scheme_id`, `sector`),
	FOREIGN KEY (`scheme_id`) REFERENCES `grant_schemes`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "grant_scheme_sectors_sector_check" CHECK("sector" IN ('district', 'municipal_agency', 'state_agency', 'voluntary', 'business', 'residents_group'))
);
--> statement-breakpoint
CREATE TABLE `grant_schemes` (
	`id` integer PRIMARY KEY NOT NULL,
	`programme_id` integer NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`criteria` text DEFAULT '' NOT NULL,
	`allows_private_persons` integer DEFAULT false NOT NULL,
	`max_amount_ore` integer NOT NULL,
	`own_share_percent` integer DEFAULT 0 NOT NULL,
	`quorum` integer,
	`appeal_body` text NOT NULL,
	`report_due_days` integer DEFAULT 60 NOT NULL,
	`is_continuous` integer DEFAULT false NOT NULL,
	`decision_within_days` integer,
	`created_by_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	`archived_at` integer,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "grant_schemes_amounts_check" CHECK("grant_schemes"."max_amount_ore" > 0 AND "grant_schemes"."own_share_percent" BETWEEN 0 AND 100 AND "grant_schemes"."report_due_days" >= 0),
	CONSTRAINT "grant_schemes_quorum_check" CHECK("grant_schemes"."quorum" IS NULL OR "grant_schemes"."quorum" >= 1),
	CONSTRAINT "grant_schemes_continuous_check" CHECK(("grant_schemes"."is_continuous" = 0) OR ("grant_schemes"."decision_within_days" IS NOT NULL AND "grant_schemes"."decision_within_days" > 0))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grant_schemes_slug_unique` ON `grant_schemes` (`slug`);--> statement-breakpoint
CREATE INDEX `grant_schemes_programme_idx` ON `grant_schemes` (`programme_id`);--> statement-breakpoint
CREATE INDEX `grant_schemes_created_by_idx` ON `grant_schemes` (`created_by_user_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_notification_preferences` (
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`email_enabled` integer NOT NULL,
	PRIMARY KEY(`user_id`, `kind`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "notification_preferences_kind_check" CHECK("kind" IN ('organisation_decided', 'join_request_decided', 'invitation_received', 'update_hidden', 'organisation_registered', 'membership_requested', 'membership_decided', 'participation_requested', 'grant_more_requested', 'grant_round_released', 'grant_decided', 'grant_appeal_lodged', 'grant_report_reminder', 'grant_report_decided'))
);
--> statement-breakpoint
INSERT INTO `__new_notification_preferences`("user_id", "kind", "email_enabled") SELECT "user_id", "kind", "email_enabled" FROM `notification_preferences`;--> statement-breakpoint
DROP TABLE `notification_preferences`;--> statement-breakpoint
ALTER TABLE `__new_notification_preferences` RENAME TO `notification_preferences`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_notifications` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`params` text NOT NULL,
	`link` text,
	`read_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "notifications_kind_check" CHECK("kind" IN ('organisation_decided', 'join_request_decided', 'invitation_received', 'update_hidden', 'organisation_registered', 'membership_requested', 'membership_decided', 'participation_requested', 'grant_more_requested', 'grant_round_released', 'grant_decided', 'grant_appeal_lodged', 'grant_report_reminder', 'grant_report_decided'))
);
--> statement-breakpoint
INSERT INTO `__new_notifications`("id", "user_id", "kind", "params", "link", "read_at", "created_at") SELECT "id", "user_id", "kind", "params", "link", "read_at", "created_at" FROM `notifications`;--> statement-breakpoint
DROP TABLE `notifications`;--> statement-breakpoint
ALTER TABLE `__new_notifications` RENAME TO `notifications`;--> statement-breakpoint
CREATE INDEX `notifications_user_created_idx` ON `notifications` (`user_id`,`created_at`);--> statement-breakpoint
-- Hand-written below (drizzle-kit does not track triggers): the public data version (migration 0004)
-- moves on with changes to the grant tables that public pages show — schemes, their areas and sectors,
-- rounds, decisions and reports, and applications once they leave the draft stage (an applicant saving
-- a draft does not empty the public caches). The other grant tables (group members, budget lines,
-- attachments, assessments, declarations, meetings, letters, appeals, payments) are private.
CREATE TRIGGER `grant_schemes_public_version_insert` AFTER INSERT ON `grant_schemes` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_schemes_public_version_update` AFTER UPDATE ON `grant_schemes` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_schemes_public_version_delete` AFTER DELETE ON `grant_schemes` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_scheme_areas_public_version_insert` AFTER INSERT ON `grant_scheme_areas` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_scheme_areas_public_version_update` AFTER UPDATE ON `grant_scheme_areas` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_scheme_areas_public_version_delete` AFTER DELETE ON `grant_scheme_areas` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_scheme_sectors_public_version_insert` AFTER INSERT ON `grant_scheme_sectors` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_scheme_sectors_public_version_update` AFTER UPDATE ON `grant_scheme_sectors` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_scheme_sectors_public_version_delete` AFTER DELETE ON `grant_scheme_sectors` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_rounds_public_version_insert` AFTER INSERT ON `grant_rounds` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_rounds_public_version_update` AFTER UPDATE ON `grant_rounds` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_rounds_public_version_delete` AFTER DELETE ON `grant_rounds` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_decisions_public_version_insert` AFTER INSERT ON `grant_decisions` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_decisions_public_version_update` AFTER UPDATE ON `grant_decisions` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_decisions_public_version_delete` AFTER DELETE ON `grant_decisions` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_reports_public_version_insert` AFTER INSERT ON `grant_reports` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_reports_public_version_update` AFTER UPDATE ON `grant_reports` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_reports_public_version_delete` AFTER DELETE ON `grant_reports` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_applications_public_version_insert` AFTER INSERT ON `grant_applications` WHEN NEW.`status` <> 'draft' BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_applications_public_version_update` AFTER UPDATE ON `grant_applications` WHEN OLD.`status` <> 'draft' OR NEW.`status` <> 'draft' BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `grant_applications_public_version_delete` AFTER DELETE ON `grant_applications` WHEN OLD.`status` <> 'draft' BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
