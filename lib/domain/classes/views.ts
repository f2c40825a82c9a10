// What class pages hand their components: plain data, shared by server and client code.

export interface ClassSummaryView {
  id: string;
  name: string;
  section: string | null;
  joinCode: string;
  joinEnabled: boolean;
  archived: boolean;
  studentCount: number;
  assignmentCount: number;
}

export interface RosterEntryView {
  studentId: string;
  name: string;
  email: string;
  joinedAt: string; // ISO
}

export interface RosterPageView {
  entries: RosterEntryView[];
  page: number;
  pageCount: number;
  total: number;
}

export interface StudentClassView {
  id: string;
  name: string;
  section: string | null;
  teacherName: string;
}

export const ROSTER_PAGE_SIZE = 25;
/** A teacher's class list is bounded; archived classes beyond it are reached by archiving fewer. */
export const CLASS_LIST_LIMIT = 100;
