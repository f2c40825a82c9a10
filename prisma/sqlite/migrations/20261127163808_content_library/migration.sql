-- AlterTable
ALTER TABLE "Question" ADD COLUMN "hiddenAt" DATETIME;

-- CreateTable
CREATE TABLE "DocumentPublication" (
    "documentId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL,

    PRIMARY KEY ("documentId", "classId"),
    CONSTRAINT "DocumentPublication_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ContentDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DocumentPublication_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Classroom" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "comment" TEXT,
    "createdAt" DATETIME NOT NULL,
    "resolvedAt" DATETIME,
    CONSTRAINT "QuestionReport_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ContentDocument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "publisher" TEXT,
    "date" TEXT,
    "position" INTEGER NOT NULL,
    "lessonJson" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    "ownerId" TEXT,
    "sourceText" TEXT,
    "sourceFormat" TEXT,
    "lastEditJson" TEXT,
    CONSTRAINT "ContentDocument_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ContentDocument" ("contentHash", "date", "id", "kind", "lessonJson", "position", "publisher", "retiredAt", "title", "updatedAt") SELECT "contentHash", "date", "id", "kind", "lessonJson", "position", "publisher", "retiredAt", "title", "updatedAt" FROM "ContentDocument";
DROP TABLE "ContentDocument";
ALTER TABLE "new_ContentDocument" RENAME TO "ContentDocument";
CREATE INDEX "ContentDocument_ownerId_idx" ON "ContentDocument"("ownerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "DocumentPublication_classId_idx" ON "DocumentPublication"("classId");

-- CreateIndex
CREATE INDEX "QuestionReport_questionId_resolvedAt_idx" ON "QuestionReport"("questionId", "resolvedAt");

-- CreateIndex
CREATE INDEX "QuestionReport_reporterId_createdAt_idx" ON "QuestionReport"("reporterId", "createdAt");
