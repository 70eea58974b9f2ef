CREATE TABLE `rate_limit_hits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rate_limit_key_at_idx` ON `rate_limit_hits` (`key`,`at`);--> statement-breakpoint
ALTER TABLE `campaigns` ADD `show_on_map` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `campaign_show_on_map_unique` ON `campaigns` (`show_on_map`) WHERE "campaigns"."show_on_map" = 1;--> statement-breakpoint
ALTER TABLE `illuminations` ADD `lit_photo` text;--> statement-breakpoint
ALTER TABLE `illuminations` ADD `approved` text;