export * from "./quiz-scope";
export * from "./quiz-options";
export * from "./select-quiz-questions";
export * from "./answer-timing";
export * from "./quiz-progress";
export * from "./ordering-moves";
export * from "./inputs";
export * from "./quiz-error";
