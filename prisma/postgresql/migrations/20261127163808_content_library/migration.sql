-- AlterTable
ALTER TABLE "ContentDocument" ADD COLUMN     "lastEditJson" TEXT,
ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "sourceFormat" TEXT,
ADD COLUMN     "sourceText" TEXT;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "hiddenAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "DocumentPublication" (
    "documentId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentPublication_pkey" PRIMARY KEY ("documentId","classId")
);

-- CreateTable
CREATE TABLE "QuestionReport" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "QuestionReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DocumentPublication_classId_idx" ON "DocumentPublication"("classId");

-- CreateIndex
CREATE INDEX "QuestionReport_questionId_resolvedAt_idx" ON "QuestionReport"("questionId", "resolvedAt");

-- CreateIndex
CREATE INDEX "QuestionReport_reporterId_createdAt_idx" ON "QuestionReport"("reporterId", "createdAt");

-- CreateIndex
CREATE INDEX "ContentDocument_ownerId_idx" ON "ContentDocument"("ownerId");

-- AddForeignKey
ALTER TABLE "ContentDocument" ADD CONSTRAINT "ContentDocument_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentPublication" ADD CONSTRAINT "DocumentPublication_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ContentDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentPublication" ADD CONSTRAINT "DocumentPublication_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Classroom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionReport" ADD CONSTRAINT "QuestionReport_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionReport" ADD CONSTRAINT "QuestionReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
