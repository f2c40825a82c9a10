/**
 * What the server says of a form field's problem, in English: the validation schemas say these words, and
 * messages/en.json's "fieldErrors" holds the same (a test keeps them equal), keyed for the other languages.
 * Kept apart from the catalog so a form's JavaScript carries these lines, not every message of the interface.
 */
export const FIELD_ERROR_TEXTS = {
  "enterName": "Enter your name.",
  "nameTooLong": "Use at most 100 characters.",
  "enterEmail": "Enter your email address.",
  "emailTooLong": "That email address is too long.",
  "emailInvalid": "Enter a valid email address, like name@example.com.",
  "chooseRole": "Choose student or teacher.",
  "enterPassword": "Enter your password.",
  "passwordTooShort": "Use at least 10 characters.",
  "passwordTooLong": "Use at most 72 bytes (about 72 plain letters).",
  "passwordTooPlain": "Use more than three different characters.",
  "passwordIsEmail": "Don't use your email address as your password.",
  "plainTextOnly": "Use letters, digits and punctuation only (no control characters).",
  "tooLong": "Too long.",
  "chooseScope": "Choose what the quiz covers.",
  "chooseCount": "Choose 5, 10 or 20 questions.",
  "unknownKind": "Unknown kind of question.",
  "chooseKind": "Choose at least one kind of question.",
  "chooseAnswer": "Choose or type an answer first.",
  "orderFirst": "Put the events in order first.",
  "retentionSteps": "Use steps of 0.01 (for example 0.92).",
  "chooseShortcuts": "Choose whether keyboard shortcuts are on.",
  "nameTheClass": "Give the class a name.",
  "classNameTooLong": "Keep the name under 80 characters.",
  "sectionTooLong": "Keep the section under 80 characters.",
  "joinCodeShape": "A class code is 6 letters and digits, e.g. ABC 234.",
  "notAForm": "Send this form from the app's page."
} as const;

export type FieldErrorName = keyof typeof FIELD_ERROR_TEXTS;
