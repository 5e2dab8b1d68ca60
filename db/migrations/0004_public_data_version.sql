-- The public data version (db/data-version.ts): a counter that every committed change to what
-- the public pages show moves on, and that the response cache and the derived aggregates follow.
-- Changes that no public page shows (sessions being touched, rate-limit counts, the audit log, the
-- mail outbox, notifications, one-time tokens) leave it alone, so a signed-in person's visit does
-- not empty every cache. A test checks that every table outside that list has the three triggers.
CREATE TABLE `public_data_version` (
	`id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
	`version` integer NOT NULL,
	`changed_at` integer NOT NULL,
	`previous_changed_at` integer NOT NULL,
	`epoch` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `public_data_version` (`id`, `version`, `changed_at`, `previous_changed_at`, `epoch`)
VALUES (1, 1, unixepoch(), 0, lower(hex(randomblob(6))));
--> statement-breakpoint
CREATE TRIGGER `programmes_public_version_insert` AFTER INSERT ON `programmes` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `programmes_public_version_update` AFTER UPDATE ON `programmes` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `programmes_public_version_delete` AFTER DELETE ON `programmes` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `subprogrammes_public_version_insert` AFTER INSERT ON `subprogrammes` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `subprogrammes_public_version_update` AFTER UPDATE ON `subprogrammes` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `subprogrammes_public_version_delete` AFTER DELETE ON `subprogrammes` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `areas_public_version_insert` AFTER INSERT ON `areas` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `areas_public_version_update` AFTER UPDATE ON `areas` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `areas_public_version_delete` AFTER DELETE ON `areas` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `programme_areas_public_version_insert` AFTER INSERT ON `programme_areas` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `programme_areas_public_version_update` AFTER UPDATE ON `programme_areas` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `programme_areas_public_version_delete` AFTER DELETE ON `programme_areas` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `users_public_version_insert` AFTER INSERT ON `users` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `users_public_version_update` AFTER UPDATE ON `users` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `users_public_version_delete` AFTER DELETE ON `users` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `coordinator_assignments_public_version_insert` AFTER INSERT ON `coordinator_assignments` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `coordinator_assignments_public_version_update` AFTER UPDATE ON `coordinator_assignments` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `coordinator_assignments_public_version_delete` AFTER DELETE ON `coordinator_assignments` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_public_version_insert` AFTER INSERT ON `organisations` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_public_version_update` AFTER UPDATE ON `organisations` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_public_version_delete` AFTER DELETE ON `organisations` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisation_areas_public_version_insert` AFTER INSERT ON `organisation_areas` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisation_areas_public_version_update` AFTER UPDATE ON `organisation_areas` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisation_areas_public_version_delete` AFTER DELETE ON `organisation_areas` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisation_themes_public_version_insert` AFTER INSERT ON `organisation_themes` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisation_themes_public_version_update` AFTER UPDATE ON `organisation_themes` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisation_themes_public_version_delete` AFTER DELETE ON `organisation_themes` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisation_offers_public_version_insert` AFTER INSERT ON `organisation_offers` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisation_offers_public_version_update` AFTER UPDATE ON `organisation_offers` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisation_offers_public_version_delete` AFTER DELETE ON `organisation_offers` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `memberships_public_version_insert` AFTER INSERT ON `memberships` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `memberships_public_version_update` AFTER UPDATE ON `memberships` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `memberships_public_version_delete` AFTER DELETE ON `memberships` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `initiatives_public_version_insert` AFTER INSERT ON `initiatives` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `initiatives_public_version_update` AFTER UPDATE ON `initiatives` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `initiatives_public_version_delete` AFTER DELETE ON `initiatives` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `initiative_sought_sectors_public_version_insert` AFTER INSERT ON `initiative_sought_sectors` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `initiative_sought_sectors_public_version_update` AFTER UPDATE ON `initiative_sought_sectors` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `initiative_sought_sectors_public_version_delete` AFTER DELETE ON `initiative_sought_sectors` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `initiative_sought_offers_public_version_insert` AFTER INSERT ON `initiative_sought_offers` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `initiative_sought_offers_public_version_update` AFTER UPDATE ON `initiative_sought_offers` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `initiative_sought_offers_public_version_delete` AFTER DELETE ON `initiative_sought_offers` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `participations_public_version_insert` AFTER INSERT ON `participations` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `participations_public_version_update` AFTER UPDATE ON `participations` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `participations_public_version_delete` AFTER DELETE ON `participations` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `updates_public_version_insert` AFTER INSERT ON `updates` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `updates_public_version_update` AFTER UPDATE ON `updates` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `updates_public_version_delete` AFTER DELETE ON `updates` BEGIN
	UPDATE `public_data_version` SET `version` = `version` + 1, `previous_changed_at` = `changed_at`, `changed_at` = unixepoch() WHERE `id` = 1;
END;
