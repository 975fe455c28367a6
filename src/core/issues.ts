/** A problem with the user's input: a message key with its parameters, and where it was found. */
export interface InputIssue {
  key: MessageKeyLike;
  sheet: string;
  cell: string;
  params?: Record<string, string | number>;
}
/** Keys live in messages.ts; a string here keeps this file free of the catalogue. */
export type MessageKeyLike = string;
