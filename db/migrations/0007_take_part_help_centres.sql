CREATE TABLE `help_centres` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`city_id` integer NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`website` text DEFAULT '' NOT NULL,
	`lat` real,
	`lng` real,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`city_id`) REFERENCES `cities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "help_centre_lat_check" CHECK("help_centres"."lat" is null or "help_centres"."lat" between -90 and 90),
	CONSTRAINT "help_centre_lng_check" CHECK("help_centres"."lng" is null or "help_centres"."lng" between -180 and 180),
	CONSTRAINT "help_centre_position_check" CHECK(("help_centres"."lat" is null) = ("help_centres"."lng" is null))
);
--> statement-breakpoint
CREATE INDEX `help_centre_city_idx` ON `help_centres` (`city_id`);--> statement-breakpoint
CREATE TABLE `participation_requests` (
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
	CONSTRAINT "participation_request_status_check" CHECK("participation_requests"."status" in ('open', 'accepted', 'declined')),
	CONSTRAINT "participation_request_locale_check" CHECK("participation_requests"."locale" in ('en', 'fr', 'nl', 'de'))
);
--> statement-breakpoint
CREATE INDEX `participation_request_status_idx` ON `participation_requests` (`status`,`created_at`);--> statement-breakpoint
CREATE TRIGGER `help_centres_insert_public_revision` AFTER INSERT ON `help_centres` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `help_centres_update_public_revision` AFTER UPDATE ON `help_centres` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `help_centres_delete_public_revision` AFTER DELETE ON `help_centres` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
