PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_one_time_tokens` (
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
	CONSTRAINT "one_time_tokens_purpose_check" CHECK("purpose" IN ('password_reset', 'email_change', 'invitation', 'signup')),
	CONSTRAINT "one_time_tokens_membership_role_check" CHECK("membership_role" IS NULL OR "membership_role" IN ('owner', 'editor'))
);
--> statement-breakpoint
INSERT INTO `__new_one_time_tokens`("id", "purpose", "token_hash", "user_id", "email", "organisation_id", "membership_role", "created_by_user_id", "expires_at", "used_at", "created_at") SELECT "id", "purpose", "token_hash", "user_id", "email", "organisation_id", "membership_role", "created_by_user_id", "expires_at", "used_at", "created_at" FROM `one_time_tokens`;--> statement-breakpoint
DROP TABLE `one_time_tokens`;--> statement-breakpoint
ALTER TABLE `__new_one_time_tokens` RENAME TO `one_time_tokens`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `one_time_tokens_token_hash_unique` ON `one_time_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `one_time_tokens_user_idx` ON `one_time_tokens` (`user_id`);--> statement-breakpoint
CREATE INDEX `one_time_tokens_organisation_idx` ON `one_time_tokens` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `one_time_tokens_created_by_idx` ON `one_time_tokens` (`created_by_user_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `email_confirmed` integer DEFAULT true NOT NULL;