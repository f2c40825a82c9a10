import { useTranslations } from "next-intl";
import { serverMessageKey } from "@/lib/domain/i18n/server-messages";

/** Words the server said (an error, a field's problem), in the learner's language when they have a key. */
export function useServerMessage(): (text: string) => string {
  const t = useTranslations();
  return (text) => {
    const key = serverMessageKey(text);
    return key ? t(key) : text;
  };
}
