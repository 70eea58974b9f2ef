PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`recipient` text NOT NULL,
	`user_id` text,
	`locale` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`html` text NOT NULL,
	`attachments` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'waiting' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_owner` text,
	`lease_until` integer,
	`last_error` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`sent_at` integer,
	`failed_at` integer,
	`failure_reported_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "outbox_status_check" CHECK("__new_outbox"."status" in ('waiting', 'sent', 'failed'))
);
--> statement-breakpoint
INSERT INTO `__new_outbox`("id", "kind", "recipient", "user_id", "locale", "subject", "text", "html", "attachments", "status", "attempts", "next_attempt_at", "lease_owner", "lease_until", "last_error", "created_at", "sent_at", "failed_at", "failure_reported_at") SELECT "id", "kind", "recipient", "user_id", "locale", "subject", "text", "html", "attachments", "status", "attempts", "next_attempt_at", "lease_owner", "lease_until", "last_error", "created_at", "sent_at", "failed_at", "failure_reported_at" FROM `outbox`;--> statement-breakpoint
DROP TABLE `outbox`;--> statement-breakpoint
ALTER TABLE `__new_outbox` RENAME TO `outbox`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `outbox_due_idx` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `__new_participation_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`organisation` text NOT NULL,
	`email` text NOT NULL,
	`country` text NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`locale` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`reply` text,
	`answered_by` text,
	`answered_at` integer,
	`city_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`answered_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`city_id`) REFERENCES `cities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "participation_request_status_check" CHECK("__new_participation_requests"."status" in ('open', 'accepted', 'declined'))
);
--> statement-breakpoint
INSERT INTO `__new_participation_requests`("id", "name", "role", "organisation", "email", "country", "message", "locale", "status", "reply", "answered_by", "answered_at", "city_id", "created_at") SELECT "id", "name", "role", "organisation", "email", "country", "message", "locale", "status", "reply", "answered_by", "answered_at", "city_id", "created_at" FROM `participation_requests`;--> statement-breakpoint
DROP TABLE `participation_requests`;--> statement-breakpoint
ALTER TABLE `__new_participation_requests` RENAME TO `participation_requests`;--> statement-breakpoint
CREATE INDEX `participation_request_status_idx` ON `participation_requests` (`status`,`created_at`);--> statement-breakpoint
ALTER TABLE `buildings` ADD `names` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `hashtags` text DEFAULT '["BlueHeart","EndHumanTrafficking"]' NOT NULL;