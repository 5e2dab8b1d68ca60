/** The administrators' SSO form (/admin/innlogging). */
import { z } from "zod";

/**
 * The form sends `required=false` from a hidden field and `required=true` from the ticked box, so a
 * ticked box arrives as both: ticked wins. Anything else than those two words is refused.
 */
export const requireSsoSchema = z.object({
  required: z.preprocess(
    (value) => {
      const values = Array.isArray(value) ? value : [value];
      if (values.some((v) => v !== "true" && v !== "false")) return "invalid";
      return values.includes("true");
    },
    z.boolean({ error: "required" }),
  ),
});
