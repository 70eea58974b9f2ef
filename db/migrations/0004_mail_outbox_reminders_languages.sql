CREATE TABLE `outbox` (
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
	CONSTRAINT "outbox_status_check" CHECK("outbox"."status" in ('waiting', 'sent', 'failed')),
	CONSTRAINT "outbox_locale_check" CHECK("outbox"."locale" in ('en', 'fr', 'nl', 'de'))
);
--> statement-breakpoint
CREATE INDEX `outbox_due_idx` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `sent_reminders` (
	`key` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`campaign_id` integer,
	`user_id` text,
	`outbox_id` integer,
	`at` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`outbox_id`) REFERENCES `outbox`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sent_reminder_campaign_idx` ON `sent_reminders` (`campaign_id`,`kind`);--> statement-breakpoint
ALTER TABLE `campaigns` ADD `deadline_reminder_days` text DEFAULT '[7,1]' NOT NULL;--> statement-breakpoint
ALTER TABLE `user` ADD `locale` text DEFAULT 'en' NOT NULL;