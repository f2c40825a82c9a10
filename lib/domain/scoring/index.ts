export * from "./gradable-question";
export * from "./answer-validation-error";
export * from "./normalize-answer";
export * from "./loose-date";
export * from "./chronology-score";
export * from "./grade-answer";
export * from "./accept-answer";
export * from "./summarize-attempt";
