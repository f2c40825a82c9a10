// Where results live, so other pages link to them without spelling paths.
export const assignmentResultsHref = (classId: string, assignmentId: string) =>
  `/teach/classes/${encodeURIComponent(classId)}/assignments/${encodeURIComponent(assignmentId)}/results`;
export const classProgressHref = (classId: string) => `/teach/classes/${encodeURIComponent(classId)}/progress`;
export const resultsCsvHref = (assignmentId: string, rows: "students" | "answers") =>
  `/api/teach/assignments/${encodeURIComponent(assignmentId)}/results.csv?rows=${rows}`;
export const myAssignmentResultsHref = (assignmentId: string) => `/assignments/${encodeURIComponent(assignmentId)}/results`;
