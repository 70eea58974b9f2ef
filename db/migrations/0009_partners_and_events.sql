CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`partner_id` integer NOT NULL,
	`city_id` integer NOT NULL,
	`status` text DEFAULT 'submitted' NOT NULL,
	`title` text NOT NULL,
	`titles` text DEFAULT '{}' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`descriptions` text DEFAULT '{}' NOT NULL,
	`kind` text DEFAULT 'other' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`lat` real NOT NULL,
	`lng` real NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`time_zone` text NOT NULL,
	`link` text DEFAULT '' NOT NULL,
	`accessibility` text DEFAULT '' NOT NULL,
	`contact` text DEFAULT '' NOT NULL,
	`review_reason` text,
	`reviewed_by` text,
	`reviewed_at` integer,
	`approved` text,
	`submitted_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`city_id`) REFERENCES `cities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "event_status_check" CHECK("events"."status" in ('submitted', 'approved', 'rejected', 'withdrawn')),
	CONSTRAINT "event_lat_check" CHECK("events"."lat" between -90 and 90),
	CONSTRAINT "event_lng_check" CHECK("events"."lng" between -180 and 180),
	CONSTRAINT "event_ends_after_start" CHECK("events"."ends_at" > "events"."starts_at")
);
--> statement-breakpoint
CREATE INDEX `event_campaign_status_idx` ON `events` (`campaign_id`,`status`);--> statement-breakpoint
CREATE INDEX `event_partner_idx` ON `events` (`partner_id`);--> statement-breakpoint
CREATE INDEX `event_city_idx` ON `events` (`city_id`);--> statement-breakpoint
CREATE TABLE `partner_members` (
	`user_id` text NOT NULL,
	`partner_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`user_id`, `partner_id`),
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `partner_member_partner_idx` ON `partner_members` (`partner_id`);--> statement-breakpoint
CREATE TABLE `partners` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`names` text DEFAULT '{}' NOT NULL,
	`kind` text DEFAULT 'other' NOT NULL,
	`website` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`descriptions` text DEFAULT '{}' NOT NULL,
	`logo` text,
	`logo_pending` text,
	`listed` integer DEFAULT true NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `partner_position_idx` ON `partners` (`position`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_user` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text,
	`email` text NOT NULL,
	`emailVerified` integer,
	`image` text,
	`role` text DEFAULT 'coordinator' NOT NULL,
	`locale` text DEFAULT 'en' NOT NULL,
	`deactivated_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	CONSTRAINT "user_role_check" CHECK("__new_user"."role" in ('organiser', 'coordinator', 'partner'))
);
--> statement-breakpoint
INSERT INTO `__new_user`("id", "name", "email", "emailVerified", "image", "role", "locale", "deactivated_at", "created_at") SELECT "id", "name", "email", "emailVerified", "image", "role", "locale", "deactivated_at", "created_at" FROM `user`;--> statement-breakpoint
DROP TABLE `user`;--> statement-breakpoint
ALTER TABLE `__new_user` RENAME TO `user`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `user_email_unique` ON `user` (`email`);--> statement-breakpoint
CREATE TRIGGER `partners_insert_public_revision` AFTER INSERT ON `partners` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `partners_update_public_revision` AFTER UPDATE ON `partners` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `partners_delete_public_revision` AFTER DELETE ON `partners` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `events_insert_public_revision` AFTER INSERT ON `events` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `events_update_public_revision` AFTER UPDATE ON `events` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `events_delete_public_revision` AFTER DELETE ON `events` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
