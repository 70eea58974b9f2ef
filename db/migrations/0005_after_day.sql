CREATE TABLE `photo_rights` (
	`name` text PRIMARY KEY NOT NULL,
	`credit` text DEFAULT '' NOT NULL,
	`publish` integer NOT NULL,
	`updated_by` text,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `cities` ADD `poster_locales` text;--> statement-breakpoint
CREATE TRIGGER `photo_rights_insert_public_revision` AFTER INSERT ON `photo_rights` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `photo_rights_update_public_revision` AFTER UPDATE ON `photo_rights` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `photo_rights_delete_public_revision` AFTER DELETE ON `photo_rights` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
