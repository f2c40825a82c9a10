import type en from "../messages/en.json";
import type { Locale } from "../lib/domain/i18n/locales";

// Message keys and locales are checked at compile time against the English catalog.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
