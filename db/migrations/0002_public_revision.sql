CREATE TABLE `public_revision` (
	`id` integer PRIMARY KEY NOT NULL,
	`value` integer NOT NULL,
	CONSTRAINT "public_revision_one_row" CHECK("public_revision"."id" = 1)
);
--> statement-breakpoint
INSERT INTO `public_revision` (`id`, `value`) VALUES (1, 1);
--> statement-breakpoint
CREATE TRIGGER `campaigns_insert_public_revision` AFTER INSERT ON `campaigns` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `campaigns_update_public_revision` AFTER UPDATE ON `campaigns` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `campaigns_delete_public_revision` AFTER DELETE ON `campaigns` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `cities_insert_public_revision` AFTER INSERT ON `cities` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `cities_update_public_revision` AFTER UPDATE ON `cities` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `cities_delete_public_revision` AFTER DELETE ON `cities` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `buildings_insert_public_revision` AFTER INSERT ON `buildings` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `buildings_update_public_revision` AFTER UPDATE ON `buildings` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `buildings_delete_public_revision` AFTER DELETE ON `buildings` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `illuminations_insert_public_revision` AFTER INSERT ON `illuminations` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `illuminations_update_public_revision` AFTER UPDATE ON `illuminations` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `illuminations_delete_public_revision` AFTER DELETE ON `illuminations` BEGIN UPDATE `public_revision` SET `value` = `value` + 1 WHERE `id` = 1; END;
