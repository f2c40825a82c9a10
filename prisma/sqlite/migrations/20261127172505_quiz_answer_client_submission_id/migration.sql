-- AlterTable
ALTER TABLE "QuizAnswer" ADD COLUMN "clientSubmissionId" TEXT;

-- An answer now finishes its attempt in the same transaction. Attempts answered in full before that, whose two
-- last answers raced, finish with their last answer.
UPDATE "QuizAttempt" SET "finishedAt" = (SELECT MAX(a."answeredAt") FROM "QuizAnswer" a WHERE a."attemptId" = "QuizAttempt"."id")
WHERE "finishedAt" IS NULL
  AND EXISTS (SELECT 1 FROM "QuizAttemptQuestion" q WHERE q."attemptId" = "QuizAttempt"."id")
  AND NOT EXISTS (
    SELECT 1 FROM "QuizAttemptQuestion" q
    WHERE q."attemptId" = "QuizAttempt"."id"
      AND NOT EXISTS (SELECT 1 FROM "QuizAnswer" a WHERE a."attemptId" = q."attemptId" AND a."questionId" = q."questionId")
  );
