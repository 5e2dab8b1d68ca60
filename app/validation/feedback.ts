/**
 * The accessibility feedback form (/tilgjengelighet): a message (required), the page it concerns and
 * an e-mail address for a reply (both optional). Error messages are keys into `messages.validation`.
 */
import { z } from "zod";
import { emailField, optionalText, requiredText } from "./common";

export const FEEDBACK_MESSAGE_MAX = 5000;
export const FEEDBACK_PAGE_MAX = 500;

export const feedbackSchema = z.object({
  message: requiredText(FEEDBACK_MESSAGE_MAX, { multiline: true, missing: "enterFeedback" }),
  page: optionalText(FEEDBACK_PAGE_MAX),
  email: emailField.optional(),
});

export type Feedback = z.output<typeof feedbackSchema>;
