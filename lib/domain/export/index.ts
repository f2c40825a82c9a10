export * from "./exportable-card";
export * from "./card-from-question";
export * from "./cards-csv";
export * from "./anki-text";
