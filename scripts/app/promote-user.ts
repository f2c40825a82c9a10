// `npm run user:promote -- email`: makes an existing account a teacher (for TEACHER_SIGNUP=invite or any time).
import { normalizeEmail } from "@/lib/domain/auth/account-rules";
import { localDatabaseUrl } from "./local-environment";

async function main(emailArgument: string | undefined): Promise<number> {
  if (!emailArgument?.includes("@")) {
    console.error("Usage: npm run user:promote -- name@example.com");
    return 1;
  }
  process.env.DATABASE_URL = localDatabaseUrl();
  const { db } = await import("@/lib/server/db");
  try {
    const email = normalizeEmail(emailArgument);
    const row = await db.user.findUnique({ where: { email }, select: { role: true } });
    if (!row) {
      console.error(`No account with the email ${email}. The person signs up first, then you promote them.`);
      return 1;
    }
    if (row.role === "teacher") {
      console.log(`${email} is already a teacher.`);
      return 0;
    }
    await db.user.update({ where: { email }, data: { role: "teacher" } });
    console.log(`${email} is now a teacher; the change applies on their next page.`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
